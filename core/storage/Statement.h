// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rb::db {

/// NULL for an empty string, for optional text columns (a QString always binds as text).
inline std::optional<QString> nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

/// A prepared statement borrowed from the connection's cache. It is reset and its
/// bindings cleared when the borrow ends, so it can be reused by the next caller.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    /// Binds text; an empty or null QString binds as '' (use nullIfEmpty() for NULL).
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) = delete; // be explicit about encodings
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, std::nullptr_t);
    /// Binds a value read with value(): null, integer, real, text or blob as it was.
    Statement& bind(int index, const QVariant& value);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    /// Binds the arguments to ?1, ?2, ... in order.
    template <typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Advances to the next row: true when a row is available, false when done.
    Result<bool> step();
    /// Calls \a onRow(*this) for every row.
    template <typename Fn>
    Status forEach(Fn&& onRow)
    {
        for (;;) {
            Result<bool> row = step();
            if (!row)
                return row.takeError();
            if (!*row)
                return {};
            onRow(*this);
        }
    }
    /// Runs the statement to completion, discarding rows.
    Status run();
    /// Resets the statement (keeps bindings) so it can be stepped again.
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    /// The column's bytes as stored (UTF-8 for text), without converting to QString.
    [[nodiscard]] QByteArrayView bytes(int column) const;
    [[nodiscard]] std::optional<double> optReal(int column) const;
    [[nodiscard]] std::optional<qint64> optInteger(int column) const;
    /// The column with its SQLite type kept (null, qint64, double, QString or QByteArray).
    [[nodiscard]] QVariant value(int column) const;

private:
    Error lastError() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace rb::db
