// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "repo/AuditLog.h"
#include "storage/Database.h"

namespace rb {

/// The expert roster of one round.
class ExpertRepository {
public:
    ExpertRepository(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    Result<QList<Expert>> list();
    Result<std::optional<Expert>> byCode(const QString& code);
    Result<int> count();
    /// Inserts or updates (by code); audited. Call inside a transaction. Returns what it did.
    Result<Change> upsert(Expert expert);

private:
    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
