// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "storage/Database.h"

namespace rb {

/// The criteria tree of one round.
class CriteriaRepository {
public:
    CriteriaRepository(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    /// The tree in order (parents before children, siblings by position).
    Result<CriteriaTree> tree();

    /// Makes the stored tree equal to \a items (in tree order): rows are matched by uid, else by
    /// code, and keep their identity; missing rows are removed (refused when scores exist for them).
    /// Structural checks only (the sum rule is the caller's). Audited. Call inside a transaction.
    /// Returns the number of rows created, updated and removed.
    struct Changes {
        int created = 0;
        int updated = 0;
        int removed = 0;
        [[nodiscard]] bool any() const { return created || updated || removed; }
    };
    Result<Changes> replace(const QList<Criterion>& items);

private:
    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
