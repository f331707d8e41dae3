// SPDX-License-Identifier: GPL-3.0-or-later
#include "notice/PublicNotice.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/States.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"
#include "workflow/Workflow.h"
#include "workflow/WorkingDays.h"

#include <QJsonObject>

using rb::states::State;

namespace rb::notice {

namespace {
QDate today()
{
    return Clock::current().now().toLocalTime().date();
}
} // namespace

Result<Notice> NoticeService::publish(const QString& title, const QDate& start, std::optional<int> workingDays,
                                      const QString& contact, QList<qint64> applications)
{
    if (!start.isValid())
        return Error::input(Tr::tr("the notice needs a start date"));
    if (applications.isEmpty()) {
        Result<QList<qint64>> candidates = publishable();
        if (!candidates)
            return candidates.takeError();
        applications = *candidates;
        if (applications.isEmpty())
            return Error::input(Tr::tr("no proposed application is left to publish (those already on a notice wait "
                                       "for its first day)"));
    }
    for (qint64 app : applications) {
        Result<QString> state = m_db.scalarText("SELECT state FROM application WHERE id = ?1", app);
        if (!state)
            return state.takeError();
        if (!states::is(*state, State::Proposed))
            return Error::input(Tr::tr("only proposed applications go on public notice"));
    }
    Result<workflow::Calendar> calendar = workflow::Calendar::load(m_db);
    if (!calendar)
        return calendar.takeError();
    Notice n;
    n.uid = newUid();
    n.title = title.trimmed().isEmpty() ? Tr::tr("Public notice of %1").arg(m_round.title) : title.trimmed();
    n.start = start;
    n.workingDays =
        workingDays.value_or(RoundSettings(m_db, m_round.id).integer(QStringLiteral("notice.working_days"), 5));
    if (n.workingDays < 1)
        return Error::input(Tr::tr("a notice lasts at least one working day"));
    n.end = calendar->endOfPeriod(start, n.workingDays);
    n.contact = contact.trimmed();
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("INSERT INTO notice (uid, round_id, title, start_date, working_days, end_date, contact) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                     n.uid, m_round.id, n.title, start.toString(Qt::ISODate), n.workingDays,
                     n.end.toString(Qt::ISODate), n.contact));
    n.id = m_db.lastInsertId();
    for (qint64 app : applications)
        RB_TRY(m_db.exec("INSERT INTO notice_item (notice_id, application_id) VALUES (?1, ?2)", n.id, app));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("create"), QStringLiteral("notice"), n.uid, n.title,
                                 QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                                             {QStringLiteral("end"), n.end.toString(Qt::ISODate)},
                                             {QStringLiteral("applications"), int(applications.size())}}));
    Result<int> started = startDue();
    if (!started)
        return started.takeError();
    RB_TRY(tx.commit());
    Result<QList<Notice>> all = notices();
    if (all) {
        for (const Notice& x : *all) {
            if (x.id == n.id)
                return x;
        }
    }
    return n;
}

Result<QList<qint64>> NoticeService::publishable()
{
    // Every proposed application that is not already waiting for the first day of a published notice.
    Result<db::Statement> st = m_db.prepare(
        "SELECT a.id FROM application a WHERE a.round_id = ?1 AND a.state = 'proposed' AND NOT EXISTS (SELECT 1 "
        "FROM notice n WHERE n.id = (SELECT max(notice_id) FROM notice_item WHERE application_id = a.id) AND "
        "n.start_date > ?2) ORDER BY a.code");
    if (!st)
        return st.takeError();
    st->bindAll(m_round.id, today().toString(Qt::ISODate));
    QList<qint64> ids;
    RB_TRY(st->forEach([&](const db::Statement& r) { ids << r.integer(0); }));
    return ids;
}

Result<QList<qint64>> NoticeService::dueToStart()
{
    // Only the latest notice of an application counts: one published again after a correction replaces the
    // earlier one. An application taken off that notice by a correction stays off it (it waits for a notice
    // published again), instead of being put back on the next time notices start.
    Result<db::Statement> st = m_db.prepare(
        "SELECT a.id FROM application a JOIN notice n ON n.id = (SELECT max(notice_id) FROM notice_item WHERE "
        "application_id = a.id) WHERE a.round_id = ?1 AND a.state = 'proposed' AND n.start_date <= ?2 AND NOT EXISTS "
        "(SELECT 1 FROM workflow_event p JOIN workflow_event r ON r.reverses_event_id = p.id WHERE p.application_id = "
        "a.id AND p.to_state = 'public_notice' AND substr(p.at, 1, 10) >= n.start_date) ORDER BY a.code");
    if (!st)
        return st.takeError();
    st->bindAll(m_round.id, today().toString(Qt::ISODate));
    QList<qint64> ids;
    RB_TRY(st->forEach([&](const db::Statement& r) { ids << r.integer(0); }));
    return ids;
}

Result<int> NoticeService::startDue()
{
    Result<QList<qint64>> due = dueToStart();
    if (!due)
        return due.takeError();
    const QList<qint64>& ids = *due;
    if (ids.isEmpty())
        return 0;
    db::Transaction tx(m_db); // all or none (nested in the caller's transaction when there is one)
    RB_TRY(tx.status());
    workflow::WorkflowService flow(m_db, m_round);
    for (qint64 id : ids)
        RB_TRY(flow.transition(id, states::key(State::PublicNotice), QString()));
    RB_TRY(tx.commit());
    return int(ids.size());
}

Result<QList<Notice>> NoticeService::notices()
{
    Result<db::Statement> st =
        m_db.prepare("SELECT id, uid, title, start_date, working_days, end_date, contact FROM notice "
                     "WHERE round_id = ?1 ORDER BY start_date, id");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<Notice> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0),
                     r.text(1),
                     r.text(2),
                     QDate::fromString(r.text(3), Qt::ISODate),
                     int(r.integer(4)),
                     QDate::fromString(r.text(5), Qt::ISODate),
                     r.text(6),
                     {}});
    }));
    for (Notice& n : list) {
        Result<db::Statement> items = m_db.prepare("SELECT a.code FROM notice_item i JOIN application a ON a.id = "
                                                   "i.application_id WHERE i.notice_id = ?1 ORDER BY a.code");
        if (!items)
            return items.takeError();
        items->bind(1, n.id);
        RB_TRY(items->forEach([&](const db::Statement& r) { n.applications << r.text(0); }));
    }
    return list;
}

Result<Objection> NoticeService::addObjection(qint64 applicationId, const QDate& receivedOn, const QString& fromWhom,
                                              const QString& authenticated, const QString& content)
{
    if (fromWhom.trimmed().isEmpty())
        return Error::input(Tr::tr("an objection must say who raises it (anonymous objections are not accepted)"));
    if (authenticated != QLatin1String("sealed") && authenticated != QLatin1String("signed"))
        return Error::input(Tr::tr("an objection must be sealed by an organisation or signed with a real name"));
    if (content.trimmed().isEmpty() || !receivedOn.isValid())
        return Error::input(Tr::tr("an objection needs its date and content"));
    Result<qint64> onNotice =
        m_db.scalar("SELECT max(i.notice_id) FROM notice_item i JOIN application a ON a.id = i.application_id WHERE "
                    "i.application_id = ?1 AND a.round_id = ?2",
                    0, applicationId, m_round.id);
    if (!onNotice)
        return onNotice.takeError();
    if (!*onNotice)
        return Error::input(Tr::tr("the application is not on public notice"));
    Result<QString> code = m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId);
    if (!code)
        return code.takeError();
    Result<QString> state = m_db.scalarText("SELECT state FROM application WHERE id = ?1", applicationId);
    if (!state)
        return state.takeError();
    if (!states::is(*state, State::PublicNotice))
        return Error::input(Tr::tr("%1 is not on public notice now (its state is %2); objections are received only "
                                   "during the notice period")
                                .arg(*code, *state));
    // Objections are received during the notice period (its first to its last day).
    Result<db::Statement> period = m_db.prepare("SELECT start_date, end_date FROM notice WHERE id = ?1");
    if (!period)
        return period.takeError();
    period->bind(1, *onNotice);
    Result<bool> found = period->step();
    if (!found)
        return found.takeError();
    const QDate start = *found ? QDate::fromString(period->text(0), Qt::ISODate) : QDate();
    const QDate end = *found ? QDate::fromString(period->text(1), Qt::ISODate) : QDate();
    period->reset();
    if (receivedOn < start || receivedOn > end)
        return Error::input(
            Tr::tr("the objection was received on %1, outside the notice period of %2 (%3 to %4); "
                   "objections are received only during the period")
                .arg(receivedOn.toString(Qt::ISODate), *code, start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    Objection o;
    o.uid = newUid();
    o.receivedOn = receivedOn;
    o.fromWhom = fromWhom.trimmed();
    o.authenticated = authenticated;
    o.content = content.trimmed();
    o.outcome = QStringLiteral("pending");
    o.applicationCode = *code;
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec(
        "INSERT INTO objection (uid, notice_id, application_id, received_on, from_whom, authenticated, content) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        o.uid, *onNotice, applicationId, receivedOn.toString(Qt::ISODate), o.fromWhom, authenticated, o.content));
    o.id = m_db.lastInsertId();
    RB_TRY(AuditLog(m_db).record(
        m_round.id, QStringLiteral("create"), QStringLiteral("objection"), o.uid, o.applicationCode,
        QJsonObject{{QStringLiteral("from"), o.fromWhom}, {QStringLiteral("content"), o.content}}));
    RB_TRY(tx.commit());
    return o;
}

Status NoticeService::resolve(qint64 objectionId, const QString& outcome, const QString& handling)
{
    if (outcome != QLatin1String("upheld") && outcome != QLatin1String("dismissed"))
        return Error::input(Tr::tr("an objection is upheld or dismissed"));
    if (handling.trimmed().isEmpty())
        return Error::input(Tr::tr("say how the objection was handled"));
    Result<db::Statement> st = m_db.prepare("SELECT application_id, uid, outcome FROM objection WHERE id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, objectionId);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return Error::input(Tr::tr("no such objection"));
    const qint64 app = st->integer(0);
    const QString uid = st->text(1);
    const QString before = st->text(2);
    st->reset();
    if (before != QLatin1String("pending"))
        return Error::input(Tr::tr("the objection is already resolved"));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(
        m_db.exec("UPDATE objection SET outcome = ?2, handling = ?3, handled_by = ?4, resolved_on = ?5 WHERE id = ?1",
                  objectionId, outcome, handling.trimmed(), m_db.user(), today().toString(Qt::ISODate)));
    ChangeSet changes;
    changes.add(QStringLiteral("outcome"), before, outcome);
    RB_VALUE(const QString code, m_db.scalarText("SELECT code FROM application WHERE id = ?1", app));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("update"), QStringLiteral("objection"), uid, code,
                                 changes.json()));
    if (outcome == QLatin1String("upheld"))
        RB_TRY(workflow::WorkflowService(m_db, m_round).transition(app, states::key(State::Withdrawn), handling));
    return tx.commit();
}

Result<QList<Objection>> NoticeService::objections(std::optional<qint64> applicationId)
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT o.id, o.uid, a.code, o.received_on, o.from_whom, o.authenticated, o.content, o.handling, o.outcome, "
        "coalesce(o.handled_by, ''), coalesce(o.resolved_on, '') FROM objection o JOIN application a ON a.id = "
        "o.application_id WHERE a.round_id = ?1 AND (?2 IS NULL OR a.id = ?2) ORDER BY o.received_on, o.id");
    if (!st)
        return st.takeError();
    st->bindAll(m_round.id, applicationId);
    QList<Objection> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.text(1), r.text(2), QDate::fromString(r.text(3), Qt::ISODate), r.text(4),
                     r.text(5), r.text(6), r.text(7), r.text(8), r.text(9),
                     QDate::fromString(r.text(10), Qt::ISODate)});
    }));
    return list;
}

Result<int> NoticeService::approveReady()
{
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    // A notice published ahead of time that has begun (and maybe ended) since: its applications are on notice.
    if (Result<int> started = startDue(); !started)
        return started.takeError();
    Result<db::Statement> st =
        m_db.prepare("SELECT id FROM application WHERE round_id = ?1 AND state = 'public_notice'");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<qint64> ids;
    RB_TRY(st->forEach([&](const db::Statement& r) { ids << r.integer(0); }));
    workflow::WorkflowService flow(m_db, m_round);
    int approved = 0;
    for (qint64 id : ids) {
        Result<QString> blocked = flow.blocker(id, states::key(State::Approved));
        if (!blocked)
            return blocked.takeError();
        if (!blocked->isEmpty())
            continue;
        RB_TRY(flow.transition(id, states::key(State::Approved), QString()));
        const bool builds = m_round.category == Category::Factory || m_round.category == Category::Zone;
        RB_TRY(flow.transition(id, builds ? states::key(State::Construction) : states::key(State::Valid), QString()));
        ++approved;
    }
    RB_TRY(tx.commit());
    return approved;
}

Result<QList<DueItem>> NoticeService::due(int days)
{
    const QDate now = today();
    Result<db::Statement> st = m_db.prepare(
        "SELECT a.code, a.title, m.kind, m.due_on FROM milestone m JOIN application a ON a.id = m.application_id WHERE "
        "a.round_id = ?1 AND m.done_on IS NULL AND m.due_on <= ?2 ORDER BY m.due_on, a.code");
    if (!st)
        return st.takeError();
    st->bindAll(m_round.id, now.addDays(days).toString(Qt::ISODate));
    QList<DueItem> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        const QDate due = QDate::fromString(r.text(3), Qt::ISODate);
        list.append({r.text(0), r.text(1), r.text(2), due, due < now});
    }));
    return list;
}

} // namespace rb::notice
