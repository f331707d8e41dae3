// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/Attendance.h"

#include "common/Tr.h"
#include "repo/AuditLog.h"

#include <QJsonObject>

namespace rb::deliberation {

Result<QList<Attendee>> attendance(db::Database& db, const Round& round, qint64 meetingId)
{
    Result<db::Statement> st = db.prepare(
        "SELECT m.id, m.uid, m.name, m.organisation, m.role, coalesce(t.present, 1) FROM committee_member m "
        "LEFT JOIN meeting_attendance t ON t.member_id = m.id AND t.meeting_id = ?2 WHERE m.round_id = ?1 "
        "ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, m.id");
    if (!st)
        return st.takeError();
    st->bindAll(round.id, meetingId);
    QList<Attendee> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)}, r.integer(5) != 0, votes(r.text(4))});
    }));
    return list;
}

Status setMeetingStatus(db::Database& db, const Round& round, qint64 meetingId, const QString& status)
{
    static const QStringList statuses = {QStringLiteral("planned"), QStringLiteral("open"), QStringLiteral("closed")};
    if (!statuses.contains(status))
        return Error::input(Tr::tr("a meeting is planned, open or closed"));
    Result<QString> uid = db.scalarText("SELECT uid FROM meeting WHERE id = ?1 AND round_id = ?2", meetingId, round.id);
    if (!uid)
        return uid.takeError();
    if (uid->isEmpty())
        return Error::input(Tr::tr("no such meeting in this round"));
    db::Transaction tx(db);
    RB_TRY(tx.status());
    RB_TRY(db.exec("UPDATE meeting SET status = ?2 WHERE id = ?1", meetingId, status));
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("update"), QStringLiteral("meeting"), *uid, QString(),
                               QJsonObject{{QStringLiteral("status"), status}}));
    return tx.commit();
}

} // namespace rb::deliberation
