// SPDX-License-Identifier: GPL-3.0-or-later
// Paper score sheets typed in by the secretariat: `import scores DB FILE --entered-by NAME`, all or nothing,
// the entered status, and double entry (填写人 / 复核人) with its mismatches.
#include "SmallRound.h"

#include "review/Conflicts.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::SmallRound;

namespace {

/// Everything paper entry may write, to prove a refused file wrote nothing.
QString snapshot(db::Database& db)
{
    QString out;
    for (const char* sql :
         {"SELECT assignment_id, criterion_id, value, coalesce(comment, '') FROM score ORDER BY 1, 2",
          "SELECT id, status, coalesce(source, ''), coalesce(entered_by, ''), coalesce(submitted_at, '') FROM "
          "assignment ORDER BY id",
          "SELECT assignment_id, criterion_id, entered_by, value, comment FROM paper_entry ORDER BY 1, 2, 3",
          "SELECT count(*) FROM audit_log"}) {
        auto st = db.prepare(sql);
        REQUIRE(st.ok());
        REQUIRE(st->forEach([&](const db::Statement& r) {
                      for (int c = 0; c < 5; ++c)
                          out += r.text(c) + u'|';
                      out += u'\n';
                  }).ok());
    }
    return out;
}

/// status|source|entered_by of one assignment, and how many of its scores are stored.
QString stateOf(SmallRound& f, const QString& expert, const QString& app)
{
    return *f.db->scalarText("SELECT s.status || '|' || coalesce(s.source, '') || '|' || coalesce(s.entered_by, '') "
                             "|| '|' || (SELECT count(*) FROM score x WHERE x.assignment_id = s.id) FROM assignment s "
                             "WHERE s.expert_id = ?1 AND s.application_id = ?2",
                             f.idOf("expert", expert), f.idOf("application", app));
}

std::optional<double> scoreOf(SmallRound& f, const QString& expert, const QString& app, const char* criterion)
{
    auto st =
        f.db->prepare("SELECT x.value FROM score x JOIN assignment s ON s.id = x.assignment_id JOIN criterion c "
                      "ON c.id = x.criterion_id WHERE s.expert_id = ?1 AND s.application_id = ?2 AND c.code = ?3");
    REQUIRE(st.ok());
    st->bindAll(f.idOf("expert", expert), f.idOf("application", app), QString::fromLatin1(criterion));
    std::optional<double> v;
    if (*st->step())
        v = st->real(0);
    st->reset();
    return v;
}

test::CliRun importScores(SmallRound& f, const QString& name, const QString& csv, const QString& by)
{
    QStringList args = {u"import"_s, u"scores"_s, f.path, f.dir.writeText(name, csv)};
    if (!by.isEmpty())
        args << u"--entered-by"_s << by;
    return test::runCli(args);
}

merge::PaperReport enterRows(SmallRound& f, const QString& rows, const QString& by)
{
    Result<merge::PaperReport> report = merge::importPaperScores(*f.db, f.round, SmallRound::sheet(rows), by);
    RB_REQUIRE_OK(report);
    return *report;
}

} // namespace

TEST_CASE("paper: complete sheets are entered, partial ones wait", "[merge][paper]")
{
    SmallRound f(2, 2);
    f.assign({u"E1|P1"_s, u"E2|P1"_s, u"E1|P2"_s});
    const QString csv = u"专家编号,申报编号,指标编号,得分,意见\n"
                        "E1,P1,A,50,方案较完整\n"
                        "E1,P1,B,30.5,\n"
                        "E1,P1,V,0,\n"
                        "E2,P1,A,40,\n"_s;
    const QString before = snapshot(*f.db);
    CHECK(importScores(f, u"no-name.csv"_s, csv, {}).code == 1); // who typed it in must be said
    CHECK(snapshot(*f.db) == before);
    const test::CliRun run = importScores(f, u"sheet1.csv"_s, csv, u"张三"_s);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"entered|paper|张三|3"_s);
    CHECK(stateOf(f, u"E2"_s, u"P1"_s) == u"assigned|||1"_s);
    CHECK(stateOf(f, u"E1"_s, u"P2"_s) == u"assigned|||0"_s);
    CHECK(scoreOf(f, u"E1"_s, u"P1"_s, "B") == 30.5);
    CHECK(*f.db->scalarText("SELECT comment FROM score x JOIN criterion c ON c.id = x.criterion_id WHERE c.code = "
                            "'A' AND x.value = 50")
          == u"方案较完整"_s);
    // Only the entered expert counts yet.
    auto p1 = test::resultOf(f.results(), u"P1"_s);
    CHECK(p1.experts == 1);
    CHECK(*p1.score == 80.5);
    CHECK(p1.flags.contains(u"incomplete"_s));

    const test::CliRun rest =
        importScores(f, u"sheet2.csv"_s, u"expert,application,criterion,score\nE2,P1,B,30\nE2,P1,V,0\n"_s, u"李四"_s);
    REQUIRE(rest.code == 0);
    CHECK(stateOf(f, u"E2"_s, u"P1"_s) == u"entered|paper|李四|3"_s);
    p1 = test::resultOf(f.results(), u"P1"_s);
    CHECK(p1.experts == 2);
    CHECK(p1.mean == Approx(75.25));
    CHECK(p1.flags.isEmpty());
    CHECK(*f.db->scalar("SELECT count(*) FROM audit_log WHERE entity = 'paper_scores'", 0) == 2);
}

TEST_CASE("paper: one bad row refuses the whole file", "[merge][paper]")
{
    SmallRound f(3, 2);
    f.assign({u"E1|P1"_s, u"E2|P1"_s, u"E3|P2"_s, u"E3|P1"_s});
    {
        db::Transaction tx(*f.db);
        RB_REQUIRE_OK(ConflictService(*f.db, f.round)
                          .declare(f.idOf("expert", u"E3"_s), f.idOf("application", u"P2"_s), Conflict::Type::Declared,
                                   u"近亲属在申报单位任职"_s));
        RB_REQUIRE_OK(tx.commit());
    }
    const QString good = u"E1,P1,A,50\nE1,P1,B,30\nE2,P1,A,45\n"_s;
    const QList<std::tuple<const char*, QString, const char*>> bad = {
        {"a pair never assigned", u"E2,P2,A,10\n"_s, "application"},
        {"a conflicted pair", u"E3,P2,A,10\n"_s, "application"},
        {"an unknown criterion", u"E1,P1,C9,10\n"_s, "criterion"},
        {"no criterion", u"E2,P1,,10\n"_s, "criterion"},
        {"0.3 points", u"E2,P1,B,0.3\n"_s, "score"},
        {"above the maximum", u"E2,P1,B,40.5\n"_s, "score"},
        {"a veto item at 0.5", u"E2,P1,V,0.5\n"_s, "score"},
        {"not a number", u"E2,P1,B,三十\n"_s, "score"},
        {"a row twice", u"E1,P1,A,50\n"_s, "criterion"},
    };
    const QString before = snapshot(*f.db);
    for (const auto& [what, row, column] : bad) {
        INFO(what);
        const QString rows = good + row;
        Result<merge::PaperReport> refused =
            merge::importPaperScores(*f.db, f.round, SmallRound::sheet(rows), u"张三"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Input);
        REQUIRE(refused.error().issues.size() == 1);
        CHECK(refused.error().issues[0].row == 5); // header, three good rows, then the bad one
        CHECK(refused.error().issues[0].column.startsWith(QString::fromLatin1(column)));
        CHECK(snapshot(*f.db) == before);
        const test::CliRun run =
            importScores(f, u"bad.csv"_s, u"expert,application,criterion,score\n"_s + rows, u"张三"_s);
        CHECK(run.code == 2);
        CHECK(snapshot(*f.db) == before);
    }
    // The voided assignment of the conflicted pair stays void, and the good rows go in on their own.
    CHECK(stateOf(f, u"E3"_s, u"P2"_s).startsWith(u"void|"_s));
    CHECK(importScores(f, u"good.csv"_s, u"expert,application,criterion,score\n"_s + good, u"张三"_s).code == 0);
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"assigned|||2"_s);
}

TEST_CASE("paper: double entry counts only what two people typed alike", "[merge][paper]")
{
    SmallRound f(2, 2);
    f.assign({u"E1|P1"_s, u"E2|P1"_s});
    f.set(u"entry.double_entry"_s, u"true"_s);
    const QString sheet = u"E1,P1,A,50\nE1,P1,B,30\nE1,P1,V,0\n"_s;
    const QString before = snapshot(*f.db);

    merge::PaperReport first = enterRows(f, sheet, u"张三"_s);
    CHECK(first.entered == 3);
    CHECK(first.counted == 0);
    CHECK(first.pending == 3);
    CHECK(first.mismatches.isEmpty());
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"assigned|||0"_s);
    CHECK(test::resultOf(f.results(), u"P1"_s).experts == 0);

    // The same person twice is not a second entry.
    merge::PaperReport again = enterRows(f, sheet, u"张三"_s);
    CHECK(again.counted == 0);
    CHECK(again.pending == 3);
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"assigned|||0"_s);
    CHECK(*f.db->scalar("SELECT count(*) FROM paper_entry", 0) == 3);

    // A second person: A and V agree and count, B differs and does not.
    merge::PaperReport second = enterRows(f, u"E1,P1,A,50\nE1,P1,B,35\nE1,P1,V,0\n"_s, u"李四"_s);
    CHECK(second.counted == 2);
    CHECK(second.pending == 0);
    REQUIRE(second.mismatches.size() == 1);
    const merge::Mismatch& m = second.mismatches[0];
    CHECK(m.expert == u"E1"_s);
    CHECK(m.application == u"P1"_s);
    CHECK(m.criterion == u"B"_s);
    CHECK(m.firstBy == u"张三"_s);
    CHECK(m.firstValue == 30);
    CHECK(m.secondBy == u"李四"_s);
    CHECK(m.secondValue == 35);
    CHECK(scoreOf(f, u"E1"_s, u"P1"_s, "A") == 50);
    CHECK_FALSE(scoreOf(f, u"E1"_s, u"P1"_s, "B").has_value());
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"assigned|||2"_s);
    CHECK(test::resultOf(f.results(), u"P1"_s).experts == 0);

    // The CLI lists the mismatch with both names (填写人 / 复核人).
    const test::CliRun cli =
        importScores(f, u"second.csv"_s, u"expert,application,criterion,score\nE1,P1,B,35\n"_s, u"李四"_s);
    CHECK(cli.code == 0);
    CHECK(cli.err.contains(u"E1 / P1 / B"_s));
    CHECK(cli.err.contains(u"张三"_s));
    CHECK(cli.err.contains(u"李四"_s));
    CHECK_FALSE(scoreOf(f, u"E1"_s, u"P1"_s, "B").has_value());

    // Checked against the paper, the second person corrects B: now everything counts.
    merge::PaperReport fixed = enterRows(f, u"E1,P1,B,30\n"_s, u"李四"_s);
    CHECK(fixed.counted == 1);
    CHECK(fixed.mismatches.isEmpty());
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"entered|paper|李四|3"_s);
    CHECK(test::resultOf(f.results(), u"P1"_s).experts == 1);
    CHECK(*test::resultOf(f.results(), u"P1"_s).score == 80);
    CHECK(snapshot(*f.db) != before);
}

TEST_CASE("paper: with double entry, a mismatch takes the expert's whole sheet out until the entries agree",
          "[merge][paper]")
{
    SmallRound f(2, 2);
    f.assign({u"E1|P1"_s, u"E2|P1"_s});
    f.set(u"entry.double_entry"_s, u"true"_s);
    const QString sheet = u"E1,P1,A,50\nE1,P1,B,30\nE1,P1,V,0\n"_s;
    enterRows(f, sheet, u"张三"_s);
    REQUIRE(enterRows(f, sheet, u"李四"_s).counted == 3);
    REQUIRE(stateOf(f, u"E1"_s, u"P1"_s) == u"entered|paper|李四|3"_s);
    REQUIRE(*test::resultOf(f.results(), u"P1"_s).score == 80);

    // 李四 types the sheet again and gets B wrong: not a partial total (50), no total at all.
    merge::PaperReport wrong = enterRows(f, u"E1,P1,B,24\n"_s, u"李四"_s);
    CHECK(wrong.mismatches.size() == 1);
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"assigned|||2"_s);
    const consolidation::Results results = f.results();
    const consolidation::ApplicationResult& out = test::resultOf(results, u"P1"_s);
    CHECK(out.experts == 0);
    CHECK_FALSE(out.score.has_value());

    // Corrected, the sheet counts again.
    CHECK(enterRows(f, u"E1,P1,B,30\n"_s, u"李四"_s).mismatches.isEmpty());
    CHECK(stateOf(f, u"E1"_s, u"P1"_s) == u"entered|paper|李四|3"_s);
    CHECK(*test::resultOf(f.results(), u"P1"_s).score == 80);
}
