// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace rb {

/// What went wrong, in the categories the CLI maps to exit codes.
enum class ErrorKind {
    Usage,     ///< the caller asked for something impossible (exit 1)
    Input,     ///< input was rejected, nothing changed (exit 2)
    Io,        ///< a file could not be read or written (exit 3)
    Database,  ///< SQLite failed (exit 3)
    Cancelled, ///< the user cancelled; nothing changed
};

/// One problem at a precise place in an input file.
struct Issue {
    QString file;   ///< file name as the user knows it (may be empty)
    int row = 0;    ///< 1-based row as shown by a spreadsheet (header is row 1); 0 = not a row
    QString column; ///< column (field) name; may be empty
    QString message;

    /// "file: row 3, column credit_code: message"
    [[nodiscard]] QString toString() const;
    friend bool operator==(const Issue&, const Issue&) = default;
};

/// An error value. Functions return it instead of throwing.
struct Error {
    ErrorKind kind = ErrorKind::Input;
    QString message;
    QList<Issue> issues; ///< details, e.g. every bad row of an import

    static Error usage(QString m) { return {ErrorKind::Usage, std::move(m), {}}; }
    static Error input(QString m, QList<Issue> i = {}) { return {ErrorKind::Input, std::move(m), std::move(i)}; }
    static Error io(QString m) { return {ErrorKind::Io, std::move(m), {}}; }
    static Error database(QString m) { return {ErrorKind::Database, std::move(m), {}}; }
    static Error cancelled();

    /// The message followed by one line per issue.
    [[nodiscard]] QString toString() const;
};

/// A value or an error (a small std::expected for C++20).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    Error&& takeError() { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    Error&& takeError() { return std::move(*m_error); }

private:
    std::optional<Error> m_error;
};

/// Reports progress of long work; returning false asks the work to stop (it then rolls back).
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace rb

/// Return early from the enclosing function when a Status or Result failed.
#define RB_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        if (auto rb_try_result_ = (expr); !rb_try_result_.ok())                                                        \
            return rb_try_result_.takeError();                                                                         \
    } while (false)

#define RB_CONCAT_INNER(a, b) a##b
#define RB_CONCAT(a, b) RB_CONCAT_INNER(a, b)
/// Declares \a name holding the value of the Result \a expr, or returns its error from the enclosing function:
/// `RB_VALUE(const QString code, db.scalarText(...));`. Never dereference a Result that was not checked.
#define RB_VALUE(declaration, expr) RB_VALUE_IMPL(declaration, expr, RB_CONCAT(rb_value_result_, __LINE__))
#define RB_VALUE_IMPL(declaration, expr, holder)                                                                       \
    auto holder = (expr);                                                                                              \
    if (!holder.ok())                                                                                                  \
        return holder.takeError();                                                                                     \
    declaration = std::move(*holder)
