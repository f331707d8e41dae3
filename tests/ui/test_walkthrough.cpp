// SPDX-License-Identifier: GPL-3.0-or-later
// The whole job of a fresh round of 12 applications in the windows (issue 13): the files a province sends imported,
// formal review, assignment, packages, the experts' returns merged, results, the meeting case by case, the notice.
// Each step goes through the widgets a secretary uses; the test counts the user actions of each step (clicks,
// fields typed, files chosen) apart from the per-application judgments, writes the count table and screenshots to
// RB_SCREENSHOT_DIR, and checks what each step leaves in the round.
#include "UiSupport.h"

#include "common/Messages.h"
#include "deliberation/CaseView.h"
#include "deliberation/CommitteeDialog.h"
#include "deliberation/DeliberationPage.h"
#include "demo/Demo.h"
#include "demo/DemoScores.h"
#include "import/ImportDialog.h"
#include "io/CsvWriter.h"
#include "notice/NoticePage.h"
#include "results/ResultsModel.h"
#include "results/ResultsPage.h"
#include "review/AccessCodesDialog.h"
#include "review/AssignmentPage.h"
#include "review/PackagesPage.h"
#include "round/RoundSetup.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The user actions of each step: the secretariat's, the experts', and the judgments made per application.
struct Tally {
    struct Step {
        QString name;
        int secretariat = 0;
        int experts = 0;
        int judgments = 0;
        QString note;
    };
    QList<Step> steps;
    void add(const QString& name, int secretariat, int experts, int judgments, const QString& note)
    {
        steps.append({name, secretariat, experts, judgments, note});
    }
    [[nodiscard]] QString table() const
    {
        QString out = u"| step | secretariat actions | expert actions | judgments per application/case | how |\n"
                      "| --- | ---: | ---: | ---: | --- |\n"_s;
        int s = 0, e = 0, j = 0;
        for (const Step& step : steps) {
            out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(step.name)
                       .arg(step.secretariat)
                       .arg(step.experts)
                       .arg(step.judgments)
                       .arg(step.note);
            s += step.secretariat;
            e += step.experts;
            j += step.judgments;
        }
        return out + u"| **total** | **%1** | **%2** | **%3** | |\n"_s.arg(s).arg(e).arg(j);
    }
};

void writeTable(const io::Table& table, const QString& path)
{
    QList<QVariantList> rows;
    for (const io::TableRow& r : table.rows) {
        QVariantList cells;
        for (const QString& c : r.cells)
            cells << c;
        rows << cells;
    }
    RB_REQUIRE_OK(io::writeCsv(path, table.header, rows));
}

} // namespace

TEST_CASE("walkthrough: a fresh round of 12 applications through the windows, counted in user actions",
          "[ui][walkthrough]")
{
    test::TempDir dir;
    Tally tally;
    QStringList messages;
    QSettings().setValue(u"ui/language"_s, u"zh_CN"_s);
    QSettings().setValue(u"user/name"_s, u"秘书处王敏"_s);
    ui::messages::setHook([&](const QString& title, const QString& text, bool question) {
        messages << title + u": "_s + text;
        return question; // every confirmation is answered yes, as the secretary does
    });

    // The files as they arrive: the applications and the experts' roster (generated with realistic content).
    demo::DemoSpec spec;
    spec.applications = 12;
    spec.experts = 8;
    spec.year = 2026; // the applications are numbered for the round they are sent to
    const demo::DemoData data = demo::generate(spec);
    const QString applications = dir.path(u"申报汇总表.csv"_s);
    const QString experts = dir.path(u"专家名单.csv"_s);
    writeTable(data.applications, applications);
    writeTable(data.experts, experts);

    // 1. File ▸ New: category, year, title, then where to save.
    const QString path = dir.path(u"2026年度示范工厂.rbdb"_s);
    RB_REQUIRE_OK(round::createOrAdd(path, {Category::Factory, 2026, u"2026年度智能制造示范工厂揭榜评审"_s, {}},
                                     u"秘书处王敏"_s));
    tally.add(u"new round (File ▸ New)"_s, 5, 0, 0,
              u"menu, category, year, title, save (counted; driven here through the dialog's core call)"_s);
    ui::AppController controller;
    controller.start(path);
    REQUIRE(controller.workspace());
    controller.window()->resize(1440, 900);
    ui::Workspace& ws = *controller.workspace();
    ui::MainWindow& window = *controller.window();
    test::screenshot(&window, u"walk-01-new"_s);

    // 2–3. File ▸ Import ▸ applications, then experts: choose the file, look at the preview, Import.
    for (const auto& [kind, file, name] : {std::tuple{import::Kind::Applications, applications, u"applications"_s},
                                           std::tuple{import::Kind::Experts, experts, u"experts"_s}}) {
        ui::ImportDialog importing(ws, kind, file, &window);
        RB_REQUIRE_OK(test::finish(importing.prepare()));
        test::settle();
        auto* button = importing.findChild<QPushButton*>(u"importButton"_s);
        REQUIRE(button->isEnabled());
        importing.resize(1000, 600);
        test::screenshot(&importing, u"walk-02-import-"_s + name);
        button->click();
        test::settle();
        REQUIRE(importing.result() == QDialog::Accepted);
        tally.add(u"import "_s + name, 3, 0, 0, u"menu, choose the file, Import (after the preview)"_s);
    }
    CHECK(*ws.db().scalar("SELECT count(*) FROM application", -1) == 12);

    // 4. Formal review on the Lifecycle page: select all, 全部符合 (the move to expert review comes with it).
    REQUIRE(window.showPage(u"workflowPage"_s));
    auto* lifecycle = window.findChild<QTableView*>(u"workflowTable"_s);
    REQUIRE(test::waitUntil([&] { return lifecycle->model()->rowCount() == 12; }));
    window.findChild<QTabWidget*>(u"workflowTabs"_s)->setCurrentIndex(2);
    lifecycle->selectAll();
    auto* allMet = window.findChild<QPushButton*>(u"formalAllMet"_s);
    REQUIRE(allMet->isEnabled());
    allMet->click();
    CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE state = 'expert_review'", -1) == 12);
    test::screenshot(&window, u"walk-03-formal-review"_s);
    tally.add(u"formal review"_s, 3, 0, 0, u"page, Ctrl+A, 全部符合 (one action for all 12)"_s);

    // 5. Assignment: three experts each, 自动分配.
    REQUIRE(window.showPage(u"assignmentPage"_s));
    auto* assignment = window.findChild<ui::AssignmentPage*>(u"assignmentPage"_s);
    RB_REQUIRE_OK(test::finish(assignment->assignAutomatically()));
    CHECK(*ws.db().scalar("SELECT count(*) FROM assignment WHERE status = 'assigned'", -1) == 12 * 5);
    test::screenshot(&window, u"walk-04-assignment"_s);
    tally.add(u"assignment"_s, 2, 0, 0, u"page, 自动分配 (recusal applied)"_s);

    // 6. Review packages: write them to a folder; the access codes are shown once and printed as letters.
    REQUIRE(window.showPage(u"packagesPage"_s));
    auto* packages = window.findChild<ui::PackagesPage*>(u"packagesPage"_s);
    const QString folder = dir.path(u"评审包"_s);
    QList<QStringList> codes;
    ui::AccessCodesDialog::setHook([&](ui::AccessCodesDialog& dialog) {
        auto* table = dialog.findChild<QTableWidget*>(u"accessCodesTable"_s);
        for (int r = 0; r < table->rowCount(); ++r)
            codes << QStringList{table->item(r, 2)->text(), table->item(r, 3)->text()};
        RB_REQUIRE_OK(dialog.saveCodes(folder + u"/access-codes.csv"_s));
    });
    RB_REQUIRE_OK(test::finish(packages->writePackages(folder)));
    ui::AccessCodesDialog::setHook({});
    REQUIRE(codes.size() == 8);
    tally.add(u"write packages"_s, 5, 0, 0, u"page, 写出评审包, choose the folder, print the letters, close"_s);

    // 7. Each expert: double-click the package, type the access code, score every application (the judgment),
    //    look at the summary, seal and send it back.
    int judged = 0;
    for (const QStringList& c : codes) {
        RB_REQUIRE_OK(demo::fillAndSubmit(QDir(folder).filePath(c[0]), c[1], 7));
        ++judged;
    }
    const qint64 scoredPairs = *ws.db().scalar("SELECT count(*) FROM assignment WHERE status = 'assigned'", -1);
    tally.add(u"experts score and seal"_s, 0, int(codes.size()) * 4, int(scoredPairs),
              u"each expert: open, access code, summary, seal (counted; driven here through the real package path, the "
              "expert window is tested in test_expert)"_s);

    // 8. The returned packages: dropped on the page (or 合并评审包…), merged and checked.
    QStringList returned;
    for (const QStringList& c : codes)
        returned << QDir(folder).filePath(c[0]);
    RB_REQUIRE_OK(test::finish(packages->mergeFiles(returned)));
    test::settle();
    CHECK(*ws.db().scalar("SELECT count(*) FROM assignment WHERE status = 'submitted'", -1) == scoredPairs);
    test::screenshot(&window, u"walk-05-merged"_s);
    tally.add(u"merge the returns"_s, 2, 0, 0, u"drop the 8 files on the page, close the report"_s);

    // 9. Results.
    REQUIRE(window.showPage(u"resultsPage"_s));
    auto* results = window.findChild<ui::ResultsPage*>(u"resultsPage"_s);
    REQUIRE(test::waitUntil([&] { return !results->isBusy() && results->model()->rowCount() == 12; }, 20000));
    test::screenshot(&window, u"walk-06-results"_s);
    tally.add(u"look at the results"_s, 1, 0, 0, u"page"_s);

    // 10. The meeting: the committee (five members typed), a meeting, the agenda, then each case: all present vote
    //     for, conclude (confirmed). The next case comes by itself.
    REQUIRE(window.showPage(u"deliberationPage"_s));
    auto* meeting = window.findChild<ui::DeliberationPage*>(u"deliberationPage"_s);
    {
        ui::CommitteeDialog committee(ws, meeting);
        const QStringList names = {u"王建国"_s, u"李红"_s, u"张伟"_s, u"刘洋"_s, u"陈静"_s};
        for (int i = 0; i < names.size(); ++i)
            RB_REQUIRE_OK(committee.addMember(names[i], u"某大学"_s, i == 0 ? u"chair"_s : u"member"_s));
    }
    RB_REQUIRE_OK(meeting->createMeeting(u"专家论证会"_s, QDate::currentDate(), u"北京"_s));
    window.findChild<QPushButton*>(u"prepareAgenda"_s)->click();
    REQUIRE(meeting->agendaSize() == 12);
    REQUIRE(test::waitUntil([&] { return !meeting->isBusy(); }, 20000));
    test::screenshot(&window, u"walk-07-meeting"_s);
    int cases = 0;
    for (; cases < 12; ++cases) {
        ui::CaseView* view = meeting->caseView();
        REQUIRE(view->caseId() != 0);
        if (!view->current().concludedAt.isEmpty())
            break;
        window.findChild<QPushButton*>(u"caseAllFor"_s)->click();
        view->setRecordText(u"汇报了建设内容和关键指标。"_s, QString(), u"同意列为拟入选项目。"_s, QString());
        window.findChild<QPushButton*>(u"concludeProposed"_s)->click();
    }
    CHECK(cases == 12);
    CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE state = 'proposed'", -1) == 12);
    tally.add(u"committee and meeting"_s, 5 * 3 + 4 + 1, 0, 0,
              u"committee: 5 members × (name, organisation, role); meeting: title, date, place, OK; 列入议程"_s);
    tally.add(u"each case (一事一议)"_s, 0, 0, 12 * 3,
              u"per case: 全部赞成, the collective opinion, 拟入选 (confirmed)"_s);

    // 11. Public notice: title, first day, working days, contact, 发布.
    REQUIRE(window.showPage(u"noticePage"_s));
    auto* notice = window.findChild<ui::NoticePage*>(u"noticePage"_s);
    auto published =
        notice->publish(u"2026年度智能制造示范工厂揭榜单位公示"_s, QDate::currentDate(), 5, u"010-12345678"_s);
    RB_REQUIRE_OK(published);
    CHECK(published->applications.size() == 12);
    test::screenshot(&window, u"walk-08-notice"_s);
    tally.add(u"public notice"_s, 6, 0, 0, u"page, 发布公示, title, first day, working days + contact, OK"_s);
    tally.add(u"approval after the period"_s, 2, 0, 0,
              u"page, 批复公示期满的申报项目 (counted, not driven: the notice runs 5 working days)"_s);

    ui::messages::setHook({});
    const QString table = tally.table();
    if (!qEnvironmentVariableIsEmpty("RB_SCREENSHOT_DIR")) {
        QFile out(qEnvironmentVariable("RB_SCREENSHOT_DIR") + u"/walkthrough.md"_s);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QTextStream(&out) << table;
    }
    INFO(table.toStdString());
    // No step of the secretariat repeats per application: the same count for 12 as for 2,000.
    for (const Tally::Step& step : tally.steps)
        CHECK(step.secretariat < 25);
}
