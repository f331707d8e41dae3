// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/States.h"
#include "common/Tr.h"

#include <iterator>

namespace rb::states {

namespace {
struct StateName {
    State state;
    const char* key;
    const char* name;     ///< English source text, translated
    const char* official; ///< UTF-8, for the printed documents
};
// One table: the enum, the key, the screen's name and the documents' wording.
// clang-format off
const StateName kStates[] = {
    {State::Recommended, "recommended", QT_TRANSLATE_NOOP("rb::Core", "Recommended"), "已推荐"},
    {State::FormalReview, "formal_review", QT_TRANSLATE_NOOP("rb::Core", "Formal review"), "形式审查"},
    {State::NotAccepted, "not_accepted", QT_TRANSLATE_NOOP("rb::Core", "Not accepted"), "形式审查未通过"},
    {State::ExpertReview, "expert_review", QT_TRANSLATE_NOOP("rb::Core", "Expert review"), "专家评审"},
    {State::Deliberation, "deliberation", QT_TRANSLATE_NOOP("rb::Core", "Deliberation"), "论证"},
    {State::Proposed, "proposed", QT_TRANSLATE_NOOP("rb::Core", "Proposed"), "拟入选"},
    {State::Revise, "revise", QT_TRANSLATE_NOOP("rb::Core", "Revise and reconsider"), "修改完善后再议"},
    {State::Rejected, "rejected", QT_TRANSLATE_NOOP("rb::Core", "Rejected"), "未入选"},
    {State::PublicNotice, "public_notice", QT_TRANSLATE_NOOP("rb::Core", "Public notice"), "公示中"},
    {State::Approved, "approved", QT_TRANSLATE_NOOP("rb::Core", "Approved"), "已批复"},
    {State::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("rb::Core", "Withdrawn"), "已撤回"},
    {State::Construction, "construction", QT_TRANSLATE_NOOP("rb::Core", "Construction"), "建设期"},
    {State::AcceptanceFailed, "acceptance_failed", QT_TRANSLATE_NOOP("rb::Core", "Acceptance failed"), "验收未通过"},
    {State::Valid, "valid", QT_TRANSLATE_NOOP("rb::Core", "Valid"), "有效期内"},
    {State::ReevalDue, "reeval_due", QT_TRANSLATE_NOOP("rb::Core", "Re-evaluation due"), "待复评"},
    {State::Revoked, "revoked", QT_TRANSLATE_NOOP("rb::Core", "Revoked"), "已撤销"},
};
// clang-format on
static_assert(std::size(kStates) == std::size_t(State::Revoked) + 1, "one row per state");

const StateName& row(State state)
{
    return kStates[std::size_t(state)];
}

const StateName* find(const QString& key)
{
    for (const StateName& s : kStates) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}
} // namespace

QString key(State state)
{
    return QString::fromLatin1(row(state).key);
}

std::optional<State> fromKey(const QString& key)
{
    if (const StateName* s = find(key))
        return s->state;
    return std::nullopt;
}

bool is(const QString& key, State state)
{
    return key == QLatin1String(row(state).key);
}

bool isFinal(State state)
{
    switch (state) {
    case State::NotAccepted:
    case State::Approved:
    case State::Withdrawn:
    case State::AcceptanceFailed:
    case State::Valid:
    case State::Revoked: return true;
    default: return false;
    }
}

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

QString displayName(State state)
{
    return Tr::tr(row(state).name);
}

QString displayName(const QString& key)
{
    const StateName* s = find(key);
    return s ? Tr::tr(s->name) : key;
}

QString official(State state)
{
    return QString::fromUtf8(row(state).official);
}

QString official(const QString& key)
{
    const StateName* s = find(key);
    return s ? QString::fromUtf8(s->official) : key;
}

} // namespace rb::states
