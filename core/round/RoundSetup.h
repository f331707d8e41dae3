// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <memory>

namespace rb::round {

/// What a new round is made of.
struct NewRound {
    Category category = Category::Scenario;
    int year = 0;
    QString title;
    QString criteriaTemplate; ///< built-in name or file; empty = the category's built-in; "none" = no criteria
};

/// Adds a round (with its criteria) to an open database, in one transaction.
Result<Round> addRound(db::Database& db, const NewRound& spec);

/// Creates the file if it does not exist, else opens it, then adds the round.
/// A file that is created is removed again when the round cannot be made.
Result<Round> createOrAdd(const QString& path, const NewRound& spec, const QString& user);

} // namespace rb::round
