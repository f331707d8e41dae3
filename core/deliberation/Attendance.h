// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Deliberation.h"

namespace rb::deliberation {

/// A committee member and whether they attend a meeting.
struct Attendee {
    Member member;
    bool present = true;
};

/// Every member of the round's committee with their attendance at \a meetingId (chair first).
Result<QList<Attendee>> attendance(db::Database& db, const Round& round, qint64 meetingId);

/// Sets a meeting's status (planned, open, closed). Audited.
Status setMeetingStatus(db::Database& db, const Round& round, qint64 meetingId, const QString& status);

} // namespace rb::deliberation
