// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "common/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace rb::db {

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::Create && info.exists())
        return Error::io(Tr::tr("%1 already exists").arg(path));
    if (mode != OpenMode::Create && !info.exists())
        return Error::io(Tr::tr("%1 does not exist").arg(path));
    if (mode != OpenMode::Create && !info.isFile())
        return Error::io(Tr::tr("%1 is not a file").arg(path));

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::OpenExisting: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        return Error::io(Tr::tr("cannot open %1: %2").arg(path, reason));
    }
    std::unique_ptr<Database> db(new Database(handle, path, mode == OpenMode::ReadOnly));
    sqlite3_busy_timeout(handle, 5000);
    sqlite3_extended_result_codes(handle, 1);
    RB_TRY(db->execScript("PRAGMA foreign_keys = ON;"));
    return db;
}

std::unique_ptr<Database> Database::adopt(sqlite3* handle, QString path, bool readOnly)
{
    std::unique_ptr<Database> db(new Database(handle, std::move(path), readOnly));
    sqlite3_extended_result_codes(handle, 1);
    return db;
}

Database::Database(sqlite3* db, QString path, bool readOnly) : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{}

Database::~Database()
{
    clearStatementCache();
    sqlite3_close_v2(m_db);
}

namespace {
int checkCancel(void* context)
{
    const auto* progress = static_cast<const Progress*>(context);
    return (*progress)(0, 0) ? 0 : 1;
}
} // namespace

void Database::setCancelCheck(Progress progress)
{
    if (!progress) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        m_keepAlive.reset();
        return;
    }
    auto state = std::make_shared<Progress>(std::move(progress));
    sqlite3_progress_handler(m_db, 4000, checkCancel, state.get());
    m_keepAlive = state;
}

void Database::clearStatementCache()
{
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    m_cache.clear();
}

Result<Statement> Database::prepare(std::string_view sql)
{
    std::string key(sql);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, key.data(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return lastError(QString::fromUtf8(key));
        it = m_cache.emplace(std::move(key), stmt).first;
    }
    return Statement(m_db, it->second);
}

Status Database::execScript(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error = lastError();
        if (message) {
            error.message = QString::fromUtf8(message);
            sqlite3_free(message);
        }
        return error;
    }
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString errorText(sqlite3* db)
{
    // What users may meet is said in their language, not in SQLite's English.
    switch (sqlite3_errcode(db) & 0xff) {
    case SQLITE_NOTADB: return Tr::tr("it is not a database file");
    case SQLITE_CORRUPT: return Tr::tr("the file is damaged");
    default: return QString::fromUtf8(sqlite3_errmsg(db));
    }
}

Error Database::lastError(const QString& context) const
{
    const int code = sqlite3_extended_errcode(m_db);
    QString message = errorText(m_db);
    if (!context.isEmpty())
        message += QStringLiteral(" (") + context.simplified().left(200) + QLatin1Char(')');
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT: return Error::input(message);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM: return Error::io(message);
    default: return Error::database(message);
    }
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_nested = db.inTransaction();
    m_begin = db.execScript(m_nested ? "SAVEPOINT rb_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done || !m_begin.ok())
        return;
    if (m_nested)
        (void)m_db.execScript("ROLLBACK TO rb_nested; RELEASE rb_nested;");
    else
        (void)m_db.execScript("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_begin.ok())
        return m_begin;
    m_done = true;
    Status status = m_db.execScript(m_nested ? "RELEASE rb_nested" : "COMMIT");
    if (!status.ok() && !m_nested)
        (void)m_db.execScript("ROLLBACK");
    return status;
}

} // namespace rb::db
