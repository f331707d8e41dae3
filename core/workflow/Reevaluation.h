// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::workflow {

/// Re-evaluation (复评) of titles that are due: a reeval round holds one application per titled
/// application (same code and applicants, linked to it), reviewed like any round; its conclusions
/// keep or revoke the titles.
class Reevaluation {
public:
    explicit Reevaluation(db::Database& db) : m_db(db) {}

    /// Starts a reeval round from \a source: every application due for re-evaluation (or whose title
    /// ends within \a withinDays) is marked due and copied in. Returns the new round.
    Result<Round> start(const Round& source, int year, const QString& title, int withinDays = 180);
    /// Applies the concluded re-evaluations to the source titles: proposed keeps the title (a new
    /// validity period), rejected revokes it. Returns how many titles changed.
    Result<int> applyOutcomes(const Round& reevalRound);

private:
    db::Database& m_db;
};

} // namespace rb::workflow
