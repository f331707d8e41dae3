// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsLabels.h"

#include "common/Tr.h"

namespace rb::settings {

namespace {
struct Row {
    const char* key;
    Group group;
    const char* label; ///< English source, translated
};
// clang-format off
const Row kRows[] = {
    {"aggregation.method", Group::Consolidation, QT_TRANSLATE_NOOP("rb::Core", "How scores are consolidated")},
    {"aggregation.trim_min_experts", Group::Consolidation, QT_TRANSLATE_NOOP("rb::Core", "Fewest experts for the trimmed mean")},
    {"ranking.pass_line", Group::Consolidation, QT_TRANSLATE_NOOP("rb::Core", "Pass line")},
    {"flags.disagreement_range", Group::Consolidation, QT_TRANSLATE_NOOP("rb::Core", "Disagreement: range of totals")},
    {"flags.disagreement_stddev", Group::Consolidation, QT_TRANSLATE_NOOP("rb::Core", "Disagreement: standard deviation")},
    {"flags.pivotal_rank_change", Group::Consolidation, QT_TRANSLATE_NOOP("rb::Core", "Pivotal expert: rank change")},
    {"assignment.per_application", Group::Assignment, QT_TRANSLATE_NOOP("rb::Core", "Experts per application")},
    {"conflict.same_province", Group::Assignment, QT_TRANSLATE_NOOP("rb::Core", "Avoid experts of the same province")},
    {"scoring.bands", Group::Scoring, QT_TRANSLATE_NOOP("rb::Core", "Default scoring bands")},
    {"scoring.require_comments", Group::Scoring, QT_TRANSLATE_NOOP("rb::Core", "Comments required")},
    {"scoring.require_opinion", Group::Scoring, QT_TRANSLATE_NOOP("rb::Core", "Written opinion required")},
    {"scoring.require_recommendation", Group::Scoring, QT_TRANSLATE_NOOP("rb::Core", "Recommendation required")},
    {"entry.double_entry", Group::Scoring, QT_TRANSLATE_NOOP("rb::Core", "Paper scores typed twice")},
    {"formal.checklist", Group::FormalReview, QT_TRANSLATE_NOOP("rb::Core", "Formal review checklist")},
    {"deliberation.quorum", Group::Deliberation, QT_TRANSLATE_NOOP("rb::Core", "Quorum")},
    {"deliberation.pass_ratio", Group::Deliberation, QT_TRANSLATE_NOOP("rb::Core", "Votes needed for a conclusion")},
    {"notice.working_days", Group::Notice, QT_TRANSLATE_NOOP("rb::Core", "Public notice, working days")},
    {"construction.months", Group::Notice, QT_TRANSLATE_NOOP("rb::Core", "Construction period, months")},
    {"validity.years", Group::Notice, QT_TRANSLATE_NOOP("rb::Core", "Title valid for, years")},
    {"progress_report.months", Group::Notice, QT_TRANSLATE_NOOP("rb::Core", "Progress report every, months")},
    {"ranking.selection_quota", Group::Quotas, QT_TRANSLATE_NOOP("rb::Core", "Applications the round may propose")},
    {"quota.default", Group::Quotas, QT_TRANSLATE_NOOP("rb::Core", "Applications per recommending authority")},
};
struct Choice {
    const char* key;
    const char* value;
    const char* label;
};
const Choice kChoices[] = {
    {"aggregation.method", "trimmed", QT_TRANSLATE_NOOP("rb::Core", "Trimmed mean (drop the highest and lowest)")},
    {"aggregation.method", "mean", QT_TRANSLATE_NOOP("rb::Core", "Mean of all experts")},
    {"aggregation.method", "median", QT_TRANSLATE_NOOP("rb::Core", "Median")},
    {"aggregation.method", "zscore", QT_TRANSLATE_NOOP("rb::Core", "Standardised scores (z-score per expert)")},
    {"scoring.require_comments", "none", QT_TRANSLATE_NOOP("rb::Core", "Not required")},
    {"scoring.require_comments", "extreme_bands", QT_TRANSLATE_NOOP("rb::Core", "For scores in the top or bottom band")},
    {"scoring.require_comments", "all", QT_TRANSLATE_NOOP("rb::Core", "For every criterion")},
};
// clang-format on
} // namespace

QList<Group> groups()
{
    return {Group::Consolidation, Group::Assignment, Group::Scoring, Group::FormalReview,
            Group::Deliberation,  Group::Notice,     Group::Quotas};
}

QString groupName(Group group)
{
    switch (group) {
    case Group::Consolidation: return Tr::tr("Consolidation");
    case Group::Assignment: return Tr::tr("Assignment and conflicts");
    case Group::Scoring: return Tr::tr("Scoring requirements");
    case Group::FormalReview: return Tr::tr("Formal review", "settings group");
    case Group::Deliberation: return Tr::tr("Deliberation", "settings group");
    case Group::Notice: return Tr::tr("Public notice and after");
    case Group::Quotas: return Tr::tr("Quotas");
    }
    return {};
}

Group groupOf(const QString& key)
{
    for (const Row& r : kRows) {
        if (key == QLatin1String(r.key))
            return r.group;
    }
    return Group::Quotas; // quota.<authority>
}

QString label(const QString& key)
{
    for (const Row& r : kRows) {
        if (key == QLatin1String(r.key))
            return Tr::tr(r.label);
    }
    static const QString quota = QStringLiteral("quota.");
    if (key.startsWith(quota))
        return Tr::tr("Quota of %1").arg(key.mid(quota.size()));
    return key;
}

QString choiceLabel(const QString& key, const QString& value)
{
    for (const Choice& c : kChoices) {
        if (key == QLatin1String(c.key) && value == QLatin1String(c.value))
            return Tr::tr(c.label);
    }
    return value;
}

} // namespace rb::settings
