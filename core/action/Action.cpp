// SPDX-License-Identifier: GPL-3.0-or-later
#include "action/Action.h"

#include "common/Tr.h"
#include "repo/AuditLog.h"

// The session extension records what a transaction changed as a changeset (Debian's libsqlite3 is built with it;
// elsewhere SQLite must be configured with SQLITE_ENABLE_SESSION and SQLITE_ENABLE_PREUPDATE_HOOK, which
// CMakeLists.txt checks).
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h>

#include <cstring>
#include <optional>

namespace rb::action {

namespace {

/// The audit log only grows: undo adds an entry instead of removing the action's.
int recordTable(void*, const char* table)
{
    return std::strcmp(table, "audit_log") != 0 ? 1 : 0;
}

/// Records the changes made through one connection while it lives.
class Recorder {
public:
    explicit Recorder(db::Database& db) : m_db(db)
    {
        if (sqlite3session_create(db.handle(), "main", &m_session) != SQLITE_OK) {
            m_session = nullptr;
            return;
        }
        sqlite3session_table_filter(m_session, recordTable, nullptr);
        if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
            sqlite3session_delete(m_session);
            m_session = nullptr;
        }
    }
    ~Recorder()
    {
        if (m_session)
            sqlite3session_delete(m_session);
    }
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    [[nodiscard]] bool ok() const { return m_session != nullptr; }

    Result<QByteArray> changes()
    {
        int size = 0;
        void* data = nullptr;
        if (sqlite3session_changeset(m_session, &size, &data) != SQLITE_OK)
            return m_db.lastError(QStringLiteral("recording the changes"));
        QByteArray result(static_cast<const char*>(data), size);
        sqlite3_free(data);
        return result;
    }

private:
    db::Database& m_db;
    sqlite3_session* m_session = nullptr;
};

struct Conflict {
    QString table;
};

int onConflict(void* context, int reason, sqlite3_changeset_iter* it)
{
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    // A row to delete that is gone already (removed with its parent by ON DELETE CASCADE): the aim is reached.
    if (reason == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    auto* conflict = static_cast<Conflict*>(context);
    if (conflict->table.isEmpty())
        conflict->table = table ? QString::fromUtf8(table) : QStringLiteral("?");
    return SQLITE_CHANGESET_ABORT;
}

Status apply(db::Database& db, const Done& done, bool backwards)
{
    const QString verb = backwards ? Tr::tr("undone") : Tr::tr("redone");
    if (done.kind == Kind::Barrier)
        return Error::input(Tr::tr("“%1” cannot be %2: it is final; record a counter-action with its reason instead")
                                .arg(done.text, verb));
    db::Transaction tx(db);
    RB_TRY(tx.status());
    QByteArray changes = done.changes;
    if (backwards && !changes.isEmpty()) {
        int size = 0;
        void* inverted = nullptr;
        if (sqlite3changeset_invert(int(changes.size()), changes.data(), &size, &inverted) != SQLITE_OK)
            return Error::database(Tr::tr("the changes of “%1” cannot be read").arg(done.text));
        changes = QByteArray(static_cast<const char*>(inverted), size);
        sqlite3_free(inverted);
    }
    if (!changes.isEmpty()) {
        Conflict conflict;
        const int rc =
            sqlite3changeset_apply(db.handle(), int(changes.size()), changes.data(), nullptr, onConflict, &conflict);
        if (!conflict.table.isEmpty())
            return Error::input(Tr::tr("“%1” cannot be %2: what it changed (in %3) was changed again since, by a later "
                                       "action or another program; nothing was changed")
                                    .arg(done.text, verb, conflict.table));
        if (rc != SQLITE_OK)
            return db.lastError(done.text);
    }
    QJsonObject detail{{QStringLiteral("action"), done.key}, {QStringLiteral("text"), done.text}};
    RB_TRY(AuditLog(db).record(done.roundId, backwards ? QStringLiteral("undo") : QStringLiteral("redo"),
                               QStringLiteral("action"), {}, done.key, detail));
    return tx.commit();
}

} // namespace

Result<Done> perform(db::Database& db, Action action, const Progress& progress)
{
    if (!action.work)
        return Error::usage(Tr::tr("“%1” has nothing to do").arg(action.text));
    if (action.ownTransactions && action.kind != Kind::Barrier)
        return Error::usage(QStringLiteral("an undoable action runs in one transaction: ") + action.key);
    Context context{db, progress, {}, {}};
    Result<QByteArray> changes = QByteArray();
    if (action.ownTransactions) {
        RB_TRY(action.work(context));
    } else {
        db::Transaction tx(db);
        RB_TRY(tx.status());
        std::optional<Recorder> recorder;
        if (action.kind == Kind::Undoable) {
            recorder.emplace(db);
            if (!recorder->ok())
                return db.lastError(QStringLiteral("recording the changes of ") + action.text);
        }
        RB_TRY(action.work(context));
        // Cancelled while it worked, however short each statement was: rolled back, nothing changed.
        if (progress && !progress(0, 0))
            return Error::cancelled();
        if (recorder)
            changes = recorder->changes();
        if (!changes)
            return changes.takeError();
        RB_TRY(tx.commit());
    }
    Done done;
    done.key = std::move(action.key);
    done.text = std::move(action.text);
    done.kind = action.kind;
    done.roundId = action.roundId;
    done.summary = std::move(context.summary);
    done.out = std::move(context.out);
    done.changes = std::move(*changes);
    done.nothingDone = context.nothingDone;
    return done;
}

Status undo(db::Database& db, const Done& done)
{
    return apply(db, done, true);
}

Status redo(db::Database& db, const Done& done)
{
    return apply(db, done, false);
}

Result<qint64> dataVersion(db::Database& db)
{
    return db.scalar("PRAGMA data_version", 0);
}

} // namespace rb::action
