// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/PackageMerge.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "merge/Backup.h"
#include "package/Verify.h"
#include "repo/AuditLog.h"
#include "review/Conflicts.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QMap>

#include <vector>

namespace rb::merge {

QString outcomeKey(FileOutcome::Kind kind)
{
    switch (kind) {
    case FileOutcome::Kind::Merged: return QStringLiteral("merged");
    case FileOutcome::Kind::AlreadyMerged: return QStringLiteral("already_merged");
    case FileOutcome::Kind::Rejected: return QStringLiteral("rejected");
    case FileOutcome::Kind::Conflict: return QStringLiteral("conflict");
    }
    return {};
}

bool MergeReport::anyRejected() const
{
    return std::any_of(files.begin(), files.end(), [](const FileOutcome& f) {
        return f.kind == FileOutcome::Kind::Rejected || f.kind == FileOutcome::Kind::Conflict;
    });
}

int MergeReport::count(FileOutcome::Kind kind) const
{
    return int(std::count_if(files.begin(), files.end(), [&](const FileOutcome& f) { return f.kind == kind; }));
}

namespace {

struct Candidate {
    QString file;
    package::Verified verified;
};

/// The expert's assignments for the applications a package holds: application uid -> (assignment id, status).
Result<QHash<QString, QPair<qint64, QString>>> assignmentsOf(db::Database& db, const Round& round, const Candidate& c)
{
    Result<db::Statement> st = db.prepare("SELECT a.uid, s.id, s.status FROM assignment s JOIN application a ON "
                                          "a.id = s.application_id WHERE s.expert_id = ?1 AND a.round_id = ?2");
    if (!st)
        return st.takeError();
    st->bindAll(c.verified.expertId, round.id);
    QHash<QString, QPair<qint64, QString>> all;
    RB_TRY(st->forEach([&](const db::Statement& r) { all.insert(r.text(0), {r.integer(1), r.text(2)}); }));
    QHash<QString, QPair<qint64, QString>> mine;
    for (const QString& uid : c.verified.content.applicationUids) {
        if (all.contains(uid))
            mine.insert(uid, all.value(uid));
    }
    return mine;
}

/// Puts \a ids into temp.merge_assignment (emptied first), for statements over a package's assignments at once.
template <typename Ids>
Status stageAssignments(db::Database& db, const Ids& ids)
{
    RB_TRY(db.execScript("CREATE TEMP TABLE IF NOT EXISTS merge_assignment (id INTEGER PRIMARY KEY); "
                         "DELETE FROM temp.merge_assignment;"));
    Result<db::Statement> add = db.prepare("INSERT OR IGNORE INTO temp.merge_assignment (id) VALUES (?1)");
    if (!add)
        return add.takeError();
    for (qint64 id : ids) {
        add->bind(1, id);
        RB_TRY(add->run());
    }
    return {};
}

/// Takes back what an earlier revision of the expert's package brought for these assignments.
Status clearExpertScores(db::Database& db, const QHash<QString, QPair<qint64, QString>>& assignments)
{
    QList<qint64> ids;
    for (const auto& [id, status] : assignments)
        ids << id;
    RB_TRY(stageAssignments(db, ids));
    return db.execScript(
        "DELETE FROM score WHERE assignment_id IN (SELECT id FROM temp.merge_assignment); "
        "DELETE FROM opinion WHERE assignment_id IN (SELECT id FROM temp.merge_assignment); "
        "UPDATE assignment SET status = 'assigned', submitted_at = NULL, source = NULL WHERE id IN (SELECT id FROM "
        "temp.merge_assignment) AND status = 'submitted';");
}

/// Applies a verified package: only the rows read from its checked snapshot, with bound statements.
Result<int> apply(db::Database& db, const Round& round, const Candidate& c)
{
    const qint64 expertId = c.verified.expertId;
    const package::Returned& content = c.verified.content;
    const QString now = Clock::current().timestamp();
    Result<QHash<QString, QPair<qint64, QString>>> assignments = assignmentsOf(db, round, c);
    if (!assignments)
        return assignments.takeError();
    RB_TRY(clearExpertScores(db, *assignments));
    QHash<QString, QString> status; // application uid -> status after the clear
    for (auto it = assignments->constBegin(); it != assignments->constEnd(); ++it)
        status.insert(it.key(),
                      it.value().second == QLatin1String("submitted") ? QStringLiteral("assigned") : it.value().second);
    QHash<QString, qint64> criterionId;
    {
        Result<db::Statement> st = db.prepare("SELECT uid, id FROM criterion WHERE round_id = ?1");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) { criterionId.insert(r.text(0), r.integer(1)); }));
    }
    // Applications the expert handed back: a declared conflict; the assignment no longer counts.
    ConflictService conflicts(db, round);
    int handBacks = 0;
    for (const package::ReturnedOpinion& o : content.opinions) {
        if (!o.handedBack || !assignments->contains(o.applicationUid))
            continue;
        const auto [assignmentId, was] = assignments->value(o.applicationUid);
        if (status.value(o.applicationUid) == QLatin1String("void"))
            continue;
        RB_TRY(db.exec("UPDATE assignment SET status = 'handed_back', void_reason = ?2 WHERE id = ?1", assignmentId,
                       o.handbackReason));
        Result<qint64> applicationId =
            db.scalar("SELECT application_id FROM assignment WHERE id = ?1", 0, assignmentId);
        if (!applicationId)
            return applicationId.takeError();
        RB_TRY(conflicts.declare(expertId, *applicationId, Conflict::Type::SelfDeclared, o.handbackReason));
        status.insert(o.applicationUid, QStringLiteral("handed_back"));
        ++handBacks;
    }
    // Void assignments (a conflict found after packaging) take nothing: their scores never count.
    auto active = [&](const QString& applicationUid) {
        return status.value(applicationUid) == QLatin1String("assigned");
    };
    // The checked rows go through a temporary table (one cheap insert each: no trigger, key or index there), then
    // into score in one statement, so that the master's own checks run once per package, not once per row.
    RB_TRY(db.execScript("CREATE TEMP TABLE IF NOT EXISTS incoming_score (assignment_id INTEGER, criterion_id "
                         "INTEGER, value REAL, comment TEXT); DELETE FROM temp.incoming_score;"));
    // Per index of the content's lists: the assignment that takes the application's scores (0: none), and the
    // master's id of each criterion.
    std::vector<qint64> assignmentOf(std::size_t(content.applicationUids.size()), 0);
    for (qsizetype i = 0; i < content.applicationUids.size(); ++i) {
        if (active(content.applicationUids[i]))
            assignmentOf[std::size_t(i)] = assignments->value(content.applicationUids[i]).first;
    }
    std::vector<qint64> criterionOf;
    for (const QString& uid : content.criterionUids)
        criterionOf.push_back(criterionId.value(uid));
    Result<db::Statement> incoming = db.prepare("INSERT INTO temp.incoming_score VALUES (?1, ?2, ?3, ?4)");
    if (!incoming)
        return incoming.takeError();
    int scores = 0;
    for (const package::ReturnedScore& sc : content.scores) {
        const qint64 assignment = assignmentOf[std::size_t(sc.application)];
        if (assignment == 0)
            continue;
        incoming->bindAll(assignment, criterionOf[std::size_t(sc.criterion)], sc.value, content.commentOf(sc));
        RB_TRY(incoming->run());
        ++scores;
    }
    RB_TRY(db.execScript("INSERT INTO score (assignment_id, criterion_id, value, comment) SELECT assignment_id, "
                         "criterion_id, value, comment FROM temp.incoming_score; DELETE FROM temp.incoming_score;"));
    for (const package::ReturnedOpinion& o : content.opinions) {
        if (o.handedBack || !active(o.applicationUid))
            continue;
        RB_TRY(db.exec("INSERT INTO opinion (assignment_id, strengths, problems, recommendation) VALUES (?1, ?2, ?3, "
                       "nullif(?4, ''))",
                       assignments->value(o.applicationUid).first, o.strengths, o.problems, o.recommendation));
    }
    QList<qint64> submitted;
    for (auto it = assignments->constBegin(); it != assignments->constEnd(); ++it) {
        if (active(it.key()))
            submitted << it.value().first;
    }
    RB_TRY(stageAssignments(db, submitted));
    RB_TRY(db.exec("UPDATE assignment SET status = 'submitted', source = 'package', submitted_at = ?1 WHERE id IN "
                   "(SELECT id FROM temp.merge_assignment)",
                   now));
    RB_TRY(db.exec("UPDATE package SET status = 'submitted', returned_at = ?2, digest = ?3 WHERE id = ?1",
                   c.verified.packageId, now, c.verified.digest));
    RB_TRY(db.exec("INSERT OR IGNORE INTO package_return (package_id, digest, file_name, received_at, received_by) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                   c.verified.packageId, c.verified.digest, QFileInfo(c.file).fileName(), now, db.user()));
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("merge"), QStringLiteral("package"), c.verified.packageUid,
                               c.verified.expertCode,
                               QJsonObject{{QStringLiteral("revision"), c.verified.revision},
                                           {QStringLiteral("scores"), scores},
                                           {QStringLiteral("handed_back"), handBacks},
                                           {QStringLiteral("file"), QFileInfo(c.file).fileName()}}));
    return scores;
}

/// Two different sealed copies of one package. Scores that already count from the copy merged earlier stay
/// (nothing sealed is silently removed): the package is marked in conflict, both receipts are kept and listed,
/// and the secretariat re-issues the package. When neither counted yet, neither does.
Status markConflict(db::Database& db, const Round& round, const Candidate& c, const QString& reason)
{
    Result<qint64> counting =
        db.scalar("SELECT count(*) FROM package WHERE id = ?1 AND digest IS NOT NULL", 0, c.verified.packageId);
    if (!counting)
        return counting.takeError();
    if (*counting == 0) {
        Result<QHash<QString, QPair<qint64, QString>>> assignments = assignmentsOf(db, round, c);
        if (!assignments)
            return assignments.takeError();
        RB_TRY(clearExpertScores(db, *assignments));
    }
    RB_TRY(db.exec("UPDATE package SET conflict_reason = ?2, status = 'submitted' WHERE id = ?1", c.verified.packageId,
                   reason));
    RB_TRY(db.exec("INSERT OR IGNORE INTO package_return (package_id, digest, file_name, received_at, received_by) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                   c.verified.packageId, c.verified.digest, QFileInfo(c.file).fileName(), Clock::current().timestamp(),
                   db.user()));
    return AuditLog(db).record(round.id, QStringLiteral("conflict"), QStringLiteral("package"), c.verified.packageUid,
                               c.verified.expertCode,
                               QJsonObject{{QStringLiteral("reason"), reason},
                                           {QStringLiteral("file"), QFileInfo(c.file).fileName()},
                                           {QStringLiteral("kept_counted"), *counting > 0}});
}

} // namespace

Result<MergeReport> mergePackages(db::Database& db, const Round& round, const QStringList& files,
                                  const Progress& progress)
{
    MergeReport report;
    QList<Candidate> candidates;
    QList<qint64> returned; // issued packages that came back unsubmitted
    qint64 done = 0;
    const qint64 total = files.size() * 2;
    for (const QString& file : files) {
        Result<package::Verified> v = package::verify(db, round, file);
        if (!v)
            return v.takeError();
        if (!v->ok()) {
            if (v->rejection == package::Rejection::NotSubmitted && v->packageId)
                returned << v->packageId;
            report.files.append({file, v->expertCode, v->revision, FileOutcome::Kind::Rejected,
                                 package::rejectionKey(v->rejection), v->reason, 0});
        } else {
            candidates.append({file, *v});
        }
        if (progress && !progress(++done, total))
            return Error::cancelled();
    }
    // A fixed order, so that the result does not depend on the order the files were given in.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.verified.expertCode, a.verified.revision, a.verified.digest)
               < std::tie(b.verified.expertCode, b.verified.revision, b.verified.digest);
    });
    if (!candidates.isEmpty()) {
        // Conflicts found since packaging void their pairs first: those scores never count. A backup
        // is taken only when that actually changes something.
        bool voids = false;
        {
            db::Transaction probe(db); // rolled back: the change is made after the backup
            RB_TRY(probe.status());
            Result<int> voided = ConflictService(db, round).reconcile();
            if (!voided)
                return voided.takeError();
            voids = *voided > 0;
        }
        if (voids) {
            Result<QString> saved = backup(db, QStringLiteral("before-merge"));
            if (!saved)
                return saved.takeError();
            report.backupPath = *saved;
            db::Transaction tx(db);
            RB_TRY(tx.status());
            Result<int> voided = ConflictService(db, round).reconcile();
            if (!voided)
                return voided.takeError();
            RB_TRY(tx.commit());
        }
    }
    // Each merge commit is synced (synchronous = FULL): a merge that was reported survives a power cut. One
    // checkpoint at the end instead of one every thousand pages: the merge writes a lot at once.
    struct Durable {
        db::Database& db;
        explicit Durable(db::Database& d) : db(d)
        {
            (void)db.execScript("PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 100000;");
        }
        ~Durable()
        {
            (void)db.execScript("PRAGMA wal_autocheckpoint = 1000");
            (void)db.execScript("PRAGMA wal_checkpoint(FULL)");
            (void)db.execScript("PRAGMA synchronous = NORMAL");
        }
    } durable(db);
    if (!returned.isEmpty()) {
        // A package that came back unsubmitted is noted as returned: a change, so after the backup.
        qint64 pending = 0;
        for (qint64 id : returned) {
            Result<qint64> issued =
                db.scalar("SELECT count(*) FROM package WHERE id = ?1 AND status = 'issued'", 0, id);
            if (!issued)
                return issued.takeError();
            pending += *issued;
        }
        if (pending > 0) {
            if (report.backupPath.isEmpty()) {
                Result<QString> saved = backup(db, QStringLiteral("before-merge"));
                if (!saved)
                    return saved.takeError();
                report.backupPath = *saved;
            }
            db::Transaction tx(db);
            RB_TRY(tx.status());
            for (qint64 id : returned)
                RB_TRY(db.exec("UPDATE package SET status = 'returned' WHERE id = ?1 AND status = 'issued'", id));
            RB_TRY(tx.commit());
        }
    }
    QMap<qint64, QSet<QByteArray>> digestsOfPackage;
    for (const Candidate& c : candidates)
        digestsOfPackage[c.verified.packageId].insert(c.verified.digest);
    for (const Candidate& c : candidates) {
        FileOutcome outcome{c.file, c.verified.expertCode, c.verified.revision, FileOutcome::Kind::Merged, {}, {}, 0};
        Result<db::Statement> seen = db.prepare("SELECT digest FROM package_return WHERE package_id = ?1");
        if (!seen)
            return seen.takeError();
        seen->bind(1, c.verified.packageId);
        QSet<QByteArray> known;
        RB_TRY(seen->forEach([&](const db::Statement& r) { known.insert(r.blob(0)); }));
        QSet<QByteArray> all = known;
        all.unite(digestsOfPackage.value(c.verified.packageId));
        // A conflict the secretariat resolved (chooseCopy) stays resolved for the copies it saw.
        Result<qint64> unresolved = db.scalar(
            "SELECT count(*) FROM package WHERE id = ?1 AND conflict_reason IS NOT NULL", 0, c.verified.packageId);
        if (!unresolved)
            return unresolved.takeError();
        const bool inConflict = all.size() > 1;
        if (known.contains(c.verified.digest) && (!inConflict || *unresolved == 0)) {
            outcome.kind = FileOutcome::Kind::AlreadyMerged;
            report.files << outcome;
            continue;
        }
        if (report.backupPath.isEmpty()) {
            Result<QString> saved = backup(db, QStringLiteral("before-merge"));
            if (!saved)
                return saved.takeError();
            report.backupPath = *saved;
        }
        db::Transaction tx(db);
        RB_TRY(tx.status());
        if (inConflict) {
            const QString reason =
                Tr::tr("two different submitted copies of revision %1 of %2's package came back: choose the copy "
                       "that counts, or re-issue the package (scores already counted from the copy merged earlier "
                       "stay until then)")
                    .arg(c.verified.revision)
                    .arg(c.verified.expertCode);
            RB_TRY(markConflict(db, round, c, reason));
            outcome.kind = FileOutcome::Kind::Conflict;
            outcome.reasonKey = QStringLiteral("conflicting_copies");
            outcome.reason = reason;
        } else {
            Result<int> scores = apply(db, round, c);
            if (!scores) {
                if (scores.error().kind != ErrorKind::Input)
                    return scores.takeError();
                report.files.append({c.file, c.verified.expertCode, c.verified.revision, FileOutcome::Kind::Rejected,
                                     QStringLiteral("invalid_scores"), scores.error().message, 0});
                continue; // the transaction rolls back: this package wholly or not at all
            }
            outcome.scores = *scores;
        }
        RB_TRY(tx.commit());
        report.files << outcome;
        if (progress && !progress(++done, total))
            return Error::cancelled(); // the packages merged so far stay merged: each was whole
    }
    return report;
}

Result<MergeReport> chooseCopy(db::Database& db, const Round& round, const QString& file)
{
    MergeReport report;
    Result<package::Verified> v = package::verify(db, round, file);
    if (!v)
        return v.takeError();
    FileOutcome outcome{file, v->expertCode, v->revision, FileOutcome::Kind::Rejected, {}, {}, 0};
    if (!v->ok()) {
        outcome.reasonKey = package::rejectionKey(v->rejection);
        outcome.reason = v->reason;
        report.files << outcome;
        return report;
    }
    Result<qint64> inConflict =
        db.scalar("SELECT count(*) FROM package WHERE id = ?1 AND conflict_reason IS NOT NULL", 0, v->packageId);
    if (!inConflict)
        return inConflict.takeError();
    if (*inConflict == 0) {
        outcome.reasonKey = QStringLiteral("no_conflict");
        outcome.reason = Tr::tr("%1's package is not in conflict: merge the file instead").arg(v->expertCode);
        report.files << outcome;
        return report;
    }
    Result<QString> saved = backup(db, QStringLiteral("before-choice"));
    if (!saved)
        return saved.takeError();
    report.backupPath = *saved;
    db::Transaction tx(db);
    RB_TRY(tx.status());
    const Candidate chosen{file, *v};
    Result<int> scores = apply(db, round, chosen);
    if (!scores) {
        if (scores.error().kind != ErrorKind::Input)
            return scores.takeError();
        outcome.reasonKey = QStringLiteral("invalid_scores");
        outcome.reason = scores.error().message;
        report.files << outcome;
        return report; // rolled back
    }
    RB_TRY(db.exec("UPDATE package SET conflict_reason = NULL WHERE id = ?1", v->packageId));
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("choose"), QStringLiteral("package"), v->packageUid,
                               v->expertCode,
                               QJsonObject{{QStringLiteral("revision"), v->revision},
                                           {QStringLiteral("file"), QFileInfo(file).fileName()},
                                           {QStringLiteral("digest"), QString::fromLatin1(v->digest.toHex())}}));
    RB_TRY(tx.commit());
    outcome.kind = FileOutcome::Kind::Merged;
    outcome.scores = *scores;
    report.files << outcome;
    return report;
}

} // namespace rb::merge
