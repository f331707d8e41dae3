// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Statement.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace rb::db {

enum class OpenMode {
    Create,       ///< create a new file; fails if it exists
    OpenExisting, ///< open an existing file for reading and writing
    ReadOnly,     ///< open an existing file read-only
};

/// One SQLite connection with a cache of prepared statements.
/// Not thread-safe: each thread opens its own connection.
/// The last error of \a db as a user reads it: the program's own words for a file that is not a database or is
/// damaged, else SQLite's message.
QString errorText(sqlite3* db);

class Database {
public:
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    /// Takes ownership of an open connection (e.g. one on a private in-memory image of a file).
    static std::unique_ptr<Database> adopt(sqlite3* handle, QString path, bool readOnly);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }

    /// A prepared statement from the cache (compiled on first use).
    Result<Statement> prepare(std::string_view sql);
    /// Prepares, binds the arguments to ?1, ?2, ... and runs to completion.
    template <typename... Args>
    Status exec(std::string_view sql, const Args&... args)
    {
        Result<Statement> st = prepare(sql);
        if (!st)
            return st.takeError();
        st->bindAll(args...);
        return st->run();
    }
    /// Runs one or more statements without parameters (schema scripts, pragmas).
    Status execScript(const char* sql);
    /// The first column of the first row as an integer, or \a fallback when no row.
    template <typename... Args>
    Result<qint64> scalar(std::string_view sql, qint64 fallback, const Args&... args)
    {
        Result<Statement> st = prepare(sql);
        if (!st)
            return st.takeError();
        st->bindAll(args...);
        Result<bool> row = st->step();
        if (!row)
            return row.takeError();
        return *row && !st->isNull(0) ? st->integer(0) : fallback;
    }
    template <typename... Args>
    Result<QString> scalarText(std::string_view sql, const Args&... args)
    {
        Result<Statement> st = prepare(sql);
        if (!st)
            return st.takeError();
        st->bindAll(args...);
        Result<bool> row = st->step();
        if (!row)
            return row.takeError();
        return *row ? st->text(0) : QString();
    }

    [[nodiscard]] qint64 lastInsertId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    Error lastError(const QString& context = {}) const;

    /// The name recorded in the audit log for changes made through this connection.
    [[nodiscard]] const QString& user() const { return m_user; }
    void setUser(const QString& user) { m_user = user; }

    /// Finalizes cached statements (needed before some operations, e.g. closing or VACUUM).
    /// No Statement borrowed from this connection may be alive when it is called.
    void clearStatementCache();

    /// Lets long statements on this connection stop when \a progress returns false (the user cancelled): SQLite
    /// checks it every few thousand steps and the statement fails as cancelled. An empty function removes it.
    void setCancelCheck(Progress progress);

    /// Keeps \a object alive as long as the connection (e.g. the state of a progress handler).
    void keepAlive(std::shared_ptr<void> object) { m_keepAlive = std::move(object); }

private:
    Database(sqlite3* db, QString path, bool readOnly);

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QString m_user;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
    std::shared_ptr<void> m_keepAlive;
};

/// A write transaction that rolls back unless committed. Nested use becomes a savepoint.
class [[nodiscard]] Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Did BEGIN succeed? Check before doing work.
    [[nodiscard]] Status status() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    Status m_begin;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace rb::db
