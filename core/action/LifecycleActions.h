// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action/Action.h"
#include "domain/Round.h"
#include "workflow/CalendarEntries.h"
#include "workflow/WorkingDays.h"

#include <QDate>

namespace rb::action {

/// The lifecycle after the review as user actions (used by the CLI and the GUI alike): formal review, state
/// changes, public notice, objections, approval, milestones, the calendar and re-evaluation. Decisions that
/// reach the applicants or the public are barriers: a state change into not_accepted, approved, withdrawn,
/// acceptance_failed, valid or revoked; publishing a notice; resolving an objection; approving the list;
/// applying a re-evaluation's outcomes.

/// Whether moving an application into \a state is a decision that reaches the applicant (a barrier).
[[nodiscard]] bool isFinalState(const QString& state);

/// Moves applications (all or none) to \a to with the reason. \a codes name them in the text and errors.
Action moveApplications(const Round& round, const QList<qint64>& ids, const QStringList& codes, const QString& to,
                        const QString& reason);
/// Reverses an application's latest change by a counter-transition with its reason.
Action revertState(const Round& round, qint64 id, const QString& code, const QString& reason);
/// Records one item of an application's formal review.
Action recordFormal(const Round& round, qint64 id, const QString& code, const QString& item, bool passed,
                    const QString& note);
/// Records every item of an application's formal review as met.
Action passFormal(const Round& round, qint64 id, const QString& code, const QString& note = {});
/// The formal review of many applications as one action (the national round has thousands): each one still
/// recommended is taken into formal review; then either every item is met and it goes on to expert review
/// (undoable), or \a failedItem is not met, with \a note, and it is not accepted with that reason (a barrier: the
/// applicant is told). All or none: an application past formal review refuses the whole batch, naming it.
struct FormalBatch {
    QList<qint64> ids;
    QStringList codes;                 ///< the applications' codes, for the text and the errors
    std::optional<QString> failedItem; ///< none: every item met
    QString note;
};
Action formalReviewBatch(const Round& round, const FormalBatch& batch);
/// Lets an application go on to expert review despite failed items, with the reason.
Action overrideFormal(const Round& round, qint64 id, const QString& code, const QString& reason);

/// Publishes a notice of \a applications (default: every proposed one; a barrier). out: "notice" (id).
Action publishNotice(const Round& round, const QString& title, const QDate& start, std::optional<int> workingDays,
                     const QString& contact, const QList<qint64>& applications = {});
/// Puts on public notice the applications whose notice has begun. out: "started".
Action startDueNotices(const Round& round);
/// out: "objection" (id).
Action addObjection(const Round& round, qint64 applicationId, const QString& code, const QDate& received,
                    const QString& fromWhom, const QString& authenticated, const QString& content);
/// A barrier: the objector is told the outcome.
Action resolveObjection(const Round& round, qint64 objectionId, const QString& outcome, const QString& handling);
/// Approves the applications whose notice is over with every objection resolved (a barrier). out: "approved".
Action approveReady(const Round& round);
Action markMilestone(const Round& round, qint64 milestoneId, const QDate& day, const QString& note);

Action setCalendarDay(const QDate& day, workflow::Calendar::Kind kind, const QString& note);
Action removeCalendarDay(const QDate& day);
/// out: "stored".
Action importCalendar(const QList<workflow::CalendarEntry>& entries, const QString& fileName);

/// Starts the re-evaluation round of \a source's titles. out: "round" (its code).
Action startReevaluation(const Round& source, int year, const QString& title, int withinDays);
/// Keeps or revokes the titles by the re-evaluation's conclusions (a barrier). out: "applied".
Action applyReevaluation(const Round& reevalRound);

} // namespace rb::action
