// SPDX-License-Identifier: GPL-3.0-or-later
// The formal review on the lifecycle page (issues 12, 13): the checklist is a model edited through its result list;
// the selection passes every item and goes on to expert review in one undoable step, or fails one item with its
// reason and is not accepted; the buttons say what they apply to and are off where they cannot apply.
#include "UiSupport.h"

#include "action/LifecycleActions.h"
#include "common/Messages.h"
#include "overview/OverviewPage.h"
#include "workflow/FormalReview.h"
#include "workflow/RoundProgress.h"
#include "workflow/WorkflowModel.h"
#include "workflow/WorkflowPage.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace rb;

namespace {
QString state(ui::Workspace& ws, const QString& code)
{
    return *ws.db().scalarText("SELECT state FROM application WHERE code = ?1", code);
}
} // namespace

TEST_CASE("formal review: one item through the checklist's list, then the selection in one step each way",
          "[ui][workflow][formal]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        test::OpenApp app(12, language);
        ui::Workspace& ws = *app.controller.workspace();
        REQUIRE(app.window().showPage(QStringLiteral("workflowPage")));
        auto* page = app.find<ui::WorkflowPage>(QStringLiteral("workflowPage"));
        auto* table = app.find<QTableView>(QStringLiteral("workflowTable"));
        app.find<QTabWidget>(QStringLiteral("workflowTabs"))->setCurrentIndex(2);
        auto* checklist = app.find<QTableView>(QStringLiteral("workflowFormal"));
        QAbstractItemModel* items = checklist->model();
        QAbstractItemModelTester tester(items, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QString first = page->model()->at(0)->status.code;
        REQUIRE(page->selectApplication(first));
        REQUIRE(items->rowCount() > 3);
        CHECK(items->index(0, 1).data(Qt::EditRole).toInt() == 0); // not checked

        // One item by hand: "not met" asks why; the answer is recorded with it.
        QStringList asked;
        ui::messages::setTextHook([&](const QString&, const QString& label) -> std::optional<QString> {
            asked << label;
            return QString::fromUtf8("缺少近三年审计报告");
        });
        const QModelIndex result = items->index(1, 1);
        checklist->setCurrentIndex(result); // the list opens on the cell made current
        auto* editor = checklist->findChild<QComboBox*>(QStringLiteral("formalResultEditor"));
        REQUIRE(editor);
        editor->setCurrentIndex(2);
        Q_EMIT editor->activated(2);
        REQUIRE(test::waitUntil([&] { return items->index(1, 1).data(Qt::EditRole).toInt() == 2; }));
        CHECK(asked.size() == 1);
        CHECK(items->index(1, 2).data().toString() == QString::fromUtf8("缺少近三年审计报告"));
        CHECK(items->index(1, 3).data().toString().startsWith(QStringLiteral("tester")));
        CHECK(state(ws, first) == QStringLiteral("recommended"));
        RB_REQUIRE_OK(ws.undo());
        CHECK(items->index(1, 1).data(Qt::EditRole).toInt() == 0);
        ui::messages::setTextHook({});

        // Five selected (a filter and Ctrl+A in real use): every item met, on to expert review, in one step.
        table->clearSelection();
        QStringList five;
        for (int r = 0; r < 5; ++r) {
            five << page->model()->at(r)->status.code;
            table->selectionModel()->select(table->model()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        auto* allMet = app.find<QPushButton>(QStringLiteral("formalAllMet"));
        REQUIRE(allMet->isEnabled());
        const QString whatItDoes = allMet->toolTip();
        test::screenshot(&app.window(), QStringLiteral("formal-review-") + language);
        const int steps = ws.undoStack()->index();
        allMet->click();
        for (const QString& code : five)
            CHECK(state(ws, code) == QStringLiteral("expert_review"));
        CHECK(ws.undoStack()->index() == steps + 1); // one step for the five
        // Past formal review, the selection cannot take these buttons, and hovering says why.
        CHECK_FALSE(allMet->isEnabled());
        CHECK_FALSE(allMet->toolTip().isEmpty());
        CHECK(allMet->toolTip() != whatItDoes);
        CHECK(allMet->statusTip() == allMet->toolTip());
        CHECK_FALSE(app.find<QPushButton>(QStringLiteral("formalFailOne"))->isEnabled());
        RB_REQUIRE_OK(ws.undo());
        for (const QString& code : five)
            CHECK(state(ws, code) == QStringLiteral("recommended"));

        // Two not accepted for one item, with the reason asked for and recorded.
        table->clearSelection();
        const QStringList two = {page->model()->at(6)->status.code, page->model()->at(7)->status.code};
        for (int r : {6, 7})
            table->selectionModel()->select(table->model()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString item = workflow::FormalReview(ws.db(), ws.round()).checklist().at(2);
        ui::messages::setChoiceHook([&](const QString&, const QString&, const QStringList& choices) {
            CHECK(choices.contains(item));
            return std::optional<QString>(item);
        });
        ui::messages::setTextHook(
            [](const QString&, const QString&) { return std::optional<QString>(QString::fromUtf8("未提供证明材料")); });
        app.find<QPushButton>(QStringLiteral("formalFailOne"))->click();
        ui::messages::setChoiceHook({});
        ui::messages::setTextHook({});
        for (const QString& code : two)
            CHECK(state(ws, code) == QStringLiteral("not_accepted"));
        Result<QString> reason = ws.db().scalarText(
            "SELECT e.reason FROM workflow_event e JOIN application a ON a.id = e.application_id WHERE a.code = ?1 "
            "AND e.to_state = 'not_accepted'",
            two.first());
        RB_REQUIRE_OK(reason);
        CHECK(reason->contains(QString::fromUtf8("未提供证明材料")));
        CHECK_FALSE(ws.canUndo()); // the applicants are told: a barrier
    }
}

TEST_CASE("workflow panel: the overview counts each step and its button leads to the next step's page",
          "[ui][workflow][overview]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        test::OpenApp app(12, language);
        ui::Workspace& ws = *app.controller.workspace();
        app.window().setCurrentPage(0);
        auto* overview = app.find<ui::OverviewPage>(QStringLiteral("overviewPage"));
        // The steps are counted on a worker thread once the page is shown.
        REQUIRE(test::waitUntil([&] { return !overview->isBusy(); }));
        QApplication::processEvents();
        auto* formal = app.find<QPushButton>(QStringLiteral("step_formal_review"));
        auto* go = app.find<QPushButton>(QStringLiteral("workflowNextButton"));
        // A fresh round: imported, nothing reviewed; formal review is next, for all twelve.
        CHECK(app.find<QPushButton>(QStringLiteral("step_import"))->text().contains(QStringLiteral("12")));
        CHECK(formal->text().contains(QStringLiteral("12")));
        CHECK(formal->property("next").toBool());
        CHECK(go->text().contains(workflow::stepName(workflow::Step::FormalReview)));
        CHECK(app.find<QLabel>(QStringLiteral("workflowNextHint"))->text().contains(QStringLiteral("12")));
        test::screenshot(&app.window(), QStringLiteral("overview-workflow-") + language);
        go->click();
        REQUIRE(
            test::waitUntil([&] { return app.find<ui::WorkflowPage>(QStringLiteral("workflowPage"))->isVisible(); }));

        // All twelve through in one step: the panel moves on to the experts' assignment.
        action::FormalBatch batch;
        auto* page = app.find<ui::WorkflowPage>(QStringLiteral("workflowPage"));
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            batch.ids << page->model()->at(r)->status.applicationId;
            batch.codes << page->model()->at(r)->status.code;
        }
        REQUIRE(ws.perform(action::formalReviewBatch(ws.round(), batch), ui::Workspace::Workflow));
        app.window().setCurrentPage(0);
        QApplication::processEvents();
        REQUIRE(test::waitUntil([&] { return !overview->isBusy(); }));
        QApplication::processEvents();
        CHECK_FALSE(formal->property("next").toBool());
        CHECK(app.find<QPushButton>(QStringLiteral("step_assignment"))->property("next").toBool());
        go->click();
        REQUIRE(test::waitUntil([&] { return app.find<QWidget>(QStringLiteral("assignmentPage"))->isVisible(); }));
    }
}
