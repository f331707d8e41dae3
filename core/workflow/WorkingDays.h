// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QHash>

namespace rb::workflow {

/// Working days under a calendar of public holidays and make-up working days (调休): Monday to
/// Friday are working days unless listed as holidays; a Saturday or Sunday listed as a working day is one.
class Calendar {
public:
    enum class Kind { Holiday, Workday };

    void set(const QDate& day, Kind kind) { m_days.insert(day, kind); }
    [[nodiscard]] bool isWorkingDay(const QDate& day) const;
    /// The last day of a period of \a days working days that starts on \a start (counted when it is a
    /// working day): a notice of 5 working days from Monday ends on Friday.
    [[nodiscard]] QDate endOfPeriod(const QDate& start, int days) const;
    /// Working days from \a from to \a to, both included.
    [[nodiscard]] int workingDaysBetween(const QDate& from, const QDate& to) const;

    /// The calendar stored in the database (table calendar_day).
    static Result<Calendar> load(db::Database& db);
    /// Records a holiday or make-up working day (replacing an earlier entry for the day); audited.
    static Status store(db::Database& db, const QDate& day, Kind kind, const QString& note);
    static Status remove(db::Database& db, const QDate& day);

private:
    QHash<QDate, Kind> m_days;
};

} // namespace rb::workflow
