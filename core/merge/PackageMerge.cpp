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

/// Attaches a package for the duration of one merge step.
class Attached {
public:
    Attached(db::Database& db, const QString& path) : m_db(db)
    {
        m_status = db.exec("ATTACH DATABASE ?1 AS pkg", path);
    }
    ~Attached()
    {
        if (m_status)
            (void)m_db.execScript("DETACH DATABASE pkg");
    }
    [[nodiscard]] const Status& status() const { return m_status; }

private:
    db::Database& m_db;
    Status m_status;
};

/// The expert's active assignments for the applications in the attached package.
constexpr std::string_view kAssignments =
    "SELECT s.id FROM assignment s JOIN application a ON a.id = s.application_id JOIN pkg.application pa ON "
    "pa.uid = a.uid WHERE s.expert_id = ?1 AND a.round_id = ?2";

Status clearExpertScores(db::Database& db, qint64 expertId, qint64 roundId)
{
    RB_TRY(db.exec("DELETE FROM score WHERE assignment_id IN (" + std::string(kAssignments) + ")", expertId, roundId));
    RB_TRY(
        db.exec("DELETE FROM opinion WHERE assignment_id IN (" + std::string(kAssignments) + ")", expertId, roundId));
    return db.exec("UPDATE assignment SET status = 'assigned', submitted_at = NULL, source = NULL WHERE status = "
                   "'submitted' AND id IN ("
                       + std::string(kAssignments) + ")",
                   expertId, roundId);
}

Result<int> apply(db::Database& db, const Round& round, const Candidate& c)
{
    const qint64 expertId = c.verified.expertId;
    // Scored against criteria that no longer exist: the package must be re-issued.
    Result<qint64> unknown = db.scalar("SELECT count(*) FROM pkg.score ps WHERE ps.value IS NOT NULL AND NOT EXISTS "
                                       "(SELECT 1 FROM criterion c WHERE c.uid = ps.criterion_uid AND c.round_id = ?1)",
                                       0, round.id);
    if (!unknown)
        return unknown.takeError();
    if (*unknown > 0)
        return Error::input(Tr::tr("it was scored against criteria that have changed since; re-issue the package"));
    const QString now = Clock::current().timestamp();
    // Replace whatever an earlier revision of this expert brought.
    RB_TRY(clearExpertScores(db, expertId, round.id));
    // Applications the expert handed back: a declared conflict; the assignment no longer counts.
    Result<db::Statement> handed =
        db.prepare("SELECT a.id, o.handback_reason FROM pkg.opinion o JOIN application a ON a.uid = o.application_uid "
                   "AND a.round_id = ?1 WHERE o.handed_back = 1");
    if (!handed)
        return handed.takeError();
    handed->bind(1, round.id);
    QList<QPair<qint64, QString>> handBacks;
    RB_TRY(handed->forEach([&](const db::Statement& r) { handBacks.append({r.integer(0), r.text(1)}); }));
    ConflictService conflicts(db, round);
    for (const auto& [applicationId, reason] : handBacks) {
        RB_TRY(db.exec("UPDATE assignment SET status = 'handed_back', void_reason = ?3 WHERE expert_id = ?1 AND "
                       "application_id = ?2 AND status != 'void'",
                       expertId, applicationId, reason));
        RB_TRY(conflicts.declare(expertId, applicationId, Conflict::Type::SelfDeclared, reason));
    }
    // Void assignments (a conflict found after packaging) take nothing: their scores never count.
    const std::string active =
        "JOIN application a ON a.uid = %1.application_uid AND a.round_id = ?2 "
        "JOIN assignment s ON s.application_id = a.id AND s.expert_id = ?1 AND s.status = 'assigned' ";
    auto withAlias = [&](const char* alias) {
        std::string sql = active;
        sql.replace(sql.find("%1"), 2, alias);
        return sql;
    };
    RB_TRY(db.exec("INSERT INTO score (assignment_id, criterion_id, value, comment) SELECT s.id, c.id, ps.value, "
                   "ps.comment FROM pkg.score ps "
                       + withAlias("ps")
                       + "JOIN criterion c ON c.uid = ps.criterion_uid AND c.round_id = ?2 WHERE ps.value IS NOT NULL",
                   expertId, round.id));
    const int scores = db.changes();
    RB_TRY(
        db.exec("INSERT INTO opinion (assignment_id, strengths, problems, recommendation) SELECT s.id, po.strengths, "
                "po.problems, nullif(po.recommendation, '') FROM pkg.opinion po "
                    + withAlias("po") + "WHERE po.handed_back = 0",
                expertId, round.id));
    RB_TRY(db.exec("UPDATE assignment SET status = 'submitted', source = 'package', submitted_at = ?3 WHERE id IN ("
                   "SELECT s.id FROM pkg.application pa JOIN application a ON a.uid = pa.uid AND a.round_id = ?2 "
                   "JOIN assignment s ON s.application_id = a.id AND s.expert_id = ?1 AND s.status = 'assigned')",
                   expertId, round.id, now));
    RB_TRY(db.exec("UPDATE package SET status = 'submitted', returned_at = ?2, digest = ?3 WHERE id = ?1",
                   c.verified.packageId, now, c.verified.digest));
    RB_TRY(db.exec("INSERT INTO package_return (package_id, digest, file_name, received_at, received_by) VALUES "
                   "(?1, ?2, ?3, ?4, ?5)",
                   c.verified.packageId, c.verified.digest, QFileInfo(c.file).fileName(), now, db.user()));
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("merge"), QStringLiteral("package"), c.verified.packageUid,
                               c.verified.expertCode,
                               QJsonObject{{QStringLiteral("revision"), c.verified.revision},
                                           {QStringLiteral("scores"), scores},
                                           {QStringLiteral("handed_back"), int(handBacks.size())},
                                           {QStringLiteral("file"), QFileInfo(c.file).fileName()}}));
    return scores;
}

/// Two different sealed copies of one package: take back what it brought, keep both digests.
Status markConflict(db::Database& db, const Round& round, const Candidate& c, const QString& reason)
{
    RB_TRY(clearExpertScores(db, c.verified.expertId, round.id));
    // Both copies were submitted; which one came first must not matter.
    RB_TRY(db.exec("UPDATE package SET conflict_reason = ?2, status = 'submitted', digest = NULL WHERE id = ?1",
                   c.verified.packageId, reason));
    RB_TRY(db.exec("INSERT OR IGNORE INTO package_return (package_id, digest, file_name, received_at, received_by) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                   c.verified.packageId, c.verified.digest, QFileInfo(c.file).fileName(), Clock::current().timestamp(),
                   db.user()));
    return AuditLog(db).record(round.id, QStringLiteral("conflict"), QStringLiteral("package"), c.verified.packageUid,
                               c.verified.expertCode, QJsonObject{{QStringLiteral("reason"), reason}});
}

} // namespace

Result<MergeReport> mergePackages(db::Database& db, const Round& round, const QStringList& files,
                                  const Progress& progress)
{
    MergeReport report;
    QList<Candidate> candidates;
    qint64 done = 0;
    const qint64 total = files.size() * 2;
    for (const QString& file : files) {
        Result<package::Verified> v = package::verify(db, round, file);
        if (!v)
            return v.takeError();
        if (!v->ok()) {
            if (v->rejection == package::Rejection::NotSubmitted && v->packageId)
                RB_TRY(db.exec("UPDATE package SET status = 'returned' WHERE id = ?1 AND status = 'issued'",
                               v->packageId));
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
    // One checkpoint at the end instead of one every thousand pages: the merge writes a lot at once.
    struct Checkpointing {
        db::Database& db;
        explicit Checkpointing(db::Database& d) : db(d) { (void)db.execScript("PRAGMA wal_autocheckpoint = 100000"); }
        ~Checkpointing()
        {
            (void)db.execScript("PRAGMA wal_autocheckpoint = 1000");
            (void)db.execScript("PRAGMA wal_checkpoint(PASSIVE)");
        }
    } checkpointing(db);
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
        const bool inConflict = all.size() > 1;
        if (!inConflict && known.contains(c.verified.digest)) {
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
        Attached attached(db, c.file);
        if (!attached.status()) {
            report.files.append({c.file, c.verified.expertCode, c.verified.revision, FileOutcome::Kind::Rejected,
                                 QStringLiteral("damaged"), attached.status().error().message, 0});
            continue;
        }
        db::Transaction tx(db);
        RB_TRY(tx.status());
        if (inConflict) {
            const QString reason = Tr::tr("two different submitted copies of revision %1 of %2's package came back; "
                                          "neither counts until the package is re-issued")
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
                                     QStringLiteral("criteria_changed"), scores.error().message, 0});
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

} // namespace rb::merge
