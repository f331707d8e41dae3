// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

class QAction;
class QScrollArea;

namespace rb::ui {

class AppController;
class DossierView;
class ExpertSession;
class ScoringForm;

/// The expert's workspace (expert mode): the assigned applications with their progress, the
/// dossier beside the scoring form, autosave, undo, and submission.
class ExpertWindow : public QMainWindow {
    Q_OBJECT
public:
    ExpertWindow(AppController& controller, ExpertSession& session, QWidget* parent = nullptr);

    [[nodiscard]] ScoringForm* form() const { return m_form; }
    void selectItem(int row);
    /// The next application not yet scored (after the current one, wrapping round).
    void selectNextOpen();
    /// Validates, asks for confirmation and submits. Returns true when submitted.
    bool submit();
    void exportSheet(const QString& path = {});
    void importScores(const QString& path = {});

private:
    void createActions();
    void fillList();
    void updateItem(const QString& uid);
    void updateProgress();
    void updateTitle();
    void updateNavigation();

    AppController& m_controller;
    ExpertSession& m_session;
    QListWidget* m_list;
    QLabel* m_progress;
    DossierView* m_dossier;
    ScoringForm* m_form;
    QLabel* m_saved;
    QScrollArea* m_scroll = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
};

} // namespace rb::ui
