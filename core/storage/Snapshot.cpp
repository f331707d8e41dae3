// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Snapshot.h"
#include "common/Tr.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace rb::db {

void harden(sqlite3* handle)
{
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
}

namespace {

/// The deadline the progress handler enforces; owned by the snapshot's connection.
struct Deadline {
    QElapsedTimer timer;
    qint64 limitMs = 0;
};

int checkDeadline(void* context)
{
    const auto* d = static_cast<const Deadline*>(context);
    return d->timer.elapsed() > d->limitMs ? 1 : 0;
}

Error damaged(const QString& path, const QString& why)
{
    return Error::input(Tr::tr("%1 is damaged or was tampered with: %2").arg(QFileInfo(path).fileName(), why));
}

/// An in-memory connection hardened before any image is attached: nothing in a file runs.
sqlite3* hardenedMemory()
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return nullptr;
    }
    harden(handle);
    return handle;
}

/// Checks the image attached to \a handle (which it takes over) as openSnapshot() describes.
Result<std::unique_ptr<Database>> checked(sqlite3* handle, const QString& path, const SnapshotOptions& options);

/// A file in WAL mode with changes still in its "-wal" side file: the file is opened read-only and hardened,
/// its pages copied once into private memory by SQLite's backup API (no SQL of the file runs), and the copy
/// checked like an image of bytes.
Result<std::unique_ptr<Database>> fromWalFile(const QString& path, const SnapshotOptions& options)
{
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &source,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(source);
        return damaged(path, Tr::tr("it cannot be read as a database"));
    }
    harden(source);
    sqlite3* handle = hardenedMemory();
    if (!handle) {
        sqlite3_close_v2(source);
        return Error::database(Tr::tr("cannot open a private copy of %1").arg(path));
    }
    sqlite3_backup* copy = sqlite3_backup_init(handle, "main", source, "main");
    int rc = copy ? sqlite3_backup_step(copy, -1) : SQLITE_ERROR;
    if (copy)
        rc = sqlite3_backup_finish(copy) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_close_v2(source);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return damaged(path, Tr::tr("it cannot be read as a database"));
    }
    return checked(handle, path, options);
}

} // namespace

Result<QStringList> schemaOf(Database& db)
{
    Result<Statement> st = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema WHERE name "
                                      "NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'");
    if (!st)
        return st.takeError();
    QStringList lines;
    RB_TRY(st->forEach([&](const Statement& r) {
        lines << QStringList{r.text(0), r.text(1), r.text(2), r.text(3)}.join(QLatin1Char('|'));
    }));
    lines.sort();
    return lines;
}

Result<std::unique_ptr<Database>> openSnapshot(const QString& path, const SnapshotOptions& options)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        if (QFileInfo(path).size() + wal.size() > options.maxBytes)
            return Error::input(Tr::tr("%1 is too large (%2 MB; at most %3 MB are read)")
                                    .arg(QFileInfo(path).fileName())
                                    .arg((QFileInfo(path).size() + wal.size()) >> 20)
                                    .arg(options.maxBytes >> 20));
        return fromWalFile(path, options);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > options.maxBytes)
        return Error::input(Tr::tr("%1 is too large (%2 MB; at most %3 MB are read)")
                                .arg(QFileInfo(path).fileName())
                                .arg(size >> 20)
                                .arg(options.maxBytes >> 20));
    if (size < 512 || size % 512 != 0)
        return damaged(path, Tr::tr("it is not a database file"));
    // One read into memory SQLite owns; the file is not looked at again.
    auto* image = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(size)));
    if (!image)
        return Error::io(Tr::tr("not enough memory to read %1").arg(path));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(reinterpret_cast<char*>(image) + done, size - done);
        if (n <= 0)
            break;
        done += n;
    }
    if (done != size || !file.atEnd()) {
        sqlite3_free(image);
        return Error::io(Tr::tr("%1 changed while it was being read").arg(path));
    }
    file.close();
    if (size < 100 || std::memcmp(image, "SQLite format 3", 16) != 0) {
        sqlite3_free(image);
        return damaged(path, Tr::tr("it is not a database file"));
    }
    // A WAL-mode header would make SQLite look for a side file: the image alone is the content.
    image[18] = image[19] = 1;

    sqlite3* handle = hardenedMemory();
    if (!handle) {
        sqlite3_free(image);
        return Error::database(Tr::tr("cannot open a private copy of %1").arg(path));
    }
    const unsigned flags = SQLITE_DESERIALIZE_FREEONCLOSE
                           | (options.writable ? SQLITE_DESERIALIZE_RESIZEABLE : SQLITE_DESERIALIZE_READONLY);
    if (sqlite3_deserialize(handle, "main", image, size, size, flags) != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return damaged(path, Tr::tr("it cannot be read as a database"));
    }
    return checked(handle, path, options);
}

namespace {

Result<std::unique_ptr<Database>> checked(sqlite3* handle, const QString& path, const SnapshotOptions& options)
{
    std::unique_ptr<Database> db = Database::adopt(handle, path, !options.writable);
    auto deadline = std::make_shared<Deadline>();
    deadline->limitMs = options.timeLimitMs;
    deadline->timer.start();
    sqlite3_progress_handler(handle, 1000, checkDeadline, deadline.get());
    db->keepAlive(deadline);

    auto check = [&]() -> Status {
        RB_TRY(db->execScript("PRAGMA cell_size_check = ON; PRAGMA foreign_keys = OFF;"));
        Result<QString> quick = db->scalarText("PRAGMA quick_check(1)");
        if (!quick)
            return damaged(path, quick.error().message);
        if (*quick != QLatin1String("ok"))
            return damaged(path, *quick);
        Result<qint64> appId = db->scalar("PRAGMA application_id", 0);
        Result<qint64> version = db->scalar("PRAGMA user_version", 0);
        if (!appId || !version)
            return damaged(path, (appId ? version.error() : appId.error()).message);
        if (options.applicationId && *appId != options.applicationId)
            return Error::input(Tr::tr("%1 is not a file of the expected kind").arg(QFileInfo(path).fileName()));
        Result<QStringList> schema = schemaOf(*db);
        if (!schema)
            return damaged(path, schema.error().message);
        const QStringList expected = options.expectedSchema ? options.expectedSchema(int(*version)) : QStringList();
        if (expected.isEmpty())
            return Error::input(Tr::tr("%1 has a format version (%2) this program does not read")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(*version));
        if (*schema != expected) {
            QStringList extra;
            for (const QString& line : *schema) {
                if (!expected.contains(line))
                    extra << line.section(QLatin1Char('|'), 0, 1).replace(QLatin1Char('|'), QLatin1Char(' '));
            }
            return damaged(
                path,
                extra.isEmpty()
                    ? Tr::tr("its tables are not the expected ones")
                    : Tr::tr("it holds objects a genuine file never has: %1").arg(extra.join(QStringLiteral(", "))));
        }
        Result<Statement> keys = db->prepare("PRAGMA foreign_key_check");
        if (!keys)
            return damaged(path, keys.error().message);
        Result<bool> orphan = keys->step();
        if (!orphan)
            return damaged(path, orphan.error().message);
        if (*orphan) {
            const QString table = keys->text(0);
            keys->reset();
            return damaged(path, Tr::tr("table %1 holds rows that belong to nothing in the file").arg(table));
        }
        keys->reset();
        return {};
    };
    if (Status s = check(); !s)
        return s.takeError();
    return db;
}

} // namespace

} // namespace rb::db
