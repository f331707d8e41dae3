// SPDX-License-Identifier: GPL-3.0-or-later
// Print-ready documents: each kind written to PDF through the real renderer and read back with poppler's tools
// (pdftotext, pdfinfo, pdffonts): the expected names, codes and numbers in order, pages that grow with the data,
// the CJK font embedded, the table header repeated, experts hidden by code, blank sheets, cancel, the CLI.
#include "TestSupport.h"

#include "cli/CliApp.h"
#include "cli/GuiCommands.h"
#include "consolidation/Consolidation.h"
#include "consolidation/Sensitivity.h"
#include "deliberation/Deliberation.h"
#include "demo/Demo.h"
#include "notice/PublicNotice.h"
#include "repo/ExpertRepository.h"
#include "report/Document.h"
#include "report/ReportPrinter.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <cmath>

using namespace rb;
using namespace rb::test;

namespace {

/// A demo round file.
struct DemoRound {
    QString path;
    std::unique_ptr<db::Database> db;
    Round round;
};

DemoRound makeDemo(const QString& path, const demo::DemoSpec& spec)
{
    Result<Round> round = demo::createDemo(path, spec, QStringLiteral("tester"));
    RB_REQUIRE_OK(round);
    Result<std::unique_ptr<db::Database>> db = db::schema::open(path);
    RB_REQUIRE_OK(db);
    return {path, std::move(*db), *round};
}

/// A full lifecycle round (scores, a meeting, a notice), made once and only read by the tests.
DemoRound& lifecycleRound()
{
    static TempDir dir;
    static DemoRound demo = [] {
        demo::DemoSpec spec;
        spec.applications = 40;
        spec.experts = 20;
        spec.perApplication = 5;
        spec.lifecycle = true;
        return makeDemo(dir.path(QStringLiteral("lifecycle.rbdb")), spec);
    }();
    return demo;
}

/// A round of \a applications applications, with or without scores.
DemoRound demoRound(const TempDir& dir, const QString& name, int applications, bool scored)
{
    demo::DemoSpec spec;
    spec.applications = applications;
    spec.experts = 20;
    spec.perApplication = 5;
    spec.scored = scored;
    return makeDemo(dir.path(name), spec);
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// `pdftotext -layout` of pages \a first to \a last (0 = to the end).
QString pdfText(const QString& path, int first = 1, int last = 0)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                     QString::number(first)};
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    return run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

int writeReport(DemoRound& demo, const report::Request& request, const QString& path)
{
    Result<report::Document> doc = report::build(*demo.db, demo.round, request);
    RB_REQUIRE_OK(doc);
    Result<int> pages = ui::reports::writePdf(*doc, path);
    RB_REQUIRE_OK(pages);
    REQUIRE(pdfPages(path) == *pages);
    return *pages;
}

report::Request request(report::Kind kind, const QString& application = {})
{
    report::Request r;
    r.kind = kind;
    r.application = application;
    return r;
}

consolidation::Results results(DemoRound& demo)
{
    Result<consolidation::Results> r = consolidation::consolidate(*demo.db, demo.round);
    RB_REQUIRE_OK(r);
    return *r;
}

/// The first ranked application with at least \a experts counted experts.
consolidation::ApplicationResult scoredApplication(DemoRound& demo, int experts = 3)
{
    for (const consolidation::ApplicationResult& a : results(demo).applications) {
        if (a.rank && a.experts >= experts)
            return a;
    }
    FAIL("no scored application");
    return {};
}

QString expertName(DemoRound& demo, const QString& code)
{
    Result<std::optional<Expert>> e = ExpertRepository(*demo.db, demo.round.id).byCode(code);
    RB_REQUIRE_OK(e);
    REQUIRE(e->has_value());
    return (*e)->name;
}

QString zh(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// The text without any white space: wrapped lines and table cells joined, so a phrase split by a line break
/// is still found.
QString flat(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

/// Text positions must increase: each needle found after the previous one (white space ignored).
void requireInOrder(const QString& raw, const QStringList& needles)
{
    const QString text = flat(raw);
    qsizetype at = 0;
    for (const QString& needle : needles) {
        const QString n = flat(needle);
        INFO(n.toStdString());
        const qsizetype found = text.indexOf(n, at);
        REQUIRE(found >= 0);
        at = found + n.size();
    }
}

} // namespace

TEST_CASE("report ranking lists the applications in rank order with two-decimal scores and the font embedded",
          "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    const QString pdf = dir.path(QStringLiteral("ranking.pdf"));
    writeReport(demo, request(report::Kind::Ranking), pdf);
    const QString text = pdfText(pdf);
    const consolidation::Results r = results(demo);
    QStringList order;
    for (const consolidation::ApplicationResult& a : r.applications) {
        if (a.rank && order.size() < 10)
            order << a.code << QString::number(*a.score, 'f', 2);
    }
    REQUIRE(order.size() == 10);
    requireInOrder(text, QStringList{zh("排名表")} + order);
    CHECK(flat(text).contains(zh("第1页共%1页").arg(pdfPages(pdf))));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.toStdString());
    // Columns: name, type (two words), encoding, emb, sub, uni, object, generation.
    bool embedded = false;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 8 && fields.first().startsWith(QLatin1String("NotoSansCJK")))
            embedded = embedded || fields[fields.size() - 5] == QLatin1String("yes");
    }
    CHECK(embedded);
}

TEST_CASE("report ranking grows in pages and repeats the table header on the next page", "[report]")
{
    TempDir dir;
    DemoRound small = demoRound(dir, QStringLiteral("small.rbdb"), 20, false);
    DemoRound large = demoRound(dir, QStringLiteral("large.rbdb"), 160, false);
    const int smallPages = writeReport(small, request(report::Kind::Ranking), dir.path(QStringLiteral("s.pdf")));
    const int largePages = writeReport(large, request(report::Kind::Ranking), dir.path(QStringLiteral("l.pdf")));
    REQUIRE(largePages > smallPages + 2);
    const QString second = pdfText(dir.path(QStringLiteral("l.pdf")), 2, 2);
    // Page 2 starts with the running header, then the table's header row again, then rows.
    requireInOrder(second, {zh("排名表"), zh("排名"), zh("申报编号"), zh("项目名称"), zh("综合得分")});
    CHECK(flat(second).contains(zh("第2页共%1页").arg(largePages)));
    // Every application is listed once across the pages.
    const QString all = pdfText(dir.path(QStringLiteral("l.pdf")));
    CHECK(all.count(QRegularExpression(QStringLiteral("\\b2025-FAC-\\d{4}\\b"))) == 160);
}

TEST_CASE("report filled scoring sheets give each counted expert's scores and total", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    const consolidation::ApplicationResult a = scoredApplication(demo);
    const QString pdf = dir.path(QStringLiteral("sheets.pdf"));
    const int pages = writeReport(demo, request(report::Kind::ScoringSheet, a.code), pdf);
    CHECK(pages >= a.experts);
    const QString text = pdfText(pdf);
    for (const consolidation::ExpertTotal& e : a.totals) {
        INFO(e.expertCode.toStdString());
        // The sheet names the expert and its total row holds the expert's sum.
        requireInOrder(text, {zh("专家评分表"), a.code,
                              e.expertCode + QLatin1Char(' ') + expertName(demo, e.expertCode), zh("合计")});
        CHECK(text.contains(QRegularExpression(
            zh("合计\\s+100\\s+")
            + QRegularExpression::escape(QString::number(std::round(e.total * 100) / 100, 'g', 12)))));
    }
    CHECK(flat(text).count(zh("诚信承诺")) == a.experts);
    CHECK(text.contains(zh("评审专家（签字）")));
}

TEST_CASE("report blank scoring sheets have no scores", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    const consolidation::ApplicationResult a = scoredApplication(demo);
    report::Request r = request(report::Kind::ScoringSheet, a.code);
    r.blank = true;
    const QString pdf = dir.path(QStringLiteral("blank.pdf"));
    writeReport(demo, r, pdf);
    const QString text = pdfText(pdf);
    CHECK(text.contains(a.code));
    CHECK(text.contains(zh("□是")));
    // The total row carries only the maximum, never an expert's sum.
    const QRegularExpression total(zh("合计\\s+100\\s*\\n"));
    CHECK(text.count(total) == text.count(zh("合计")));
    CHECK(text.count(zh("合计")) >= a.experts);

    SECTION("without assignments: one blank sheet per application")
    {
        DemoRound plain = demoRound(dir, QStringLiteral("plain.rbdb"), 6, false);
        report::Request all = request(report::Kind::ScoringSheet);
        all.blank = true;
        CHECK(writeReport(plain, all, dir.path(QStringLiteral("plain.pdf"))) >= 6);
        const QString sheets = pdfText(dir.path(QStringLiteral("plain.pdf")));
        CHECK(flat(sheets).count(zh("诚信承诺")) == 6);
        report::Request filled = request(report::Kind::ScoringSheet);
        CHECK(report::build(*plain.db, plain.round, filled).error().kind == ErrorKind::Input);
    }
}

TEST_CASE("report summary shows every counted expert, the consolidated score and who filled and checked it", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    const consolidation::ApplicationResult a = scoredApplication(demo);
    const QString pdf = dir.path(QStringLiteral("summary.pdf"));
    writeReport(demo, request(report::Kind::Summary, a.code), pdf);
    const QString text = pdfText(pdf);
    requireInOrder(text, {zh("评分汇总表"), a.code, zh("合计"), zh("综合得分：") + QString::number(*a.score, 'f', 2),
                          zh("填写人"), zh("复核人")});
    for (const consolidation::ExpertTotal& e : a.totals) {
        CHECK(text.contains(e.expertCode));
        CHECK(text.contains(expertName(demo, e.expertCode)));
    }

    SECTION("experts by code hide the names")
    {
        report::Request byCode = request(report::Kind::Summary, a.code);
        byCode.expertsByCode = true;
        const QString coded = dir.path(QStringLiteral("coded.pdf"));
        writeReport(demo, byCode, coded);
        const QString codedText = pdfText(coded);
        for (const consolidation::ExpertTotal& e : a.totals) {
            CHECK(codedText.contains(e.expertCode));
            CHECK_FALSE(codedText.contains(expertName(demo, e.expertCode)));
        }
    }
    SECTION("the whole round: one page or more per scored application")
    {
        const int pages = writeReport(demo, request(report::Kind::Summary), dir.path(QStringLiteral("all.pdf")));
        int scored = 0;
        for (const consolidation::ApplicationResult& x : results(demo).applications)
            scored += x.experts > 0 ? 1 : 0;
        CHECK(pages >= scored);
    }
}

TEST_CASE("report opinion sheets hold the expert's strengths, problems and verdict", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    Result<db::Statement> st = demo.db->prepare(
        "SELECT a.code, e.code, o.strengths, o.recommendation FROM opinion o JOIN assignment s ON s.id = "
        "o.assignment_id JOIN application a ON a.id = s.application_id JOIN expert e ON e.id = s.expert_id WHERE "
        "a.round_id = ?1 AND s.status = 'submitted' AND o.strengths <> '' AND o.recommendation IS NOT NULL "
        "ORDER BY a.code, e.code LIMIT 1");
    RB_REQUIRE_OK(st);
    st->bind(1, demo.round.id);
    Result<bool> row = st->step();
    RB_REQUIRE_OK(row);
    REQUIRE(*row);
    const QString application = st->text(0);
    const QString expert = st->text(1);
    const QString strengths = st->text(2).left(12);
    const QString verdict = st->text(3) == QLatin1String("recommend")       ? zh("☑推荐")
                            : st->text(3) == QLatin1String("not_recommend") ? zh("☑不推荐")
                                                                            : zh("☑修改后复核");
    st->reset();
    report::Request r = request(report::Kind::Opinions, application);
    r.expert = expert;
    const QString pdf = dir.path(QStringLiteral("opinions.pdf"));
    CHECK(writeReport(demo, r, pdf) == 1);
    const QString text = pdfText(pdf);
    requireInOrder(text, {zh("专家评审意见表"), application, expert, zh("主要优点"), strengths, zh("存在问题"), verdict,
                          zh("评审专家（签字）")});
}

TEST_CASE("report minutes record the committee, the vote and the chair's signature", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    deliberation::DeliberationService service(*demo.db, demo.round);
    Result<QList<deliberation::Meeting>> meetings = service.meetings();
    RB_REQUIRE_OK(meetings);
    REQUIRE_FALSE(meetings->isEmpty());
    Result<QList<deliberation::Case>> cases = service.agenda(meetings->first().id);
    RB_REQUIRE_OK(cases);
    REQUIRE_FALSE(cases->isEmpty());
    const deliberation::Case& first = cases->first();
    Result<deliberation::Tally> tally = service.tally(first.id);
    RB_REQUIRE_OK(tally);
    Result<QList<deliberation::Member>> members = service.members();
    RB_REQUIRE_OK(members);

    report::Request r = request(report::Kind::Minutes);
    r.meeting = 1;
    const QString pdf = dir.path(QStringLiteral("minutes.pdf"));
    const int pages = writeReport(demo, r, pdf);
    CHECK(pages >= cases->size());
    const QString text = pdfText(pdf);
    requireInOrder(
        text, {zh("论证意见"), meetings->first().title, first.applicationCode, zh("论证委员会"), members->first().name,
               zh("表决结果"),
               zh("赞成 %1 票，反对 %2 票，弃权 %3 票").arg(tally->votesFor).arg(tally->against).arg(tally->abstain),
               zh("论证结论"), zh("主任委员（签字）")});
    CHECK(flat(text).count(zh("主任委员（签字）")) == cases->size());

    SECTION("experts by code leave the members unnamed")
    {
        r.expertsByCode = true;
        writeReport(demo, r, dir.path(QStringLiteral("coded.pdf")));
        const QString coded = pdfText(dir.path(QStringLiteral("coded.pdf")));
        for (const deliberation::Member& m : *members)
            CHECK_FALSE(coded.contains(m.name));
        CHECK(coded.contains(zh("委员1")));
    }
}

TEST_CASE("report notice lists the applications, the period and how to object", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    Result<QList<notice::Notice>> notices = notice::NoticeService(*demo.db, demo.round).notices();
    RB_REQUIRE_OK(notices);
    REQUIRE_FALSE(notices->isEmpty());
    QStringList codes = notices->first().applications;
    std::sort(codes.begin(), codes.end());
    const QString pdf = dir.path(QStringLiteral("notice.pdf"));
    writeReport(demo, request(report::Kind::Notice), pdf);
    const QString text = pdfText(pdf);
    const QDate start = notices->first().start;
    requireInOrder(text, QStringList{zh("公示名单"),
                                     zh("公示期：%1年%2月%3日").arg(start.year()).arg(start.month()).arg(start.day())}
                             + codes + QStringList{zh("书面形式"), zh("单位公章"), zh("真实姓名")});
}

TEST_CASE("report statistics draw the distribution, groups and expert bias", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    const QString pdf = dir.path(QStringLiteral("statistics.pdf"));
    const int pages = writeReport(demo, request(report::Kind::Statistics), pdf);
    CHECK(pages >= 2);
    const QString text = pdfText(pdf);
    requireInOrder(text, {zh("评审统计"), zh("项目状态"), zh("综合得分分布"), zh("按地区"), zh("按行业"),
                          zh("专家评分偏差"), zh("排名稳健性")});
    // The bias chart labels every counted expert.
    for (const consolidation::ExpertBias& b : results(demo).bias)
        CHECK(text.contains(b.expertCode));
    // The robustness section lists every application that hangs on one expert, as core finds them.
    Result<QList<consolidation::PivotalRow>> pivotal = consolidation::leaveOneOut(*demo.db, demo.round);
    RB_REQUIRE_OK(pivotal);
    if (pivotal->isEmpty())
        CHECK(text.contains(zh("没有项目的入选与否")));
    for (const consolidation::PivotalRow& p : *pivotal)
        CHECK(text.contains(p.application));
}

TEST_CASE("report writing cancelled leaves no file and an existing file untouched", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    Result<report::Document> doc = report::build(*demo.db, demo.round, request(report::Kind::Summary));
    RB_REQUIRE_OK(doc);
    const QString fresh = dir.path(QStringLiteral("fresh.pdf"));
    int calls = 0;
    Result<int> cancelled = ui::reports::writePdf(*doc, fresh, [&](qint64 done, qint64) {
        ++calls;
        return done < 2;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK(calls == 2);
    CHECK_FALSE(QFile::exists(fresh));
    const QString existing = dir.write(QStringLiteral("existing.pdf"), "old");
    Result<int> again = ui::reports::writePdf(*doc, existing, [](qint64, qint64) { return false; });
    CHECK_FALSE(again.ok());
    CHECK(fileHash(existing) == fileHash(dir.write(QStringLiteral("copy"), "old")));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files).size() == 2);
}

TEST_CASE("report command writes the PDF and refuses bad usage before writing", "[report]")
{
    TempDir dir;
    DemoRound& demo = lifecycleRound();
    cli::Registry registry;
    cli::registerCoreCommands(registry);
    ui::registerGuiCommands(registry);
    auto cli = [&](const QStringList& args) {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Io io{out, err};
        r.code = registry.run(args, io);
        out.flush();
        err.flush();
        return r;
    };
    const QString out = dir.path(QStringLiteral("r.pdf"));
    const QStringList base{QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.round.code};
    CliRun ok =
        cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("ranking"), QStringLiteral("--out"), out});
    INFO(ok.err.toStdString());
    REQUIRE(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("%1").arg(pdfPages(out))));
    CHECK(ok.out.contains(out));
    QFile::remove(out);
    CHECK(cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("poster"), QStringLiteral("--out"), out}).code
          == 1);
    CHECK(cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("ranking")}).code == 1);
    CHECK(cli(base
              + QStringList{QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--application"),
                            QStringLiteral("NOPE-0001"), QStringLiteral("--out"), out})
              .code
          == 1);
    CHECK(cli(base
              + QStringList{QStringLiteral("--kind"), QStringLiteral("ranking"), QStringLiteral("--blank"),
                            QStringLiteral("--out"), out})
              .code
          == 1);
    CHECK_FALSE(QFile::exists(out));
    CHECK(cli(base
              + QStringList{QStringLiteral("--kind"), QStringLiteral("ranking"), QStringLiteral("--out"),
                            dir.path(QStringLiteral("no/such/folder/r.pdf"))})
              .code
          == 3);
}
