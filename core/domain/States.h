// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rb::states {

/// Every state an application passes through, from recommendation to revocation, in order. The database stores
/// key(); a trigger (migration 8) refuses any other value.
enum class State {
    Recommended,
    FormalReview,
    NotAccepted,
    ExpertReview,
    Deliberation,
    Proposed,
    Revise,
    Rejected,
    PublicNotice,
    Approved,
    Withdrawn,
    Construction,
    AcceptanceFailed,
    Valid,
    ReevalDue,
    Revoked,
};

/// The key stored in the database and used by the CLI ("formal_review").
QString key(State state);
/// The state a key names; nothing for an unknown key.
std::optional<State> fromKey(const QString& key);
/// Whether \a key is the key of \a state (for values read from the database).
[[nodiscard]] bool is(const QString& key, State state);
/// The final states: nothing follows them but a correction.
[[nodiscard]] bool isFinal(State state);

/// Every key, in order.
const QStringList& all();
/// The translated name ("recommended" -> 已推荐 / Recommended); an unknown key is returned as it is.
QString displayName(const QString& key);
QString displayName(State state);
/// The official Chinese wording of the printed documents (拟入选, 公示中, …); an unknown key is returned as it is.
QString official(const QString& key);
QString official(State state);

} // namespace rb::states
