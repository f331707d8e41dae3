// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/CalendarEntries.h"

namespace rb::workflow {

Result<QList<CalendarEntry>> calendarEntries(db::Database& db)
{
    Result<db::Statement> st = db.prepare("SELECT day, kind, note FROM calendar_day ORDER BY day");
    if (!st)
        return st.takeError();
    QList<CalendarEntry> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({QDate::fromString(r.text(0), Qt::ISODate),
                     r.text(1) == QLatin1String("workday") ? Calendar::Kind::Workday : Calendar::Kind::Holiday,
                     r.text(2)});
    }));
    return list;
}

} // namespace rb::workflow
