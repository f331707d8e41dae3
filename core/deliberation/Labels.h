// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// The typed values of the deliberation and the review with one table each: the key stored in the database and
/// used by the CLI, the label on screen (English source, translated through Qt), and the official Chinese wording
/// the printed documents use. Screens, reports, exports and the CLI all read them from here, so that one value
/// never carries two names (修改完善后再议 is the deliberation's "revise", 修改后复核 an expert's).
namespace rb::labels {

enum class Kind {
    Role,           ///< committee role: chair, vice_chair, member, secretary
    Vote,           ///< for, against, abstain
    Conclusion,     ///< deliberation conclusion: proposed, revise, rejected ("" = open)
    Recommendation, ///< an expert's verdict: recommend, not_recommend, revise
};

/// The values themselves, each in the order of its table.
enum class Role { Chair, ViceChair, Member, Secretary };
enum class Vote { For, Against, Abstain };
enum class Conclusion { Proposed, Revise, Rejected };
enum class Recommendation { Recommend, NotRecommend, Revise };

/// The key a value is stored and typed as ("vice_chair").
QString key(Role value);
QString key(Vote value);
QString key(Conclusion value);
QString key(Recommendation value);
/// The value a key names; nothing for an unknown key.
std::optional<Role> role(const QString& key);
std::optional<Vote> vote(const QString& key);
std::optional<Conclusion> conclusion(const QString& key);
std::optional<Recommendation> recommendation(const QString& key);
/// Whether \a key (read from the database or typed) is the key of \a value.
template <typename Value>
[[nodiscard]] bool is(const QString& text, Value value)
{
    return text == key(value);
}

/// The keys of a kind, in their natural order.
QStringList keys(Kind kind);
[[nodiscard]] bool isKey(Kind kind, const QString& key);
/// The label on screen, in the user's language; an unknown key is returned as it is.
QString screen(Kind kind, const QString& key);
/// The official Chinese wording for printed documents.
QString official(Kind kind, const QString& key);

} // namespace rb::labels
