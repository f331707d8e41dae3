// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action/Action.h"
#include "domain/Criteria.h"
#include "import/Importer.h"
#include "round/RoundSetup.h"
#include "weights/CriteriaWeights.h"

namespace rb::action {

/// Setting up a round and its review as user actions (used by the CLI and the GUI alike); all undoable.

/// Sets a round setting ("default" restores the default, "none" clears an optional one). Turning the
/// same-province rule on voids the assignments it makes conflicted, as a step of this action (and undo gives them
/// back). out: "value".
Action setSetting(const Round& round, const QString& key, const QString& value);
/// Replaces the round's criteria by \a items (refused once scores count); \a text names the edit.
/// Replaces the round's criteria. \a source, when given, is where the whole set now comes from: a built-in
/// template's name, or an empty string for a file (the overview's "started from the template" note follows it).
Action replaceCriteria(const Round& round, const QList<Criterion>& items, const QString& text,
                       const std::optional<QString>& source = std::nullopt);
/// Applies AHP weights (ahp::analyse) to the round's criteria: the compared criteria get their points and their
/// sub-criteria are scaled in proportion. Refused when the committee's CR is above 0.10 unless \a force, and once any
/// score counts. The audit log records the matrices, the weights, the CR and who applied them.
Action applyWeights(const Round& round, const ahp::Analysis& analysis, bool force);
/// Assigns an expert to an application (refused for a conflicted pair).
Action assign(const Round& round, qint64 expertId, qint64 applicationId, const QString& expertCode,
              const QString& applicationCode);
/// Removes an assignment that holds no score.
Action unassign(const Round& round, qint64 expertId, qint64 applicationId, const QString& expertCode,
                const QString& applicationCode);
/// The automatic assignment (\a perApplication experts each, reproducible by \a seed). out: "created".
Action autoAssign(const Round& round, int perApplication, quint64 seed);
/// A conflict declared by the secretariat: the pair's assignment, if any, is voided with it.
Action declareConflict(const Round& round, qint64 expertId, qint64 applicationId, const QString& reason,
                       const QString& expertCode, const QString& applicationCode);
/// Forgets what a recommender was said to stand for.
Action forgetAuthorityAlias(const Round& round, const QString& key, const QString& recommender);
/// Attaches dossier files (申报书) to an application.
Action attachDossiers(const Round& round, qint64 applicationId, const QString& applicationCode,
                      const QStringList& files);
/// Imports a table: checked again against the file as it is now, then applied whole. out: "created", "updated",
/// "unchanged", "removed".
Action importTable(const Round& round, import::Kind kind, const io::Table& table, const import::Options& options);
/// Adds a round to the file. out: "round" (its code).
Action addRound(const round::NewRound& spec);

} // namespace rb::action
