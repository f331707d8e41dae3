// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolidation/Consolidation.h"

#include <QList>
#include <QString>

#include <optional>

/// How robust a round's ranking is (issue 15): the ranking again with the first-level criteria's weights perturbed,
/// and again without each counted expert. The same scores, methods and rank rule as consolidate().
namespace rb::consolidation {

struct SensitivityRow {
    QString application;
    std::optional<int> rank;             ///< in the round's rule
    std::optional<int> rankP5;           ///< 5th percentile of its rank over the samples (nothing: never ranked)
    std::optional<int> rankP95;          ///< 95th percentile
    std::optional<double> selectedShare; ///< share of samples within the quota (nothing: no quota set)
};

struct SensitivityOptions {
    double spread = 0.2; ///< each weight × a factor from [1 − spread, 1 + spread], renormalised to the same total
    int samples = 1000;
    quint64 seed = 1;
};

/// Repeats the consolidation \a options.samples times with perturbed first-level weights (deterministic for a seed);
/// rows in the round's rank order. Selected: among the first ranking.selection_quota ranked applications not below
/// the pass line.
Result<QList<SensitivityRow>> sensitivity(db::Database& db, const Round& round, const SensitivityOptions& options,
                                          const Progress& progress = {});

struct PivotalRow {
    QString application;
    QString expert;
    std::optional<int> rank;        ///< with every expert
    std::optional<int> rankWithout; ///< without this expert
};

/// The ranking again without each counted expert: every application whose selection (in or out of the quota) or
/// whose rank changes by more than flags.pivotal_rank_change, with that expert. Ordered by application, then expert.
Result<QList<PivotalRow>> leaveOneOut(db::Database& db, const Round& round, const Progress& progress = {});

/// Both at once, from one reading of the round's scores: the sensitivity when \a sensitivity is given, the pivotal
/// experts when \a leaveOneOut (each empty when not asked for); and the round's quota (0: none), for the line drawn
/// with them.
struct Robustness {
    QList<SensitivityRow> sensitivity;
    QList<PivotalRow> pivotal;
    int quota = 0;
};
Result<Robustness> robustness(db::Database& db, const Round& round,
                              const std::optional<SensitivityOptions>& sensitivity, bool leaveOneOut,
                              const Progress& progress = {});

} // namespace rb::consolidation
