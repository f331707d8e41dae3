// SPDX-License-Identifier: GPL-3.0-or-later
// Merging another copy of the round database (colleagues worked on copies): new rows are added by stable
// id, rows both sides hold differently are listed (ours kept unless theirs is preferred), nothing twice.
#include "MergeFixture.h"

#include "import/Importer.h"
#include "io/Table.h"
#include "merge/DatabaseMerge.h"
#include "merge/PaperEntry.h"
#include "repo/ApplicationRepository.h"
#include "repo/RoundSettings.h"

#include <QFileInfo>

#include <cmath>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

void importCsv(db::Database& db, const Round& round, import::Kind kind, const QByteArray& csv)
{
    Result<io::Table> table = io::parseCsv(csv, u"rows.csv"_s);
    RB_REQUIRE_OK(table);
    Result<import::Plan> plan = import::prepare(db, round, kind, *table);
    RB_REQUIRE_OK(plan);
    INFO(plan->error().toString().toStdString());
    REQUIRE(plan->ok());
    RB_REQUIRE_OK(import::apply(db, round, *plan));
}

/// A complete paper sheet (every leaf in its middle band) for one expert and application.
int enterSheet(db::Database& db, const Round& round, const QString& expert, const QString& application)
{
    QString csv = u"expert,application,criterion,score\n"_s;
    int leaves = 0;
    for (const QStringList& c : test::query(db,
                                            u"SELECT c.code, c.kind, coalesce(c.max_points, 0) FROM criterion c "
                                            "WHERE c.round_id = %1 AND NOT EXISTS (SELECT 1 FROM criterion k WHERE "
                                            "k.parent_id = c.id) ORDER BY c.code"_s.arg(round.id),
                                            3)) {
        const double value = c[1] == u"veto"_s ? 0 : std::floor(c[2].toDouble() * 0.7 * 2) / 2;
        csv += u"%1,%2,%3,%4\n"_s.arg(expert, application, c[0]).arg(value);
        ++leaves;
    }
    Result<io::Table> table = io::parseCsv(csv.toUtf8(), u"paper.csv"_s);
    RB_REQUIRE_OK(table);
    Result<merge::PaperReport> report = merge::importPaperScores(db, round, *table, u"王五"_s);
    RB_REQUIRE_OK(report);
    REQUIRE(report->counted == leaves);
    return leaves;
}

bool hasDifference(const merge::DatabaseMergeReport& r, const QString& table, const QString& key, const QString& field,
                   const QString& ours, const QString& theirs)
{
    return std::any_of(r.differences.begin(), r.differences.end(), [&](const merge::Difference& d) {
        return d.table == table && d.key == key && d.field == field && d.ours == ours && d.theirs == theirs;
    });
}

} // namespace

TEST_CASE("database merge: another copy's new rows are added and its differences listed", "[merge][database]")
{
    test::MergeRound m(12, 5, 3);
    const QString app = *m.db->scalarText("SELECT code FROM application ORDER BY code LIMIT 1");
    const QString oldTitle = *m.db->scalarText("SELECT title FROM application WHERE code = ?1", app);
    const QString assigned = *m.db->scalarText("SELECT e.code || '|' || a.code || '|' || s.uid FROM assignment s "
                                               "JOIN expert e ON e.id = s.expert_id JOIN application a ON "
                                               "a.id = s.application_id ORDER BY e.code, a.code LIMIT 1");
    const QStringList pair = assigned.split(u'|');
    m.db.reset();
    const QString theirsPath = m.dir.path(u"colleague.rbdb"_s);
    REQUIRE(QFile::copy(m.path, theirsPath));
    const QString cliPath = m.dir.path(u"cli.rbdb"_s);

    int leaves = 0;
    {
        auto theirs = test::openDb(theirsPath);
        importCsv(*theirs, m.round, import::Kind::Applications,
                  "code,applicant,credit_code,province,sector,title\n"
                  "X9001,示例精密机械有限公司,91330100MA2AAAAA1E,浙江省,装备制造,柔性产线快速换产\n");
        importCsv(*theirs, m.round, import::Kind::Experts, "code,name,organisation\nE900,周新,示例大学\n");
        {
            db::Transaction tx(*theirs);
            ApplicationRepository repo(*theirs, m.round.id);
            Application a = **repo.byCode(app);
            a.title = u"改过的项目名称"_s;
            RB_REQUIRE_OK(repo.upsert(a));
            RB_REQUIRE_OK(tx.commit());
        }
        RoundSettings settings(*theirs, m.round.id);
        RB_REQUIRE_OK(settings.set(u"flags.disagreement_range"_s, u"25"_s));
        RB_REQUIRE_OK(settings.set(u"flags.disagreement_stddev"_s, u"12"_s));
        leaves = enterSheet(*theirs, m.round, pair[0], pair[1]);
    }
    m.db = test::openDb(m.path);
    RB_REQUIRE_OK(RoundSettings(*m.db, m.round.id).set(u"flags.disagreement_range"_s, u"30"_s));
    RB_REQUIRE_OK(merge::copyDatabase(*m.db, cliPath));
    const qint64 scoresBefore = *m.db->scalar("SELECT count(*) FROM score", -1);
    CHECK_FALSE(merge::mergeDatabase(*m.db, m.path).ok()); // not with itself

    const auto report = merge::mergeDatabase(*m.db, theirsPath);
    RB_REQUIRE_OK(report);
    INFO("added: " << QStringList(report->added.keys()).join(u' ').toStdString());
    CHECK(report->added.value(u"application"_s) == 1);
    CHECK(report->added.value(u"applicant"_s) == 1);
    CHECK(report->added.value(u"expert"_s) == 1);
    CHECK(report->added.value(u"score"_s) == leaves);
    CHECK(report->added.value(u"round_setting"_s) == 1); // only they set the deviation limit
    CHECK_FALSE(report->backupPath.isEmpty());
    // Only the setting changed on both sides is for the user; the title only they changed and the sheet only they
    // typed (the assignment moved on there) are taken.
    CHECK(hasDifference(*report, u"round_setting"_s, u"flags.disagreement_range"_s, u"value"_s, u"30"_s, u"25"_s));
    CHECK(report->differences.size() == 1);
    CHECK(report->updated.value(u"application"_s) == 1);
    CHECK(report->updated.value(u"assignment"_s) == 1);
    CHECK(report->takenFromTheirs == 0);
    // New rows are here, with their links; where both differ ours is kept.
    CHECK(*m.db->scalar("SELECT count(*) FROM application_applicant aa JOIN application a ON a.id = "
                        "aa.application_id JOIN applicant p ON p.id = aa.applicant_id WHERE a.code = 'X9001' AND "
                        "p.credit_code = '91330100MA2AAAAA1E'",
                        0)
          == 1);
    CHECK(*m.db->scalarText("SELECT name FROM expert WHERE code = 'E900'") == u"周新"_s);
    CHECK(*m.db->scalar("SELECT count(*) FROM score", -1) == scoresBefore + leaves);
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", app) == u"改过的项目名称"_s);
    CHECK(oldTitle != u"改过的项目名称"_s);
    RoundSettings ours(*m.db, m.round.id);
    CHECK(*ours.number(u"flags.disagreement_range"_s) == 30);
    CHECK(*ours.number(u"flags.disagreement_stddev"_s) == 12);
    CHECK(*m.db->scalarText("SELECT status FROM assignment WHERE uid = ?1", pair[2]) == u"entered"_s);

    // The same file again adds nothing; the differences are still there to choose.
    const auto again = merge::mergeDatabase(*m.db, theirsPath);
    RB_REQUIRE_OK(again);
    int added = 0;
    for (int n : again->added)
        added += n;
    CHECK(added == 0);
    CHECK(again->differences.size() == report->differences.size());
    CHECK(*m.db->scalar("SELECT count(*) FROM score", -1) == scoresBefore + leaves);

    // Preferring theirs takes their values; afterwards nothing differs.
    const auto theirs = merge::mergeDatabase(*m.db, theirsPath, merge::Prefer::Theirs);
    RB_REQUIRE_OK(theirs);
    CHECK(theirs->takenFromTheirs == theirs->differences.size());
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", app) == u"改过的项目名称"_s);
    CHECK(*RoundSettings(*m.db, m.round.id).number(u"flags.disagreement_range"_s) == 25);
    const auto settled = merge::mergeDatabase(*m.db, theirsPath);
    RB_REQUIRE_OK(settled);
    CHECK(settled->differences.isEmpty());
    auto results = consolidation::consolidate(*m.db, m.round);
    RB_REQUIRE_OK(results);
    bool counted = false;
    for (const auto& a : results->applications) {
        if (a.code == pair[1])
            counted = a.experts == 1 && a.totals.value(0).expertCode == pair[0];
    }
    CHECK(counted);

    // The CLI: exit 2 while differences remain for the user, 0 once theirs are taken.
    const test::CliRun first = test::runCli({u"merge"_s, cliPath, theirsPath, u"--format"_s, u"csv"_s});
    INFO(first.err.toStdString());
    CHECK(first.code == 2);
    CHECK_FALSE(first.out.contains(u"改过的项目名称"_s)); // only they changed it: taken, not asked
    CHECK(first.out.contains(u"flags.disagreement_range"_s));
    const test::CliRun preferred =
        test::runCli({u"merge"_s, cliPath, theirsPath, u"--prefer"_s, u"theirs"_s, u"--format"_s, u"csv"_s});
    CHECK(preferred.code == 0);
    CHECK(test::runCli({u"merge"_s, cliPath, theirsPath}).code == 0);
    CHECK(test::runCli({u"merge"_s, cliPath, theirsPath, u"--prefer"_s, u"mine"_s}).code == 1);
    auto cli = test::openDb(cliPath);
    CHECK(*cli->scalarText("SELECT title FROM application WHERE code = ?1", app) == u"改过的项目名称"_s);
    CHECK(*cli->scalar("SELECT count(*) FROM expert WHERE code = 'E900'", 0) == 1);
}

TEST_CASE("database merge: a first paper entry typed on the other copy is not lost", "[merge][database]")
{
    test::MergeRound m(12, 5, 3);
    RB_REQUIRE_OK(RoundSettings(*m.db, m.round.id).set(u"entry.double_entry"_s, u"true"_s));
    const QStringList pair = m.db->scalarText("SELECT e.code || '|' || a.code FROM assignment s JOIN expert e ON "
                                              "e.id = s.expert_id JOIN application a ON a.id = s.application_id "
                                              "ORDER BY e.code, a.code LIMIT 1")
                                 ->split(u'|');
    const QString theirsPath = m.copy(u"colleague.rbdb"_s);
    QString sheet = u"expert,application,criterion,score\n"_s;
    for (const QStringList& c : test::query(*m.db,
                                            u"SELECT c.code, c.kind, coalesce(c.max_points, 0) FROM criterion c "
                                            "WHERE c.round_id = %1 AND NOT EXISTS (SELECT 1 FROM criterion k WHERE "
                                            "k.parent_id = c.id)"_s.arg(m.round.id),
                                            3))
        sheet += u"%1,%2,%3,%4\n"_s.arg(pair[0], pair[1], c[0]).arg(c[1] == u"veto"_s ? 0 : 1);
    const io::Table table = *io::parseCsv(sheet.toUtf8(), u"paper.csv"_s);
    {
        // The colleague types the sheet in first (填写人) on the copy.
        auto theirs = test::openDb(theirsPath);
        Result<merge::PaperReport> first = merge::importPaperScores(*theirs, m.round, table, u"张三"_s);
        RB_REQUIRE_OK(first);
        REQUIRE(first->pending == table.rows.size());
    }
    RB_REQUIRE_OK(merge::mergeDatabase(*m.db, theirsPath));
    // The check (复核人) is typed in here, after the merge: it must find the first entry.
    Result<merge::PaperReport> second = merge::importPaperScores(*m.db, m.round, table, u"李四"_s);
    RB_REQUIRE_OK(second);
    CHECK(second->pending == 0);
    CHECK(second->counted == table.rows.size());
}

namespace {

/// Merges \a otherPath into \a db and requires it to succeed.
merge::DatabaseMergeReport mergeOk(db::Database& db, const QString& otherPath,
                                   merge::Prefer prefer = merge::Prefer::Ours)
{
    Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(db, otherPath, prefer);
    RB_REQUIRE_OK(report);
    for (const merge::Difference& d : report->differences)
        UNSCOPED_INFO(d.table.toStdString() << " " << d.key.toStdString() << " " << d.field.toStdString() << ": "
                                            << d.ours.toStdString() << " / " << d.theirs.toStdString());
    return *report;
}

} // namespace

TEST_CASE("database merge: an older copy merged either way loses no progress", "[merge][database]")
{
    test::MergeRound m(12, 5, 3);
    const QMap<QString, QString> packages = m.build();
    test::MergeRound::fillAll(packages);
    // A colleague's copy taken after the packages went out, before any came back.
    const QString olderPath = m.copy(u"older.rbdb"_s);
    m.merge(packages.values());
    RB_REQUIRE_OK(RoundSettings(*m.db, m.round.id).set(u"ranking.pass_line"_s, u"70"_s));
    const QString newer = test::dump(*m.db, m.round);
    const QString newerPath = m.copy(u"newer.rbdb"_s);
    const QString cliOlder = m.copy(u"cli-older.rbdb"_s); // copies of the newer file, for the CLI
    const QString cliOlderTheirs = m.copy(u"cli-older-theirs.rbdb"_s);
    {
        auto older = test::openDb(olderPath);
        CHECK(test::dump(*older, m.round) != newer);
        RB_REQUIRE_OK(merge::copyDatabase(*older, m.dir.path(u"cli-newer.rbdb"_s)));
        RB_REQUIRE_OK(merge::copyDatabase(*older, m.dir.path(u"cli-newer-theirs.rbdb"_s)));
    }

    SECTION("older into newer: nothing to choose, nothing goes back, not even preferring theirs")
    {
        const merge::DatabaseMergeReport report = mergeOk(*m.db, olderPath);
        CHECK(report.differences.isEmpty());
        CHECK(report.updated.isEmpty());
        CHECK(test::dump(*m.db, m.round) == newer);
        const merge::DatabaseMergeReport theirs = mergeOk(*m.db, olderPath, merge::Prefer::Theirs);
        CHECK(theirs.differences.isEmpty());
        CHECK(theirs.takenFromTheirs == 0);
        CHECK(test::dump(*m.db, m.round) == newer);
        CHECK(*RoundSettings(*m.db, m.round.id).number(u"ranking.pass_line"_s) == 70);
    }
    SECTION("newer into older: sealed work does not travel in a copy; its package files bring it")
    {
        auto older = test::openDb(olderPath);
        const merge::DatabaseMergeReport report = mergeOk(*older, newerPath);
        CHECK(report.differences.isEmpty());
        CHECK(*older->scalar("SELECT count(*) FROM assignment WHERE source IS NOT NULL OR status = 'submitted'", -1)
              == 0);
        CHECK(report.updated.value(u"package"_s) == 0);
        CHECK(report.added.value(u"score"_s) == 0);
        // Every expert whose package was merged there is listed, with the file to merge here.
        REQUIRE(report.heldBack.size() == packages.size());
        for (const merge::Difference& d : report.heldBack) {
            INFO(d.key.toStdString() << ": " << d.ours.toStdString() << " / " << d.theirs.toStdString());
            CHECK(d.field == u"sealed"_s);
            CHECK(d.ours.contains(u"not merged"_s));
            CHECK(d.theirs.contains(QFileInfo(packages.value(d.key)).fileName()));
        }
        CHECK(*older->scalar("SELECT count(*) FROM score", -1) == 0);
        CHECK(*RoundSettings(*older, m.round.id).number(u"ranking.pass_line"_s) == 70);
        // The package files bring the sealed scores, verified here.
        const merge::MergeReport files = m.mergeInto(*older, packages.values());
        for (const merge::FileOutcome& f : files.files)
            CHECK(f.kind == merge::FileOutcome::Kind::Merged);
        CHECK(test::dump(*older, m.round) == newer);
        // Merging the copies again now changes nothing either way.
        CHECK(mergeOk(*older, newerPath).heldBack.isEmpty());
        const merge::DatabaseMergeReport back = mergeOk(*m.db, olderPath);
        CHECK(back.differences.isEmpty());
        CHECK(back.heldBack.isEmpty());
        CHECK(test::dump(*m.db, m.round) == newer);
    }
    SECTION("the CLI exits 0 merging the older copy, 2 listing the sealed work the newer one holds")
    {
        m.db.reset();
        for (const auto& [target, other, prefer, heldBack] :
             {std::tuple{cliOlder, olderPath, u"ours"_s, false},
              std::tuple{cliOlderTheirs, olderPath, u"theirs"_s, false},
              std::tuple{m.dir.path(u"cli-newer.rbdb"_s), newerPath, u"ours"_s, true},
              std::tuple{m.dir.path(u"cli-newer-theirs.rbdb"_s), newerPath, u"theirs"_s, true}}) {
            const test::CliRun run =
                test::runCli({u"merge"_s, target, other, u"--prefer"_s, prefer, u"--format"_s, u"csv"_s});
            INFO(target.toStdString() << " " << run.out.toStdString() << run.err.toStdString());
            CHECK(run.code == (heldBack ? 2 : 0));
            CHECK(run.out.trimmed().split(u'\n').size() == (heldBack ? 1 + packages.size() : 1));
            CHECK(run.out.startsWith(u"table,key,field,ours,theirs"_s));
            CHECK(run.err.contains(u"sealed"_s) == heldBack);
            auto merged = test::openDb(target);
            if (!heldBack)
                CHECK(test::dump(*merged, m.round) == newer);
        }
    }
}

TEST_CASE("database merge: the audit log tells which side changed a row since the copies split", "[merge][database]")
{
    test::MergeRound m(12, 5, 3);
    const QStringList apps = m.db->scalarText("SELECT group_concat(code, '|') FROM (SELECT code FROM application "
                                              "ORDER BY code LIMIT 3)")
                                 ->split(u'|');
    REQUIRE(apps.size() == 3);
    const QString theirsPath = m.copy(u"colleague.rbdb"_s);
    auto retitle = [&](db::Database& db, const QString& code, const QString& title) {
        db::Transaction tx(db);
        ApplicationRepository repo(db, m.round.id);
        Application a = **repo.byCode(code);
        a.title = title;
        RB_REQUIRE_OK(repo.upsert(a));
        RB_REQUIRE_OK(tx.commit());
    };
    const QString untouched = *m.db->scalarText("SELECT title FROM application WHERE code = ?1", apps[2]);
    retitle(*m.db, apps[0], u"我们改的名称"_s);  // only here
    retitle(*m.db, apps[2], u"双方都改·我们"_s); // on both sides, differently
    {
        auto theirs = test::openDb(theirsPath);
        retitle(*theirs, apps[1], u"他们改的名称"_s); // only there
        retitle(*theirs, apps[2], u"双方都改·他们"_s);
    }
    const merge::DatabaseMergeReport report = mergeOk(*m.db, theirsPath);
    REQUIRE(report.differences.size() == 1);
    CHECK(hasDifference(report, u"application"_s, apps[2], u"title"_s, u"双方都改·我们"_s, u"双方都改·他们"_s));
    CHECK(report.updated.value(u"application"_s) == 1);
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", apps[0]) == u"我们改的名称"_s);
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", apps[1]) == u"他们改的名称"_s);
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", apps[2]) == u"双方都改·我们"_s);
    CHECK(untouched != u"双方都改·我们"_s);

    // Merged again, the difference is still there to choose; their later change is taken without asking.
    {
        auto theirs = test::openDb(theirsPath);
        retitle(*theirs, apps[1], u"他们又改的名称"_s);
    }
    const merge::DatabaseMergeReport again = mergeOk(*m.db, theirsPath);
    CHECK(again.differences.size() == 1);
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", apps[1]) == u"他们又改的名称"_s);
    const merge::DatabaseMergeReport chosen = mergeOk(*m.db, theirsPath, merge::Prefer::Theirs);
    CHECK(chosen.takenFromTheirs == 1);
    CHECK(*m.db->scalarText("SELECT title FROM application WHERE code = ?1", apps[2]) == u"双方都改·他们"_s);
    CHECK(mergeOk(*m.db, theirsPath).differences.isEmpty());

    // The other way round: what only we changed reaches them, nothing to choose.
    auto theirs = test::openDb(theirsPath);
    const merge::DatabaseMergeReport back = mergeOk(*theirs, m.path);
    CHECK(back.differences.isEmpty());
    CHECK(*theirs->scalarText("SELECT title FROM application WHERE code = ?1", apps[0]) == u"我们改的名称"_s);
    CHECK(*theirs->scalarText("SELECT title FROM application WHERE code = ?1", apps[1]) == u"他们又改的名称"_s);
}
