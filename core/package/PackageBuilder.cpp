// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageBuilder.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "domain/Criteria.h"
#include "io/CsvWriter.h"
#include "io/Table.h"
#include "package/PackageFile.h"
#include "package/Seal.h"
#include "repo/AuditLog.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "review/Conflicts.h"
#include "round/RoundKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace rb::package {

QString fileName(const QString& roundCode, const QString& expertCode, int revision)
{
    return QStringLiteral("%1_%2_r%3.rbpkg").arg(roundCode, expertCode).arg(revision);
}

namespace {

struct ExpertRow {
    qint64 id;
    QString uid;
    QString code;
    QString name;
    int latestRevision;
};

/// The secrets of one package being issued; wiped when it goes out of scope.
struct Secrets {
    crypto::KeyPair keys = crypto::newKeyPair(); ///< the expert's signing key pair
    QString code = crypto::newAccessCode();
    crypto::KdfParams kdf = crypto::KdfParams::fresh();
    QByteArray contentKey; ///< derived from the code
    ~Secrets()
    {
        crypto::wipe(keys.secretKey);
        crypto::wipe(contentKey);
    }
};

Status writePackage(db::Database& master, const Round& round, const ExpertRow& expert, int revision,
                    const QString& packageUid, const Secrets& secrets, const crypto::KeyPair& roundKey,
                    const CriteriaTree& criteria, const QString& path, int* applicationCount)
{
    Result<std::unique_ptr<db::Database>> created = create(path);
    if (!created)
        return created.takeError();
    db::Database& pkg = **created;
    // One transaction with synchronous = FULL (set by create()): the file is on disk, fsynced, before the master
    // records the package as issued.
    const QByteArray& key = secrets.contentKey;
    db::Transaction tx(pkg);
    RB_TRY(tx.status());
    RB_VALUE(const QString masterFileUid, master.scalarText("SELECT value FROM meta WHERE key = 'file_uid'"));
    const QList<QPair<const char*, QString>> meta = {
        {"format", QString::number(kFormatVersion)},
        {"package_uid", packageUid},
        {"master_file_uid", masterFileUid},
        {"round_uid", round.uid},
        {"round_code", round.code},
        {"round_title", round.title},
        {"round_category", category::key(round.category)},
        {"round_year", QString::number(round.year)},
        {"expert_uid", expert.uid},
        {"expert_code", expert.code},
        {"expert_name", expert.name},
        {"revision", QString::number(revision)},
        {"created_at", Clock::current().timestamp()},
        {"status", QStringLiteral("open")},
    };
    for (const auto& [name, value] : meta)
        RB_TRY(setMeta(pkg, name, value));
    // The signing key opens only with the access code; the code box proves the round key to the code holder
    // even after the signing key is gone.
    RB_TRY(pkg.exec("INSERT INTO signing_key (id, box) VALUES (1, ?1)", crypto::seal(secrets.keys.secretKey, key)));
    // The expert sees only how to score: no pass line, quota or vote rule.
    Result<QList<SettingValue>> settings = RoundSettings(master, round.id).all();
    if (!settings)
        return settings.takeError();
    for (const SettingValue& s : *settings) {
        if (s.definition.key.startsWith(QLatin1String("scoring.")))
            RB_TRY(pkg.exec("INSERT INTO setting (key, value) VALUES (?1, ?2)", s.definition.key, s.value));
    }
    int position = 0;
    for (const Criterion& c : criteria.items())
        RB_TRY(pkg.exec(
            "INSERT INTO criterion (uid, code, name, parent_code, position, kind, max_points, guidance, bands) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            c.uid, c.code, c.name, c.parentCode, position++, criterionkind::key(c.kind),
            c.kind == CriterionKind::Points && criteria.isLeaf(c.code) ? c.maxPoints : std::nullopt, c.guidance,
            c.bands));
    // Only this expert's active assignments: never a conflicted or handed-back application.
    Result<db::Statement> apps = master.prepare(
        "SELECT a.id, a.uid, a.code, a.title, a.province, coalesce(a.sector, ''), s.id, "
        "(SELECT group_concat(p.name, '；') FROM (SELECT p.name FROM application_applicant aa JOIN applicant p ON "
        "p.id = aa.applicant_id WHERE aa.application_id = a.id ORDER BY aa.position) p) "
        "FROM assignment s JOIN application a ON a.id = s.application_id "
        "WHERE s.expert_id = ?1 AND s.status NOT IN ('void', 'handed_back') ORDER BY a.code");
    if (!apps)
        return apps.takeError();
    apps->bind(1, expert.id);
    struct App {
        qint64 id;
        QString uid;
        qint64 assignmentId;
    };
    QList<App> list;
    Status inserted;
    position = 0;
    RB_TRY(apps->forEach([&](const db::Statement& r) {
        if (!inserted)
            return;
        list.append({r.integer(0), r.text(1), r.integer(6)});
        inserted = pkg.exec("INSERT INTO application (uid, code, title, applicants, province, sector, position) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            r.text(1), r.text(2), r.text(3), r.text(7), r.text(4), r.text(5), position++);
    }));
    RB_TRY(inserted);
    for (const App& a : list) {
        Result<db::Statement> dossiers = master.prepare(
            "SELECT uid, file_name, media_type, data FROM attachment WHERE application_id = ?1 ORDER BY id");
        if (!dossiers)
            return dossiers.takeError();
        dossiers->bind(1, a.id);
        RB_TRY(dossiers->forEach([&](const db::Statement& r) {
            // A dossier holds the applicant's business secrets: only the code holder can read it.
            const QByteArray data = r.blob(3);
            if (inserted)
                inserted = pkg.exec("INSERT INTO dossier (uid, application_uid, file_name, media_type, size, sha256, "
                                    "box) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                    r.text(0), a.uid, r.text(1), r.text(2), qint64(data.size()), crypto::sha256(data),
                                    crypto::seal(data, key));
        }));
        RB_TRY(inserted);
        // Scores already returned come back to the expert when a package is re-opened.
        Result<db::Statement> scores = master.prepare(
            "SELECT c.uid, s.value, coalesce(s.comment, '') FROM score s JOIN criterion c ON c.id = s.criterion_id "
            "WHERE s.assignment_id = ?1");
        if (!scores)
            return scores.takeError();
        scores->bind(1, a.assignmentId);
        RB_TRY(scores->forEach([&](const db::Statement& r) {
            if (inserted)
                inserted = pkg.exec(
                    "INSERT INTO score (application_uid, criterion_uid, value, comment) VALUES (?1, ?2, ?3, ?4)", a.uid,
                    r.text(0), r.real(1), r.text(2));
        }));
        RB_TRY(inserted);
        Result<db::Statement> opinion = master.prepare(
            "SELECT strengths, problems, coalesce(recommendation, '') FROM opinion WHERE assignment_id = ?1");
        if (!opinion)
            return opinion.takeError();
        opinion->bind(1, a.assignmentId);
        RB_TRY(opinion->forEach([&](const db::Statement& r) {
            if (inserted)
                inserted = pkg.exec("INSERT INTO opinion (application_uid, strengths, problems, recommendation) "
                                    "VALUES (?1, ?2, ?3, ?4)",
                                    a.uid, r.text(0), r.text(1), r.text(2));
        }));
        RB_TRY(inserted);
    }
    // The issue seal, last: the round key signs everything that went out.
    RB_TRY(pkg.exec("INSERT INTO issue (id, package_public_key, round_public_key, kdf_salt, kdf_ops, kdf_mem, "
                    "code_box, signature) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, x'')",
                    secrets.keys.publicKey, roundKey.publicKey, secrets.kdf.salt, qint64(secrets.kdf.opsLimit),
                    qint64(secrets.kdf.memLimit), crypto::seal(roundKey.publicKey, key)));
    Result<QByteArray> digest = seal::issueDigest(pkg);
    if (!digest)
        return digest.takeError();
    RB_TRY(pkg.exec("UPDATE issue SET signature = ?1 WHERE id = 1", crypto::sign(*digest, roundKey.secretKey)));
    *applicationCount = int(list.size());
    return tx.commit();
}

} // namespace

Result<QList<IssuedPackage>> build(db::Database& master, const Round& round, const BuildOptions& options,
                                   const Progress& progress)
{
    Result<CriteriaTree> criteria = CriteriaRepository(master, round.id).tree();
    if (!criteria)
        return criteria.takeError();
    const QList<Issue> criteriaIssues = CriteriaTree::validate(criteria->items());
    if (!criteriaIssues.isEmpty())
        return Error::input(Tr::tr("the round's criteria are not ready for scoring"), criteriaIssues);
    if (!QDir().mkpath(options.outDir))
        return Error::io(Tr::tr("cannot create the folder %1").arg(options.outDir));

    db::Transaction tx(master);
    RB_TRY(tx.status());
    Result<crypto::KeyPair> roundKey = RoundKey(master, round.id).ensure();
    if (!roundKey)
        return roundKey.takeError();
    const QString fingerprint = crypto::fingerprint(roundKey->publicKey);
    // Never send an application the expert has a conflict with, however late it was found.
    Result<int> voided = ConflictService(master, round).reconcile();
    if (!voided)
        return voided.takeError();
    QList<ExpertRow> experts;
    Result<db::Statement> st = master.prepare(
        "SELECT e.id, e.uid, e.code, e.name, coalesce((SELECT max(revision) FROM package p WHERE p.expert_id = e.id), "
        "0) "
        "FROM expert e WHERE e.round_id = ?1 AND EXISTS (SELECT 1 FROM assignment s WHERE s.expert_id = e.id "
        "AND s.status NOT IN ('void', 'handed_back')) ORDER BY e.code");
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (options.experts.isEmpty() || options.experts.contains(r.text(2)))
            experts.append({r.integer(0), r.text(1), r.text(2), r.text(3), int(r.integer(4))});
    }));
    for (const QString& code : options.experts) {
        if (std::none_of(experts.begin(), experts.end(), [&](const ExpertRow& e) { return e.code == code; }))
            return Error::input(Tr::tr("expert %1 is not in this round or has no assignments").arg(code));
    }
    if (experts.isEmpty())
        return Error::input(Tr::tr("no expert has assignments yet; run assign first"));

    QList<IssuedPackage> issued;
    QStringList written;
    auto cleanUp = [&] {
        for (const QString& f : written)
            QFile::remove(f);
    };
    AuditLog audit(master);
    qint64 done = 0;
    for (const ExpertRow& e : experts) {
        if (e.latestRevision > 0 && !options.reissue) {
            issued.append({e.code, e.latestRevision, QString(), 0, true, e.name, QString(), fingerprint});
            continue;
        }
        const int revision = e.latestRevision + 1;
        const QString path = QDir(options.outDir).filePath(fileName(round.code, e.code, revision));
        if (QFile::exists(path)) {
            cleanUp();
            return Error::io(Tr::tr("%1 already exists; move it away or choose another folder").arg(path));
        }
        Secrets secrets;
        Result<QByteArray> contentKey = crypto::deriveKey(*crypto::canonicalAccessCode(secrets.code), secrets.kdf);
        if (!contentKey) {
            cleanUp();
            return contentKey.takeError();
        }
        secrets.contentKey = *contentKey;
        const QString packageUid = newUid();
        int count = 0;
        written << path;
        if (Status s =
                writePackage(master, round, e, revision, packageUid, secrets, *roundKey, *criteria, path, &count);
            !s) {
            cleanUp();
            return s.takeError();
        }
        const QByteArray certificate =
            crypto::sign(seal::certificateMessage(round.uid, packageUid, e.uid, revision, secrets.keys.publicKey),
                         roundKey->secretKey);
        Status s = master.exec(
            "UPDATE package SET status = 'superseded' WHERE expert_id = ?1 AND status != 'superseded'", e.id);
        if (s)
            s = master.exec("INSERT INTO package (uid, expert_id, revision, public_key, created_at, certificate) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            packageUid, e.id, revision, secrets.keys.publicKey, Clock::current().timestamp(),
                            certificate);
        if (s)
            s = audit.record(
                round.id, QStringLiteral("create"), QStringLiteral("package"), packageUid, e.code,
                QJsonObject{{QStringLiteral("revision"), revision}, {QStringLiteral("applications"), count}});
        if (!s) {
            cleanUp();
            return s.takeError();
        }
        issued.append({e.code, revision, path, count, false, e.name, secrets.code, fingerprint});
        if (progress && !progress(++done, experts.size())) {
            cleanUp();
            return Error::cancelled();
        }
    }
    if (Status s = tx.commit(); !s) {
        cleanUp();
        return s.takeError();
    }
    return issued;
}

namespace {
const QStringList& accessCodesHeader()
{
    static const QStringList header = {QStringLiteral("expert"), QStringLiteral("name"), QStringLiteral("package"),
                                       QStringLiteral("code")};
    return header;
}
} // namespace

Status checkAccessCodesFile(const QString& path)
{
    if (!QFile::exists(path))
        return {};
    Result<io::Table> earlier = io::readTable(path);
    if (!earlier || earlier->header != accessCodesHeader())
        return Error::input(Tr::tr("%1 exists and is not a file of access codes; choose another file").arg(path));
    return {};
}

Status writeAccessCodes(const QString& path, const QList<IssuedPackage>& issued)
{
    const QStringList& header = accessCodesHeader();
    QList<QVariantList> rows;
    QSet<QString> fresh;
    for (const IssuedPackage& p : issued) {
        if (p.skipped)
            continue;
        fresh.insert(p.expertCode);
        rows.append({p.expertCode, p.expertName, QFileInfo(p.path).fileName(), p.accessCode});
    }
    if (QFile::exists(path)) {
        // Our own earlier file: keep the codes of experts not issued again.
        RB_TRY(checkAccessCodesFile(path));
        Result<io::Table> earlier = io::readTable(path);
        if (!earlier)
            return earlier.takeError();
        QList<QVariantList> kept;
        for (const io::TableRow& r : earlier->rows) {
            if (r.cells.size() == header.size() && !fresh.contains(r.cells.first()))
                kept.append({r.cells[0], r.cells[1], r.cells[2], r.cells[3]});
        }
        rows = kept + rows;
    }
    return io::writeCsv(path, header, rows);
}

} // namespace rb::package
