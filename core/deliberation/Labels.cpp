// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/Labels.h"
#include "common/Tr.h"

namespace rb::labels {

namespace {

struct Label {
    const char* key;
    const char* screen;   ///< English source text, translated
    const char* official; ///< UTF-8
};

// clang-format off
const Label kRoles[] = {
    {"chair", QT_TRANSLATE_NOOP("rb::Core", "Chair"), "主任委员"},
    {"vice_chair", QT_TRANSLATE_NOOP("rb::Core", "Vice chair"), "副主任委员"},
    {"member", QT_TRANSLATE_NOOP("rb::Core", "Member"), "委员"},
    {"secretary", QT_TRANSLATE_NOOP("rb::Core", "Secretary"), "秘书"},
};
const Label kVotes[] = {
    {"for", QT_TRANSLATE_NOOP("rb::Core", "For"), "赞成"},
    {"against", QT_TRANSLATE_NOOP("rb::Core", "Against"), "反对"},
    {"abstain", QT_TRANSLATE_NOOP("rb::Core", "Abstain"), "弃权"},
};
const Label kConclusions[] = {
    {"proposed", QT_TRANSLATE_NOOP("rb::Core", "Proposed"), "通过"},
    {"revise", QT_TRANSLATE_NOOP("rb::Core", "Revise and reconsider"), "修改完善后再议"},
    {"rejected", QT_TRANSLATE_NOOP("rb::Core", "Rejected"), "不通过"},
};
const Label kRecommendations[] = {
    {"recommend", QT_TRANSLATE_NOOP("rb::Core", "Recommend"), "推荐"},
    {"not_recommend", QT_TRANSLATE_NOOP("rb::Core", "Do not recommend"), "不推荐"},
    {"revise", QT_TRANSLATE_NOOP("rb::Core", "Review again after revision"), "修改后复核"},
};
// clang-format on

template <std::size_t N>
QList<Label> list(const Label (&labels)[N])
{
    return QList<Label>(std::begin(labels), std::end(labels));
}

QList<Label> table(Kind kind)
{
    switch (kind) {
    case Kind::Role: return list(kRoles);
    case Kind::Vote: return list(kVotes);
    case Kind::Conclusion: return list(kConclusions);
    case Kind::Recommendation: return list(kRecommendations);
    }
    return {};
}

} // namespace

QStringList keys(Kind kind)
{
    QStringList out;
    for (const Label& l : table(kind))
        out << QString::fromLatin1(l.key);
    return out;
}

bool isKey(Kind kind, const QString& key)
{
    return keys(kind).contains(key);
}

QString screen(Kind kind, const QString& key)
{
    if (kind == Kind::Conclusion && key.isEmpty())
        return Tr::tr("Open", "a case without a conclusion yet");
    for (const Label& l : table(kind)) {
        if (key == QLatin1String(l.key))
            return Tr::tr(l.screen);
    }
    return key;
}

QString official(Kind kind, const QString& key)
{
    if (kind == Kind::Conclusion && key.isEmpty())
        return QString::fromUtf8("尚未形成结论");
    for (const Label& l : table(kind)) {
        if (key == QLatin1String(l.key))
            return QString::fromUtf8(l.official);
    }
    return key;
}

} // namespace rb::labels
