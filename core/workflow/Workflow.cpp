// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Workflow.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/States.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"
#include "workflow/FormalReview.h"

#include <QJsonObject>

#include <algorithm>

using rb::states::State;

namespace rb::workflow {

const QList<Transition>& transitions()
{
    static const QList<Transition> list = [] {
        auto t = [](State from, State to, bool reason = false) {
            return Transition{states::key(from), states::key(to), reason};
        };
        return QList<Transition>{
            t(State::Recommended, State::FormalReview),
            t(State::FormalReview, State::ExpertReview),
            t(State::FormalReview, State::NotAccepted, true),
            t(State::ExpertReview, State::Deliberation),
            t(State::Deliberation, State::Proposed),
            t(State::Deliberation, State::Revise),
            t(State::Deliberation, State::Rejected, true),
            t(State::Revise, State::Deliberation),
            t(State::Proposed, State::PublicNotice),
            t(State::PublicNotice, State::Approved),
            t(State::PublicNotice, State::Withdrawn, true),
            t(State::Approved, State::Construction),
            t(State::Approved, State::Valid),
            t(State::Construction, State::Valid),
            t(State::Construction, State::AcceptanceFailed, true),
            t(State::Valid, State::ReevalDue),
            t(State::ReevalDue, State::Valid),
            t(State::ReevalDue, State::Revoked, true),
            t(State::Valid, State::Revoked, true),
        };
    }();
    return list;
}

bool allowed(const QString& from, const QString& to)
{
    return std::any_of(transitions().begin(), transitions().end(),
                       [&](const Transition& t) { return t.from == from && t.to == to; });
}

QStringList nextStates(const QString& from)
{
    QStringList next;
    for (const Transition& t : transitions()) {
        if (t.from == from)
            next << t.to;
    }
    return next;
}

WorkflowService::WorkflowService(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

QDate WorkflowService::today() const
{
    return Clock::current().now().toLocalTime().date();
}

Result<QString> WorkflowService::state(qint64 applicationId)
{
    return m_db.scalarText("SELECT state FROM application WHERE id = ?1 AND round_id = ?2", applicationId, m_round.id);
}

Result<QString> WorkflowService::blocker(qint64 applicationId, const QString& to)
{
    Result<QString> from = state(applicationId);
    if (!from)
        return from.takeError();
    if (from->isEmpty())
        return Error::input(Tr::tr("there is no such application in this round"));
    if (!allowed(*from, to))
        return Tr::tr("an application that is “%1” cannot become “%2”")
            .arg(states::displayName(*from), states::displayName(to));
    const QString date = today().toString(Qt::ISODate);
    auto count = [&](std::string_view sql) { return m_db.scalar(sql, 0, applicationId, date); };
    if (states::is(*from, State::FormalReview) && states::is(to, State::ExpertReview)) {
        Result<QString> formal = FormalReview(m_db, m_round).blocker(applicationId);
        if (!formal)
            return formal.takeError();
        return *formal;
    }
    if (states::is(to, State::Deliberation) && states::is(*from, State::ExpertReview)) {
        Result<qint64> n =
            count("SELECT count(*) FROM assignment WHERE application_id = ?1 AND status IN ('submitted', "
                  "'entered') AND ?2 IS NOT NULL");
        if (!n)
            return n.takeError();
        return *n ? QString() : Tr::tr("no expert's scores count yet: deliberation needs the consolidated scores");
    }
    if (states::is(*from, State::Deliberation)) {
        // The current case (the latest one on an agenda) must be concluded so: an earlier case's conclusion
        // does not let an application that came back leave without a new vote.
        Result<qint64> n =
            m_db.scalar("SELECT count(*) FROM deliberation_case WHERE application_id = ?1 AND conclusion = ?2 "
                        "AND concluded_at IS NOT NULL AND id = (SELECT max(id) FROM deliberation_case "
                        "WHERE application_id = ?1)",
                        0, applicationId, to);
        if (!n)
            return n.takeError();
        return *n ? QString()
                  : Tr::tr("the committee has not concluded “%1” for this application").arg(states::displayName(to));
    }
    if (states::is(to, State::PublicNotice)) {
        Result<qint64> n = count("SELECT count(*) FROM notice WHERE id = (SELECT max(notice_id) FROM notice_item "
                                 "WHERE application_id = ?1) AND start_date <= ?2");
        if (!n)
            return n.takeError();
        return *n ? QString() : Tr::tr("the application is on no public notice that has started");
    }
    if (states::is(*from, State::PublicNotice)) {
        Result<qint64> pending =
            count("SELECT count(*) FROM objection WHERE application_id = ?1 AND outcome = 'pending' "
                  "AND ?2 IS NOT NULL");
        Result<qint64> upheld = count("SELECT count(*) FROM objection WHERE application_id = ?1 AND outcome = 'upheld' "
                                      "AND ?2 IS NOT NULL");
        Result<qint64> over = count("SELECT count(*) FROM notice WHERE id = (SELECT max(notice_id) FROM notice_item "
                                    "WHERE application_id = ?1) AND end_date < ?2");
        if (!pending || !upheld || !over)
            return Error::database(Tr::tr("cannot read the public notice"));
        if (states::is(to, State::Withdrawn))
            return *upheld ? QString() : Tr::tr("no objection against the application was upheld");
        if (*pending)
            return Tr::tr("%1 objection(s) are not resolved yet").arg(*pending);
        if (*upheld)
            return Tr::tr("an objection was upheld: the application is withdrawn, not approved");
        if (!*over)
            return Tr::tr("the public notice period is not over yet");
        return QString();
    }
    if (states::is(*from, State::Approved)) {
        const bool builds = m_round.category == Category::Factory || m_round.category == Category::Zone;
        if (states::is(to, State::Construction) && !builds)
            return Tr::tr("this category has no construction period (only factories and zones are built)");
        if (states::is(to, State::Valid) && builds)
            return Tr::tr("factories and zones are accepted after their construction period: approval leads to "
                          "construction first");
    }
    if (states::is(*from, State::Construction)) {
        Result<QString> due = m_db.scalarText("SELECT due_date FROM application WHERE id = ?1", applicationId);
        if (!due)
            return due.takeError();
        const QDate end = QDate::fromString(*due, Qt::ISODate);
        if (end.isValid() && end > today())
            return Tr::tr("the construction period ends on %1; acceptance comes after it").arg(*due);
    }
    return QString();
}

Status WorkflowService::transition(qint64 applicationId, const QString& to, const QString& reason)
{
    Result<QString> problem = blocker(applicationId, to);
    if (!problem)
        return problem.takeError();
    if (!problem->isEmpty())
        return Error::input(*problem);
    Result<QString> from = state(applicationId);
    if (!from)
        return from.takeError();
    for (const Transition& t : transitions()) {
        if (t.from == *from && t.to == to && t.needsReason && reason.trimmed().isEmpty())
            return Error::input(Tr::tr("say why the application becomes “%1”").arg(states::displayName(to)));
    }
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(write(applicationId, *from, to, reason, std::nullopt));
    return tx.commit();
}

Status WorkflowService::revert(qint64 applicationId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::input(Tr::tr("a correction must say why"));
    // The latest change that is neither a correction nor already corrected.
    Result<db::Statement> st = m_db.prepare(
        "SELECT id, uid, from_state, to_state FROM workflow_event e WHERE application_id = ?1 AND reverses_event_id IS "
        "NULL AND NOT EXISTS (SELECT 1 FROM workflow_event r WHERE r.reverses_event_id = e.id) ORDER BY id DESC LIMIT "
        "1");
    if (!st)
        return st.takeError();
    st->bind(1, applicationId);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return Error::input(Tr::tr("there is no change to reverse"));
    const Reversal reversed{st->integer(0), st->text(1)};
    const QString previous = st->text(2);
    const QString current = st->text(3);
    st->reset();
    Result<QString> now = state(applicationId);
    if (!now)
        return now.takeError();
    if (*now != current)
        return Error::input(Tr::tr("the latest change no longer matches the application's state"));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(write(applicationId, current, previous, reason, reversed));
    return tx.commit();
}

Status WorkflowService::write(qint64 applicationId, const QString& from, const QString& to, const QString& reason,
                              const std::optional<Reversal>& reverses)
{
    const QString uid = newUid();
    const QString at = Clock::current().timestamp();
    RB_TRY(m_db.exec("INSERT INTO workflow_event (uid, application_id, from_state, to_state, at, by_user, reason, "
                     "reverses_event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                     uid, applicationId, from, to, at, m_db.user(), reason.trimmed(),
                     reverses ? std::optional<qint64>(reverses->id) : std::nullopt));
    RB_TRY(m_db.exec("UPDATE application SET state = ?2 WHERE id = ?1", applicationId, to));
    Result<QString> code = m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId);
    Result<QString> appUid = m_db.scalarText("SELECT uid FROM application WHERE id = ?1", applicationId);
    if (!code)
        return code.takeError();
    if (!appUid)
        return appUid.takeError();
    if (reverses)
        RB_TRY(undoMilestones(applicationId, *code, reverses->uid, uid));
    else
        RB_TRY(updateMilestones(applicationId, *code, to, uid));
    RB_TRY(updateDueDate(applicationId, to));
    ChangeSet changes;
    changes.add(QStringLiteral("state"), from, to);
    QJsonObject json = changes.json();
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason.trimmed());
    return AuditLog(m_db).record(m_round.id, reverses ? QStringLiteral("revert") : QStringLiteral("transition"),
                                 QStringLiteral("application"), *appUid, *code, json);
}

// Milestones are opened and closed by the state changes, each audited with the workflow event that did it
// (changes.event), so that a counter-transition undoes exactly what the reversed change did.
Status WorkflowService::updateMilestones(qint64 applicationId, const QString& code, const QString& state,
                                         const QString& eventUid)
{
    RoundSettings settings(m_db, m_round.id);
    const QString day = today().toString(Qt::ISODate);
    AuditLog audit(m_db);
    auto open = [&](const char* kind, const QDate& date) -> Status {
        const QString uid = newUid();
        RB_TRY(m_db.exec("INSERT INTO milestone (uid, application_id, kind, due_on) VALUES (?1, ?2, ?3, ?4)", uid,
                         applicationId, QString::fromLatin1(kind), date.toString(Qt::ISODate)));
        return audit.record(m_round.id, QStringLiteral("create"), QStringLiteral("milestone"), uid, code,
                            QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                                        {QStringLiteral("due_on"), date.toString(Qt::ISODate)},
                                        {QStringLiteral("event"), eventUid}});
    };
    // Closes the open milestones the condition selects (?1 application, ?2 today): met, superseded or ended
    // with the title. The closing state is kept as the milestone's outcome.
    auto close = [&](std::string_view where) -> Status {
        Result<db::Statement> st = m_db.prepare(std::string("SELECT id, uid, kind FROM milestone WHERE application_id "
                                                            "= ?1 AND done_on IS NULL AND (")
                                                + std::string(where) + ") AND ?2 IS NOT NULL ORDER BY id");
        if (!st)
            return st.takeError();
        st->bindAll(applicationId, day);
        struct Row {
            qint64 id;
            QString uid;
            QString kind;
        };
        QList<Row> rows;
        RB_TRY(st->forEach([&](const db::Statement& r) { rows.append({r.integer(0), r.text(1), r.text(2)}); }));
        for (const Row& r : rows) {
            RB_TRY(m_db.exec("UPDATE milestone SET done_on = ?2, outcome = ?3 WHERE id = ?1", r.id, day, state));
            ChangeSet changes;
            changes.add(QStringLiteral("done_on"), QJsonValue(), day);
            QJsonObject json = changes.json();
            json.insert(QStringLiteral("kind"), r.kind);
            json.insert(QStringLiteral("outcome"), state);
            json.insert(QStringLiteral("event"), eventUid);
            RB_TRY(audit.record(m_round.id, QStringLiteral("close"), QStringLiteral("milestone"), r.uid, code, json));
        }
        return {};
    };
    if (states::is(state, State::Construction)) {
        const QDate end = today().addMonths(settings.integer(QStringLiteral("construction.months"), 24));
        RB_TRY(open("construction_end", end));
        RB_TRY(open("acceptance", end));
    } else if (states::is(state, State::Valid)) {
        // Accepted, or kept after re-evaluation: the construction items and the re-evaluation are done, the
        // earlier validity period and its reports still to come are replaced by a new period from today
        // (reports already due stay owed).
        RB_TRY(close("kind IN ('construction_end', 'acceptance', 'reevaluation', 'validity_end') OR (kind = "
                     "'progress_report' AND due_on > ?2)"));
        const QDate end = today().addYears(settings.integer(QStringLiteral("validity.years"), 3));
        RB_TRY(open("validity_end", end));
        const int every = std::max(1, settings.integer(QStringLiteral("progress_report.months"), 12));
        for (QDate report = today().addMonths(every); report < end; report = report.addMonths(every))
            RB_TRY(open("progress_report", report));
    } else if (states::is(state, State::ReevalDue)) {
        Result<QString> end =
            m_db.scalarText("SELECT coalesce(due_date, '') FROM application WHERE id = ?1", applicationId);
        if (!end)
            return end.takeError();
        RB_TRY(open("reevaluation", end->isEmpty() ? today() : QDate::fromString(*end, Qt::ISODate)));
    } else if (!states::is(state, State::Approved)) {
        // Failed acceptance, revocation, withdrawal, …: nothing more falls due.
        RB_TRY(close("1"));
    }
    return {};
}

Status WorkflowService::undoMilestones(qint64 applicationId, const QString& code, const QString& reversedUid,
                                       const QString& eventUid)
{
    AuditLog audit(m_db);
    // What the reversed change opened and is still open goes (a milestone met since stays on record); what it
    // closed is open again.
    auto touched = [&](const char* action, const char* openness) -> Result<QList<QPair<qint64, QString>>> {
        Result<db::Statement> st = m_db.prepare(
            std::string("SELECT m.id, m.uid FROM milestone m WHERE m.application_id = ?1 AND m.done_on IS ") + openness
            + " AND EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_uid = m.uid AND l.entity = 'milestone' AND "
              "l.action = ?2 AND json_extract(l.changes, '$.event') = ?3) ORDER BY m.id");
        if (!st)
            return st.takeError();
        st->bindAll(applicationId, QString::fromLatin1(action), reversedUid);
        QList<QPair<qint64, QString>> rows;
        RB_TRY(st->forEach([&](const db::Statement& r) { rows.append({r.integer(0), r.text(1)}); }));
        return rows;
    };
    Result<QList<QPair<qint64, QString>>> opened = touched("create", "NULL");
    if (!opened)
        return opened.takeError();
    for (const auto& [id, uid] : *opened) {
        RB_TRY(m_db.exec("DELETE FROM milestone WHERE id = ?1", id));
        RB_TRY(audit.record(m_round.id, QStringLiteral("delete"), QStringLiteral("milestone"), uid, code,
                            QJsonObject{{QStringLiteral("event"), eventUid}}));
    }
    Result<QList<QPair<qint64, QString>>> closed = touched("close", "NOT NULL");
    if (!closed)
        return closed.takeError();
    for (const auto& [id, uid] : *closed) {
        RB_TRY(m_db.exec("UPDATE milestone SET done_on = NULL, outcome = NULL WHERE id = ?1", id));
        RB_TRY(audit.record(m_round.id, QStringLiteral("reopen"), QStringLiteral("milestone"), uid, code,
                            QJsonObject{{QStringLiteral("event"), eventUid}}));
    }
    return {};
}

Status WorkflowService::updateDueDate(qint64 applicationId, const QString& state)
{
    // The next date that matters in the state, from the open milestones (so that a counter-transition restores
    // the earlier date) or, on public notice, the end of the notice that counts (the latest one).
    std::string_view sql;
    if (states::is(state, State::PublicNotice))
        sql =
            "SELECT end_date FROM notice WHERE id = (SELECT max(notice_id) FROM notice_item WHERE application_id = ?1)";
    else if (states::is(state, State::Construction))
        sql = "SELECT min(due_on) FROM milestone WHERE application_id = ?1 AND done_on IS NULL AND kind IN "
              "('construction_end', 'acceptance')";
    else if (states::is(state, State::Valid))
        sql = "SELECT max(due_on) FROM milestone WHERE application_id = ?1 AND done_on IS NULL AND kind = "
              "'validity_end'";
    else if (states::is(state, State::ReevalDue))
        sql = "SELECT min(due_on) FROM milestone WHERE application_id = ?1 AND done_on IS NULL AND kind = "
              "'reevaluation'";
    std::optional<QString> due;
    if (!sql.empty()) {
        Result<QString> end = m_db.scalarText(sql, applicationId);
        if (!end)
            return end.takeError();
        if (!end->isEmpty())
            due = *end;
    }
    return m_db.exec("UPDATE application SET due_date = ?2 WHERE id = ?1", applicationId, due);
}

Result<QList<Event>> WorkflowService::history(qint64 applicationId)
{
    Result<db::Statement> st =
        m_db.prepare("SELECT id, uid, coalesce(from_state, ''), to_state, at, by_user, reason, "
                     "reverses_event_id FROM workflow_event WHERE application_id = ?1 ORDER BY id");
    if (!st)
        return st.takeError();
    st->bind(1, applicationId);
    QList<Event> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.optInteger(7)});
    }));
    return list;
}

Result<QList<StatusRow>> WorkflowService::status()
{
    Result<db::Statement> st =
        m_db.prepare("SELECT a.id, a.code, a.title, a.state, coalesce((SELECT max(at) FROM workflow_event e WHERE "
                     "e.application_id = "
                     "a.id), a.created_at), a.due_date FROM application a WHERE a.round_id = ?1 ORDER BY a.code");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<StatusRow> rows;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        StatusRow row{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), std::nullopt};
        if (!r.isNull(5))
            row.due = QDate::fromString(r.text(5), Qt::ISODate);
        rows << row;
    }));
    return rows;
}

} // namespace rb::workflow
