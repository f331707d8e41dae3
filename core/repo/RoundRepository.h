// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb {

/// Rounds stored in a database file.
class RoundRepository {
public:
    explicit RoundRepository(db::Database& db) : m_db(db) {}

    Result<QList<Round>> list();
    Result<std::optional<Round>> byCode(const QString& code);
    Result<std::optional<Round>> byId(qint64 id);
    /// The round named \a code, or the only round when \a code is empty.
    /// A usage error when the code is unknown or when several rounds exist and none was named.
    Result<Round> resolve(const QString& code);

    /// Creates a round with a fresh code ("2025-FAC", then "2025-FAC-2", ...); audited.
    Result<Round> create(Category category, int year, const QString& title, const QString& templateName);
    /// Changes the title; audited.
    Status rename(const Round& round, const QString& title);
    /// Records where the round's criteria now come from: a built-in template's name, or nothing (a file or hand
    /// edits replaced them).
    Status setTemplateName(qint64 roundId, const QString& name);

private:
    db::Database& m_db;
};

} // namespace rb
