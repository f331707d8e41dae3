// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/VoteRule.h"
#include "common/Tr.h"
#include "deliberation/Labels.h"

#include <cmath>

namespace rb::deliberation {

Verdict judge(const Tally& t, const Rule& rule)
{
    Verdict v;
    const int eligible = t.members - t.recused;
    // A tiny tolerance so that 2/3 of 9 is exactly 6, not 6.0000001.
    v.quorumNeeded = int(std::ceil(rule.quorum * eligible - 1e-9));
    v.votesNeeded = int(std::ceil(rule.passRatio * t.present - 1e-9));
    const int cast = t.votesFor + t.against + t.abstain;
    if (eligible <= 0) {
        v.reason = Tr::tr("every member is recused: the committee cannot decide this case");
    } else if (t.present < v.quorumNeeded) {
        v.reason = Tr::tr("no quorum: %1 of %2 members who may vote are present, %3 are needed")
                       .arg(t.present)
                       .arg(eligible)
                       .arg(v.quorumNeeded);
    } else if (cast > t.present) {
        v.reason =
            Tr::tr("%1 votes were cast but only %2 members present may vote (no proxies)").arg(cast).arg(t.present);
    } else if (cast < t.present) {
        v.reason = Tr::tr("%1 of the %2 members present have not voted").arg(t.present - cast).arg(t.present);
    } else if (t.votesFor < v.votesNeeded) {
        v.reason = Tr::tr("%1 votes for the conclusion, %2 needed (%3 of %4 present)")
                       .arg(t.votesFor)
                       .arg(v.votesNeeded)
                       .arg(QString::number(rule.passRatio * 100, 'g', 3) + QLatin1Char('%'))
                       .arg(t.present);
    } else {
        v.supported = true;
    }
    return v;
}

QString whyNotConclude(const QString& conclusion, const QString& conditions, const QString& collectiveOpinion,
                       const Tally& tally, const Rule& rule)
{
    if (!labels::conclusion(conclusion))
        return Tr::tr("the conclusion is proposed, revise or rejected");
    if (labels::is(conclusion, labels::Conclusion::Revise) && conditions.trimmed().isEmpty())
        return Tr::tr("say what must be revised before the case comes back (the conditions)");
    if (labels::is(conclusion, labels::Conclusion::Rejected) && collectiveOpinion.trimmed().isEmpty())
        return Tr::tr("a rejection needs the committee's collective opinion");
    const Verdict v = judge(tally, rule);
    if (!v.supported)
        return Tr::tr("the vote does not support the conclusion: %1").arg(v.reason);
    return {};
}

} // namespace rb::deliberation
