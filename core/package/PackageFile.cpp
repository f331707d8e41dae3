// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageFile.h"
#include "common/Tr.h"

#include "storage/Snapshot.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <optional>

namespace rb::package {

namespace {

const char* const kSchema = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE issue (
    id INTEGER PRIMARY KEY CHECK (id = 1), package_public_key BLOB NOT NULL, round_public_key BLOB NOT NULL,
    kdf_salt BLOB NOT NULL, kdf_ops INTEGER NOT NULL, kdf_mem INTEGER NOT NULL, code_box BLOB NOT NULL,
    signature BLOB NOT NULL);
CREATE TABLE signing_key (id INTEGER PRIMARY KEY CHECK (id = 1), box BLOB NOT NULL);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE criterion (
    uid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, parent_code TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('points', 'veto')), max_points REAL,
    guidance TEXT NOT NULL DEFAULT '', bands TEXT NOT NULL DEFAULT '');
CREATE TABLE application (
    uid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, applicants TEXT NOT NULL,
    province TEXT NOT NULL DEFAULT '', sector TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL);
CREATE TABLE dossier (
    uid TEXT PRIMARY KEY, application_uid TEXT NOT NULL REFERENCES application (uid), file_name TEXT NOT NULL,
    media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 BLOB NOT NULL, box BLOB NOT NULL);
CREATE TABLE score (
    application_uid TEXT NOT NULL REFERENCES application (uid), criterion_uid TEXT NOT NULL REFERENCES criterion (uid),
    value REAL, comment TEXT NOT NULL DEFAULT '', PRIMARY KEY (application_uid, criterion_uid)) WITHOUT ROWID;
CREATE TABLE opinion (
    application_uid TEXT PRIMARY KEY REFERENCES application (uid), strengths TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '', recommendation TEXT NOT NULL DEFAULT '',
    handed_back INTEGER NOT NULL DEFAULT 0, handback_reason TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE TABLE seal (id INTEGER PRIMARY KEY CHECK (id = 1), digest BLOB NOT NULL, signature BLOB NOT NULL,
                   signed_at TEXT NOT NULL);
)SQL";

Status configure(db::Database& db)
{
    // Rollback journal with full sync: a committed edit survives a crash, and no side file holds data.
    // secure_delete overwrites freed pages, so the signing key leaves no trace once removed.
    return db.execScript("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;");
}

} // namespace

Result<std::unique_ptr<db::Database>> create(const QString& path)
{
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(path, db::OpenMode::Create);
    if (!opened)
        return opened.takeError();
    db::Database& db = **opened;
    Status s = configure(db);
    if (s)
        s = db.execScript(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                              .arg(kApplicationId)
                              .arg(kFormatVersion)
                              .toUtf8()
                              .constData());
    if (s) {
        db::Transaction tx(db);
        s = tx.status();
        if (s)
            s = db.execScript(kSchema);
        if (s)
            s = tx.commit();
    }
    if (!s) {
        opened->reset();
        QFile::remove(path);
        return s.takeError();
    }
    return opened;
}

Result<std::unique_ptr<db::Database>> open(const QString& path, bool readOnly)
{
    // The file may come from anywhere: its structure is checked on a private snapshot first (exact schema, no
    // view or trigger, quick check), and the connection that then edits it in place runs nothing the file holds.
    if (isPackage(path)) {
        Result<std::unique_ptr<db::Database>> checked = openSnapshot(path);
        if (!checked)
            return checked.takeError();
    }
    Result<std::unique_ptr<db::Database>> opened =
        db::Database::open(path, readOnly ? db::OpenMode::ReadOnly : db::OpenMode::OpenExisting);
    if (!opened)
        return opened.takeError();
    db::Database& db = **opened;
    db::harden(db.handle());
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1); // VACUUM (after the key is wiped) attaches its copy
    RB_TRY(db.execScript("PRAGMA cell_size_check = ON"));
    Result<qint64> appId = db.scalar("PRAGMA application_id", 0);
    if (!appId)
        return Error::input(
            Tr::tr("%1 is not a review package, or it is damaged: %2").arg(path, appId.error().message));
    if (*appId != kApplicationId)
        return Error::input(Tr::tr("%1 is not a review package").arg(path));
    Result<qint64> version = db.scalar("PRAGMA user_version", 0);
    if (!version)
        return version.takeError();
    if (*version > kFormatVersion)
        return Error::input(
            Tr::tr("%1 was made by a newer version of ReviewBench; update the program to open it").arg(path));
    if (!readOnly)
        RB_TRY(configure(db));
    return opened;
}

QStringList expectedSchema(int version)
{
    if (version != kFormatVersion)
        return {};
    static const QStringList schema = [] {
        sqlite3* handle = nullptr;
        sqlite3_open(":memory:", &handle);
        std::unique_ptr<db::Database> scratch = db::Database::adopt(handle, QStringLiteral(":memory:"), false);
        if (!scratch->execScript(kSchema))
            return QStringList();
        Result<QStringList> lines = db::schemaOf(*scratch);
        return lines ? *lines : QStringList();
    }();
    return schema;
}

Result<std::unique_ptr<db::Database>> openSnapshot(const QString& path)
{
    if (formatVersionOf(path) == 1)
        return Error::input(Tr::tr("%1 was made by an earlier version of ReviewBench, whose packages anyone holding "
                                   "the file could seal; re-issue the package")
                                .arg(QFileInfo(path).fileName()));
    db::SnapshotOptions options;
    options.applicationId = kApplicationId;
    options.expectedSchema = expectedSchema;
    return db::openSnapshot(path, options);
}

namespace {

/// A big-endian 32-bit field of the SQLite header of \a path (application_id at 68, user_version at 60).
std::optional<quint32> headerField(const QString& path, int offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return std::nullopt;
    const auto* p = reinterpret_cast<const uchar*>(header.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

bool isPackage(const QString& path)
{
    return headerField(path, 68) == quint32(kApplicationId);
}

int formatVersionOf(const QString& path)
{
    return isPackage(path) ? int(headerField(path, 60).value_or(0)) : 0;
}

QString meta(db::Database& db, const char* key)
{
    Result<QString> value = db.scalarText("SELECT value FROM meta WHERE key = ?1", QString::fromLatin1(key));
    return value ? *value : QString();
}

Status setMeta(db::Database& db, const char* key, const QString& value)
{
    return db.exec(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        QString::fromLatin1(key), value);
}

} // namespace rb::package
