// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/CalendarEntries.h"

namespace rb::workflow {

/// Reads holidays and make-up working days from a file: CSV or .xlsx with the columns date, kind, note (日期, 类型,
/// 说明; kind holiday/节假日/休 or workday/上班/补班/调休上班), or an iCalendar (.ics) file whose all-day events
/// are holidays, or working days when their summary says 班 without 休. Bad rows are an Input error naming the file
/// and the row.
Result<QList<CalendarEntry>> readCalendarFile(const QString& path);

/// Parses iCalendar text (what readCalendarFile() does with an .ics file).
Result<QList<CalendarEntry>> parseICalendar(const QByteArray& bytes, const QString& fileName);

/// Stores \a entries (each replacing an earlier entry for its day), in one transaction; audited. Returns how many.
Result<int> importCalendar(db::Database& db, const QList<CalendarEntry>& entries);

/// The State Council's arrangements shipped with the program (resources/calendars: 2025, 2026).
QList<CalendarEntry> shippedCalendar();

/// Stores the shipped arrangements: done for every new round file.
Status loadShippedCalendar(db::Database& db);

/// The years from \a from to \a to (inclusive) for which the calendar has no entry at all: a notice period there may
/// be counted wrongly, since that year's holidays are unknown.
Result<QList<int>> yearsWithoutCalendar(db::Database& db, const QDate& from, const QDate& to);

/// The warning to show for such years (empty when there are none).
QString missingYearsWarning(const QList<int>& years);

} // namespace rb::workflow
