// SPDX-License-Identifier: GPL-3.0-or-later
#include "notice/Milestones.h"

#include "common/Tr.h"
#include "repo/AuditLog.h"

#include <QJsonObject>

namespace rb::notice {

QString milestoneName(const QString& kind)
{
    if (kind == QLatin1String("construction_end"))
        return Tr::tr("End of construction");
    if (kind == QLatin1String("acceptance"))
        return Tr::tr("Acceptance");
    if (kind == QLatin1String("validity_end"))
        return Tr::tr("End of validity");
    if (kind == QLatin1String("progress_report"))
        return Tr::tr("Progress report");
    if (kind == QLatin1String("reevaluation"))
        return Tr::tr("Re-evaluation");
    return kind;
}

Result<QList<Milestone>> milestones(db::Database& db, const Round& round, const QDate& until, bool withDone)
{
    Result<db::Statement> st = db.prepare(
        "SELECT m.id, a.id, a.code, a.title, m.kind, m.due_on, coalesce(m.done_on, ''), m.note, "
        "coalesce(m.outcome, '') FROM milestone m "
        "JOIN application a ON a.id = m.application_id WHERE a.round_id = ?1 AND (?2 IS NULL OR m.due_on <= ?2) "
        "AND (?3 OR m.done_on IS NULL) ORDER BY m.due_on, a.code, m.id");
    if (!st)
        return st.takeError();
    st->bindAll(round.id, until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant(), withDone);
    QList<Milestone> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4),
                     QDate::fromString(r.text(5), Qt::ISODate), QDate::fromString(r.text(6), Qt::ISODate), r.text(7),
                     r.text(8)});
    }));
    return list;
}

Status markDone(db::Database& db, const Round& round, qint64 milestoneId, const QDate& day, const QString& note)
{
    if (!day.isValid())
        return Error::input(Tr::tr("the date the milestone was met is missing"));
    Result<db::Statement> st =
        db.prepare("SELECT a.code, m.kind, coalesce(m.done_on, ''), m.uid FROM milestone m JOIN "
                   "application a ON a.id = m.application_id WHERE m.id = ?1 AND a.round_id = ?2");
    if (!st)
        return st.takeError();
    st->bindAll(milestoneId, round.id);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return Error::input(Tr::tr("no such milestone in this round"));
    const QString code = st->text(0);
    const QString kind = st->text(1);
    const bool done = !st->text(2).isEmpty();
    const QString uid = st->text(3);
    st->reset();
    if (done)
        return Error::input(Tr::tr("%1: the %2 is already recorded as met").arg(code, milestoneName(kind)));
    db::Transaction tx(db);
    RB_TRY(tx.status());
    RB_TRY(db.exec("UPDATE milestone SET done_on = ?2, note = ?3 WHERE id = ?1", milestoneId, day.toString(Qt::ISODate),
                   note.trimmed()));
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("done"), QStringLiteral("milestone"), uid, code,
                               QJsonObject{{QStringLiteral("kind"), kind},
                                           {QStringLiteral("done_on"), day.toString(Qt::ISODate)},
                                           {QStringLiteral("note"), note.trimmed()}}));
    return tx.commit();
}

} // namespace rb::notice
