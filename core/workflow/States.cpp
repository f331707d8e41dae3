// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/States.h"
#include "common/Tr.h"

namespace rb::states {

namespace {
struct StateName {
    const char* key;
    const char* name;
};
// clang-format off
const StateName kStates[] = {
    {"recommended", QT_TRANSLATE_NOOP("rb::Core", "Recommended")},
    {"formal_review", QT_TRANSLATE_NOOP("rb::Core", "Formal review")},
    {"not_accepted", QT_TRANSLATE_NOOP("rb::Core", "Not accepted")},
    {"expert_review", QT_TRANSLATE_NOOP("rb::Core", "Expert review")},
    {"deliberation", QT_TRANSLATE_NOOP("rb::Core", "Deliberation")},
    {"proposed", QT_TRANSLATE_NOOP("rb::Core", "Proposed")},
    {"revise", QT_TRANSLATE_NOOP("rb::Core", "Revise and reconsider")},
    {"rejected", QT_TRANSLATE_NOOP("rb::Core", "Rejected")},
    {"public_notice", QT_TRANSLATE_NOOP("rb::Core", "Public notice")},
    {"approved", QT_TRANSLATE_NOOP("rb::Core", "Approved")},
    {"withdrawn", QT_TRANSLATE_NOOP("rb::Core", "Withdrawn")},
    {"construction", QT_TRANSLATE_NOOP("rb::Core", "Construction")},
    {"acceptance_failed", QT_TRANSLATE_NOOP("rb::Core", "Acceptance failed")},
    {"valid", QT_TRANSLATE_NOOP("rb::Core", "Valid")},
    {"reeval_due", QT_TRANSLATE_NOOP("rb::Core", "Re-evaluation due")},
    {"revoked", QT_TRANSLATE_NOOP("rb::Core", "Revoked")},
};
// clang-format on
} // namespace

const QStringList& all()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const StateName& s : kStates)
            k << QString::fromLatin1(s.key);
        return k;
    }();
    return keys;
}

QString displayName(const QString& key)
{
    for (const StateName& s : kStates) {
        if (key == QLatin1String(s.key))
            return Tr::tr(s.name);
    }
    return key;
}

} // namespace rb::states
