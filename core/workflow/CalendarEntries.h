// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "workflow/WorkingDays.h"

namespace rb::workflow {

/// A day of the calendar that differs from the usual week: a public holiday or a make-up working day.
struct CalendarEntry {
    QDate day;
    Calendar::Kind kind = Calendar::Kind::Holiday;
    QString note;
};

/// The calendar's entries, by date.
Result<QList<CalendarEntry>> calendarEntries(db::Database& db);

} // namespace rb::workflow
