// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <QDate>

namespace rb::notice {

/// A date that matters after approval (construction end, acceptance, progress report, validity end,
/// re-evaluation), and whether it has been met.
struct Milestone {
    qint64 id = 0;
    qint64 applicationId = 0;
    QString applicationCode;
    QString title;
    QString kind;
    QDate due;
    QDate doneOn; ///< invalid while open
    QString note;
    /// How it was closed: empty when recorded as met (markDone), else the state whose change closed it
    /// (valid: accepted or kept; revoked, acceptance_failed, withdrawn: ended with the title).
    QString outcome;
};

/// The translated name of a milestone kind (progress_report -> 进展报告).
QString milestoneName(const QString& kind);

/// The milestones of a round: open ones due by \a until (every open one when invalid), and, when
/// \a withDone, those met as well. Ordered by due date.
Result<QList<Milestone>> milestones(db::Database& db, const Round& round, const QDate& until, bool withDone = false);

/// Records that a milestone was met (a progress report received, …) on \a day, with a note. Audited.
Status markDone(db::Database& db, const Round& round, qint64 milestoneId, const QDate& day, const QString& note);

} // namespace rb::notice
