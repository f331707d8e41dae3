// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"

#include "repo/AuditLog.h"
#include "storage/Database.h"
#include <QSet>

namespace rb {

/// The expert roster of one round.
class ExpertRepository {
public:
    ExpertRepository(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    Result<QList<Expert>> list();
    Result<std::optional<Expert>> byCode(const QString& code);
    Result<int> count();
    /// Inserts or updates (by code); audited. Call inside a transaction. Returns what it did.
    /// \a known false: the caller knows the code is new, which skips looking it up.
    Result<Change> upsert(Expert expert, bool known = true);
    /// The codes of the round's experts.
    Result<QSet<QString>> codes();

private:
    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
