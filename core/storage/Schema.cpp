// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Schema.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "storage/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

namespace rb::db::schema {

namespace {

/// Migration N takes a file from version N-1 to version N.
QString migrationScript(int toVersion)
{
    static const char* const kScripts[] = {
        ":/rb/migrations/0001_foundation.sql",  ":/rb/migrations/0002_lifecycle.sql",
        ":/rb/migrations/0003_returns.sql",     ":/rb/migrations/0004_reevaluation.sql",
        ":/rb/migrations/0005_score_rules.sql", ":/rb/migrations/0006_round_keys.sql",
        ":/rb/migrations/0007_real_files.sql",  ":/rb/migrations/0008_actions.sql",
    };
    static_assert(std::size(kScripts) == kLatestVersion);
    QFile file(QString::fromLatin1(kScripts[toVersion - 1]));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Result<int> pragmaInt(Database& db, const char* pragma)
{
    Result<qint64> value = db.scalar(pragma, 0);
    if (!value)
        return value.takeError();
    return int(*value);
}

Status configureConnection(Database& db)
{
    if (db.readOnly())
        return {};
    // WAL keeps readers and the writer apart; NORMAL is durable at each checkpoint and safe.
    // A 64 MiB page cache keeps bulk imports and merges of large rounds off the disk.
    return db.execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
}

Status backupBeforeMigration(Database& db, int fromVersion)
{
    const QString target = db.path() + QStringLiteral(".v%1.bak").arg(fromVersion);
    QFile::remove(target);
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(dest);
        return Error::io(Tr::tr("cannot write the backup %1 before upgrading").arg(target));
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", db.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(dest);
    if (backup)
        rc = sqlite3_backup_finish(backup) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK)
        return Error::io(Tr::tr("cannot write the backup %1 before upgrading").arg(target));
    return {};
}

} // namespace

Result<int> version(Database& db)
{
    return pragmaInt(db, "PRAGMA user_version");
}

Status migrate(Database& db, int target)
{
    Result<int> current = version(db);
    if (!current)
        return current.takeError();
    for (int next = *current + 1; next <= target; ++next) {
        const QString script = migrationScript(next);
        if (script.isEmpty())
            return Error::database(Tr::tr("migration script %1 is missing from this build").arg(next));
        Transaction tx(db);
        RB_TRY(tx.status());
        RB_TRY(db.execScript(script.toUtf8().constData()));
        RB_TRY(db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(next).toUtf8().constData()));
        RB_TRY(tx.commit());
    }
    return {};
}

QStringList expectedSchema(int version)
{
    if (version < 1 || version > kLatestVersion)
        return {};
    static QMutex lock;
    static QHash<int, QStringList> schemas;
    const QMutexLocker locked(&lock);
    const auto known = schemas.constFind(version);
    if (known != schemas.constEnd())
        return *known;
    sqlite3* handle = nullptr;
    if (sqlite3_open(":memory:", &handle) != SQLITE_OK) {
        sqlite3_close(handle);
        return {};
    }
    std::unique_ptr<Database> scratch = Database::adopt(handle, QStringLiteral(":memory:"), false);
    if (!migrate(*scratch, version))
        return {};
    Result<QStringList> lines = schemaOf(*scratch);
    if (!lines)
        return {};
    schemas.insert(version, *lines);
    return *lines;
}

Result<std::unique_ptr<Database>> openSnapshot(const QString& path)
{
    SnapshotOptions options;
    options.applicationId = kApplicationId;
    options.maxBytes = qint64(8) << 30;
    options.timeLimitMs = 600'000; // a national round is large; the limit is against files made to hang
    options.expectedSchema = expectedSchema;
    options.writable = true;
    Result<std::unique_ptr<Database>> opened = db::openSnapshot(path, options);
    if (!opened)
        return opened.takeError();
    Result<int> fileVersion = version(**opened);
    if (!fileVersion)
        return fileVersion.takeError();
    if (*fileVersion < kLatestVersion)
        RB_TRY(migrate(**opened));
    return opened;
}

Result<std::unique_ptr<Database>> create(const QString& path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, OpenMode::Create);
    if (!opened)
        return opened.takeError();
    Database& db = **opened;
    auto fail = [&](Error error) -> Result<std::unique_ptr<Database>> {
        opened->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return error;
    };
    if (Status s = db.execScript(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId).toUtf8().constData());
        !s)
        return fail(s.takeError());
    if (Status s = configureConnection(db); !s)
        return fail(s.takeError());
    if (Status s = migrate(db); !s)
        return fail(s.takeError());
    return opened;
}

Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, mode);
    if (!opened)
        return opened.takeError();
    Database& db = **opened;

    // Read the identity before anything writes to the file (even switching to WAL writes).
    Result<int> appId = pragmaInt(db, "PRAGMA application_id");
    if (!appId)
        return Error::io(
            Tr::tr("%1 is not a ReviewBench database, or it is damaged: %2").arg(path, appId.error().message));
    Result<int> fileVersion = version(db);
    if (!fileVersion)
        return fileVersion.takeError();
    if (*appId != kApplicationId)
        return Error::input(Tr::tr("%1 is not a ReviewBench round database").arg(path));
    if (*fileVersion > kLatestVersion)
        return Error::input(Tr::tr("%1 was written by a newer version of ReviewBench (schema version %2; this program "
                                   "knows up to %3). Update ReviewBench to open it; the file was not changed.")
                                .arg(path)
                                .arg(*fileVersion)
                                .arg(kLatestVersion));
    if (*fileVersion < kLatestVersion) {
        if (db.readOnly())
            return Error::input(Tr::tr("%1 uses the older schema version %2 and must be upgraded; open it for writing")
                                    .arg(path)
                                    .arg(*fileVersion));
        RB_TRY(backupBeforeMigration(db, *fileVersion));
    }
    // Migrate before switching to WAL: a step that fails then leaves the file byte for byte as it was.
    RB_TRY(migrate(db));
    RB_TRY(configureConnection(db));
    return opened;
}

Result<QStringList> integrityProblems(Database& db)
{
    QStringList problems;
    for (const char* sql : {"PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
        Result<Statement> st = db.prepare(sql);
        if (!st)
            return st.takeError();
        for (;;) {
            Result<bool> row = st->step();
            if (!row)
                return row.takeError();
            if (!*row)
                break;
            const QString text = st->text(0);
            if (text == QLatin1String("ok"))
                continue;
            if (QLatin1String(sql).contains(QLatin1String("foreign_key")))
                problems << Tr::tr("row %1 of table %2 refers to a missing row of %3")
                                .arg(st->integer(1))
                                .arg(text, st->text(2));
            else
                problems << text;
        }
    }
    return problems;
}

} // namespace rb::db::schema
