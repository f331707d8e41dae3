// SPDX-License-Identifier: GPL-3.0-or-later
// Merging returned packages: order independence (property), idempotence, rejections that change nothing,
// conflicting copies, newer revisions, backups and hand-backs.
#include "MergeFixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using Kind = merge::FileOutcome::Kind;

namespace {

void runSqlite3(const QString& path, const QString& sql)
{
    QProcess tool;
    tool.start(u"sqlite3"_s, {path, sql});
    REQUIRE(tool.waitForFinished(30000));
    INFO(tool.readAllStandardError().toStdString());
    REQUIRE(tool.exitCode() == 0);
}

/// Changes one score of a submitted package behind its back.
void tamper(const QString& path)
{
    runSqlite3(path, u"UPDATE score SET value = CASE WHEN value >= 1 THEN value - 1 ELSE value + 1 END WHERE "
                     "criterion_uid = (SELECT uid FROM criterion WHERE code = '1.1')"_s);
}

/// "application|criterion|value" of every score of one expert in the master.
QStringList masterScores(db::Database& db, const QString& expert)
{
    QStringList out;
    for (const QStringList& r :
         test::query(db,
                     u"SELECT a.code, c.code, x.value FROM score x JOIN assignment s ON s.id = x.assignment_id JOIN "
                     "expert e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id JOIN criterion c "
                     "ON c.id = x.criterion_id WHERE e.code = '%1' ORDER BY 1, 2"_s.arg(expert),
                     3))
        out << r.join(u'|');
    return out;
}

/// The same from a package file.
QStringList packageScores(const QString& path)
{
    auto raw = test::openRaw(path);
    QStringList out;
    for (const QStringList& r : test::rows(*raw,
                                           "SELECT a.code, c.code, x.value FROM score x JOIN application a ON a.uid = "
                                           "x.application_uid JOIN criterion c ON c.uid = x.criterion_uid WHERE "
                                           "x.value IS NOT NULL ORDER BY 1, 2",
                                           3))
        out << r.join(u'|');
    return out;
}

QString packageStatus(const QString& dbPath, const QString& expert)
{
    for (const QJsonValue& v : test::listJson(u"packages"_s, dbPath)) {
        if (v[u"expert"_s].toString() == expert)
            return v[u"status"_s].toString();
    }
    return {};
}

} // namespace

TEST_CASE("merge: any order of the packages, with repeats, gives the same content", "[merge]")
{
    QRandomGenerator rng(20250417);
    for (const quint64 seed : {7, 31, 2025}) {
        INFO("round seed " << seed);
        test::MergeRound m(40, 10, 3, seed);
        const QMap<QString, QString> packages = m.build();
        REQUIRE(packages.size() == 10);
        test::MergeRound::fillAll(packages, seed * 100);
        const QString start = m.copy(u"start.rbdb"_s);
        const QStringList files = packages.values();
        const QString twin = m.dir.path(u"twin.rbpkg"_s); // a byte-identical copy under another name
        REQUIRE(QFile::copy(files.first(), twin));

        const merge::MergeReport first = m.merge(files);
        CHECK(first.count(Kind::Merged) == 10);
        CHECK_FALSE(first.anyRejected());
        const QString reference = test::dump(*m.db, m.round);
        CHECK(*m.db->scalar("SELECT count(*) FROM score", 0) > 1000);
        CHECK(*m.db->scalar("SELECT count(*) FROM assignment WHERE status = 'assigned'", -1) == 0);

        for (int trial = 0; trial < 4; ++trial) {
            INFO("trial " << trial);
            QStringList list = files;
            for (int extra = int(rng.bounded(1, 6)); extra > 0; --extra)
                list << files[int(rng.bounded(qsizetype(files.size())))];
            list << twin;
            std::shuffle(list.begin(), list.end(), rng);
            const QString copy = m.dir.path(u"trial%1.rbdb"_s.arg(trial));
            REQUIRE(QFile::copy(start, copy));
            auto db = test::openDb(copy);
            // In one to three merges.
            const int parts = int(rng.bounded(1, 4));
            int merged = 0;
            for (int p = 0; p < parts; ++p) {
                const qsizetype from = list.size() * p / parts;
                const qsizetype to = list.size() * (p + 1) / parts;
                const merge::MergeReport report = m.mergeInto(*db, list.mid(from, to - from));
                CHECK_FALSE(report.anyRejected());
                merged += report.count(Kind::Merged);
            }
            CHECK(merged == 10); // every package once; repeats are already merged
            CHECK(test::dump(*db, m.round) == reference);
        }
    }
}

TEST_CASE("merge: merging again changes nothing, reports already merged, and the CLI exits 0", "[merge]")
{
    test::MergeRound m;
    const QMap<QString, QString> packages = m.build();
    CHECK(packageStatus(m.path, u"E001"_s) == u"issued"_s);
    test::MergeRound::fillAll(packages);
    m.merge(packages.values());
    const QString once = test::dump(*m.db, m.round);
    const merge::MergeReport again = m.merge(packages.values());
    REQUIRE(again.files.size() == packages.size());
    for (const merge::FileOutcome& f : again.files) {
        CHECK(f.kind == Kind::AlreadyMerged);
        CHECK(f.scores == 0);
    }
    CHECK(test::dump(*m.db, m.round) == once);
    const test::CliRun cli = test::runCli(QStringList{u"merge"_s, m.path, u"--format"_s, u"csv"_s} + packages.values());
    INFO(cli.err.toStdString());
    CHECK(cli.code == 0);
    CHECK(cli.out.count(u"already_merged"_s) == packages.size());
    CHECK(test::dump(*m.db, m.round) == once);
    for (const QJsonValue& v : test::listJson(u"packages"_s, m.path))
        CHECK(v[u"status"_s].toString() == u"submitted"_s);
}

TEST_CASE("merge: a merge that changes nothing leaves no backup", "[merge]")
{
    test::MergeRound m(12, 5, 3);
    const QMap<QString, QString> packages = m.build();
    test::MergeRound::fillAll(packages);
    CHECK_FALSE(m.merge(packages.values()).backupPath.isEmpty());
    const qsizetype kept = merge::backups(m.path).size();
    const merge::MergeReport again = m.merge(packages.values());
    CHECK(again.count(Kind::AlreadyMerged) == packages.size());
    CHECK(again.backupPath.isEmpty()); // PackageMerge.h: "empty when nothing changed"
    CHECK(merge::backups(m.path).size() == kept);
}

TEST_CASE("merge: tampered, stale and unsubmitted packages are rejected, the others merge", "[merge]")
{
    test::MergeRound m;
    QMap<QString, QString> packages = m.build();
    const QString tampered = packages.take(u"E001"_s);
    const QString stale = packages.take(u"E002"_s);
    const QString open = packages.take(u"E003"_s);
    RB_REQUIRE_OK(demo::fillAndSubmit(tampered, test::codeOf(tampered), 1));
    tamper(tampered);
    RB_REQUIRE_OK(demo::fillAndSubmit(stale, test::codeOf(stale), 2));
    const QString fresh = m.build({u"E002"_s}, true).value(u"E002"_s);
    REQUIRE(fresh.endsWith(u"_r2.rbpkg"_s));
    test::MergeRound::fillAll(packages);
    RB_REQUIRE_OK(demo::fillAndSubmit(fresh, test::codeOf(fresh), 3));
    const QString e001 = test::dump(*m.db, m.round, u"E001"_s);
    const QString e003 = test::dump(*m.db, m.round, u"E003"_s);

    const merge::MergeReport report = m.merge(QStringList{tampered, stale, open, fresh} + packages.values());
    CHECK(report.anyRejected());
    CHECK(report.count(Kind::Rejected) == 3);
    CHECK(report.count(Kind::Merged) == packages.size() + 1);
    CHECK(test::outcomeOf(report, tampered).reasonKey == u"bad_seal"_s);
    CHECK(test::outcomeOf(report, tampered).expertCode == u"E001"_s);
    CHECK(test::outcomeOf(report, stale).reasonKey == u"stale"_s);
    CHECK(test::outcomeOf(report, open).reasonKey == u"not_submitted"_s);
    CHECK(test::outcomeOf(report, fresh).kind == Kind::Merged);
    // The rejected experts' rows are as they were; the returned-but-open package is seen as returned.
    CHECK(test::dump(*m.db, m.round, u"E001"_s) == e001);
    CHECK(masterScores(*m.db, u"E001"_s).isEmpty());
    CHECK(masterScores(*m.db, u"E003"_s).isEmpty());
    CHECK(test::dump(*m.db, m.round, u"E003"_s).section(u"--\n"_s, 0, 2)
          == e003.section(u"--\n"_s, 0, 2)); // scores, opinions, assignments
    CHECK(packageStatus(m.path, u"E003"_s) == u"returned"_s);
    CHECK(masterScores(*m.db, u"E002"_s) == packageScores(fresh));

    const test::CliRun cli = test::runCli({u"merge"_s, m.path, tampered, stale, open, fresh, u"--format"_s, u"csv"_s});
    CHECK(cli.code == 2);
    CHECK(cli.out.contains(u"bad_seal"_s));
    CHECK(cli.out.contains(u"stale"_s));
    CHECK(cli.out.contains(u"not_submitted"_s));
    CHECK(cli.out.contains(u"already_merged"_s));

    // An expert already merged: a tampered copy, and the old revision after a re-issue, change nothing.
    const QString e004 = test::dump(*m.db, m.round, u"E004"_s);
    REQUIRE(!masterScores(*m.db, u"E004"_s).isEmpty());
    const QString copy = m.dir.path(u"E004-edited.rbpkg"_s);
    REQUIRE(QFile::copy(packages.value(u"E004"_s), copy));
    tamper(copy);
    CHECK(m.merge({copy}).files.value(0).reasonKey == u"bad_seal"_s);
    CHECK(test::dump(*m.db, m.round, u"E004"_s) == e004);
    const QString e004r2 = m.build({u"E004"_s}, true).value(u"E004"_s);
    REQUIRE_FALSE(e004r2.isEmpty());
    const QString reissued = test::dump(*m.db, m.round, u"E004"_s).section(u"--\n"_s, 0, 2);
    CHECK(m.merge({packages.value(u"E004"_s)}).files.value(0).reasonKey == u"stale"_s);
    CHECK(test::dump(*m.db, m.round, u"E004"_s).section(u"--\n"_s, 0, 2) == reissued);
    CHECK(reissued == e004.section(u"--\n"_s, 0, 2)); // re-issuing keeps the returned scores
}

TEST_CASE("merge: two different sealed copies of one package are a conflict in either order", "[merge]")
{
    test::MergeRound m(20, 6, 3);
    QMap<QString, QString> packages = m.build({u"E001"_s, u"E002"_s});
    const QString a = packages.value(u"E001"_s);
    const QString b = m.dir.path(u"E001-second-copy.rbpkg"_s);
    REQUIRE(QFile::copy(a, b));
    RB_REQUIRE_OK(demo::fillAndSubmit(a, test::codeOf(a), 11));
    RB_REQUIRE_OK(demo::fillAndSubmit(b, test::codeOf(b), 12));
    RB_REQUIRE_OK(demo::fillAndSubmit(packages.value(u"E002"_s), test::codeOf(packages.value(u"E002"_s)), 13));
    const QString e002 = packages.value(u"E002"_s);
    const QString start = m.copy(u"start.rbdb"_s);

    // The scores each copy alone gives.
    QMap<QString, QStringList> alone;
    for (const QString& copy : {a, b}) {
        const QString path = m.dir.path(QFileInfo(copy).baseName() + u"-alone.rbdb"_s);
        REQUIRE(QFile::copy(start, path));
        auto db = test::openDb(path);
        REQUIRE(m.mergeInto(*db, {copy}).files.value(0).kind == Kind::Merged);
        alone[copy] = masterScores(*db, u"E001"_s);
        REQUIRE_FALSE(alone[copy].isEmpty());
    }
    REQUIRE(alone[a] != alone[b]);

    QStringList dumps;
    const QList<QList<QStringList>> plans = {{{a, b, e002}}, {{e002, b, a}}, {{a, e002}, {b}}, {{b, e002}, {a}}};
    for (qsizetype i = 0; i < plans.size(); ++i) {
        INFO("plan " << i);
        const QString path = m.dir.path(u"plan%1.rbdb"_s.arg(i));
        REQUIRE(QFile::copy(start, path));
        auto db = test::openDb(path);
        merge::MergeReport last;
        for (const QStringList& files : plans[i])
            last = m.mergeInto(*db, files);
        CHECK(last.anyRejected());
        const merge::FileOutcome& conflict = test::outcomeOf(last, plans[i].size() == 1 ? b : plans[i].last()[0]);
        CHECK(conflict.kind == Kind::Conflict);
        CHECK(conflict.reasonKey == u"conflicting_copies"_s);
        CHECK_FALSE(masterScores(*db, u"E002"_s).isEmpty());
        CHECK(packageStatus(path, u"E001"_s) == u"conflict"_s);
        // Both copies are listed for the secretariat, whichever came first.
        CHECK(*db->scalar("SELECT count(*) FROM package_return r JOIN package p ON p.id = r.package_id JOIN expert e "
                          "ON e.id = p.expert_id WHERE e.code = 'E001'",
                          -1)
              == 2);
        // Copies that came together: neither counts. A copy that already counted keeps counting: nothing sealed
        // is silently removed; the later copy is listed as a conflict and changes nothing.
        const QStringList expected = plans[i].size() == 1 ? QStringList() : alone.value(plans[i].first().first());
        CHECK(masterScores(*db, u"E001"_s) == expected);
        CHECK(*db->scalar("SELECT count(*) FROM assignment s JOIN expert e ON e.id = s.expert_id WHERE e.code = "
                          "'E001' AND s.status = 'submitted'",
                          -1)
              == (expected.isEmpty() ? 0 : 10));
        // Sent again, either copy stays a conflict and changes nothing.
        CHECK(m.mergeInto(*db, {a}).files.value(0).kind == Kind::Conflict);
        CHECK(m.mergeInto(*db, {b}).files.value(0).kind == Kind::Conflict);
        CHECK(masterScores(*db, u"E001"_s) == expected);
        auto results = consolidation::consolidate(*db, m.round);
        RB_REQUIRE_OK(results);
        bool counted = false;
        for (const auto& app : results->applications)
            counted = counted || std::any_of(app.totals.begin(), app.totals.end(), [](const auto& t) {
                          return t.expertCode == u"E001"_s;
                      });
        CHECK(counted == !expected.isEmpty());
        dumps << test::dump(*db, m.round);
    }
    CHECK(dumps[0] == dumps[1]);
}

TEST_CASE("merge: conflicting copies leave the same content in whatever order they come together", "[merge]")
{
    test::MergeRound m(20, 6, 3);
    const QString a = m.build({u"E001"_s}).value(u"E001"_s);
    const QString b = m.dir.path(u"E001-second-copy.rbpkg"_s);
    REQUIRE(QFile::copy(a, b));
    RB_REQUIRE_OK(demo::fillAndSubmit(a, test::codeOf(a), 11));
    RB_REQUIRE_OK(demo::fillAndSubmit(b, test::codeOf(b), 12));
    const QString start = m.copy(u"start.rbdb"_s);
    const QString together = m.dir.path(u"together.rbdb"_s);
    REQUIRE(QFile::copy(start, together));
    auto one = test::openDb(together);
    m.mergeInto(*one, {a, b});
    m.merge({b, a});
    CHECK(test::dump(*one, m.round) == test::dump(*m.db, m.round));
    CHECK(masterScores(*m.db, u"E001"_s).isEmpty());
}

TEST_CASE("merge: a newer revision replaces the older one's scores", "[merge]")
{
    test::MergeRound m(20, 6, 3);
    const QString r1 = m.build().value(u"E001"_s);
    RB_REQUIRE_OK(demo::fillAndSubmit(r1, test::codeOf(r1), 1));
    CHECK(m.merge({r1}).files.value(0).kind == Kind::Merged);
    const QStringList first = masterScores(*m.db, u"E001"_s);
    CHECK(first == packageScores(r1));
    const QString r2 = m.build({u"E001"_s}, true).value(u"E001"_s);
    CHECK(packageScores(r2) == first); // the re-opened package carries the returned scores
    RB_REQUIRE_OK(demo::fillAndSubmit(r2, test::codeOf(r2), 2));
    REQUIRE(packageScores(r2) != first);
    const merge::MergeReport report = m.merge({r2});
    REQUIRE(report.files.size() == 1);
    CHECK(report.files[0].kind == Kind::Merged);
    CHECK(report.files[0].revision == 2);
    CHECK(report.files[0].scores == packageScores(r2).size());
    CHECK(masterScores(*m.db, u"E001"_s) == packageScores(r2));
    CHECK(m.merge({r1}).files.value(0).reasonKey == u"stale"_s);
    CHECK(masterScores(*m.db, u"E001"_s) == packageScores(r2));
    CHECK(packageStatus(m.path, u"E001"_s) == u"submitted"_s);
}

TEST_CASE("merge: a backup is taken before the first change and restore brings the old content back", "[merge]")
{
    test::MergeRound m(20, 6, 3);
    const QMap<QString, QString> packages = m.build();
    test::MergeRound::fillAll(packages);
    const QString before = test::dump(*m.db, m.round);
    CHECK(merge::backups(m.path).isEmpty());
    const merge::MergeReport report = m.merge(packages.values());
    REQUIRE_FALSE(report.backupPath.isEmpty());
    CHECK(QFile::exists(report.backupPath));
    CHECK(merge::backups(m.path).contains(report.backupPath));
    const QString after = test::dump(*m.db, m.round);
    REQUIRE(after != before);
    {
        auto saved = test::openDb(report.backupPath);
        CHECK(test::dump(*saved, m.round) == before);
    }
    m.db.reset();
    RB_REQUIRE_OK(merge::restore(m.path, report.backupPath));
    m.db = test::openDb(m.path);
    CHECK(test::dump(*m.db, m.round) == before);
    // The restore kept what it replaced: restoring that undoes the restore.
    QString undo;
    for (const QString& b : merge::backups(m.path)) {
        if (QFileInfo(b).fileName().startsWith(u"before-restore"_s))
            undo = b;
    }
    REQUIRE_FALSE(undo.isEmpty());
    m.db.reset();
    RB_REQUIRE_OK(merge::restore(m.path, undo));
    m.db = test::openDb(m.path);
    CHECK(test::dump(*m.db, m.round) == after);
}

TEST_CASE("merge: a handed-back application becomes a self-declared conflict", "[merge]")
{
    test::MergeRound m(20, 6, 3);
    const QString path = m.build({u"E001"_s}).value(u"E001"_s);
    const QString reason = u"曾为申报单位提供咨询"_s;
    QString handedBack;
    {
        auto opened = test::openUnlocked(path);
        package::Package& p = *opened;
        REQUIRE(p.items().size() >= 2);
        handedBack = p.items().first().code;
        RB_REQUIRE_OK(p.handBack(p.items().first().uid, reason));
        for (const package::Item& item : p.items().mid(1)) {
            for (const Criterion* c : p.criteria().leaves())
                RB_REQUIRE_OK(p.setScore(item.uid, c->uid, test::middleValue(*c)));
        }
        RB_REQUIRE_OK(p.submit());
    }
    const merge::MergeReport report = m.merge({path});
    REQUIRE(report.files.value(0).kind == Kind::Merged);
    const QList<QStringList> row = test::query(*m.db,
                                               u"SELECT s.status, s.void_reason FROM assignment s JOIN expert e ON "
                                               "e.id = s.expert_id JOIN application a ON a.id = s.application_id "
                                               "WHERE e.code = 'E001' AND a.code = '%1'"_s.arg(handedBack),
                                               2);
    CHECK(row == QList<QStringList>{{u"handed_back"_s, reason}});
    bool declared = false;
    for (const QJsonValue& v : test::listJson(u"conflicts"_s, m.path)) {
        if (v[u"expert"_s].toString() == u"E001"_s && v[u"application"_s].toString() == handedBack) {
            declared = true;
            CHECK(v[u"type"_s].toString() == u"self_declared"_s);
            CHECK(v[u"reason"_s].toString() == reason);
        }
    }
    CHECK(declared);
    for (const QString& s : masterScores(*m.db, u"E001"_s))
        CHECK_FALSE(s.startsWith(handedBack + u'|'));
    auto results = consolidation::consolidate(*m.db, m.round);
    RB_REQUIRE_OK(results);
    for (const auto& a : results->applications) {
        if (a.code == handedBack)
            CHECK(a.assigned == 2); // of 3: the hand-back no longer counts
    }
    // A re-issued package no longer holds that application.
    const QString r2 = m.build({u"E001"_s}, true).value(u"E001"_s);
    auto raw = test::openRaw(r2);
    CHECK(*raw->scalar("SELECT count(*) FROM application WHERE code = ?1", -1, handedBack) == 0);
    CHECK(*raw->scalar("SELECT count(*) FROM application", 0) > 0);
}
