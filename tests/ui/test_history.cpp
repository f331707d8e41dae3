// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's history: every data-changing action goes through Workspace::perform and can be undone and redone,
// or is a barrier that Undo names and refuses; a write by another program becomes a barrier too.
#include "UiSupport.h"

#include "app/MainWindow.h"
#include "common/Messages.h"
#include "deliberation/CommitteeDialog.h"
#include "document/Workspace.h"
#include "results/ResultsPage.h"
#include "storage/Schema.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace rb;

namespace {
qint64 count(ui::Workspace& ws, const char* sql)
{
    return *ws.db().scalar(sql, -1);
}
} // namespace

TEST_CASE("history: committee changes in the dialog are undone and redone one by one; a meeting needs a chair",
          "[ui][history]")
{
    test::OpenApp app(20);
    ui::Workspace& ws = *app.controller.workspace();
    auto* undo = app.window().findChild<QAction*>(QStringLiteral("actionUndo"));
    auto* redo = app.window().findChild<QAction*>(QStringLiteral("actionRedo"));
    REQUIRE(undo);
    REQUIRE(redo);

    ui::CommitteeDialog dialog(ws, &app.window());
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("committeeWarning"));
    REQUIRE(warning);
    CHECK_FALSE(warning->isHidden()); // no chair yet

    RB_REQUIRE_OK(dialog.addMember(QStringLiteral("王建国"), QStringLiteral("某大学"), QStringLiteral("member")));
    RB_REQUIRE_OK(dialog.addMember(QStringLiteral("李红"), QStringLiteral("某研究院"), QStringLiteral("member")));
    CHECK(dialog.rowCount() == 2);
    CHECK(undo->text() == QStringLiteral("Undo Add committee member 李红"));
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("committee-en"));
    // After adding, the form is empty for the next member: nothing is selected, so it cannot blank a member.
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("committeeSave"))->isEnabled());

    // The wrong click: 王建国 should chair. Corrected in place, the warning goes.
    dialog.selectRow(0);
    RB_REQUIRE_OK(dialog.saveSelected(QStringLiteral("王建国"), QStringLiteral("某大学"), QStringLiteral("chair")));
    CHECK(count(ws, "SELECT count(*) FROM committee_member WHERE role = 'chair'") == 1);
    CHECK(warning->isHidden());

    // Removing the chair shows the warning again; Undo brings the member back with the role.
    dialog.selectRow(0);
    RB_REQUIRE_OK(dialog.removeSelected());
    CHECK(dialog.rowCount() == 1);
    CHECK_FALSE(warning->isHidden());
    undo->trigger();
    CHECK(count(ws, "SELECT count(*) FROM committee_member WHERE name = '王建国' AND role = 'chair'") == 1);
    CHECK(undo->text() == QStringLiteral("Undo Edit committee member 王建国"));
    CHECK(redo->text() == QStringLiteral("Redo Remove committee member 王建国"));

    // Undo twice more: the role is member again, then 李红 is gone; Redo brings both back.
    undo->trigger();
    CHECK(count(ws, "SELECT count(*) FROM committee_member WHERE role = 'chair'") == 0);
    undo->trigger();
    CHECK(count(ws, "SELECT count(*) FROM committee_member") == 1);
    redo->trigger();
    redo->trigger();
    CHECK(count(ws, "SELECT count(*) FROM committee_member WHERE role = 'chair'") == 1);
    CHECK(count(ws, "SELECT count(*) FROM committee_member") == 2);
    // The audit log keeps every step, undos included.
    CHECK(count(ws, "SELECT count(*) FROM audit_log WHERE action IN ('undo', 'redo')") == 5);
}

TEST_CASE("history: a change by another program is a barrier that Undo names and refuses", "[ui][history]")
{
    test::OpenApp app(20);
    ui::Workspace& ws = *app.controller.workspace();
    auto* undo = app.window().findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    ui::CommitteeDialog dialog(ws, &app.window());
    RB_REQUIRE_OK(dialog.addMember(QStringLiteral("王建国"), QString(), QStringLiteral("chair")));
    REQUIRE(ws.canUndo());

    // Another program (a second window, the CLI) writes to the same file.
    {
        auto other = db::schema::open(app.path);
        RB_REQUIRE_OK(other);
        RB_REQUIRE_OK((*other)->exec("UPDATE committee_member SET organisation = '外部修改'"));
    }
    RB_REQUIRE_OK(dialog.addMember(QStringLiteral("李红"), QString(), QStringLiteral("member")));
    RB_REQUIRE_OK(ws.undo()); // 李红 goes
    CHECK(count(ws, "SELECT count(*) FROM committee_member") == 1);
    // Further back lies the other program's change: the history stops there, and says why.
    CHECK_FALSE(ws.canUndo());
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("Cannot undo “changes made by another program”"));
    const Status refused = ws.undo();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot be undone")));
    CHECK(count(ws, "SELECT count(*) FROM committee_member WHERE name = '王建国'") == 1);
}

TEST_CASE("history: the committee dialog in Chinese (screenshot)", "[ui][history]")
{
    test::OpenApp app(20, QStringLiteral("zh_CN"));
    ui::Workspace& ws = *app.controller.workspace();
    ui::CommitteeDialog dialog(ws, &app.window());
    RB_REQUIRE_OK(dialog.addMember(QStringLiteral("王建国"), QStringLiteral("清华大学"), QStringLiteral("member")));
    RB_REQUIRE_OK(
        dialog.addMember(QStringLiteral("李红"), QStringLiteral("中国电子技术标准化研究院"), QStringLiteral("member")));
    dialog.selectRow(1);
    dialog.show();
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("committeeWarning"));
    CHECK(warning->text().contains(QStringLiteral("主任委员")));
    test::screenshot(&dialog, QStringLiteral("committee-zh_CN"));
    auto* undo = app.window().findChild<QAction*>(QStringLiteral("actionUndo"));
    CHECK(undo->text() == QStringLiteral("撤销“添加委员 李红”"));
}

TEST_CASE("history: a committee roster imported in the dialog is one step of the history", "[ui][history]")
{
    test::OpenApp app(20);
    ui::Workspace& ws = *app.controller.workspace();
    QStringList told;
    ui::messages::setHook([&](const QString&, const QString& text, bool) {
        told << text;
        return true;
    });
    ui::CommitteeDialog dialog(ws, &app.window());
    RB_REQUIRE_OK(dialog.importRoster(test::testData(QStringLiteral("real-files/committee-libreoffice.xlsx"))));
    ui::messages::setHook({});
    CHECK(dialog.rowCount() == 6);
    REQUIRE(told.size() == 1);
    CHECK(told.first().contains(QStringLiteral("6 member")));
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("committeeWarning"));
    CHECK(warning->isHidden()); // the roster names a chair
    RB_REQUIRE_OK(ws.undo());
    CHECK(count(ws, "SELECT count(*) FROM committee_member") == 0);
    RB_REQUIRE_OK(ws.redo());
    CHECK(count(ws, "SELECT count(*) FROM committee_member") == 6);
}

TEST_CASE("pages: a hidden page is filled when it is first shown, and refreshed when shown after a change",
          "[ui][pages]")
{
    test::OpenApp app(30);
    auto* table = app.find<QTableView>(QStringLiteral("resultsTable"));
    auto* page = app.find<ui::ResultsPage>(QStringLiteral("resultsPage"));
    CHECK(table->model()->rowCount() == 0); // never shown: nothing consolidated yet
    CHECK_FALSE(page->isBusy());
    REQUIRE(app.window().showPage(QStringLiteral("resultsPage")));
    // Consolidated on a worker thread: the page stays usable meanwhile, and shows the results when ready.
    REQUIRE(test::waitUntil([&] { return !page->isBusy(); }));
    CHECK(table->model()->rowCount() == 30);
    // A change while another page is shown leaves the results alone until they are shown again.
    REQUIRE(app.window().showPage(QStringLiteral("overviewPage")));
    auto* summary = app.find<QLabel>(QStringLiteral("resultsSummary"));
    const QString before = summary->text();
    app.controller.workspace()->notifyChanged(ui::Workspace::Review);
    CHECK(summary->text() == before);
    REQUIRE(app.window().showPage(QStringLiteral("resultsPage")));
    CHECK(page->isBusy());
    REQUIRE(test::waitUntil([&] { return !page->isBusy(); }));
    CHECK(table->model()->rowCount() == 30);
    CHECK(summary->text() == before);
}
