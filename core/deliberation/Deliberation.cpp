// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/Deliberation.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "consolidation/Consolidation.h"
#include "deliberation/Labels.h"
#include "domain/States.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"
#include "workflow/Workflow.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using rb::states::State;

namespace rb::deliberation {

Rule DeliberationService::rule()
{
    RoundSettings s(m_db, m_round.id);
    return {s.number(QStringLiteral("deliberation.quorum")).value_or(2.0 / 3.0),
            s.number(QStringLiteral("deliberation.pass_ratio")).value_or(0.75)};
}

Result<QList<Member>> DeliberationService::members()
{
    Result<db::Statement> st =
        m_db.prepare("SELECT id, uid, name, organisation, role FROM committee_member WHERE "
                     "round_id = ?1 ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 "
                     "WHEN 'member' THEN 2 ELSE 3 END, position, id");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<Member> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)});
    }));
    return list;
}

Result<Member> DeliberationService::addMember(const QString& name, const QString& organisation, const QString& role)
{
    if (name.trimmed().isEmpty())
        return Error::input(Tr::tr("the member needs a name"));
    Member m{0, newUid(), name.trimmed(), organisation.trimmed(),
             role.isEmpty() ? labels::key(labels::Role::Member) : role};
    if (!labels::isKey(labels::Kind::Role, m.role))
        return Error::input(
            Tr::tr("'%1' is not a committee role (chair, vice_chair, member or secretary)").arg(m.role));
    // Members are named on the command line and in the minutes: a name is used once per committee.
    Result<qint64> same =
        m_db.scalar("SELECT count(*) FROM committee_member WHERE round_id = ?1 AND name = ?2", 0, m_round.id, m.name);
    if (!same)
        return same.takeError();
    if (*same)
        return Error::input(Tr::tr("%1 is already a member of the committee").arg(m.name));
    if (labels::is(m.role, labels::Role::Chair)) {
        Result<QString> chair = m_db.scalarText(
            "SELECT coalesce(max(name), '') FROM committee_member WHERE round_id = ?1 AND role = 'chair'", m_round.id);
        if (!chair)
            return chair.takeError();
        if (!chair->isEmpty())
            return Error::input(Tr::tr("the committee already has a chair (%1)").arg(*chair));
    }
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("INSERT INTO committee_member (uid, round_id, name, organisation, role, position) VALUES (?1, ?2, "
                     "?3, ?4, ?5, (SELECT coalesce(max(position), -1) + 1 FROM committee_member WHERE round_id = ?2))",
                     m.uid, m_round.id, m.name, m.organisation, m.role));
    m.id = m_db.lastInsertId();
    if (labels::is(m.role, labels::Role::Chair))
        RB_TRY(chairOpenMeetings(m.id));
    // Members join every planned meeting, expected present.
    RB_TRY(m_db.exec("INSERT OR IGNORE INTO meeting_attendance (meeting_id, member_id, present) SELECT id, ?2, 1 FROM "
                     "meeting WHERE round_id = ?1 AND status != 'closed'",
                     m_round.id, m.id));
    RB_TRY(AuditLog(m_db).record(
        m_round.id, QStringLiteral("create"), QStringLiteral("committee_member"), m.uid, m.name,
        QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("organisation"), m.organisation}}));
    RB_TRY(tx.commit());
    return m;
}

namespace {

bool isRole(const QString& role)
{
    return labels::isKey(labels::Kind::Role, role);
}

/// The member of \a name (names are unique in a committee).
Result<Member> memberNamed(const QList<Member>& members, const QString& name)
{
    for (const Member& m : members) {
        if (m.name == name.trimmed())
            return m;
    }
    return Error::input(Tr::tr("%1 is not a member of the committee").arg(name));
}

} // namespace

Result<Member> DeliberationService::editMember(const QString& name, const QString& newName,
                                               const std::optional<QString>& organisation, const QString& role)
{
    Result<QList<Member>> all = members();
    if (!all)
        return all.takeError();
    Result<Member> found = memberNamed(*all, name);
    if (!found)
        return found.takeError();
    Member m = *found;
    const Member before = m;
    if (!newName.trimmed().isEmpty())
        m.name = newName.trimmed();
    if (organisation)
        m.organisation = organisation->trimmed();
    if (!role.isEmpty())
        m.role = role;
    if (!isRole(m.role))
        return Error::input(
            Tr::tr("'%1' is not a committee role (chair, vice_chair, member or secretary)").arg(m.role));
    for (const Member& other : *all) {
        if (other.id == m.id)
            continue;
        if (other.name == m.name)
            return Error::input(Tr::tr("%1 is already a member of the committee").arg(m.name));
        if (labels::is(m.role, labels::Role::Chair) && labels::is(other.role, labels::Role::Chair))
            return Error::input(Tr::tr("the committee already has a chair (%1)").arg(other.name));
    }
    ChangeSet changes;
    changes.add(QStringLiteral("name"), before.name, m.name);
    changes.add(QStringLiteral("organisation"), before.organisation, m.organisation);
    changes.add(QStringLiteral("role"), before.role, m.role);
    if (changes.isEmpty())
        return m;
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("UPDATE committee_member SET name = ?2, organisation = ?3, role = ?4 WHERE id = ?1", m.id, m.name,
                     m.organisation, m.role));
    if (labels::is(m.role, labels::Role::Chair))
        RB_TRY(chairOpenMeetings(m.id));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("update"), QStringLiteral("committee_member"), m.uid,
                                 before.name, changes.json()));
    RB_TRY(tx.commit());
    return m;
}

Status DeliberationService::removeMember(const QString& name)
{
    Result<QList<Member>> all = members();
    if (!all)
        return all.takeError();
    Result<Member> found = memberNamed(*all, name);
    if (!found)
        return found.takeError();
    Result<qint64> voted = m_db.scalar("SELECT count(*) FROM case_member cm JOIN deliberation_case c ON c.id = "
                                       "cm.case_id WHERE cm.member_id = ?1 AND c.conclusion IS NOT NULL",
                                       0, found->id);
    Result<qint64> chaired = m_db.scalar("SELECT count(*) FROM meeting WHERE chair_id = ?1", 0, found->id);
    if (!voted || !chaired)
        return voted ? chaired.error() : voted.error();
    if (*voted > 0)
        return Error::input(Tr::tr("%1 took part in %2 concluded case(s) and stays in their record; change their role "
                                   "instead of removing them")
                                .arg(found->name)
                                .arg(*voted));
    if (*chaired > 0)
        return Error::input(
            Tr::tr("%1 chairs a meeting; name another chair for it before removing them").arg(found->name));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("DELETE FROM committee_member WHERE id = ?1", found->id));
    RB_TRY(AuditLog(m_db).record(
        m_round.id, QStringLiteral("delete"), QStringLiteral("committee_member"), found->uid, found->name,
        QJsonObject{{QStringLiteral("role"), found->role}, {QStringLiteral("organisation"), found->organisation}}));
    return tx.commit();
}

Status DeliberationService::moveMember(const QString& name, int delta)
{
    Result<QList<Member>> all = members();
    if (!all)
        return all.takeError();
    Result<Member> found = memberNamed(*all, name);
    if (!found)
        return found.takeError();
    const qsizetype from =
        std::find_if(all->begin(), all->end(), [&](const Member& m) { return m.id == found->id; }) - all->begin();
    const qsizetype to = from + delta;
    // The chair is listed first, then vice-chairs, members and the secretary: a member moves among their own.
    if (delta == 0 || to < 0 || to >= all->size() || all->at(to).role != found->role)
        return Error::input(Tr::tr("%1 cannot move further: the list keeps the chair first, then vice-chairs, "
                                   "members and the secretary; change the role to move across")
                                .arg(found->name));
    all->move(from, to);
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    for (qsizetype i = 0; i < all->size(); ++i)
        RB_TRY(m_db.exec("UPDATE committee_member SET position = ?2 WHERE id = ?1 AND position IS NOT ?2",
                         all->at(i).id, qint64(i)));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("reorder"), QStringLiteral("committee_member"), found->uid,
                                 found->name,
                                 QJsonObject{{QStringLiteral("position"), QJsonArray{int(from), int(to)}}}));
    return tx.commit();
}

Status DeliberationService::chairOpenMeetings(qint64 chairId)
{
    // Meetings not yet closed that have no chair, or whose chair is no longer the chair, take the new one.
    return m_db.exec(
        "UPDATE meeting SET chair_id = ?2 WHERE round_id = ?1 AND status != 'closed' AND (chair_id IS NULL "
        "OR chair_id NOT IN (SELECT id FROM committee_member WHERE role = 'chair'))",
        m_round.id, chairId);
}

Result<std::optional<Member>> DeliberationService::chair()
{
    Result<QList<Member>> all = members();
    if (!all)
        return all.takeError();
    for (const Member& m : *all) {
        if (labels::is(m.role, labels::Role::Chair))
            return std::optional<Member>(m);
    }
    return std::optional<Member>();
}

Result<QList<Meeting>> DeliberationService::meetings()
{
    Result<db::Statement> st =
        m_db.prepare("SELECT id, uid, title, held_on, place, chair_id, status FROM meeting WHERE "
                     "round_id = ?1 ORDER BY held_on, id");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<Meeting> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.optInteger(5), r.text(6)});
    }));
    return list;
}

Result<Meeting> DeliberationService::createMeeting(const QString& title, const QDate& day, const QString& place)
{
    if (title.trimmed().isEmpty() || !day.isValid())
        return Error::input(Tr::tr("a meeting needs a title and a date"));
    // The chair leads the meeting and signs its minutes: no chair, no meeting.
    Result<std::optional<Member>> chairman = chair();
    if (!chairman)
        return chairman.takeError();
    if (!*chairman)
        return Error::input(Tr::tr("the committee has no chair: name one (give a member the role chair) before "
                                   "creating a meeting"));
    const std::optional<qint64> chairId = (*chairman)->id;
    Meeting m{
        0, newUid(), title.trimmed(), day.toString(Qt::ISODate), place.trimmed(), chairId, QStringLiteral("planned")};
    RB_TRY(m_db.exec("INSERT INTO meeting (uid, round_id, title, held_on, place, chair_id, created_at) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                     m.uid, m_round.id, m.title, m.heldOn, m.place, chairId, Clock::current().timestamp()));
    m.id = m_db.lastInsertId();
    RB_TRY(m_db.exec("INSERT INTO meeting_attendance (meeting_id, member_id, present) SELECT ?1, id, 1 FROM "
                     "committee_member WHERE round_id = ?2",
                     m.id, m_round.id));
    RB_TRY(
        AuditLog(m_db).record(m_round.id, QStringLiteral("create"), QStringLiteral("meeting"), m.uid, m.title,
                              QJsonObject{{QStringLiteral("held_on"), m.heldOn}, {QStringLiteral("place"), m.place}}));
    return m;
}

Status DeliberationService::setAttendance(qint64 meetingId, qint64 memberId, bool present)
{
    Result<QString> name =
        m_db.scalarText("SELECT name FROM committee_member WHERE id = ?1 AND round_id = ?2", memberId, m_round.id);
    if (!name)
        return name.takeError();
    Result<QString> meeting =
        m_db.scalarText("SELECT uid FROM meeting WHERE id = ?1 AND round_id = ?2", meetingId, m_round.id);
    if (!meeting)
        return meeting.takeError();
    if (name->isEmpty() || meeting->isEmpty())
        return Error::input(Tr::tr("no such member or meeting in this round"));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("INSERT INTO meeting_attendance (meeting_id, member_id, present) VALUES (?1, ?2, ?3) ON CONFLICT "
                     "(meeting_id, member_id) DO UPDATE SET present = excluded.present",
                     meetingId, memberId, present));
    RB_TRY(AuditLog(m_db).record(
        m_round.id, QStringLiteral("attendance"), QStringLiteral("meeting"), *meeting, *name,
        QJsonObject{{QStringLiteral("meeting"), meetingId}, {QStringLiteral("present"), present}}));
    return tx.commit();
}

Result<int> DeliberationService::presentCount(qint64 meetingId)
{
    // Like a case's members: every voting member of the round, present unless recorded absent.
    Result<qint64> n =
        m_db.scalar("SELECT count(*) FROM committee_member m LEFT JOIN meeting_attendance t ON t.member_id = m.id AND "
                    "t.meeting_id = ?1 WHERE m.round_id = ?2 AND m.role <> 'secretary' AND coalesce(t.present, 1) = 1",
                    0, meetingId, m_round.id);
    if (!n)
        return n.takeError();
    return int(*n);
}

Result<QList<Case>> DeliberationService::prepareAgenda(qint64 meetingId, QList<qint64> applications)
{
    if (applications.isEmpty()) {
        // Ready: expert review done, sent back for revision, or moved to deliberation by hand without a case
        // yet. Disagreements first, then the cases nearest the pass line (when the round has one), then by score.
        Result<consolidation::Results> results = consolidation::consolidate(m_db, m_round);
        if (!results)
            return results.takeError();
        const std::optional<double> pass = RoundSettings(m_db, m_round.id).number(QStringLiteral("ranking.pass_line"));
        struct Candidate {
            qint64 id;
            bool disagreement;
            double distance;
            double score;
        };
        QList<Candidate> ready;
        for (const auto& a : results->applications) {
            Result<QString> state = m_db.scalarText("SELECT state FROM application WHERE id = ?1", a.applicationId);
            if (!state)
                return state.takeError();
            if (states::is(*state, State::Deliberation)) {
                Result<qint64> open = m_db.scalar(
                    "SELECT count(*) FROM deliberation_case WHERE application_id = ?1 AND concluded_at IS NULL", 0,
                    a.applicationId);
                if (!open)
                    return open.takeError();
                if (*open)
                    continue;
            } else if (!states::is(*state, State::ExpertReview) && !states::is(*state, State::Revise)) {
                continue;
            }
            if (states::is(*state, State::ExpertReview) && !a.score)
                continue;
            const double score = a.score.value_or(0);
            ready.append({a.applicationId, a.flags.contains(QLatin1String("disagreement")),
                          pass ? std::abs(score - *pass) : 1e9, score});
        }
        std::stable_sort(ready.begin(), ready.end(), [](const Candidate& x, const Candidate& y) {
            if (x.disagreement != y.disagreement)
                return x.disagreement;
            if (x.distance != y.distance)
                return x.distance < y.distance;
            return x.score > y.score;
        });
        for (const Candidate& c : ready)
            applications << c.id;
    }
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    workflow::WorkflowService flow(m_db, m_round);
    Result<qint64> last =
        m_db.scalar("SELECT coalesce(max(position), -1) FROM deliberation_case WHERE meeting_id = ?1", -1, meetingId);
    if (!last)
        return last.takeError();
    int position = int(*last);
    for (qint64 app : applications) {
        Result<qint64> already = m_db.scalar("SELECT count(*) FROM deliberation_case WHERE meeting_id = ?1 AND "
                                             "application_id = ?2",
                                             0, meetingId, app);
        if (!already)
            return already.takeError();
        if (*already)
            continue;
        Result<QString> state = m_db.scalarText("SELECT state FROM application WHERE id = ?1", app);
        if (!state)
            return state.takeError();
        if (!states::is(*state, State::Deliberation)) // else moved there by hand, without a case until now
            RB_TRY(flow.transition(app, states::key(State::Deliberation), QString()));
        Result<qint64> previous = m_db.scalar("SELECT max(id) FROM deliberation_case WHERE application_id = ?1 AND "
                                              "concluded_at IS NOT NULL",
                                              0, app);
        if (!previous)
            return previous.takeError();
        RB_TRY(m_db.exec("INSERT INTO deliberation_case (uid, meeting_id, application_id, position, previous_case_id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)",
                         newUid(), meetingId, app, ++position,
                         *previous ? std::optional<qint64>(*previous) : std::nullopt));
    }
    RB_TRY(tx.commit());
    return agenda(meetingId);
}

Result<QList<Case>> DeliberationService::agenda(qint64 meetingId)
{
    Result<db::Statement> st =
        m_db.prepare("SELECT id FROM deliberation_case WHERE meeting_id = ?1 ORDER BY position, id");
    if (!st)
        return st.takeError();
    st->bind(1, meetingId);
    QList<qint64> ids;
    RB_TRY(st->forEach([&](const db::Statement& r) { ids << r.integer(0); }));
    QList<Case> cases;
    for (qint64 id : ids) {
        Result<Case> c = caseOf(id);
        if (!c)
            return c.takeError();
        cases << *c;
    }
    return cases;
}

Result<Case> DeliberationService::caseOf(qint64 caseId)
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT c.id, c.uid, c.meeting_id, c.application_id, a.code, a.title, c.position, c.previous_case_id, "
        "c.presentation, c.questions, c.collective_opinion, coalesce(c.conclusion, ''), c.conditions, "
        "coalesce(c.concluded_at, '') FROM deliberation_case c JOIN application a ON a.id = c.application_id WHERE "
        "c.id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, caseId);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return Error::input(Tr::tr("no such case"));
    Case c{st->integer(0), st->text(1),         st->integer(2),    st->integer(3), st->text(4),
           st->text(5),    int(st->integer(6)), st->optInteger(7), st->text(8),    st->text(9),
           st->text(10),   st->text(11),        st->text(12),      st->text(13),   {}};
    st->reset();
    Result<db::Statement> people = m_db.prepare(
        "SELECT m.id, m.name, coalesce(t.present, 1), coalesce(p.recused, 0), coalesce(p.recusal_reason, ''), "
        "coalesce(p.opinion, ''), coalesce(p.vote, ''), coalesce(p.dissent, '') FROM committee_member m "
        "LEFT JOIN meeting_attendance t ON t.member_id = m.id AND t.meeting_id = ?2 "
        "LEFT JOIN case_member p ON p.member_id = m.id AND p.case_id = ?1 WHERE m.round_id = ?3 "
        "AND m.role <> 'secretary' ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' "
        "THEN 2 ELSE 3 END, m.id");
    if (!people)
        return people.takeError();
    people->bindAll(caseId, c.meetingId, m_round.id);
    RB_TRY(people->forEach([&](const db::Statement& r) {
        c.members.append({r.integer(0), r.text(1), r.integer(2) != 0, r.integer(3) != 0, r.text(4), r.text(5),
                          r.text(6), r.text(7)});
    }));
    return c;
}

Status DeliberationService::moveCase(qint64 caseId, int delta)
{
    Result<Case> c = caseOf(caseId);
    if (!c)
        return c.takeError();
    Result<QList<Case>> list = agenda(c->meetingId);
    if (!list)
        return list.takeError();
    QList<qint64> order;
    for (const Case& x : *list)
        order << x.id;
    const qsizetype from = order.indexOf(caseId);
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, order.size() - 1);
    order.move(from, to);
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    for (int i = 0; i < order.size(); ++i)
        RB_TRY(m_db.exec("UPDATE deliberation_case SET position = ?2 WHERE id = ?1", order[i], i));
    return tx.commit();
}

Result<QList<Case>> DeliberationService::earlierCases(qint64 applicationId, qint64 beforeCaseId)
{
    Result<db::Statement> st = m_db.prepare("SELECT id FROM deliberation_case WHERE application_id = ?1 AND id < ?2 "
                                            "AND concluded_at IS NOT NULL ORDER BY id");
    if (!st)
        return st.takeError();
    st->bindAll(applicationId, beforeCaseId);
    QList<qint64> ids;
    RB_TRY(st->forEach([&](const db::Statement& r) { ids << r.integer(0); }));
    QList<Case> cases;
    for (qint64 id : ids) {
        Result<Case> c = caseOf(id);
        if (!c)
            return c.takeError();
        cases << *c;
    }
    return cases;
}

Status DeliberationService::setRecord(qint64 caseId, const QString& presentation, const QString& questions,
                                      const QString& collectiveOpinion, const QString& conditions)
{
    Result<Case> c = caseOf(caseId);
    if (!c)
        return c.takeError();
    if (!c->concludedAt.isEmpty())
        return Error::input(Tr::tr("the case is concluded; its record can no longer be changed"));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("UPDATE deliberation_case SET presentation = ?2, questions = ?3, collective_opinion = ?4, "
                     "conditions = ?5 WHERE id = ?1",
                     caseId, presentation, questions, collectiveOpinion, conditions));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("update"), QStringLiteral("deliberation_case"), c->uid,
                                 c->applicationCode));
    return tx.commit();
}

Status DeliberationService::setParticipation(qint64 caseId, const Participation& p)
{
    Result<Case> c = caseOf(caseId);
    if (!c)
        return c.takeError();
    if (!c->concludedAt.isEmpty())
        return Error::input(Tr::tr("the case is concluded; its record can no longer be changed"));
    static const QStringList votes = {QString(), labels::key(labels::Vote::For), labels::key(labels::Vote::Against),
                                      labels::key(labels::Vote::Abstain)};
    if (!votes.contains(p.vote))
        return Error::input(Tr::tr("a vote is for, against or abstain"));
    if (p.recused && p.recusalReason.trimmed().isEmpty())
        return Error::input(Tr::tr("a recusal needs its reason"));
    const auto present = std::find_if(c->members.begin(), c->members.end(),
                                      [&](const Participation& x) { return x.memberId == p.memberId; });
    if (present == c->members.end()) {
        Result<QString> role = m_db.scalarText("SELECT role FROM committee_member WHERE id = ?1 AND round_id = ?2",
                                               p.memberId, m_round.id);
        if (!role)
            return role.takeError();
        if (!role->isEmpty() && !deliberation::votes(*role))
            return Error::input(Tr::tr("the secretary records the deliberation and does not vote"));
        return Error::input(Tr::tr("not a member of this committee"));
    }
    if (!p.vote.isEmpty() && (p.recused || !present->present))
        return Error::input(Tr::tr("%1 cannot vote on this case (absent or recused; no proxies)").arg(present->name));
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec(
        "INSERT INTO case_member (case_id, member_id, recused, recusal_reason, opinion, vote, dissent) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (case_id, member_id) DO UPDATE SET recused = excluded.recused, "
        "recusal_reason = excluded.recusal_reason, opinion = excluded.opinion, vote = excluded.vote, "
        "dissent = excluded.dissent",
        caseId, p.memberId, p.recused, p.recusalReason.trimmed(), p.opinion.trimmed(),
        p.vote.isEmpty() ? std::optional<QString>() : std::optional<QString>(p.vote), p.dissent.trimmed()));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("update"), QStringLiteral("case_member"), c->uid,
                                 c->applicationCode + QLatin1Char('/') + present->name,
                                 QJsonObject{{QStringLiteral("recused"), p.recused},
                                             {QStringLiteral("vote"), p.vote},
                                             {QStringLiteral("dissent"), p.dissent}}));
    return tx.commit();
}

Result<Tally> DeliberationService::tally(qint64 caseId)
{
    Result<Case> c = caseOf(caseId);
    if (!c)
        return c.takeError();
    Tally t;
    t.members = int(c->members.size());
    for (const Participation& p : c->members) {
        if (p.recused) {
            ++t.recused;
            continue;
        }
        if (!p.present)
            continue;
        ++t.present;
        t.votesFor += labels::is(p.vote, labels::Vote::For) ? 1 : 0;
        t.against += labels::is(p.vote, labels::Vote::Against) ? 1 : 0;
        t.abstain += labels::is(p.vote, labels::Vote::Abstain) ? 1 : 0;
    }
    return t;
}

Status DeliberationService::conclude(qint64 caseId, const QString& conclusion)
{
    if (!labels::conclusion(conclusion))
        return Error::input(Tr::tr("the conclusion is proposed, revise or rejected"));
    Result<Case> c = caseOf(caseId);
    if (!c)
        return c.takeError();
    if (!c->concludedAt.isEmpty())
        return Error::input(Tr::tr("the case is already concluded"));
    Result<Tally> t = tally(caseId);
    if (!t)
        return t.takeError();
    if (const QString why = whyNotConclude(conclusion, c->conditions, c->collectiveOpinion, *t, rule()); !why.isEmpty())
        return Error::input(why);
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec(
        "UPDATE deliberation_case SET conclusion = ?2, votes_for = ?3, votes_against = ?4, votes_abstain = ?5, "
        "concluded_at = ?6 WHERE id = ?1",
        caseId, conclusion, t->votesFor, t->against, t->abstain, Clock::current().timestamp()));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("conclude"), QStringLiteral("deliberation_case"), c->uid,
                                 c->applicationCode,
                                 QJsonObject{{QStringLiteral("conclusion"), conclusion},
                                             {QStringLiteral("for"), t->votesFor},
                                             {QStringLiteral("against"), t->against},
                                             {QStringLiteral("abstain"), t->abstain}}));
    const QString reason = labels::is(conclusion, labels::Conclusion::Revise) ? c->conditions : c->collectiveOpinion;
    RB_TRY(workflow::WorkflowService(m_db, m_round).transition(c->applicationId, conclusion, reason));
    return tx.commit();
}

} // namespace rb::deliberation
