// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QtGlobal>

namespace rb::assignment {

/// An assignment problem in plain indexes, so the algorithm can be tested on random rounds.
struct Problem {
    int experts = 0;
    int perApplication = 5;
    quint64 seed = 1;
    /// Per application: experts that must never review it.
    QList<QSet<int>> conflicts;
    /// Per application: experts already assigned (kept as they are).
    QList<QList<int>> existing;
    /// Per application: its sector (-1 = none); per expert: the sectors of their fields.
    QList<int> sector;
    QList<QSet<int>> expertSectors;
};

struct Solution {
    /// Per application: every assigned expert (existing ones first).
    QList<QList<int>> experts;
    /// Applications with fewer than perApplication experts available; when any, nothing is assigned.
    QList<int> impossible;
    [[nodiscard]] QList<int> loads(int expertCount) const;
};

/// Gives each application perApplication experts, never a conflicted one: the least loaded experts
/// first, an expert whose fields match the application's sector preferred among equally loaded ones,
/// ties broken by a seeded shuffle; then moves assignments from the most to the least loaded experts
/// until their loads differ by at most one where the conflicts allow. Deterministic for a seed.
Solution solve(const Problem& problem);

/// Every non-conflicted expert on every application (a panel meeting).
Solution solveAll(const Problem& problem);

} // namespace rb::assignment
