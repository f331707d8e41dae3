// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundRepository.h"
#include "repo/RoundSettings.h"
#include "storage/Schema.h"
#include "storage/Snapshot.h"

#include <QFile>

using namespace rb;

TEST_CASE("schema: a new database has the latest version, its identity and WAL", "[schema]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.rbdb"));
    auto created = db::schema::create(path);
    RB_REQUIRE_OK(created);
    db::Database& db = **created;
    CHECK(*db::schema::version(db) == db::schema::kLatestVersion);
    CHECK(*db.scalar("PRAGMA application_id", 0) == db::schema::kApplicationId);
    CHECK(*db.scalarText("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(*db.scalar("PRAGMA foreign_keys", 0) == 1);
    for (const char* table : {"round", "application", "applicant", "criterion", "expert", "conflict", "assignment",
                              "score", "opinion", "workflow_event", "audit_log", "meeting", "deliberation_case",
                              "notice", "objection", "milestone", "package", "attachment", "formal_check"}) {
        INFO(table);
        CHECK(*db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1", 0,
                         QString::fromLatin1(table))
              == 1);
    }
    // Creating over an existing file is refused.
    CHECK_FALSE(db::schema::create(path).ok());
}

TEST_CASE("schema: a saved version-1 file migrates and keeps its data", "[schema][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.rbdb"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("round-v1.rbdb")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto raw = db::Database::open(path, db::OpenMode::ReadOnly);
        RB_REQUIRE_OK(raw);
        REQUIRE(*db::schema::version(**raw) == 1);
    }
    auto opened = db::schema::open(path);
    RB_REQUIRE_OK(opened);
    db::Database& db = **opened;
    CHECK(*db::schema::version(db) == db::schema::kLatestVersion);
    // The data survived and is readable through the repositories.
    auto round = RoundRepository(db).resolve(QString());
    RB_REQUIRE_OK(round);
    CHECK(round->code == QStringLiteral("2024-SCN"));
    auto app = ApplicationRepository(db, round->id).byCode(QStringLiteral("S01"));
    RB_REQUIRE_OK(app);
    REQUIRE(app->has_value());
    CHECK((*app)->applicants.first().creditCode == QStringLiteral("91330100MA2AAAAA1E"));
    CHECK(RoundSettings(db, round->id).text(QStringLiteral("aggregation.method")) == QStringLiteral("mean"));
    auto tree = CriteriaRepository(db, round->id).tree();
    RB_REQUIRE_OK(tree);
    CHECK(tree->leafSum() == 100);
    // Version 2 added columns and tables that now work.
    RB_REQUIRE_OK(db.exec("UPDATE application SET due_date = '2026-01-01' WHERE code = 'S01'"));
    CHECK(*db.scalar("SELECT revision FROM round", -1) == 0);
    CHECK(*db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'milestone'", 0) == 1);
    // A backup of the old file was kept before the upgrade.
    auto backup = db::Database::open(path + QStringLiteral(".v1.bak"), db::OpenMode::ReadOnly);
    RB_REQUIRE_OK(backup);
    CHECK(*db::schema::version(**backup) == 1);
    auto problems = db::schema::integrityProblems(db);
    RB_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("schema: each migration step runs in one transaction and stops at the target", "[schema][migration]")
{
    test::TempDir dir;
    auto raw = db::Database::open(dir.path(QStringLiteral("steps.rbdb")), db::OpenMode::Create);
    RB_REQUIRE_OK(raw);
    RB_REQUIRE_OK(db::schema::migrate(**raw, 1));
    CHECK(*db::schema::version(**raw) == 1);
    CHECK(*(*raw)->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'milestone'", 0) == 0);
    RB_REQUIRE_OK(db::schema::migrate(**raw, 2));
    CHECK(*db::schema::version(**raw) == 2);
    CHECK(*(*raw)->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'package_return'", 0) == 0);
    RB_REQUIRE_OK(db::schema::migrate(**raw));
    CHECK(*db::schema::version(**raw) == db::schema::kLatestVersion);
    CHECK(*(*raw)->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'package_return'", 0) == 1);
}

TEST_CASE("schema: a file from a newer version is refused and left unchanged", "[schema]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("future.rbdb"));
    {
        auto created = db::schema::create(path);
        RB_REQUIRE_OK(created);
        RB_REQUIRE_OK((*created)->execScript("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;"));
    }
    const QByteArray before = test::fileHash(path);
    auto opened = db::schema::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Input);
    CHECK(opened.error().message.contains(QStringLiteral("newer version")));
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("schema: files that are not round databases are refused", "[schema]")
{
    test::TempDir dir;
    const QString text = dir.writeText(QStringLiteral("notes.rbdb"),
                                       QStringLiteral("这不是数据库 just text, long enough to not be a header"));
    auto a = db::schema::open(text);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.contains(QStringLiteral("not a ReviewBench")));

    const QString other = dir.path(QStringLiteral("other.sqlite"));
    {
        auto raw = db::Database::open(other, db::OpenMode::Create);
        RB_REQUIRE_OK(raw);
        RB_REQUIRE_OK((*raw)->execScript("CREATE TABLE t (x)"));
    }
    auto b = db::schema::open(other);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().message.contains(QStringLiteral("not a ReviewBench round database")));

    auto c = db::schema::open(dir.path(QStringLiteral("missing.rbdb")));
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().kind == ErrorKind::Io);
}

TEST_CASE("schema: a transaction rolls back unless committed, nested ones become savepoints", "[schema]")
{
    test::RoundFixture f;
    auto count = [&] { return *f.db->scalar("SELECT count(*) FROM round_setting", 0); };
    {
        db::Transaction tx(*f.db);
        RB_REQUIRE_OK(tx.status());
        RB_REQUIRE_OK(f.db->exec("INSERT INTO round_setting VALUES (?1, 'x', '1')", f.round.id));
    }
    CHECK(count() == 0);
    {
        db::Transaction outer(*f.db);
        RB_REQUIRE_OK(f.db->exec("INSERT INTO round_setting VALUES (?1, 'a', '1')", f.round.id));
        {
            db::Transaction inner(*f.db);
            RB_REQUIRE_OK(f.db->exec("INSERT INTO round_setting VALUES (?1, 'b', '1')", f.round.id));
        } // inner rolled back
        RB_REQUIRE_OK(outer.commit());
    }
    CHECK(count() == 1);
    CHECK(*f.db->scalarText("SELECT key FROM round_setting") == QStringLiteral("a"));
}

TEST_CASE("schema: a saved file of every older version migrates to the latest and keeps its data",
          "[schema][migration]")
{
    for (int version = 1; version < db::schema::kLatestVersion; ++version) {
        INFO("version " << version);
        test::TempDir dir;
        const QString path = dir.path(QStringLiteral("old.rbdb"));
        REQUIRE(QFile::copy(test::testData(QStringLiteral("round-v%1.rbdb").arg(version)), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto raw = db::Database::open(path, db::OpenMode::ReadOnly);
            RB_REQUIRE_OK(raw);
            REQUIRE(*db::schema::version(**raw) == version);
        }
        auto opened = db::schema::open(path);
        RB_REQUIRE_OK(opened);
        db::Database& db = **opened;
        CHECK(*db::schema::version(db) == db::schema::kLatestVersion);
        // The exact schema a new file has: nothing left over, nothing missing.
        CHECK(*db::schemaOf(db) == db::schema::expectedSchema(db::schema::kLatestVersion));
        auto round = RoundRepository(db).resolve(QString());
        RB_REQUIRE_OK(round);
        CHECK(round->code == QStringLiteral("2024-SCN"));
        auto apps = ApplicationRepository(db, round->id).list();
        RB_REQUIRE_OK(apps);
        REQUIRE(apps->size() == 1);
        CHECK(apps->first().authority == QString::fromUtf8("浙江省")); // version 7 derives it
        if (version >= 2) {
            CHECK(*db.scalar("SELECT count(*) FROM committee_member", -1) == 2);
            CHECK(*db.scalar("SELECT count(*) FROM meeting_attendance", -1) == 2);
        }
        if (version >= 6)
            CHECK(*db.scalar("SELECT count(*) FROM round_key", -1) == 1);
        auto problems = db::schema::integrityProblems(db);
        RB_REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
        CHECK(QFile::exists(path + QStringLiteral(".v%1.bak").arg(version)));
    }
}

TEST_CASE("schema: a migration step that fails leaves the file as it was", "[schema][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("broken.rbdb"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("round-v6.rbdb")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        // Something in the way of step 7 (its table exists already): the step cannot run.
        auto raw = db::Database::open(path, db::OpenMode::OpenExisting);
        RB_REQUIRE_OK(raw);
        RB_REQUIRE_OK((*raw)->execScript("CREATE TABLE authority_alias (x); PRAGMA journal_mode = DELETE;"));
    }
    const QByteArray before = test::fileHash(path);
    auto opened = db::schema::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(test::fileHash(path) == before);
    auto raw = db::Database::open(path, db::OpenMode::ReadOnly);
    RB_REQUIRE_OK(raw);
    CHECK(*db::schema::version(**raw) == 6);
    CHECK(*(*raw)->scalar("SELECT count(*) FROM pragma_table_info('application') WHERE name = 'authority'", -1) == 0);
}
