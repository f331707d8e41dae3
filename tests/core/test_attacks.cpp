// SPDX-License-Identifier: GPL-3.0-or-later
// The attacks of docs/security.md on what the master takes in: returned packages changed after (or
// before) the seal, values no criterion allows, rows the seal does not cover, paper entry over sealed
// scores, and a colleague's copy used as a write channel. Each leaves the master as it was.
#include "MergeFixture.h"

#include "crypto/Crypto.h"
#include "io/Table.h"
#include "merge/DatabaseMerge.h"
#include "merge/PaperEntry.h"
#include "package/Seal.h"
#include "repo/RoundSettings.h"

#include <QFileInfo>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using Kind = merge::FileOutcome::Kind;

namespace {

std::unique_ptr<db::Database> rawOpen(const QString& path)
{
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(path, db::OpenMode::OpenExisting);
    RB_REQUIRE_OK(opened);
    return std::move(*opened);
}

/// The signing key of an issued package, decrypted with its access code: what its expert (the code holder) has.
QByteArray signingKey(const QString& package)
{
    return test::signingKeyOf(package);
}

/// A submitted package changed by \a sql and sealed again with its own key: a valid seal over bad content,
/// what the expert holding the access code can make.
void resealWith(const QString& package, const QByteArray& key, const char* sql)
{
    auto db = rawOpen(package);
    RB_REQUIRE_OK(db->execScript(sql));
    Result<QByteArray> digest = package::seal::digest(*db);
    RB_REQUIRE_OK(digest);
    RB_REQUIRE_OK(db->exec("UPDATE seal SET digest = ?1, signature = ?2", *digest, crypto::sign(*digest, key)));
}

/// A submitted package changed after the seal by \a sql, without any key.
void tamperWith(const QString& package, const char* sql)
{
    auto db = rawOpen(package);
    RB_REQUIRE_OK(db->execScript(sql));
}

struct Sealed {
    test::MergeRound m{12, 5, 3};
    QString package;
    QByteArray key;
    QString before;

    Sealed()
    {
        package = m.build({u"E001"_s}).value(u"E001"_s);
        REQUIRE_FALSE(package.isEmpty());
        key = signingKey(package);
        RB_REQUIRE_OK(demo::fillAndSubmit(package, test::codeOf(package), 5));
        before = test::dump(*m.db, m.round);
    }

    /// Merges the package and requires it refused for \a reason, the master unchanged.
    void requireRefused(const QString& reason, const QString& messagePart = {})
    {
        const merge::MergeReport report = m.merge({package});
        REQUIRE(report.files.size() == 1);
        const merge::FileOutcome& f = report.files.first();
        INFO(f.reason.toStdString());
        CHECK(f.kind == Kind::Rejected);
        CHECK(f.reasonKey == reason);
        if (!messagePart.isEmpty())
            CHECK(f.reason.contains(messagePart));
        CHECK(test::dump(*m.db, m.round) == before);
    }
};

} // namespace

TEST_CASE("attack: a package whose table became a view, or that holds a trigger or an extra table, is damaged",
          "[attack][merge]")
{
    Sealed s;
    SECTION("the score table replaced by a view that shows verify other rows than the merge")
    {
        // The view shows the sealed rows once and forged ones on a second connection (the old ATTACH read).
        tamperWith(s.package, "ALTER TABLE score RENAME TO score_sealed;"
                              "CREATE VIEW score AS SELECT application_uid, criterion_uid, CASE WHEN (SELECT count(*) "
                              "FROM pragma_database_list) > 1 THEN 999 ELSE value END AS value, comment FROM "
                              "score_sealed;");
        s.requireRefused(u"damaged"_s, u"view"_s);
    }
    SECTION("a trigger")
    {
        tamperWith(s.package, "CREATE TRIGGER t AFTER INSERT ON opinion BEGIN DELETE FROM score; END;");
        s.requireRefused(u"damaged"_s, u"trigger"_s);
    }
    SECTION("an extra table")
    {
        tamperWith(s.package, "CREATE TABLE extra (x); INSERT INTO extra VALUES (1);");
        s.requireRefused(u"damaged"_s, u"extra"_s);
    }
    SECTION("an opinion row for an application outside the package")
    {
        // Not covered by the seal (it hashes the opinions of the package's applications only).
        tamperWith(s.package, "PRAGMA foreign_keys = OFF; INSERT INTO opinion (application_uid, handed_back, "
                              "handback_reason) VALUES ('not-in-this-package', 1, '自报回避');");
        s.requireRefused(u"damaged"_s);
    }
    SECTION("not a database at all")
    {
        QFile f(s.package);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'x'));
        f.close();
        s.requireRefused(u"damaged"_s);
    }
}

TEST_CASE("attack: validly sealed impossible values are rejected as invalid_scores, naming the place",
          "[attack][merge]")
{
    Sealed s;
    const QString app = *s.m.db->scalarText("SELECT a.code FROM application a JOIN assignment x ON x.application_id = "
                                            "a.id JOIN expert e ON e.id = x.expert_id WHERE e.code = 'E001' ORDER BY "
                                            "a.code LIMIT 1");
    REQUIRE_FALSE(app.isEmpty());
    // The first points leaf and the first veto leaf of the package's criteria.
    auto pkg = rawOpen(s.package);
    const QString points = test::query(*pkg,
                                       u"SELECT code FROM criterion c WHERE kind = 'points' AND NOT EXISTS (SELECT 1 "
                                       "FROM criterion k WHERE k.parent_code = c.code) ORDER BY code"_s,
                                       1)
                               .value(0)
                               .value(0);
    const QString veto =
        test::query(*pkg, u"SELECT code FROM criterion WHERE kind = 'veto' ORDER BY code"_s, 1).value(0).value(0);
    pkg.reset();
    REQUIRE_FALSE(points.isEmpty());
    const std::string where = u"application_uid = (SELECT uid FROM application WHERE code = '%1') AND criterion_uid "
                              "= (SELECT uid FROM criterion WHERE code = '%2')"_s.arg(app, points)
                                  .toStdString();
    SECTION("999 in a criterion of a few points")
    {
        resealWith(s.package, s.key, ("UPDATE score SET value = 999 WHERE " + where).c_str());
        s.requireRefused(u"invalid_scores"_s, app);
        CHECK(s.m.merge({s.package}).files.first().reason.contains(points));
    }
    SECTION("a negative score")
    {
        resealWith(s.package, s.key, ("UPDATE score SET value = -1 WHERE " + where).c_str());
        s.requireRefused(u"invalid_scores"_s, points);
    }
    SECTION("a score off the half-point step")
    {
        resealWith(s.package, s.key, ("UPDATE score SET value = 0.25 WHERE " + where).c_str());
        s.requireRefused(u"invalid_scores"_s, u"0.25"_s);
    }
    SECTION("a veto item other than 0 or 1")
    {
        REQUIRE_FALSE(veto.isEmpty());
        const std::string sql =
            u"UPDATE score SET value = 2 WHERE application_uid = (SELECT uid FROM application "
            "WHERE code = '%1') AND criterion_uid = (SELECT uid FROM criterion WHERE code = '%2')"_s.arg(app, veto)
                .toStdString();
        resealWith(s.package, s.key, sql.c_str());
        s.requireRefused(u"invalid_scores"_s, veto);
    }
    SECTION("a missing leaf for an application not handed back")
    {
        resealWith(s.package, s.key, ("DELETE FROM score WHERE " + where).c_str());
        s.requireRefused(u"invalid_scores"_s, points);
    }
    SECTION("an unknown recommendation")
    {
        resealWith(s.package, s.key, "UPDATE opinion SET recommendation = 'first_prize'");
        s.requireRefused(u"invalid_scores"_s);
    }
    SECTION("criteria of other points than the master's: the secretariat's issue seal no longer holds")
    {
        resealWith(s.package, s.key,
                   ("UPDATE criterion SET max_points = 1000 WHERE code = '" + points.toStdString() + "'").c_str());
        s.requireRefused(u"bad_seal"_s, u"issued"_s);
    }
    SECTION("the master's criteria changed after the package was issued")
    {
        RB_REQUIRE_OK(s.m.db->execScript(
            "INSERT INTO criterion (uid, round_id, code, name, position, kind) SELECT 'late-veto', round_id, 'V9', "
            "'后加的否决项', 99, 'veto' FROM criterion LIMIT 1"));
        s.before = test::dump(*s.m.db, s.m.round);
        s.requireRefused(u"criteria_changed"_s, u"V9"_s);
    }
    SECTION("the genuine package still merges")
    {
        CHECK(s.m.merge({s.package}).files.first().kind == Kind::Merged);
    }
}

TEST_CASE("attack: no path stores an impossible score in the master", "[attack][schema]")
{
    test::MergeRound m(6, 3, 2);
    const QString leaf = *m.db->scalarText("SELECT id FROM criterion c WHERE kind = 'points' AND NOT EXISTS (SELECT 1 "
                                           "FROM criterion k WHERE k.parent_id = c.id) ORDER BY code");
    const QString assignment = *m.db->scalarText("SELECT id FROM assignment ORDER BY id");
    for (const char* value : {"999", "-1", "0.25"}) {
        INFO(value);
        const Status s = m.db->exec("INSERT INTO score (assignment_id, criterion_id, value) VALUES (?1, ?2, ?3)",
                                    assignment.toLongLong(), leaf.toLongLong(), QString::fromLatin1(value).toDouble());
        CHECK_FALSE(s);
    }
    RB_REQUIRE_OK(m.db->exec("INSERT INTO score (assignment_id, criterion_id, value) VALUES (?1, ?2, 1.5)",
                             assignment.toLongLong(), leaf.toLongLong()));
    CHECK_FALSE(m.db->exec("UPDATE score SET value = 999 WHERE assignment_id = ?1", assignment.toLongLong()));
    CHECK(*m.db->scalar("SELECT value FROM score WHERE assignment_id = ?1", -1, assignment.toLongLong()) == 1);
}

TEST_CASE("attack: paper entry over sealed scores is refused and removes nothing", "[attack][paper]")
{
    test::MergeRound m(12, 5, 3);
    RB_REQUIRE_OK(RoundSettings(*m.db, m.round.id).set(u"entry.double_entry"_s, u"true"_s));
    const QString package = m.build({u"E001"_s}).value(u"E001"_s);
    RB_REQUIRE_OK(demo::fillAndSubmit(package, test::codeOf(package), 3));
    REQUIRE(m.merge({package}).files.first().kind == Kind::Merged);
    const QString before = test::dump(*m.db, m.round);
    const QStringList pair = test::query(*m.db,
                                         u"SELECT a.code, c.code FROM assignment s JOIN application a ON a.id = "
                                         "s.application_id JOIN expert e ON e.id = s.expert_id JOIN criterion c ON "
                                         "c.round_id = a.round_id AND c.kind = 'points' WHERE e.code = 'E001' AND "
                                         "s.status = 'submitted' AND NOT EXISTS (SELECT 1 FROM criterion k WHERE "
                                         "k.parent_id = c.id) ORDER BY 1, 2 LIMIT 1"_s,
                                         2)
                                 .value(0);
    REQUIRE(pair.size() == 2);
    Result<io::Table> sheet = io::parseCsv(
        u"expert,application,criterion,score\nE001,%1,%2,0\n"_s.arg(pair[0], pair[1]).toUtf8(), u"paper.csv"_s);
    RB_REQUIRE_OK(sheet);
    Result<merge::PaperReport> typed = merge::importPaperScores(*m.db, m.round, *sheet, u"王五"_s);
    REQUIRE_FALSE(typed);
    CHECK(typed.error().toString().contains(u"sealed"_s));
    CHECK(test::dump(*m.db, m.round) == before);
}

TEST_CASE("attack: a colleague's copy cannot rewrite, forge or pre-empt sealed work", "[attack][merge][database]")
{
    test::MergeRound m(12, 5, 3);
    const QMap<QString, QString> packages = m.build();
    test::MergeRound::fillAll(packages);
    const QString early = m.copy(u"early.rbdb"_s); // taken before any package came back

    SECTION("lowered sealed scores with a forged audit entry per assignment change nothing")
    {
        REQUIRE(m.merge(packages.values()).count(Kind::Merged) == packages.size());
        const QString before = test::dump(*m.db, m.round);
        const QString forged = m.copy(u"forged.rbdb"_s);
        {
            auto db = rawOpen(forged);
            RB_REQUIRE_OK(db->execScript(
                "UPDATE score SET value = 0 WHERE assignment_id IN (SELECT s.id FROM assignment s JOIN expert e ON "
                "e.id = s.expert_id WHERE e.code = 'E001');"
                "INSERT INTO audit_log (at, user, round_id, action, entity, entity_uid, entity_code, changes) SELECT "
                "'2030-01-01T00:00:00', '内鬼', s.expert_id * 0 + (SELECT id FROM round LIMIT 1), 'update', "
                "'assignment', s.uid, NULL, '{\"status\":[\"submitted\",\"submitted\"]}' FROM assignment s;"));
        }
        Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, forged);
        RB_REQUIRE_OK(report);
        CHECK(test::dump(*m.db, m.round) == before);
        Result<merge::DatabaseMergeReport> preferred = merge::mergeDatabase(*m.db, forged, merge::Prefer::Theirs);
        RB_REQUIRE_OK(preferred);
        CHECK(test::dump(*m.db, m.round) == before);
    }
    SECTION("forged sealed scores and a fake receipt in a copy: not taken, and the genuine package still merges")
    {
        const QString before = test::dump(*m.db, m.round);
        {
            auto db = rawOpen(early);
            RB_REQUIRE_OK(db->execScript(
                "UPDATE assignment SET status = 'submitted', source = 'package', submitted_at = '2030-01-01' WHERE "
                "expert_id = (SELECT id FROM expert WHERE code = 'E001');"
                "INSERT INTO score (assignment_id, criterion_id, value) SELECT s.id, c.id, 0 FROM assignment s JOIN "
                "expert e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id JOIN criterion c ON "
                "c.round_id = a.round_id WHERE e.code = 'E001' AND NOT EXISTS (SELECT 1 FROM criterion k WHERE "
                "k.parent_id = c.id);"
                "UPDATE package SET status = 'submitted', digest = randomblob(32) WHERE expert_id = (SELECT id FROM "
                "expert WHERE code = 'E001');"
                "INSERT INTO package_return (package_id, digest, file_name, received_at, received_by) SELECT id, "
                "digest, 'E001.rbpkg', '2030-01-01', '内鬼' FROM package WHERE expert_id = (SELECT id FROM expert "
                "WHERE code = 'E001');"));
        }
        Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, early, merge::Prefer::Theirs);
        RB_REQUIRE_OK(report);
        CHECK(test::dump(*m.db, m.round) == before);
        REQUIRE(report->heldBack.size() == 1);
        CHECK(report->heldBack.first().key == u"E001"_s);
        // The fake receipt did not arrive: the genuine package is merged, not a conflict.
        const merge::MergeReport genuine = m.merge({packages.value(u"E001"_s)});
        CHECK(genuine.files.first().kind == Kind::Merged);
    }
    SECTION("another public key for the same package refuses the whole merge")
    {
        const QString before = test::dump(*m.db, m.round);
        {
            auto db = rawOpen(early);
            RB_REQUIRE_OK(db->execScript("UPDATE package SET public_key = randomblob(32) WHERE expert_id = (SELECT id "
                                         "FROM expert WHERE code = 'E002');"
                                         "UPDATE application SET title = '改过的名称';"));
        }
        Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, early);
        REQUIRE_FALSE(report);
        CHECK(report.error().kind == ErrorKind::Input);
        CHECK(report.error().message.contains(u"E002"_s));
        CHECK(report.error().message.contains(u"early.rbdb"_s));
        CHECK(test::dump(*m.db, m.round) == before);
        CHECK(*m.db->scalar("SELECT count(*) FROM application WHERE title = '改过的名称'", -1) == 0);
    }
    SECTION("a copy with a view, a trigger or an extra table is damaged and changes nothing")
    {
        const QString before = test::dump(*m.db, m.round);
        for (const char* sql :
             {"CREATE VIEW v AS SELECT 1;", "CREATE TRIGGER t AFTER INSERT ON score BEGIN SELECT 1; END;",
              "CREATE TABLE extra (x);"}) {
            INFO(sql);
            const QString copy = m.copy(u"bad.rbdb"_s);
            RB_REQUIRE_OK(rawOpen(copy)->execScript(sql));
            Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, copy);
            REQUIRE_FALSE(report);
            CHECK(report.error().message.contains(u"damaged"_s));
            CHECK(test::dump(*m.db, m.round) == before);
            QFile::remove(copy);
        }
    }
    SECTION("a same-code round with a stored setting in the other file merges without a foreign-key error")
    {
        {
            auto db = rawOpen(early);
            RB_REQUIRE_OK(db->execScript("UPDATE round SET uid = 'another-round-uid';"
                                         "INSERT OR REPLACE INTO round_setting (round_id, key, value) SELECT id, "
                                         "'ranking.pass_line', '75' FROM round;"));
        }
        Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, early);
        RB_REQUIRE_OK(report);
        CHECK_FALSE(report->differences.isEmpty()); // the round's code is taken here: listed
    }
}

TEST_CASE("attack: a backup that was replaced or edited is refused by restore, which changes nothing",
          "[attack][restore]")
{
    test::MergeRound m(12, 5, 3);
    const QString good = m.copy(u"good.rbdb"_s);
    RB_REQUIRE_OK(m.db->exec("UPDATE application SET title = '恢复前的名称' WHERE code = (SELECT min(code) FROM "
                             "application)"));
    const QString before = test::dump(*m.db, m.round);

    SECTION("a trigger, a view or an extra table in the backup")
    {
        for (const char* sql : {"CREATE TRIGGER t AFTER INSERT ON score BEGIN SELECT 1; END;",
                                "CREATE VIEW v AS SELECT 1;", "CREATE TABLE extra (x);"}) {
            INFO(sql);
            const QString bad = m.copy(u"bad.rbdb"_s);
            RB_REQUIRE_OK(rawOpen(bad)->execScript(sql));
            m.db.reset();
            const Status restored = merge::restore(m.path, bad);
            m.db = test::openDb(m.path);
            REQUIRE_FALSE(restored);
            CHECK(restored.error().kind == ErrorKind::Input);
            CHECK(restored.error().message.contains(u"bad.rbdb"_s));
            CHECK(restored.error().message.contains(u"damaged"_s));
            CHECK(test::dump(*m.db, m.round) == before);
            QFile::remove(bad);
        }
    }
    SECTION("the database of another round file")
    {
        test::MergeRound other(12, 5, 3);
        const QString foreign = other.copy(u"foreign.rbdb"_s);
        m.db.reset();
        const Status restored = merge::restore(m.path, foreign);
        m.db = test::openDb(m.path);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().message.contains(u"foreign.rbdb"_s));
        CHECK(restored.error().message.contains(u"another round file"_s));
        CHECK(test::dump(*m.db, m.round) == before);
    }
    SECTION("a genuine backup of this file is restored")
    {
        m.db.reset();
        RB_REQUIRE_OK(merge::restore(m.path, good));
        m.db = test::openDb(m.path);
        CHECK(*m.db->scalar("SELECT count(*) FROM application WHERE title = '恢复前的名称'", -1) == 0);
    }
}

TEST_CASE("attack: a package holding a trigger or a view is not opened for scoring", "[attack][package]")
{
    test::MergeRound m(12, 5, 3);
    const QString issued = m.build({u"E001"_s}).value(u"E001"_s);
    REQUIRE_FALSE(issued.isEmpty());
    // A trigger that would quietly lower every score the expert types.
    for (const char* sql : {"CREATE TRIGGER lower AFTER INSERT ON score BEGIN UPDATE score SET value = 0; END;",
                            "CREATE VIEW v AS SELECT * FROM score;"}) {
        INFO(sql);
        const QString copy = m.dir.path(u"copy.rbpkg"_s);
        QFile::remove(copy);
        REQUIRE(QFile::copy(issued, copy));
        RB_REQUIRE_OK(rawOpen(copy)->execScript(sql));
        for (bool readOnly : {true, false}) {
            Result<std::unique_ptr<package::Package>> opened = package::Package::open(copy, readOnly);
            REQUIRE_FALSE(opened);
            CHECK(opened.error().kind == ErrorKind::Input);
            CHECK(opened.error().message.contains(u"copy.rbpkg"_s));
            CHECK(opened.error().message.contains(u"damaged"_s));
        }
    }
    RB_REQUIRE_OK(package::Package::open(issued, false));
}
