// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rb::deliberation {

/// The committee's rule (round settings deliberation.quorum and deliberation.pass_ratio).
struct Rule {
    double quorum = 2.0 / 3.0;    ///< share of the members who may vote that must be present
    double passRatio = 3.0 / 4.0; ///< share of those present who must vote for the conclusion
};

/// A case's vote as counted for the rule.
struct Tally {
    int members = 0; ///< the committee's voting members (not the secretary)
    int recused = 0; ///< members recused for this case (they neither vote nor count for the quorum)
    int present = 0; ///< members present and not recused
    int votesFor = 0;
    int against = 0;
    int abstain = 0;
};

/// Whether a vote supports its conclusion; the reason in words when it does not.
struct Verdict {
    bool supported = false;
    QString reason;
    int quorumNeeded = 0; ///< present members needed
    int votesNeeded = 0;  ///< votes for needed
};

/// Quorum: present ≥ quorum × (members − recused). Pass: votes for ≥ pass ratio × present. Every present
/// member's vote must be in (for, against or abstain), and nobody else may vote. No proxies.
Verdict judge(const Tally& tally, const Rule& rule);

/// Whether a case can be concluded as \a conclusion with the record as written and the vote as counted: revise
/// needs its conditions, a rejection the collective opinion, and the vote must support it. The refusal names what
/// is missing; the screen asks this before confirming, the service again before writing.
QString whyNotConclude(const QString& conclusion, const QString& conditions, const QString& collectiveOpinion,
                       const Tally& tally, const Rule& rule);

} // namespace rb::deliberation
