// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/Assignments.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/Region.h"
#include "domain/Text.h"
#include "repo/AuditLog.h"
#include "review/AssignmentSolver.h"
#include "review/Conflicts.h"

#include <QJsonObject>

namespace rb {

Result<QList<Assignment>> AssignmentRepository::list()
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT s.id, s.uid, s.expert_id, s.application_id, e.code, a.code, s.status, coalesce(s.void_reason, '') "
        "FROM assignment s JOIN expert e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id "
        "WHERE e.round_id = ?1 ORDER BY e.code, a.code");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<Assignment> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.text(1), r.integer(2), r.integer(3), r.text(4), r.text(5), r.text(6), r.text(7)});
    }));
    return list;
}

Result<Assignment> AssignmentRepository::add(qint64 expertId, qint64 applicationId)
{
    Result<ConflictSet> conflicts = ConflictService(m_db, m_round).pairs();
    if (!conflicts)
        return conflicts.takeError();
    if (conflicts->contains(expertId, applicationId))
        return Error::input(Tr::tr("this expert has a conflict of interest with the application and cannot review it"));
    Assignment a;
    a.uid = newUid();
    a.expertId = expertId;
    a.applicationId = applicationId;
    a.status = QStringLiteral("assigned");
    RB_TRY(m_db.exec("INSERT INTO assignment (uid, expert_id, application_id) VALUES (?1, ?2, ?3)", a.uid, expertId,
                     applicationId));
    a.id = m_db.lastInsertId();
    RB_VALUE(a.expertCode, m_db.scalarText("SELECT code FROM expert WHERE id = ?1", expertId));
    RB_VALUE(a.applicationCode, m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("create"), QStringLiteral("assignment"), a.uid,
                                 a.expertCode + QLatin1Char('/') + a.applicationCode));
    return a;
}

Result<std::optional<Assignment>> AssignmentRepository::find(qint64 expertId, qint64 applicationId)
{
    Result<QList<Assignment>> all = list();
    if (!all)
        return all.takeError();
    for (const Assignment& a : *all) {
        if (a.expertId == expertId && a.applicationId == applicationId)
            return std::optional<Assignment>(a);
    }
    return std::optional<Assignment>();
}

Status AssignmentRepository::removeByUid(const QString& uid)
{
    Result<qint64> id = m_db.scalar("SELECT id FROM assignment WHERE uid = ?1", 0, uid);
    if (!id)
        return id.takeError();
    return *id ? remove(*id) : Status();
}

Status AssignmentRepository::restoreStatus(qint64 assignmentId, const QString& status)
{
    RB_VALUE(const QString uid, m_db.scalarText("SELECT uid FROM assignment WHERE id = ?1", assignmentId));
    RB_VALUE(const QString old, m_db.scalarText("SELECT status FROM assignment WHERE id = ?1", assignmentId));
    RB_TRY(m_db.exec("UPDATE assignment SET status = ?2, void_reason = NULL WHERE id = ?1", assignmentId, status));
    ChangeSet changes;
    changes.add(QStringLiteral("status"), old, status);
    return AuditLog(m_db).record(m_round.id, QStringLiteral("update"), QStringLiteral("assignment"), uid, QString(),
                                 changes.json());
}

Status AssignmentRepository::remove(qint64 assignmentId)
{
    Result<qint64> scores = m_db.scalar("SELECT count(*) FROM score WHERE assignment_id = ?1", 0, assignmentId);
    if (!scores)
        return scores.takeError();
    if (*scores > 0)
        return Error::input(Tr::tr("the expert has already scored this application; the assignment cannot be removed"));
    RB_VALUE(const QString uid, m_db.scalarText("SELECT uid FROM assignment WHERE id = ?1", assignmentId));
    RB_VALUE(const QString pair,
             m_db.scalarText("SELECT e.code || '/' || a.code FROM assignment s JOIN expert e ON "
                             "e.id = s.expert_id JOIN application a ON a.id = s.application_id WHERE s.id = ?1",
                             assignmentId));
    RB_TRY(m_db.exec("DELETE FROM assignment WHERE id = ?1", assignmentId));
    return AuditLog(m_db).record(m_round.id, QStringLiteral("delete"), QStringLiteral("assignment"), uid, pair);
}

Result<AssignReport> AssignmentRepository::assign(int perApplication, bool all, quint64 seed)
{
    db::Transaction outer(m_db);
    RB_TRY(outer.status());
    // A conflict found since the last assignment voids that pair before anything else.
    Result<int> voided = ConflictService(m_db, m_round).reconcile();
    if (!voided)
        return voided.takeError();
    // Experts and applications in code order: the result depends only on the data and the seed.
    QList<qint64> expertIds;
    QList<QString> expertCodes;
    QList<QSet<int>> expertSectors;
    QHash<qint64, int> expertIndex;
    {
        Result<db::Statement> st =
            m_db.prepare("SELECT id, code, fields FROM expert WHERE round_id = ?1 ORDER BY code");
        if (!st)
            return st.takeError();
        st->bind(1, m_round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) {
            expertIndex.insert(r.integer(0), int(expertIds.size()));
            expertIds << r.integer(0);
            expertCodes << r.text(1);
            QSet<int> sectors;
            for (const QString& field : text::splitList(r.text(2))) {
                const qsizetype s = sector::all().indexOf(sector::canonical(field));
                if (s >= 0)
                    sectors.insert(int(s));
            }
            expertSectors << sectors;
        }));
    }
    QList<qint64> appIds;
    QList<QString> appCodes;
    QHash<qint64, int> appIndex;
    assignment::Problem problem;
    {
        Result<db::Statement> st =
            m_db.prepare("SELECT id, code, coalesce(sector, '') FROM application WHERE round_id = ?1 "
                         "ORDER BY code");
        if (!st)
            return st.takeError();
        st->bind(1, m_round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) {
            appIndex.insert(r.integer(0), int(appIds.size()));
            appIds << r.integer(0);
            appCodes << r.text(1);
            problem.sector << int(sector::all().indexOf(r.text(2)));
        }));
    }
    if (expertIds.isEmpty() || appIds.isEmpty())
        return Error::input(Tr::tr("the round needs experts and applications before they can be assigned"));
    problem.experts = int(expertIds.size());
    problem.perApplication = perApplication;
    problem.seed = seed;
    problem.expertSectors = expertSectors;
    problem.conflicts.resize(appIds.size());
    problem.existing.resize(appIds.size());
    Result<QList<Conflict>> conflicts = ConflictService(m_db, m_round).all();
    if (!conflicts)
        return conflicts.takeError();
    for (const Conflict& c : *conflicts)
        problem.conflicts[appIndex.value(c.applicationId)].insert(expertIndex.value(c.expertId));
    Result<QList<Assignment>> existing = list();
    if (!existing)
        return existing.takeError();
    AssignReport report;
    for (const Assignment& a : *existing) {
        if (a.status == QLatin1String("void") || a.status == QLatin1String("handed_back")) {
            // The pair is conflicted or was handed back: never again.
            problem.conflicts[appIndex.value(a.applicationId)].insert(expertIndex.value(a.expertId));
            continue;
        }
        problem.existing[appIndex.value(a.applicationId)] << expertIndex.value(a.expertId);
        ++report.kept;
    }
    const assignment::Solution solution = all ? assignment::solveAll(problem) : assignment::solve(problem);
    if (!solution.impossible.isEmpty()) {
        QList<Issue> issues;
        for (int a : solution.impossible) {
            const int available = problem.experts - int(problem.conflicts[a].size());
            issues.append({QString(), 0, QString(),
                           Tr::tr("%1: only %2 experts without a conflict, %3 needed")
                               .arg(appCodes[a])
                               .arg(available)
                               .arg(perApplication)});
        }
        return Error::input(Tr::tr("%1 applications cannot get %2 experts; nothing was assigned")
                                .arg(solution.impossible.size())
                                .arg(perApplication),
                            issues);
    }
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    AuditLog audit(m_db);
    for (qsizetype a = 0; a < solution.experts.size(); ++a) {
        for (int e : solution.experts[a]) {
            if (problem.existing[a].contains(e))
                continue;
            const QString uid = newUid();
            RB_TRY(m_db.exec("INSERT INTO assignment (uid, expert_id, application_id) VALUES (?1, ?2, ?3)", uid,
                             expertIds[e], appIds[a]));
            RB_TRY(audit.record(m_round.id, QStringLiteral("create"), QStringLiteral("assignment"), uid,
                                expertCodes[e] + QLatin1Char('/') + appCodes[a]));
            ++report.created;
            report.createdUids << uid;
            if (problem.sector[a] >= 0 && expertSectors[e].contains(problem.sector[a]))
                ++report.fieldMatched;
        }
    }
    const QList<int> loads = solution.loads(problem.experts);
    const auto [minIt, maxIt] = std::minmax_element(loads.begin(), loads.end());
    report.minLoad = *minIt;
    report.maxLoad = *maxIt;
    RB_TRY(audit.record(m_round.id, QStringLiteral("assign"), QStringLiteral("round"), m_round.uid, m_round.code,
                        QJsonObject{{QStringLiteral("created"), report.created},
                                    {QStringLiteral("kept"), report.kept},
                                    {QStringLiteral("per_application"), all ? -1 : perApplication},
                                    {QStringLiteral("seed"), QString::number(seed)}}));
    RB_TRY(tx.commit());
    RB_TRY(outer.commit());
    return report;
}

} // namespace rb
