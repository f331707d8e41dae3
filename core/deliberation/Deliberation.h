// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Labels.h"
#include "deliberation/VoteRule.h"
#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::deliberation {

/// Whether a member in \a role votes and counts toward the quorum: everybody but the secretary, who records.
[[nodiscard]] inline bool votes(const QString& role)
{
    return !labels::is(role, labels::Role::Secretary);
}

/// A committee member (委员): an expert of the round or someone else; the chair leads and signs.
struct Member {
    qint64 id = 0;
    QString uid;
    QString name;
    QString organisation;
    QString role; ///< chair, vice_chair, member, secretary
};

struct Meeting {
    qint64 id = 0;
    QString uid;
    QString title;
    QString heldOn; ///< ISO date
    QString place;
    std::optional<qint64> chairId;
    QString status; ///< planned, open, closed
};

/// A member's part in one case.
struct Participation {
    qint64 memberId = 0;
    QString name;
    bool present = true;
    bool recused = false;
    QString recusalReason;
    QString opinion;
    QString vote; ///< for, against, abstain, or empty
    QString dissent;
};

/// One application discussed on its own (一事一议) at a meeting.
struct Case {
    qint64 id = 0;
    QString uid;
    qint64 meetingId = 0;
    qint64 applicationId = 0;
    QString applicationCode;
    QString title;
    int position = 0;
    std::optional<qint64> previousCaseId;
    QString presentation;
    QString questions;
    QString collectiveOpinion;
    QString conclusion; ///< proposed, revise, rejected, or empty while open
    QString conditions;
    QString concludedAt;
    QList<Participation> members; ///< the voting members (the secretary records, does not vote)
};

/// The committee, its meetings, their agendas and the record of every case.
class DeliberationService {
public:
    DeliberationService(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

    Result<QList<Member>> members();
    Result<Member> addMember(const QString& name, const QString& organisation, const QString& role);
    /// Changes a member (found by name): a new name, organisation or role (empty = unchanged). One chair at most;
    /// names stay unique. Audited, one transaction.
    Result<Member> editMember(const QString& name, const QString& newName, const std::optional<QString>& organisation,
                              const QString& role);
    /// Removes a member who has not taken part in a concluded case (their record stays in the minutes otherwise);
    /// nor may the chair of a meeting be removed. Audited, one transaction.
    Status removeMember(const QString& name);
    /// Moves a member up (\a delta < 0) or down the list among those of the same role (the order of the minutes
    /// and the signature sheet). Audited, one transaction.
    Status moveMember(const QString& name, int delta);
    /// The committee's chair, if it has one.
    Result<std::optional<Member>> chair();

    Result<QList<Meeting>> meetings();
    /// A meeting chaired by the committee's chair (refused without one), every member expected present.
    Result<Meeting> createMeeting(const QString& title, const QDate& day, const QString& place);
    Status setAttendance(qint64 meetingId, qint64 memberId, bool present);
    /// The voting members present at a meeting (the secretary does not count toward the quorum).
    Result<int> presentCount(qint64 meetingId);

    /// Puts applications on the agenda (expert review → deliberation, or a case sent back coming again,
    /// linked to its earlier record). Without \a applications: every application ready for it, the flagged
    /// disagreements first, then those nearest the pass line, then by score.
    Result<QList<Case>> prepareAgenda(qint64 meetingId, QList<qint64> applications = {});
    Result<QList<Case>> agenda(qint64 meetingId);
    Result<Case> caseOf(qint64 caseId);
    /// Moves a case up or down the agenda (the chair's order).
    Status moveCase(qint64 caseId, int delta);
    /// Earlier concluded cases of the same application (for the case screen).
    Result<QList<Case>> earlierCases(qint64 applicationId, qint64 beforeCaseId);

    Status setRecord(qint64 caseId, const QString& presentation, const QString& questions,
                     const QString& collectiveOpinion, const QString& conditions);
    Status setParticipation(qint64 caseId, const Participation& participation);
    /// The tally of a case under the meeting's attendance and the case's recusals.
    Result<Tally> tally(qint64 caseId);
    /// Concludes a case: refused with the reason when the vote does not support the conclusion under the
    /// round's rule (or "revise" lacks its conditions); then the application moves to the conclusion.
    Status conclude(qint64 caseId, const QString& conclusion);
    [[nodiscard]] Rule rule();

private:
    Status chairOpenMeetings(qint64 chairId);

    db::Database& m_db;
    Round m_round;
};

} // namespace rb::deliberation
