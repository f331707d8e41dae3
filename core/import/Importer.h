// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "domain/Criteria.h"
#include "domain/Round.h"
#include "io/Table.h"
#include "review/Conflicts.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

namespace rb::import {

enum class Kind { Applications, Experts, Criteria, Conflicts };

/// "applications", "experts", "criteria".
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString& name);

/// How many rows an import creates, updates, leaves alone and removes.
struct Summary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
};

/// A validated import: the parsed rows, or the issues that stop it. Nothing is written yet.
struct Plan {
    Kind kind = Kind::Applications;
    io::Table table;
    QList<Issue> issues; ///< any issue means the plan cannot be applied
    QStringList notes;   ///< harmless remarks (ignored columns, detected encoding)
    Summary expected;    ///< what applying would do
    QList<Application> applications;
    QList<Expert> experts;
    QList<Criterion> criteria;
    QList<Conflict> conflicts;
    /// Applications: what the caller says recommenders stand for (authority::key() -> authority, e.g. from
    /// --authority or the preview), on top of what the round remembers.
    QHash<QString, QString> authorities;
    /// Applications: the mappings of authorities this file used, remembered in the round when it is imported.
    QHash<QString, QPair<QString, QString>> newAuthorities; ///< key -> (recommender as written, authority)
    /// Applications: recommenders as written that name no known authority (each is also an issue).
    QStringList unresolved;

    [[nodiscard]] bool ok() const { return issues.isEmpty(); }
    /// The error to report when the plan has issues.
    [[nodiscard]] Error error() const;
};

/// What the caller adds to a file (the CLI's options, the preview's choices).
struct Options {
    /// Recommender as written -> authority ("国务院国资委" -> "中央企业"); remembered in the round on import.
    QHash<QString, QString> authorities;
    /// Rows (by their number in the file) to leave out, and cells corrected before reading (row -> column ->
    /// text), as the import preview edits them.
    QSet<int> excludedRows;
    QHash<int, QHash<int, QString>> corrections;
};

/// Parses "国务院国资委=中央企业" (the --authority option) into \a options; an Input error names the value.
Status addAuthorityMapping(Options& options, const QString& text);

/// Reads the rows of \a table and checks every rule against the round and the database.
/// Fails only when the database cannot be read; bad rows end up in Plan::issues.
Result<Plan> prepare(db::Database& db, const Round& round, Kind kind, const io::Table& table,
                     const Options& options = {});

/// Writes a plan without issues in one transaction (all or nothing) with audit entries.
Result<Summary> apply(db::Database& db, const Round& round, const Plan& plan, const Progress& progress = {});

/// Reads \a path, prepares and applies. An input error lists every bad row.
Result<Summary> importFile(db::Database& db, const Round& round, Kind kind, const QString& path,
                           const Options& options = {});

namespace detail {
Status prepareApplications(db::Database& db, const Round& round, Plan& plan);
Status prepareExperts(db::Database& db, const Round& round, Plan& plan);
Status prepareCriteria(db::Database& db, const Round& round, Plan& plan);
Status prepareConflicts(db::Database& db, const Round& round, Plan& plan);
} // namespace detail

} // namespace rb::import
