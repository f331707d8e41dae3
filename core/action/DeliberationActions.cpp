// SPDX-License-Identifier: GPL-3.0-or-later
#include "action/DeliberationActions.h"

#include "common/Tr.h"
#include "deliberation/Attendance.h"
#include "deliberation/CommitteeImport.h"
#include "deliberation/Labels.h"
#include "workflow/RoundProgress.h"

namespace rb::action {

using deliberation::DeliberationService;

namespace {

Action make(const Round& round, const char* key, QString text, std::function<Status(Context&)> work,
            Kind kind = Kind::Undoable)
{
    return Action{QString::fromLatin1(key), std::move(text), kind, round.id, std::move(work)};
}

Result<qint64> memberId(DeliberationService& service, const QString& name)
{
    Result<QList<deliberation::Member>> all = service.members();
    if (!all)
        return all.takeError();
    for (const deliberation::Member& m : *all) {
        if (m.name == name.trimmed())
            return m.id;
    }
    return Error::input(Tr::tr("%1 is not a member of the committee").arg(name));
}

QVariantList ids(const QList<deliberation::Case>& cases)
{
    QVariantList out;
    for (const deliberation::Case& c : cases)
        out << c.id;
    return out;
}

} // namespace

Action addMember(const Round& round, const QString& name, const QString& organisation, const QString& role)
{
    return make(
        round, "committee.add", Tr::tr("Add committee member %1").arg(name.trimmed()), [=](Context& c) -> Status {
            Result<deliberation::Member> m = DeliberationService(c.db, round).addMember(name, organisation, role);
            if (!m)
                return m.takeError();
            c.out.insert(QStringLiteral("member"), m->id);
            return {};
        });
}

Action editMember(const Round& round, const QString& name, const QString& newName,
                  const std::optional<QString>& organisation, const QString& role)
{
    return make(round, "committee.edit", Tr::tr("Edit committee member %1").arg(name.trimmed()),
                [=](Context& c) -> Status {
                    Result<deliberation::Member> m =
                        DeliberationService(c.db, round).editMember(name, newName, organisation, role);
                    return m ? Status() : Status(m.takeError());
                });
}

Action removeMember(const Round& round, const QString& name)
{
    return make(round, "committee.remove", Tr::tr("Remove committee member %1").arg(name.trimmed()),
                [=](Context& c) { return DeliberationService(c.db, round).removeMember(name); });
}

Action moveMember(const Round& round, const QString& name, int delta)
{
    return make(round, "committee.move",
                delta < 0 ? Tr::tr("Move %1 up the committee").arg(name)
                          : Tr::tr("Move %1 down the committee").arg(name),
                [=](Context& c) { return DeliberationService(c.db, round).moveMember(name, delta); });
}

Action importCommittee(const Round& round, const io::Table& table)
{
    return make(
        round, "committee.import", Tr::tr("Import the committee from %1").arg(table.fileName),
        [=](Context& c) -> Status {
            Result<QList<deliberation::RosterRow>> roster = deliberation::readRoster(table);
            if (!roster)
                return roster.takeError();
            DeliberationService service(c.db, round);
            Result<QList<deliberation::Member>> members = service.members();
            if (!members)
                return members.takeError();
            // Who steps down comes first, so that a new chair can take the chair.
            QList<deliberation::RosterRow> rows = *roster;
            std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
                return !labels::is(a.role, labels::Role::Chair) && labels::is(b.role, labels::Role::Chair);
            });
            int added = 0;
            int updated = 0;
            for (const deliberation::RosterRow& r : rows) {
                const auto known = std::find_if(members->cbegin(), members->cend(),
                                                [&](const deliberation::Member& m) { return m.name == r.name; });
                Status s;
                if (known == members->cend()) {
                    Result<deliberation::Member> m = service.addMember(r.name, r.organisation, r.role);
                    s = m ? Status() : Status(m.takeError());
                    ++added;
                } else if (known->organisation != r.organisation || known->role != r.role) {
                    Result<deliberation::Member> m = service.editMember(r.name, QString(), r.organisation, r.role);
                    s = m ? Status() : Status(m.takeError());
                    ++updated;
                }
                if (!s)
                    return Error::input(
                        Tr::tr("%1: the committee roster cannot be imported; nothing was imported").arg(table.fileName),
                        {Issue{table.fileName, r.row, QStringLiteral("name"), s.error().message}});
            }
            c.out.insert(QStringLiteral("added"), added);
            c.out.insert(QStringLiteral("updated"), updated);
            c.summary = Tr::tr("%n member(s) added", nullptr, added) + QStringLiteral("; ")
                        + Tr::tr("%n corrected", nullptr, updated);
            return {};
        });
}

Action holdMeeting(const Round& round, const MeetingPlan& plan)
{
    return make(round, "meeting.create", Tr::tr("Create meeting %1").arg(plan.title.trimmed()),
                [=](Context& c) -> Status {
                    DeliberationService service(c.db, round);
                    // Every absent name is checked before anything is written.
                    QList<qint64> absent;
                    for (const QString& name : plan.absent) {
                        Result<qint64> id = memberId(service, name);
                        if (!id)
                            return id.takeError();
                        absent << *id;
                    }
                    Result<deliberation::Meeting> meeting = service.createMeeting(plan.title, plan.day, plan.place);
                    if (!meeting)
                        return meeting.takeError();
                    for (qint64 member : absent)
                        RB_TRY(service.setAttendance(meeting->id, member, false));
                    c.out.insert(QStringLiteral("meeting"), meeting->id);
                    if (plan.prepareAgenda) {
                        Result<QList<deliberation::Case>> agenda = service.prepareAgenda(meeting->id);
                        if (!agenda)
                            return agenda.takeError();
                        c.out.insert(QStringLiteral("cases"), ids(*agenda));
                    }
                    return {};
                });
}

Action closeMeeting(const Round& round, qint64 meetingId, const QString& title)
{
    return make(
        round, "meeting.close", Tr::tr("Close meeting %1").arg(title),
        [=](Context& c) { return deliberation::setMeetingStatus(c.db, round, meetingId, QStringLiteral("closed")); },
        Kind::Barrier);
}

Action setAttendance(const Round& round, qint64 meetingId, const QString& memberName, bool present)
{
    return make(round, "meeting.attendance",
                present ? Tr::tr("Mark %1 present").arg(memberName) : Tr::tr("Mark %1 absent").arg(memberName),
                [=](Context& c) -> Status {
                    DeliberationService service(c.db, round);
                    Result<qint64> id = memberId(service, memberName);
                    if (!id)
                        return id.takeError();
                    return service.setAttendance(meetingId, *id, present);
                });
}

Action prepareAgenda(const Round& round, qint64 meetingId)
{
    return make(round, "meeting.agenda", Tr::tr("Prepare the agenda"), [=](Context& c) -> Status {
        Result<QList<deliberation::Case>> cases = DeliberationService(c.db, round).prepareAgenda(meetingId);
        if (!cases)
            return cases.takeError();
        if (cases->isEmpty()) {
            // Name the real cause: the step before that holds the applications back (often the formal review).
            QString cause;
            if (Result<workflow::RoundProgress> progress = workflow::roundProgress(c.db, round))
                cause = workflow::causeBefore(*progress, workflow::Step::Deliberation);
            return Error::input(cause.isEmpty()
                                    ? Tr::tr("no application is ready for deliberation: it needs its expert review "
                                             "with consolidated scores, or a decision to revise and reconsider")
                                    : Tr::tr("no application is ready for deliberation. %1").arg(cause));
        }
        c.out.insert(QStringLiteral("cases"), ids(*cases));
        c.summary = Tr::tr("%n case(s) put on the agenda", nullptr, int(cases->size()));
        return {};
    });
}

Action moveCase(const Round& round, qint64 caseId, const QString& applicationCode, int delta)
{
    return make(round, "case.move",
                delta < 0 ? Tr::tr("Move %1 up the agenda").arg(applicationCode)
                          : Tr::tr("Move %1 down the agenda").arg(applicationCode),
                [=](Context& c) { return DeliberationService(c.db, round).moveCase(caseId, delta); });
}

Action saveRecord(const Round& round, qint64 caseId, const QString& applicationCode, const CaseRecord& record)
{
    return make(round, "case.record", Tr::tr("Edit the record of %1").arg(applicationCode), [=](Context& c) {
        return DeliberationService(c.db, round)
            .setRecord(caseId, record.presentation, record.questions, record.collectiveOpinion, record.conditions);
    });
}

Action setParticipation(const Round& round, qint64 caseId, const QString& applicationCode,
                        const deliberation::Participation& participation)
{
    QString text;
    if (participation.recused)
        text = Tr::tr("Recuse %1 from %2").arg(participation.name, applicationCode);
    else if (!participation.vote.isEmpty())
        text = Tr::tr("Record %1's vote on %2: %3")
                   .arg(participation.name, applicationCode, labels::screen(labels::Kind::Vote, participation.vote));
    else
        text = Tr::tr("Edit %1's part in %2").arg(participation.name, applicationCode);
    return make(round, "case.participation", text,
                [=](Context& c) { return DeliberationService(c.db, round).setParticipation(caseId, participation); });
}

Action allPresentVoteFor(const Round& round, qint64 caseId, const QString& applicationCode)
{
    return make(
        round, "case.vote_all_for", Tr::tr("All present members vote for %1").arg(applicationCode),
        [=](Context& c) -> Status {
            DeliberationService service(c.db, round);
            Result<deliberation::Case> theCase = service.caseOf(caseId);
            if (!theCase)
                return theCase.takeError();
            int votes = 0;
            for (deliberation::Participation p : theCase->members) {
                if (!p.present || p.recused || !p.vote.isEmpty())
                    continue;
                p.vote = labels::key(labels::Vote::For);
                RB_TRY(service.setParticipation(caseId, p));
                ++votes;
            }
            if (votes == 0)
                return Error::input(
                    Tr::tr("every member present and not recused has voted on %1 already").arg(applicationCode));
            c.summary = Tr::tr("%n vote(s) for recorded", nullptr, votes);
            c.out.insert(QStringLiteral("votes"), votes);
            return {};
        });
}

Action decideCase(const Round& round, qint64 caseId, const QString& applicationCode,
                  const QList<deliberation::Participation>& participations, const CaseRecord& record,
                  const QString& conclusion)
{
    return make(
        round, "case.conclude",
        Tr::tr("Conclude %1: %2").arg(applicationCode, labels::screen(labels::Kind::Conclusion, conclusion)),
        [=](Context& c) -> Status {
            DeliberationService service(c.db, round);
            for (const deliberation::Participation& p : participations)
                RB_TRY(service.setParticipation(caseId, p));
            RB_TRY(service.setRecord(caseId, record.presentation, record.questions, record.collectiveOpinion,
                                     record.conditions));
            return service.conclude(caseId, conclusion);
        },
        Kind::Barrier);
}

} // namespace rb::action
