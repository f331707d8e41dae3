// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Workflow.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"
#include "workflow/FormalReview.h"
#include "workflow/States.h"

#include <QJsonObject>

namespace rb::workflow {

const QList<Transition>& transitions()
{
    static const QList<Transition> list = [] {
        auto t = [](const char* from, const char* to, bool reason = false) {
            return Transition{QString::fromLatin1(from), QString::fromLatin1(to), reason};
        };
        return QList<Transition>{
            t("recommended", "formal_review"),
            t("formal_review", "expert_review"),
            t("formal_review", "not_accepted", true),
            t("expert_review", "deliberation"),
            t("deliberation", "proposed"),
            t("deliberation", "revise"),
            t("deliberation", "rejected", true),
            t("revise", "deliberation"),
            t("proposed", "public_notice"),
            t("public_notice", "approved"),
            t("public_notice", "withdrawn", true),
            t("approved", "construction"),
            t("approved", "valid"),
            t("construction", "valid"),
            t("construction", "acceptance_failed", true),
            t("valid", "reeval_due"),
            t("reeval_due", "valid"),
            t("reeval_due", "revoked", true),
            t("valid", "revoked", true),
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
    if (*from == QLatin1String("formal_review") && to == QLatin1String("expert_review")) {
        Result<QString> formal = FormalReview(m_db, m_round).blocker(applicationId);
        if (!formal)
            return formal.takeError();
        return *formal;
    }
    if (to == QLatin1String("deliberation") && *from == QLatin1String("expert_review")) {
        Result<qint64> n =
            count("SELECT count(*) FROM assignment WHERE application_id = ?1 AND status IN ('submitted', "
                  "'entered') AND ?2 IS NOT NULL");
        if (!n)
            return n.takeError();
        return *n ? QString() : Tr::tr("no expert's scores count yet: deliberation needs the consolidated scores");
    }
    if (*from == QLatin1String("deliberation")) {
        Result<qint64> n =
            m_db.scalar("SELECT count(*) FROM deliberation_case WHERE application_id = ?1 AND conclusion = ?2 "
                        "AND concluded_at IS NOT NULL AND id = (SELECT max(id) FROM deliberation_case "
                        "WHERE application_id = ?1 AND concluded_at IS NOT NULL)",
                        0, applicationId, to);
        if (!n)
            return n.takeError();
        return *n ? QString()
                  : Tr::tr("the committee has not concluded “%1” for this application").arg(states::displayName(to));
    }
    if (to == QLatin1String("public_notice")) {
        Result<qint64> n = count("SELECT count(*) FROM notice_item i JOIN notice n ON n.id = i.notice_id WHERE "
                                 "i.application_id = ?1 AND n.start_date <= ?2");
        if (!n)
            return n.takeError();
        return *n ? QString() : Tr::tr("the application is on no public notice that has started");
    }
    if (*from == QLatin1String("public_notice")) {
        Result<qint64> pending =
            count("SELECT count(*) FROM objection WHERE application_id = ?1 AND outcome = 'pending' "
                  "AND ?2 IS NOT NULL");
        Result<qint64> upheld = count("SELECT count(*) FROM objection WHERE application_id = ?1 AND outcome = 'upheld' "
                                      "AND ?2 IS NOT NULL");
        Result<qint64> over = count("SELECT count(*) FROM notice_item i JOIN notice n ON n.id = i.notice_id WHERE "
                                    "i.application_id = ?1 AND n.end_date < ?2");
        if (!pending || !upheld || !over)
            return Error::database(Tr::tr("cannot read the public notice"));
        if (to == QLatin1String("withdrawn"))
            return *upheld ? QString() : Tr::tr("no objection against the application was upheld");
        if (*pending)
            return Tr::tr("%1 objection(s) are not resolved yet").arg(*pending);
        if (*upheld)
            return Tr::tr("an objection was upheld: the application is withdrawn, not approved");
        if (!*over)
            return Tr::tr("the public notice period is not over yet");
        return QString();
    }
    if (*from == QLatin1String("approved") && to == QLatin1String("construction")
        && m_round.category == Category::Scenario)
        return Tr::tr("scenarios have no construction period");
    if (*from == QLatin1String("construction")) {
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
        "SELECT id, from_state, to_state FROM workflow_event e WHERE application_id = ?1 AND reverses_event_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM workflow_event r WHERE r.reverses_event_id = e.id) ORDER BY id DESC LIMIT 1");
    if (!st)
        return st.takeError();
    st->bind(1, applicationId);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return Error::input(Tr::tr("there is no change to reverse"));
    const qint64 event = st->integer(0);
    const QString previous = st->text(1);
    const QString current = st->text(2);
    st->reset();
    Result<QString> now = state(applicationId);
    if (!now)
        return now.takeError();
    if (*now != current)
        return Error::input(Tr::tr("the latest change no longer matches the application's state"));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(write(applicationId, current, previous, reason, event));
    return tx.commit();
}

Status WorkflowService::write(qint64 applicationId, const QString& from, const QString& to, const QString& reason,
                              std::optional<qint64> reverses)
{
    const QString uid = newUid();
    const QString at = Clock::current().timestamp();
    RB_TRY(m_db.exec("INSERT INTO workflow_event (uid, application_id, from_state, to_state, at, by_user, reason, "
                     "reverses_event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                     uid, applicationId, from, to, at, m_db.user(), reason.trimmed(), reverses));
    RB_TRY(m_db.exec("UPDATE application SET state = ?2 WHERE id = ?1", applicationId, to));
    RB_TRY(updateDueDate(applicationId, to));
    const QString code = *m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId);
    ChangeSet changes;
    changes.add(QStringLiteral("state"), from, to);
    QJsonObject json = changes.json();
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason.trimmed());
    return AuditLog(m_db).record(
        m_round.id, reverses ? QStringLiteral("revert") : QStringLiteral("transition"), QStringLiteral("application"),
        *m_db.scalarText("SELECT uid FROM application WHERE id = ?1", applicationId), code, json);
}

Status WorkflowService::updateDueDate(qint64 applicationId, const QString& state)
{
    RoundSettings settings(m_db, m_round.id);
    const QDate day = today();
    std::optional<QDate> due;
    RB_TRY(m_db.exec("DELETE FROM milestone WHERE application_id = ?1 AND done_on IS NULL AND ?2 NOT IN ('approved', "
                     "'construction', 'valid', 'reeval_due')",
                     applicationId, state));
    auto milestone = [&](const char* kind, const QDate& date) {
        return m_db.exec("INSERT INTO milestone (uid, application_id, kind, due_on) VALUES (?1, ?2, ?3, ?4)", newUid(),
                         applicationId, QString::fromLatin1(kind), date.toString(Qt::ISODate));
    };
    if (state == QLatin1String("public_notice")) {
        Result<QString> end =
            m_db.scalarText("SELECT max(n.end_date) FROM notice_item i JOIN notice n ON n.id = i.notice_id "
                            "WHERE i.application_id = ?1",
                            applicationId);
        if (end && !end->isEmpty())
            due = QDate::fromString(*end, Qt::ISODate);
    } else if (state == QLatin1String("construction")) {
        due = day.addMonths(settings.integer(QStringLiteral("construction.months"), 24));
        RB_TRY(milestone("construction_end", *due));
        RB_TRY(milestone("acceptance", *due));
    } else if (state == QLatin1String("valid")) {
        // The title runs for the validity period from now; progress reports fall due along the way.
        due = day.addYears(settings.integer(QStringLiteral("validity.years"), 3));
        RB_TRY(m_db.exec("UPDATE milestone SET done_on = ?2 WHERE application_id = ?1 AND done_on IS NULL AND kind IN "
                         "('construction_end', 'acceptance', 'reevaluation')",
                         applicationId, day.toString(Qt::ISODate)));
        RB_TRY(milestone("validity_end", *due));
        const int every = settings.integer(QStringLiteral("progress_report.months"), 12);
        for (QDate report = day.addMonths(every); report < *due; report = report.addMonths(every))
            RB_TRY(milestone("progress_report", report));
    } else if (state == QLatin1String("reeval_due")) {
        Result<QString> end = m_db.scalarText("SELECT due_date FROM application WHERE id = ?1", applicationId);
        due = end && !end->isEmpty() ? QDate::fromString(*end, Qt::ISODate) : day;
        RB_TRY(milestone("reevaluation", *due));
    }
    return m_db.exec("UPDATE application SET due_date = ?2 WHERE id = ?1", applicationId,
                     due ? std::optional<QString>(due->toString(Qt::ISODate)) : std::nullopt);
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
