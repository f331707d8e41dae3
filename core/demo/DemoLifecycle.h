// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/Demo.h"

namespace rb::demo {

/// The formal review of every application (a few fail an item and are not accepted; their expert
/// assignments are removed), then expert review for the others. Run before the packages go out.
Status formalReview(db::Database& db, const Round& round, quint64 seed);

/// A committee of nine, a meeting today that deliberates the strongest applications, the cases of
/// disagreement and those near the line (two sent back for revision, one rejected, the last two still
/// open), a public notice of the proposed ones starting today with three objections (dismissed, upheld,
/// pending), and a second meeting planned in two weeks. Deterministic for a seed.
Status deliberateAndPublish(db::Database& db, const Round& round, quint64 seed);

/// A smaller round of the same category two years before \a spec's, taken the whole way with the
/// clock set back: formal review, scoring, one meeting, notice and approval, so that its
/// demonstration factories now near the end of their construction period.
Status addEarlierRound(db::Database& db, const DemoSpec& spec);

} // namespace rb::demo
