// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QMainWindow>

class QComboBox;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace rb::ui {

class AppController;
class Workspace;
class ExportActions;

/// The main window: navigation, pages and actions for the open workspace (or a welcome page).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// \a workspace may be null (nothing open yet).
    MainWindow(AppController& controller, Workspace* workspace, QWidget* parent = nullptr);

    /// The Open dialog's filter: review files (.rbdb) and review packages (.rbpkg), which experts open here too.
    static QString openFilter();

    [[nodiscard]] int currentPage() const;
    void setCurrentPage(int index);
    /// Shows the page whose objectName is \a objectName (false when there is none).
    bool showPage(const QString& objectName);
    /// Opens the import preview for \a path (the file dialog is skipped when a path is given).
    void importFile(import::Kind kind, const QString& path = {});
    /// Writes a blank import template ("applications", "experts", "criteria", "scores") for the current round's
    /// category; asks for the file unless \a path is given. Returns the path written, or empty.
    QString saveTemplate(const QString& kind, const QString& path = {});

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void askAndOpen();
    void createActions();
    void createPages();
    void createWelcome();
    void updateTitle();
    void fillRoundSelector();
    void fillRecentMenu();
    void addPage(QWidget* page, const QString& title, const QString& badge, int colorIndex);

    AppController& m_controller;
    Workspace* m_workspace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_roundSelector = nullptr;
    QMenu* m_recent = nullptr;
    ExportActions* m_exports = nullptr;
};

} // namespace rb::ui
