// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action/Action.h"
#include "deliberation/Deliberation.h"
#include "io/Table.h"

#include <QDate>

namespace rb::action {

/// The committee, its meetings and their cases as user actions (used by the CLI and the GUI alike).
/// Everything is undoable but the conclusion of a case.

/// out: "member" (the new member's id).
Action addMember(const Round& round, const QString& name, const QString& organisation, const QString& role);
/// A new name, organisation or role (empty name/role, no organisation = unchanged).
Action editMember(const Round& round, const QString& name, const QString& newName,
                  const std::optional<QString>& organisation, const QString& role);
Action removeMember(const Round& round, const QString& name);
Action moveMember(const Round& round, const QString& name, int delta);
/// Adds the members of a roster (姓名, 工作单位, 职务) and corrects those already there (organisation, role): all
/// or none. out: "added", "updated".
Action importCommittee(const Round& round, const io::Table& table);

/// What a meeting starts with: the members absent and whether the ready applications go on its agenda.
struct MeetingPlan {
    QString title;
    QDate day;
    QString place;
    QStringList absent;
    bool prepareAgenda = false;
};
/// Creates a meeting chaired by the committee's chair (refused without a chair), with its absences and agenda.
/// out: "meeting" (id), "cases" (ids of the agenda, in order).
Action holdMeeting(const Round& round, const MeetingPlan& plan);
/// Closes a meeting: its record is final (a barrier).
Action closeMeeting(const Round& round, qint64 meetingId, const QString& title);
Action setAttendance(const Round& round, qint64 meetingId, const QString& memberName, bool present);
/// out: "cases" (ids of the cases added).
Action prepareAgenda(const Round& round, qint64 meetingId);
Action moveCase(const Round& round, qint64 caseId, const QString& applicationCode, int delta);

/// The typed record of a case: what was presented, asked, concluded collectively and required.
struct CaseRecord {
    QString presentation;
    QString questions;
    QString collectiveOpinion;
    QString conditions;
};
Action saveRecord(const Round& round, qint64 caseId, const QString& applicationCode, const CaseRecord& record);
/// Every member present and not recused who has not voted yet votes for — the common case at a meeting, typed once;
/// members who voted otherwise keep their vote (record the exceptions first). Refused when nobody is left to vote.
Action allPresentVoteFor(const Round& round, qint64 caseId, const QString& applicationCode);
Action setParticipation(const Round& round, qint64 caseId, const QString& applicationCode,
                        const deliberation::Participation& participation);
/// Records the members' parts and the record, then concludes: one action, both or neither. A barrier.
Action decideCase(const Round& round, qint64 caseId, const QString& applicationCode,
                  const QList<deliberation::Participation>& participations, const CaseRecord& record,
                  const QString& conclusion);

} // namespace rb::action
