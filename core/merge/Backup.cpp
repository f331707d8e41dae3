// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/Backup.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace rb::merge {

namespace {
QString folderOf(const QString& databasePath)
{
    return databasePath + QStringLiteral(".backups");
}
} // namespace

Status copyDatabase(db::Database& source, const QString& target)
{
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(temporary.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(dest);
        return Error::io(Tr::tr("cannot write %1").arg(temporary));
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(dest);
    const int finished = backup ? sqlite3_backup_finish(backup) : rc;
    // The copy is a single file: no journal or WAL of its own.
    if (rc == SQLITE_DONE && finished == SQLITE_OK)
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close_v2(dest);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        QFile::remove(temporary);
        return Error::io(
            Tr::tr("cannot copy the database to %1: %2").arg(target, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return Error::io(Tr::tr("cannot write %1").arg(target));
    return {};
}

Result<QString> backup(db::Database& db, const QString& label)
{
    const QString folder = folderOf(db.path());
    if (!QDir().mkpath(folder))
        return Error::io(Tr::tr("cannot create the backup folder %1").arg(folder));
    const QString stamp = Clock::current().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(folder).filePath(QStringLiteral("%1-%2.rbdb").arg(label, stamp));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.rbdb").arg(label, stamp).arg(n));
    RB_TRY(copyDatabase(db, path));
    return path;
}

QStringList backups(const QString& databasePath)
{
    QDir folder(folderOf(databasePath));
    QStringList files;
    for (const QFileInfo& f : folder.entryInfoList({QStringLiteral("*.rbdb")}, QDir::Files, QDir::Time))
        files << f.absoluteFilePath();
    return files;
}

Status restore(const QString& databasePath, const QString& backupPath)
{
    // The backup is read once, from a private snapshot checked like a colleague's copy (exact schema, no
    // triggers or views run, an older version migrated in memory): a file in the backup folder may have been
    // replaced by anyone with access to it.
    Result<std::unique_ptr<db::Database>> source = db::schema::openSnapshot(backupPath);
    if (!source)
        return source.takeError();
    Result<std::unique_ptr<db::Database>> current = db::schema::open(databasePath);
    if (!current)
        return current.takeError();
    const char* const fileUid = "SELECT coalesce((SELECT value FROM meta WHERE key = 'file_uid'), '')";
    Result<QString> theirs = (*source)->scalarText(fileUid);
    Result<QString> ours = (*current)->scalarText(fileUid);
    if (!theirs)
        return theirs.takeError();
    if (!ours)
        return ours.takeError();
    if (*theirs != *ours)
        return Error::input(Tr::tr("%1 is not a backup of %2: it belongs to another round file")
                                .arg(QFileInfo(backupPath).fileName(), QFileInfo(databasePath).fileName()));
    Result<QString> saved = backup(**current, QStringLiteral("before-restore"));
    if (!saved)
        return saved.takeError();
    // Copy the checked image page by page into the live file (the backup API handles locking and WAL).
    sqlite3_backup* b = sqlite3_backup_init((*current)->handle(), "main", (*source)->handle(), "main");
    int rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode((*current)->handle());
    const int finished = b ? sqlite3_backup_finish(b) : rc;
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return Error::io(Tr::tr("cannot restore %1: %2").arg(backupPath, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace rb::merge
