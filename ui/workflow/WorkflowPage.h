// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordsModel.h"
#include "document/Workspace.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace rb::ui {

class LazyReload;

class WorkflowFilter;

/// The lifecycle of every application: its state and next due date, the moves open to it (and what
/// blocks the others), its history of changes with the counter-transitions, and the formal review.
/// Changes are decisions, not edits: they are recorded, and reversed only by a counter-transition.
class WorkflowPage : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    [[nodiscard]] WorkflowModel* model() const { return m_model; }
    /// Selects an application's row (returns false when it is not shown).
    bool selectApplication(const QString& code);
    /// Moves every application of \a codes to \a to in one transaction: all or nothing.
    Status move(const QStringList& codes, const QString& to, const QString& reason);
    /// Reverses the latest change of one application.
    Status revert(const QString& code, const QString& reason);
    /// Records one formal review item of the current application.
    Status recordFormal(const QString& item, bool passed, const QString& note);
    /// The formal review of the selected applications in one action: every item met and on to expert review, or
    /// \a failedItem not met (with \a note) and not accepted.
    Status formalReviewSelected(const std::optional<QString>& failedItem = {}, const QString& note = {});

private:
    LazyReload* m_lazy = nullptr;
    class PageLoader* m_loader = nullptr;
    void showLoaded(QList<WorkflowModel::Row> list, const QDate& today);
    [[nodiscard]] QStringList selectedCodes() const;
    [[nodiscard]] qint64 applicationId(const QString& code);
    void showCurrent();
    void fillMoveMenu();
    void askMove(const QString& to);
    void askRevert();
    void askOverride();
    void askFailOne();
    void fillFormal(qint64 applicationId, const QString& state);
    /// Whether every selected application is still before or in formal review.
    [[nodiscard]] bool selectionInFormalReview() const;
    Status run(action::Action action);

    Workspace& m_workspace;
    WorkflowModel* m_model;
    WorkflowFilter* m_filter;
    QTableView* m_table;
    QComboBox* m_state;
    QLineEdit* m_search;
    QLabel* m_pipeline;
    QToolButton* m_move;
    QPushButton* m_revert;
    QLabel* m_heading;
    QTextBrowser* m_next;
    /// One event of an application's history, and whether a later correction reversed it.
    struct HistoryRow {
        workflow::Event event;
        bool reversed = false;
    };
    RecordsModel<HistoryRow>* m_historyModel = nullptr;
    QTableView* m_history;
    QTableView* m_formal;
    class FormalChecklistModel* m_formalModel;
    QPushButton* m_allPassed;
    QPushButton* m_failOne;
    QPushButton* m_override;
    QString m_allPassedTip;
    QString m_failOneTip;
};

} // namespace rb::ui
