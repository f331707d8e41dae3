// SPDX-License-Identifier: GPL-3.0-or-later
// The round as one self-contained database file, for filing and for handing over.
#include "common/Tr.h"
#include "export/Export.h"

#include "storage/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace rb::exporting {

namespace {

/// Pages copied per backup step: small enough to report progress and notice a cancel often.
constexpr int kPagesPerStep = 1024;

std::filesystem::path fsPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

/// Removes a partial copy with the journal SQLite may have left beside it.
void removeCopy(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Copies \a source into the new file \a target with the SQLite backup API, from one snapshot.
Status backupTo(db::Database& source, const QString& target, const QString& shownPath, const Progress& progress)
{
    // The backup API cannot read through this connection's own unsaved change (it would wait, then fail).
    if (sqlite3_txn_state(source.handle(), "main") == SQLITE_TXN_WRITE)
        return Error::usage(Tr::tr("a change is still being saved; archive the round once it is done"));
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close_v2(dest);
        return Error::io(Tr::tr("cannot write %1: %2").arg(shownPath, reason));
    }
    // One read transaction across every step: each step then reads the same snapshot, however much the app
    // writes meanwhile (WAL lets readers and the writer work side by side), so the copy is consistent.
    const bool ownSnapshot = !source.inTransaction();
    Status status;
    if (ownSnapshot)
        status = source.execScript("BEGIN; SELECT count(*) FROM sqlite_master;");
    sqlite3_backup* backup = status ? sqlite3_backup_init(dest, "main", source.handle(), "main") : nullptr;
    if (status && !backup)
        status = Error::io(Tr::tr("cannot write %1: %2").arg(shownPath, QString::fromUtf8(sqlite3_errmsg(dest))));
    int rc = SQLITE_OK;
    int busyRetries = 0;
    while (backup && status) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRetries > 200) // ten seconds
                break;
            sqlite3_sleep(50);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total))
            status = Error::cancelled();
        if (rc == SQLITE_DONE)
            break;
    }
    if (backup && sqlite3_backup_finish(backup) != SQLITE_OK && status && rc == SQLITE_DONE)
        rc = sqlite3_errcode(dest);
    if (ownSnapshot && source.inTransaction())
        (void)source.execScript("COMMIT;"); // a read transaction: nothing to lose if it fails
    if (status && rc != SQLITE_DONE)
        status = Error::io(
            Tr::tr("cannot copy the database to %1: %2").arg(shownPath, QString::fromUtf8(sqlite3_errstr(rc))));
    // The copy stands alone: a rollback journal, not the source's WAL mode, so it is one file.
    if (status && sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        status = Error::io(Tr::tr("cannot write %1: %2").arg(shownPath, QString::fromUtf8(sqlite3_errmsg(dest))));
    sqlite3_close_v2(dest);
    return status;
}

/// Deletes every other round from the copy, with what only they use, then compacts the file so no page of the
/// deleted rows is left behind. Most rows go by ON DELETE CASCADE from the round; the rest is done here.
Status keepOnlyRound(db::Database& copy, qint64 roundId)
{
    // An archive is for the record, not for issuing packages: the secretariat's secret key stays behind.
    {
        db::Transaction tx(copy);
        RB_TRY(tx.status());
        RB_TRY(copy.exec("DELETE FROM round_key"));
        RB_TRY(tx.commit());
    }
    Result<qint64> others = copy.scalar("SELECT count(*) FROM round WHERE id <> ?1", 0, roundId);
    if (!others)
        return others.takeError();
    if (*others == 0) {
        copy.clearStatementCache();
        return copy.execScript("VACUUM;"); // no page of the key is left behind
    }
    {
        db::Transaction tx(copy);
        RB_TRY(tx.status());
        // A re-evaluation round points at the round and applications it re-examines; in the copy those are gone.
        RB_TRY(copy.exec("UPDATE round SET source_round_id = NULL WHERE id = ?1", roundId));
        RB_TRY(copy.exec("UPDATE application SET source_application_id = NULL WHERE round_id = ?1 AND "
                         "source_application_id IN (SELECT id FROM application WHERE round_id <> ?1)",
                         roundId));
        // The audit log keeps its rows when a round goes (ON DELETE SET NULL); here they must go too.
        RB_TRY(copy.exec("DELETE FROM audit_log WHERE round_id <> ?1", roundId));
        RB_TRY(copy.exec("DELETE FROM round WHERE id <> ?1", roundId));
        // Applicants are shared by the rounds of a file: keep those the round still names.
        RB_TRY(copy.exec("DELETE FROM applicant WHERE id NOT IN (SELECT applicant_id FROM application_applicant)"));
        RB_TRY(tx.commit());
    }
    copy.clearStatementCache(); // VACUUM needs every statement finalized
    return copy.execScript("VACUUM;");
}

/// Opens the copy as a plain connection (not schema::open, which would turn WAL on), trims it to the round and
/// checks it.
Status finishCopy(const QString& temporary, const QString& shownPath, qint64 roundId)
{
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(temporary, db::OpenMode::OpenExisting);
    if (!opened)
        return opened.takeError();
    db::Database& copy = **opened;
    RB_TRY(keepOnlyRound(copy, roundId));
    Result<QStringList> problems = db::schema::integrityProblems(copy);
    if (!problems)
        return problems.takeError();
    if (!problems->isEmpty())
        return Error::database(Tr::tr("the archive %1 failed its integrity check: %2")
                                   .arg(shownPath, problems->join(QStringLiteral("; "))));
    return {};
}

} // namespace

Status archive(db::Database& db, const Round& round, const QString& path, const Progress& progress)
{
    RB_TRY(checkNotDatabase(db, path));
    // The copy is made beside the target, then renamed onto it: a rename within one folder is atomic, so the
    // target is either the old file or the complete new one, never a part.
    // SQLite creates the file with the permissions it gives databases; a replaced archive keeps its own.
    QString temporary;
    do {
        temporary =
            path + QStringLiteral(".%1.part").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    } while (QFileInfo::exists(temporary));
    Status status = backupTo(db, temporary, path, progress);
    if (status)
        status = finishCopy(temporary, path, round.id);
    if (status && QFileInfo::exists(path))
        QFile::setPermissions(temporary, QFile::permissions(path));
    if (status) {
        std::error_code error;
        std::filesystem::rename(fsPath(temporary), fsPath(path), error);
        if (error)
            status = Error::io(Tr::tr("cannot write %1: %2").arg(path, QString::fromStdString(error.message())));
    }
    if (!status)
        removeCopy(temporary);
    return status;
}

} // namespace rb::exporting
