// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::demo {

/// Fills every expert's review package with plausible scores (application quality, expert bias,
/// noise; a few veto items and recusals), submits them and merges them back through the real
/// package path. Deterministic for a seed.
Status scoreThroughPackages(db::Database& db, const Round& round, quint64 seed, const Progress& progress = {});

/// Opens a package with its access code as its expert would, fills it (every application, every leaf) in one
/// transaction and submits it.
Status fillAndSubmit(const QString& packagePath, const QString& accessCode, quint64 seed);

/// A flat synthetic criteria table of \a leaves points leaves under groups of five (100 / leaves points
/// each; \a leaves must divide 200) and one veto item, for benchmarks.
QByteArray syntheticCriteriaCsv(int leaves);

} // namespace rb::demo
