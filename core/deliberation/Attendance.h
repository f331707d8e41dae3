// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Deliberation.h"

namespace rb::deliberation {

/// A committee member and whether they attend a meeting.
struct Attendee {
    Member member;
    bool present = true;
    bool votes = true; ///< false for the secretary, who records and counts neither for the quorum nor the vote
};

/// Every member of the round's committee with their attendance at \a meetingId (chair first, the secretary
/// last). Quorum and votes count only the attendees who vote (see DeliberationService::presentCount).
Result<QList<Attendee>> attendance(db::Database& db, const Round& round, qint64 meetingId);

/// Sets a meeting's status (planned, open, closed). Audited.
Status setMeetingStatus(db::Database& db, const Round& round, qint64 meetingId, const QString& status);

} // namespace rb::deliberation
