// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Reevaluation.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/States.h"
#include "repo/RoundRepository.h"
#include "round/RoundSetup.h"
#include "workflow/Workflow.h"

using rb::states::State;

namespace rb::workflow {

Result<Round> Reevaluation::start(const Round& source, int year, const QString& title, int withinDays)
{
    const QDate horizon = Clock::current().now().toLocalTime().date().addDays(withinDays);
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    WorkflowService flow(m_db, source);
    Result<db::Statement> st =
        m_db.prepare("SELECT id, state, due_date FROM application WHERE round_id = ?1 AND state IN "
                     "('valid', 'reeval_due') ORDER BY code");
    if (!st)
        return st.takeError();
    st->bind(1, source.id);
    QList<qint64> due;
    QList<qint64> becomingDue;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (states::is(r.text(1), State::ReevalDue))
            due << r.integer(0);
        else if (!r.isNull(2) && QDate::fromString(r.text(2), Qt::ISODate) <= horizon)
            becomingDue << r.integer(0);
    }));
    for (qint64 id : becomingDue) {
        RB_TRY(flow.transition(id, states::key(State::ReevalDue),
                               Tr::tr("the title ends within %1 days").arg(withinDays)));
        due << id;
    }
    if (due.isEmpty())
        return Error::input(Tr::tr("no title of round %1 is due for re-evaluation").arg(source.code));
    Result<Round> round = round::addRound(m_db, {Category::Reeval, year, title, QStringLiteral("reeval")});
    if (!round)
        return round.takeError();
    RB_TRY(m_db.exec("UPDATE round SET source_round_id = ?2 WHERE id = ?1", round->id, source.id));
    for (qint64 id : due) {
        RB_TRY(
            m_db.exec("INSERT INTO application (uid, round_id, code, title, province, sector, recommender, priority, "
                      "state, created_at, source_application_id, authority) SELECT ?1, ?2, code, title, province, "
                      "sector, recommender, NULL, 'recommended', ?3, id, authority FROM application WHERE id = ?4",
                      newUid(), round->id, Clock::current().timestamp(), id));
        const qint64 copy = m_db.lastInsertId();
        RB_TRY(m_db.exec("INSERT INTO application_applicant (application_id, applicant_id, position) SELECT ?1, "
                         "applicant_id, position FROM application_applicant WHERE application_id = ?2",
                         copy, id));
    }
    RB_TRY(tx.commit());
    return round;
}

Result<int> Reevaluation::applyOutcomes(const Round& reevalRound)
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT r.state, r.source_application_id, s.round_id, s.state FROM application r JOIN application s ON s.id = "
        "r.source_application_id WHERE r.round_id = ?1 AND r.state IN ('proposed', 'rejected') AND s.state = "
        "'reeval_due'");
    if (!st)
        return st.takeError();
    st->bind(1, reevalRound.id);
    struct Outcome {
        bool keep;
        qint64 source;
        qint64 sourceRound;
    };
    QList<Outcome> outcomes;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        outcomes.append({states::is(r.text(0), State::Proposed), r.integer(1), r.integer(2)});
    }));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    for (const Outcome& o : outcomes) {
        Result<std::optional<Round>> source = RoundRepository(m_db).byId(o.sourceRound);
        if (!source || !*source)
            return Error::database(Tr::tr("the source round of the re-evaluation is missing"));
        RB_TRY(WorkflowService(m_db, **source)
                   .transition(o.source, o.keep ? states::key(State::Valid) : states::key(State::Revoked),
                               o.keep ? Tr::tr("kept after re-evaluation in %1").arg(reevalRound.code)
                                      : Tr::tr("revoked after re-evaluation in %1").arg(reevalRound.code)));
    }
    RB_TRY(tx.commit());
    return int(outcomes.size());
}

} // namespace rb::workflow
