// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/WorkingDays.h"

#include "repo/AuditLog.h"

#include <QJsonObject>

namespace rb::workflow {

bool Calendar::isWorkingDay(const QDate& day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd())
        return *it == Kind::Workday;
    return day.dayOfWeek() <= 5;
}

QDate Calendar::endOfPeriod(const QDate& start, int days) const
{
    QDate day = start;
    int counted = 0;
    for (int guard = 0; guard < 3660; ++guard, day = day.addDays(1)) {
        if (isWorkingDay(day) && ++counted == days)
            return day;
    }
    return day;
}

int Calendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

Result<Calendar> Calendar::load(db::Database& db)
{
    Result<db::Statement> st = db.prepare("SELECT day, kind FROM calendar_day");
    if (!st)
        return st.takeError();
    Calendar c;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        c.set(QDate::fromString(r.text(0), Qt::ISODate),
              r.text(1) == QLatin1String("workday") ? Kind::Workday : Kind::Holiday);
    }));
    return c;
}

Status Calendar::store(db::Database& db, const QDate& day, Kind kind, const QString& note)
{
    const QString kindKey = kind == Kind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
    RB_TRY(db.exec("INSERT INTO calendar_day (day, kind, note) VALUES (?1, ?2, ?3) ON CONFLICT (day) DO UPDATE SET "
                   "kind = excluded.kind, note = excluded.note",
                   day.toString(Qt::ISODate), kindKey, note));
    return AuditLog(db).record(std::nullopt, QStringLiteral("update"), QStringLiteral("calendar"), QString(),
                               day.toString(Qt::ISODate),
                               QJsonObject{{QStringLiteral("kind"), kindKey}, {QStringLiteral("note"), note}});
}

Status Calendar::remove(db::Database& db, const QDate& day)
{
    RB_TRY(db.exec("DELETE FROM calendar_day WHERE day = ?1", day.toString(Qt::ISODate)));
    return AuditLog(db).record(std::nullopt, QStringLiteral("delete"), QStringLiteral("calendar"), QString(),
                               day.toString(Qt::ISODate));
}

} // namespace rb::workflow
