// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <QDate>

namespace rb::workflow {

/// An allowed move of an application from one state to another.
struct Transition {
    QString from;
    QString to;
    bool needsReason = false; ///< negative decisions and corrections must say why
};

/// Every allowed transition (anything else is refused).
const QList<Transition>& transitions();
[[nodiscard]] bool allowed(const QString& from, const QString& to);
[[nodiscard]] QStringList nextStates(const QString& from);

/// One recorded state change; a correction is a new event that reverses an earlier one.
struct Event {
    qint64 id = 0;
    QString uid;
    QString from;
    QString to;
    QString at;
    QString by;
    QString reason;
    std::optional<qint64> reverses;
};

/// An application's place in the lifecycle, for `status` and the dashboard.
struct StatusRow {
    qint64 applicationId = 0;
    QString code;
    QString title;
    QString state;
    QString since;
    std::optional<QDate> due; ///< the next date that matters (notice end, construction end, validity end)
};

/// Moves applications through the lifecycle. Every change goes through an allowed transition whose
/// guard holds (scores before deliberation, a supporting vote for the conclusion, notice over and
/// objections resolved before approval, construction over before acceptance, …), records who, when
/// and why, and updates the due date and the milestones. Mistakes are reversed by a counter-transition.
class WorkflowService {
public:
    WorkflowService(db::Database& db, const Round& round);

    Result<QString> state(qint64 applicationId);
    /// Why the application cannot go to \a to now, or an empty string when it can.
    Result<QString> blocker(qint64 applicationId, const QString& to);
    /// One change, in one transaction (or inside the caller's).
    Status transition(qint64 applicationId, const QString& to, const QString& reason);
    /// Reverses the latest change that is not yet reversed, with the reason: the state, the milestones the
    /// change opened or closed and the due date go back to what they were; the history keeps both events.
    Status revert(qint64 applicationId, const QString& reason);
    Result<QList<Event>> history(qint64 applicationId);
    Result<QList<StatusRow>> status();
    /// The date decisions and due dates are computed from (the clock's local date).
    [[nodiscard]] QDate today() const;

private:
    /// The event a counter-transition reverses.
    struct Reversal {
        qint64 id = 0;
        QString uid;
    };
    Status write(qint64 applicationId, const QString& from, const QString& to, const QString& reason,
                 const std::optional<Reversal>& reverses);
    /// Opens and closes the milestones a change into \a state brings (audited with the event).
    Status updateMilestones(qint64 applicationId, const QString& code, const QString& state, const QString& eventUid);
    /// Undoes what the reversed event did to the milestones.
    Status undoMilestones(qint64 applicationId, const QString& code, const QString& reversedUid,
                          const QString& eventUid);
    Status updateDueDate(qint64 applicationId, const QString& state);

    db::Database& m_db;
    Round m_round;
};

} // namespace rb::workflow
