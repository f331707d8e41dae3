// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/Labels.h"
#include "common/Tr.h"

#include <iterator>

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

template <typename Value>
std::optional<Value> parse(Kind kind, const QString& text)
{
    const QList<Label> labels = table(kind);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (text == QLatin1String(labels[i].key))
            return Value(i);
    }
    return std::nullopt;
}

// The enums follow their tables' order.
static_assert(std::size(kRoles) == std::size_t(Role::Secretary) + 1);
static_assert(std::size(kVotes) == std::size_t(Vote::Abstain) + 1);
static_assert(std::size(kConclusions) == std::size_t(Conclusion::Rejected) + 1);
static_assert(std::size(kRecommendations) == std::size_t(Recommendation::Revise) + 1);

} // namespace

QString key(Role value)
{
    return QString::fromLatin1(kRoles[std::size_t(value)].key);
}

QString key(Vote value)
{
    return QString::fromLatin1(kVotes[std::size_t(value)].key);
}

QString key(Conclusion value)
{
    return QString::fromLatin1(kConclusions[std::size_t(value)].key);
}

QString key(Recommendation value)
{
    return QString::fromLatin1(kRecommendations[std::size_t(value)].key);
}

std::optional<Role> role(const QString& key)
{
    return parse<Role>(Kind::Role, key);
}

std::optional<Vote> vote(const QString& key)
{
    return parse<Vote>(Kind::Vote, key);
}

std::optional<Conclusion> conclusion(const QString& key)
{
    return parse<Conclusion>(Kind::Conclusion, key);
}

std::optional<Recommendation> recommendation(const QString& key)
{
    return parse<Recommendation>(Kind::Recommendation, key);
}

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
