// SPDX-License-Identifier: GPL-3.0-or-later
// The deliberation, workflow and notice screens driven as a secretary would, on a small scored round.
#include "UiSupport.h"
#include "consolidation/Sensitivity.h"

#include "common/Clock.h"
#include "common/Messages.h"
#include "deliberation/CaseView.h"
#include "deliberation/CommitteeDialog.h"
#include "deliberation/DeliberationPage.h"
#include "demo/Demo.h"
#include "notice/NoticePage.h"
#include "storage/Schema.h"
#include "workflow/FormalReview.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowModel.h"
#include "workflow/WorkflowPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <memory>
#include <vector>

using namespace rb;

namespace {

/// A scored round of eight applications, every one through the formal review into expert review,
/// opened in the main window in \a language. Message boxes are answered "yes" and recorded.
struct LifecycleApp {
    explicit LifecycleApp(const QString& language)
    {
        path = dir.path(QStringLiteral("lifecycle.rbdb"));
        demo::DemoSpec spec;
        spec.applications = 8;
        spec.experts = 12;
        spec.perApplication = 3;
        spec.scored = true;
        spec.seed = 11;
        Result<Round> r = demo::createDemo(path, spec, QStringLiteral("tester"));
        RB_REQUIRE_OK(r);
        round = *r;
        {
            auto db = db::schema::open(path);
            RB_REQUIRE_OK(db);
            (*db)->setUser(QStringLiteral("tester"));
            workflow::WorkflowService flow(**db, round);
            workflow::FormalReview review(**db, round);
            auto rows = flow.status();
            RB_REQUIRE_OK(rows);
            for (const auto& row : *rows) {
                RB_REQUIRE_OK(flow.transition(row.applicationId, QStringLiteral("formal_review"), QString()));
                for (const QString& item : review.checklist())
                    RB_REQUIRE_OK(review.record(row.applicationId, item, true, QString()));
                RB_REQUIRE_OK(flow.transition(row.applicationId, QStringLiteral("expert_review"), QString()));
            }
        }
        QSettings().setValue(QStringLiteral("ui/language"), language);
        QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("tester"));
        ui::messages::setHook([this](const QString& title, const QString& text, bool question) {
            messages << title + QStringLiteral(": ") + text;
            return question;
        });
        controller.start(path);
        REQUIRE(controller.window());
        controller.window()->resize(1500, 940);
        QApplication::processEvents();
    }
    ~LifecycleApp() { ui::messages::setHook({}); }

    [[nodiscard]] QString state(const QString& code) const
    {
        return *controller.workspace()->db().scalarText("SELECT state FROM application WHERE code = ?1", code);
    }
    template <typename T>
    T* find(const QString& name) const
    {
        T* w = controller.window()->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(w != nullptr);
        return w;
    }

    test::TempDir dir;
    QString path;
    Round round;
    ui::AppController controller;
    QStringList messages;
};

void meetingThroughTwoCases(const QString& language)
{
    LifecycleApp app(language);
    REQUIRE(app.controller.window()->showPage(QStringLiteral("deliberationPage")));
    auto* page = app.find<ui::DeliberationPage>(QStringLiteral("deliberationPage"));
    // The scores shown with the cases are consolidated on a worker thread.
    REQUIRE(test::waitUntil([&] { return !page->isBusy(); }, 20000));
    ui::CaseView* view = page->caseView();
    // The meeting's models keep Qt's model contract through everything below (a break aborts the test).
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const char* name : {"meetingAttendance", "meetingAgenda", "caseMembers"})
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(app.find<QAbstractItemView>(QString::fromLatin1(name))->model(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal));

    // The committee: five members; the last one is absent from the meeting.
    const QStringList names = {QStringLiteral("王建国"), QStringLiteral("李红"), QStringLiteral("张伟"),
                               QStringLiteral("刘洋"), QStringLiteral("陈静")};
    {
        ui::CommitteeDialog committee(*app.controller.workspace(), page);
        for (int i = 0; i < names.size(); ++i)
            RB_REQUIRE_OK(committee.addMember(names[i], QStringLiteral("某大学"),
                                              i == 0 ? QStringLiteral("chair") : QStringLiteral("member")));
    }
    auto meeting = page->createMeeting(QStringLiteral("第一次专家论证会"), QDate(2026, 11, 20), QStringLiteral("北京"));
    RB_REQUIRE_OK(meeting);
    CHECK(page->meetingId() == *meeting);
    // 陈静 is absent: the box is cleared in the attendance list, as the secretary does.
    {
        QAbstractItemModel* attendance = app.find<QListView>(QStringLiteral("meetingAttendance"))->model();
        int row = -1;
        for (int r = 0; r < attendance->rowCount(); ++r)
            row = attendance->index(r, 0).data().toString().startsWith(QStringLiteral("陈静")) ? r : row;
        REQUIRE(row >= 0);
        REQUIRE(attendance->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
        attendance->setData(attendance->index(row, 0), Qt::Unchecked, Qt::CheckStateRole);
        REQUIRE(test::waitUntil(
            [&] { return attendance->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked; }));
    }
    CHECK(app.find<QLabel>(QStringLiteral("meetingInfo"))->text().contains(QStringLiteral("4")));

    // Every scored application goes on the agenda; the first case is shown.
    app.find<QPushButton>(QStringLiteral("prepareAgenda"))->click();
    REQUIRE(page->agendaSize() == 8);
    REQUIRE(view->caseId() != 0);
    const QString first = view->current().applicationCode;
    CHECK(app.state(first) == QStringLiteral("deliberation"));
    CHECK(app.find<QLabel>(QStringLiteral("caseHeading"))->text().contains(first));
    // How firm the case's rank is, as core computes it for the round (200 samples at the meeting).
    {
        REQUIRE(test::waitUntil([&] { return !page->isBusy(); }, 20000));
        consolidation::SensitivityOptions options;
        options.samples = 200;
        auto rows =
            consolidation::sensitivity(app.controller.workspace()->db(), app.controller.workspace()->round(), options);
        RB_REQUIRE_OK(rows);
        const auto row = std::find_if(rows->begin(), rows->end(),
                                      [&](const consolidation::SensitivityRow& r) { return r.application == first; });
        REQUIRE(row != rows->end());
        REQUIRE(row->rankP5);
        CHECK(app.find<QLabel>(QStringLiteral("caseRobustness"))
                  ->text()
                  .contains(QStringLiteral("%1–%2").arg(*row->rankP5).arg(*row->rankP95)));
    }
    CHECK(app.find<QTableView>(QStringLiteral("caseTotals"))->model()->rowCount() == 3); // every expert's total
    auto* members = app.find<QTableView>(QStringLiteral("caseMembers"));
    QAbstractItemModel* memberRows = members->model();
    CHECK(memberRows->rowCount() == 5);
    const auto rowOf = [&](const QString& name) {
        for (int r = 0; r < memberRows->rowCount(); ++r)
            if (memberRows->index(r, 0).data().toString() == name)
                return r;
        FAIL("no row for " << name.toStdString());
        return -1;
    };

    // Case 1: 张伟 recuses, so three members vote and all three must vote for (3/4 of 3).
    RB_REQUIRE_OK(view->setRecused(QStringLiteral("张伟"), QStringLiteral("曾任申报单位顾问")));
    view->setRecordText(QStringLiteral("介绍了建设内容和关键指标。"), QStringLiteral("问：数据口径？答：按台数计。"),
                        QStringLiteral("同意列为拟入选项目。"), QString());
    // As at the meeting: the exception first, in the table (the vote column's list, then the dissent typed in);
    // then one click records a vote for from everyone else present.
    {
        const QModelIndex vote = memberRows->index(rowOf(QStringLiteral("刘洋")), 3);
        REQUIRE(memberRows->flags(vote) & Qt::ItemIsEditable);
        members->setCurrentIndex(vote); // the list opens on the cell made current
        auto* editor = members->findChild<QComboBox*>(QStringLiteral("voteEditor"));
        REQUIRE(editor);
        editor->setCurrentIndex(editor->findData(QStringLiteral("against")));
        Q_EMIT editor->activated(editor->currentIndex());
        REQUIRE(test::waitUntil([&] {
            return memberRows->index(rowOf(QStringLiteral("刘洋")), 3).data(Qt::EditRole) == QStringLiteral("against");
        }));
        memberRows->setData(memberRows->index(rowOf(QStringLiteral("刘洋")), 5),
                            QStringLiteral("投入产出测算偏乐观。"));
        REQUIRE(test::waitUntil(
            [&] { return !memberRows->index(rowOf(QStringLiteral("刘洋")), 5).data().toString().isEmpty(); }));
        // Absent and recused members cannot be given a vote in the table.
        CHECK_FALSE(memberRows->flags(memberRows->index(rowOf(QStringLiteral("陈静")), 3)) & Qt::ItemIsEditable);
        CHECK_FALSE(memberRows->flags(memberRows->index(rowOf(QStringLiteral("张伟")), 3)) & Qt::ItemIsEditable);
    }
    app.find<QPushButton>(QStringLiteral("caseAllFor"))->click();
    CHECK(memberRows->index(rowOf(QStringLiteral("王建国")), 3).data(Qt::EditRole) == QStringLiteral("for"));
    CHECK(memberRows->index(rowOf(QStringLiteral("李红")), 3).data(Qt::EditRole) == QStringLiteral("for"));
    CHECK(memberRows->index(rowOf(QStringLiteral("刘洋")), 3).data(Qt::EditRole) == QStringLiteral("against"));
    CHECK(memberRows->index(rowOf(QStringLiteral("陈静")), 3).data(Qt::EditRole).toString().isEmpty());
    CHECK(memberRows->index(rowOf(QStringLiteral("张伟")), 3).data(Qt::EditRole).toString().isEmpty());
    CHECK(view->current().members.at(rowOf(QStringLiteral("刘洋"))).dissent == QStringLiteral("投入产出测算偏乐观。"));
    // One action, undone and redone as one.
    RB_REQUIRE_OK(app.controller.workspace()->undo());
    CHECK(memberRows->index(rowOf(QStringLiteral("王建国")), 3).data(Qt::EditRole).toString().isEmpty());
    CHECK(memberRows->index(rowOf(QStringLiteral("刘洋")), 3).data(Qt::EditRole) == QStringLiteral("against"));
    RB_REQUIRE_OK(app.controller.workspace()->redo());
    CHECK(memberRows->index(rowOf(QStringLiteral("李红")), 3).data(Qt::EditRole) == QStringLiteral("for"));
    // Once everyone has voted, the button says so instead of doing nothing.
    CHECK_FALSE(view->allPresentVoteFor().ok());
    RB_REQUIRE_OK(view->setVote(QStringLiteral("王建国"), QStringLiteral("for"), QStringLiteral("示范性强。")));
    CHECK_FALSE(view->setVote(QStringLiteral("陈静"), QStringLiteral("for")).ok()); // absent: no proxy
    CHECK_FALSE(view->setVote(QStringLiteral("张伟"), QStringLiteral("for")).ok()); // recused
    // Two of three is short of 3/4: the button is refused with the reason and nothing changes.
    app.messages.clear();
    app.find<QPushButton>(QStringLiteral("concludeProposed"))->click();
    REQUIRE(app.messages.size() == 1); // the refusal, before any confirmation
    CHECK(app.messages.last().contains(QStringLiteral("3")));
    CHECK(app.state(first) == QStringLiteral("deliberation"));
    CHECK(view->current().concludedAt.isEmpty());
    test::screenshot(app.controller.window(), QStringLiteral("deliberation-refused-") + language);

    RB_REQUIRE_OK(view->setVote(QStringLiteral("刘洋"), QStringLiteral("for")));
    app.messages.clear();
    app.find<QPushButton>(QStringLiteral("concludeProposed"))->click();
    REQUIRE(app.messages.size() == 1); // only the confirmation
    CHECK(app.state(first) == QStringLiteral("proposed"));
    // Concluded, the meeting moves on to the next open case by itself.
    const QString second = view->current().applicationCode;
    REQUIRE(second != first);
    CHECK(view->current().concludedAt.isEmpty());
    CHECK(app.find<QListView>(QStringLiteral("meetingAgenda"))->currentIndex().row() == 1);
    page->showCaseAt(0);
    CHECK_FALSE(view->current().concludedAt.isEmpty());
    CHECK(view->current().collectiveOpinion == QStringLiteral("同意列为拟入选项目。"));
    CHECK_FALSE(app.find<QPushButton>(QStringLiteral("concludeProposed"))->isEnabled());
    CHECK_FALSE(app.find<QPushButton>(QStringLiteral("caseAllFor"))->isEnabled());
    CHECK_FALSE(memberRows->flags(memberRows->index(0, 3)) & Qt::ItemIsEditable);
    CHECK(app.find<QListView>(QStringLiteral("meetingAgenda"))
              ->model()
              ->index(0, 0)
              .data()
              .toString()
              .contains(ui::conclusionName(QStringLiteral("proposed"))));
    test::screenshot(app.controller.window(), QStringLiteral("deliberation-proposed-") + language);

    // Case 2: sent back. Without conditions the conclusion is refused; with them it passes 4 of 4.
    page->showCaseAt(1);
    REQUIRE(view->current().applicationCode == second);
    for (const QString& n :
         {QStringLiteral("王建国"), QStringLiteral("李红"), QStringLiteral("张伟"), QStringLiteral("刘洋")})
        RB_REQUIRE_OK(view->setVote(n, QStringLiteral("for"), QStringLiteral("佐证材料不足。")));
    app.messages.clear();
    app.find<QPushButton>(QStringLiteral("concludeRevise"))->click();
    REQUIRE(app.messages.size() == 1); // the missing conditions are said at once, without asking to confirm first
    CHECK(app.state(second) == QStringLiteral("deliberation"));
    CHECK_FALSE(view->conclude(QStringLiteral("revise")).ok());
    CHECK(app.state(second) == QStringLiteral("deliberation"));
    view->setRecordText(QStringLiteral("介绍了项目概况。"), QString(), QStringLiteral("专家评分分歧较大。"),
                        QStringLiteral("补充第三方检测报告。"));
    RB_REQUIRE_OK(view->conclude(QStringLiteral("revise")));
    CHECK(app.state(second) == QStringLiteral("revise"));
    test::screenshot(app.controller.window(), QStringLiteral("deliberation-revise-") + language);

    // The case sent back comes to a later meeting, linked to its earlier record.
    auto later = page->createMeeting(QStringLiteral("第二次专家论证会"), QDate(2026, 12, 4), QStringLiteral("北京"));
    RB_REQUIRE_OK(later);
    RB_REQUIRE_OK(page->prepareAgenda());
    bool found = false;
    for (int row = 0; row < page->agendaSize(); ++row) {
        page->showCaseAt(row);
        if (view->current().applicationCode != second)
            continue;
        found = true;
        CHECK(view->current().previousCaseId.has_value());
        CHECK(app.find<QTextBrowser>(QStringLiteral("caseEarlier"))
                  ->toPlainText()
                  .contains(QStringLiteral("补充第三方检测报告。")));
    }
    CHECK(found);
    // A period reaching a year the calendar does not know says so.
    REQUIRE(app.controller.window()->showPage(QStringLiteral("noticePage")));
    auto* tabs = app.find<QTabWidget>(QStringLiteral("noticeTabs"));
    tabs->setCurrentIndex(3);
    auto* start = tabs->widget(3)->findChildren<QDateEdit*>().last();
    start->setDate(QDate(2027, 12, 27));
    auto* end = app.find<QLabel>(QStringLiteral("periodEnd"));
    CHECK(end->text().contains(QStringLiteral("2027")));
    CHECK(end->text().contains(QStringLiteral("B03A2E")));
    test::screenshot(app.controller.window(), QStringLiteral("notice-calendar"));
    CHECK(app.state(first) == QStringLiteral("proposed")); // a concluded case does not come back

    // The lifecycle page shows where each application now stands.
    REQUIRE(app.controller.window()->showPage(QStringLiteral("workflowPage")));
    test::screenshot(app.controller.window(), QStringLiteral("workflow-after-meeting-") + language);
}

} // namespace

TEST_CASE("deliberation: a meeting through two cases in Chinese, one proposed and one sent back", "[ui][deliberation]")
{
    meetingThroughTwoCases(QStringLiteral("zh_CN"));
}

TEST_CASE("deliberation: a meeting through two cases in English, one proposed and one sent back", "[ui][deliberation]")
{
    meetingThroughTwoCases(QStringLiteral("en"));
}

TEST_CASE("workflow: the lifecycle page moves a selection all or nothing and reverses with a reason", "[ui][workflow]")
{
    LifecycleApp app(QStringLiteral("en"));
    REQUIRE(app.controller.window()->showPage(QStringLiteral("workflowPage")));
    auto* page = app.find<ui::WorkflowPage>(QStringLiteral("workflowPage"));
    REQUIRE(page->model()->rowCount() == 8);
    const QString a = page->model()->at(0)->status.code;
    const QString b = page->model()->at(1)->status.code;
    CHECK(page->model()->countByState().value(QStringLiteral("expert_review")) == 8);

    // Proposed cannot be set here: it is the committee's conclusion. Nothing moves, not even the first.
    CHECK_FALSE(page->move({a, b}, QStringLiteral("proposed"), QString()).ok());
    CHECK(app.state(a) == QStringLiteral("expert_review"));
    CHECK(app.state(b) == QStringLiteral("expert_review"));

    // A correction: revert the last change of one application, with the reason kept in its history.
    CHECK_FALSE(page->revert(a, QString()).ok()); // a reason is required
    RB_REQUIRE_OK(page->revert(a, QStringLiteral("形式审查材料需重新核对")));
    CHECK(app.state(a) == QStringLiteral("formal_review"));
    REQUIRE(page->selectApplication(a));
    QAbstractItemModel* history = app.find<QTableView>(QStringLiteral("workflowHistory"))->model();
    REQUIRE(history->rowCount() == 3); // → formal review, → expert review, the correction
    CHECK(history->index(2, 4).data().toString().contains(QStringLiteral("形式审查材料需重新核对")));
    CHECK(history->index(1, 4).data(Qt::FontRole).value<QFont>().strikeOut()); // the reversed change stays, struck
    CHECK(page->model()->countByState().value(QStringLiteral("formal_review")) == 1);
    test::screenshot(app.controller.window(), QStringLiteral("workflow-en"));

    // Not accepted needs a reason; with one, the move is recorded.
    CHECK_FALSE(page->move({a}, QStringLiteral("not_accepted"), QString()).ok());
    RB_REQUIRE_OK(page->move({a}, QStringLiteral("not_accepted"), QStringLiteral("不满足申报条件")));
    CHECK(app.state(a) == QStringLiteral("not_accepted"));
}

namespace {
/// Concludes the first \a count cases of a meeting held in the core as proposed (3 members, all for).
void proposeThroughMeeting(LifecycleApp& app, int count)
{
    db::Database& db = app.controller.workspace()->db();
    deliberation::DeliberationService service(db, app.round);
    for (const char* n : {"甲", "乙", "丙"})
        RB_REQUIRE_OK(
            service.addMember(QString::fromUtf8(n), QString(),
                              n == std::string_view("甲") ? QStringLiteral("chair") : QStringLiteral("member")));
    auto meeting = service.createMeeting(QStringLiteral("论证会"), QDate(2026, 11, 1), QString());
    RB_REQUIRE_OK(meeting);
    auto cases = service.prepareAgenda(meeting->id);
    RB_REQUIRE_OK(cases);
    REQUIRE(cases->size() >= count);
    for (int i = 0; i < count; ++i) {
        RB_REQUIRE_OK(service.setRecord(cases->at(i).id, QString(), QString(), QStringLiteral("同意"), QString()));
        for (const auto& m : cases->at(i).members) {
            auto p = m;
            p.vote = QStringLiteral("for");
            RB_REQUIRE_OK(service.setParticipation(cases->at(i).id, p));
        }
        RB_REQUIRE_OK(service.conclude(cases->at(i).id, QStringLiteral("proposed")));
    }
    app.controller.workspace()->notifyChanged(ui::Workspace::Workflow);
}
} // namespace

TEST_CASE("notice: publish, an upheld objection withdraws, approval waits for the period and the objections",
          "[ui][notice]")
{
    LifecycleApp app(QStringLiteral("zh_CN"));
    // Two applications proposed through a meeting held in the core (the GUI path is tested above).
    proposeThroughMeeting(app, 2);
    REQUIRE(app.controller.window()->showPage(QStringLiteral("noticePage")));
    auto* page = app.find<ui::NoticePage>(QStringLiteral("noticePage"));
    const QDate today = QDate::currentDate();
    auto notice = page->publish(QStringLiteral("公示"), today, 5, QStringLiteral("010-12345678"));
    RB_REQUIRE_OK(notice);
    REQUIRE(notice->applications.size() == 2);
    CHECK(notice->end > today);
    CHECK(app.find<QTableView>(QStringLiteral("noticeTable"))->model()->rowCount() == 1);
    const QString kept = notice->applications[0];
    const QString withdrawn = notice->applications[1];
    CHECK(app.state(kept) == QStringLiteral("public_notice"));

    // Anonymous objections are refused; a signed one upheld withdraws the application.
    CHECK_FALSE(page->addObjection(withdrawn, today, QString(), false, QStringLiteral("匿名举报")).ok());
    auto objection =
        page->addObjection(withdrawn, today, QStringLiteral("张某"), false, QStringLiteral("存在安全事故"));
    RB_REQUIRE_OK(objection);
    auto pending = page->addObjection(kept, today, QStringLiteral("某公司"), true, QStringLiteral("知识产权纠纷"));
    RB_REQUIRE_OK(pending);
    CHECK(page->objectionCount() == 2);
    RB_REQUIRE_OK(page->resolveObjection(objection->id, QStringLiteral("upheld"), QStringLiteral("经核实属实")));
    CHECK(app.state(withdrawn) == QStringLiteral("withdrawn"));

    // The notice is not over and an objection is pending: nothing is approved.
    auto approved = page->approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 0);
    // Approving nothing is no barrier: the history still ends at the resolved objection, named as final.
    auto* undo = app.controller.window()->findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text().contains(QString::fromUtf8("办结异议")));
    CHECK(app.state(kept) == QStringLiteral("public_notice"));
    test::screenshot(app.controller.window(), QStringLiteral("notice-zh_CN"));

    // The working-day calendar: a make-up working day is listed and counted.
    RB_REQUIRE_OK(page->setCalendarDay(QDate(2025, 10, 11), workflow::Calendar::Kind::Workday, QStringLiteral("调休")));
    RB_REQUIRE_OK(page->setCalendarDay(QDate(2025, 10, 8), workflow::Calendar::Kind::Holiday, QStringLiteral("国庆")));
    // The file came with the State Council's 2025 and 2026 arrangements; the two days are among them, as set here.
    QAbstractItemModel* calendar = app.find<QTableView>(QStringLiteral("calendarTable"))->model();
    CHECK(calendar->rowCount() == *app.controller.workspace()->db().scalar("SELECT count(*) FROM calendar_day", -1));
    CHECK(calendar->rowCount() > 60);
    bool found = false;
    for (int r = 0; r < calendar->rowCount(); ++r) {
        if (calendar->index(r, 0).data().toString() == QStringLiteral("2025-10-11")) {
            found = true;
            CHECK(calendar->index(r, 3).data().toString() == QStringLiteral("调休"));
        }
    }
    CHECK(found);
}

TEST_CASE("notice: a notice published ahead of time is offered on its first day; showing the page writes nothing",
          "[ui][notice]")
{
    LifecycleApp app(QStringLiteral("en"));
    proposeThroughMeeting(app, 1);
    REQUIRE(app.controller.window()->showPage(QStringLiteral("noticePage")));
    auto* page = app.find<ui::NoticePage>(QStringLiteral("noticePage"));
    const QDate start = QDate::currentDate().addDays(7);
    auto notice = page->publish(QStringLiteral("公示"), start, 5, QString());
    RB_REQUIRE_OK(notice);
    REQUIRE(notice->applications.size() == 1);
    const QString code = notice->applications[0];
    CHECK(app.state(code) == QStringLiteral("proposed")); // not begun yet

    auto* banner = app.find<QWidget>(QStringLiteral("noticeStartBanner"));
    CHECK(banner->isHidden());

    // A week later the page, shown again, offers to start it; reading the page changes nothing.
    FixedClock later(QDateTime(start, QTime(9, 0), Qt::UTC));
    Clock::setCurrent(&later);
    app.controller.workspace()->notifyChanged(ui::Workspace::Settings);
    CHECK(app.state(code) == QStringLiteral("proposed"));
    CHECK_FALSE(banner->isHidden());
    test::screenshot(app.controller.window(), QStringLiteral("notice-en"));
    app.find<QPushButton>(QStringLiteral("startDueNotices"))->click();
    Clock::setCurrent(nullptr);
    CHECK(app.state(code) == QStringLiteral("public_notice"));
    CHECK(banner->isHidden());
    // Starting it is undoable: the application goes back to proposed.
    RB_REQUIRE_OK(app.controller.workspace()->undo());
    CHECK(app.state(code) == QStringLiteral("proposed"));
}
