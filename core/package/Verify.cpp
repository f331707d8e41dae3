// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/Verify.h"
#include "common/Tr.h"

#include "crypto/Crypto.h"
#include "deliberation/Labels.h"
#include "package/PackageFile.h"
#include "package/Seal.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "round/RoundKey.h"

#include <QSet>

#include <vector>

namespace rb::package {

namespace {

/// Reads what the sealed package brings and checks every value against the master's criteria and the round's
/// rules. Returns the rejection (None when it may count) and fills \a content.
Result<std::pair<Rejection, QString>> readContent(db::Database& master, const Round& round, db::Database& pkg,
                                                  Returned& content)
{
    using Outcome = std::pair<Rejection, QString>;
    Result<CriteriaTree> tree = CriteriaRepository(master, round.id).tree();
    if (!tree)
        return tree.takeError();
    RoundSettings settings(master, round.id);
    const QString commentRule = settings.text(QStringLiteral("scoring.require_comments"));
    const bool needOpinion = settings.flag(QStringLiteral("scoring.require_opinion"));
    const bool needRecommendation = settings.flag(QStringLiteral("scoring.require_recommendation"));
    const QString defaultBands = settings.text(QStringLiteral("scoring.bands"));

    // Applications and criteria by rowid in the snapshot, so that each score row is read as numbers.
    QStringList codes;
    QHash<QString, int> appIndex; // uid -> index
    {
        Result<db::Statement> apps = pkg.prepare("SELECT uid, code FROM application ORDER BY position, uid");
        if (!apps)
            return apps.takeError();
        RB_TRY(apps->forEach([&](const db::Statement& r) {
            appIndex.insert(r.text(0), int(content.applicationUids.size()));
            content.applicationUids << r.text(0);
            codes << r.text(1);
        }));
    }
    const QList<const Criterion*> leaves = tree->leaves();
    QHash<QString, int> leafIndex; // master leaf uid -> index
    QList<std::optional<QList<Band>>> leafBands;
    for (const Criterion* c : leaves) {
        leafIndex.insert(c->uid, int(content.criterionUids.size()));
        content.criterionUids << c->uid;
        const QString text = c->bands.isEmpty() ? defaultBands : c->bands;
        Result<QList<Band>> list = bands::parse(text.isEmpty() ? bands::kDefault : text);
        leafBands << (list ? std::optional<QList<Band>>(*list) : std::nullopt);
    }
    // Each package criterion's uid (as stored) with its master leaf index (-1: not a master leaf).
    QList<QPair<QByteArray, int>> packageLeaves;
    {
        Result<db::Statement> crit = pkg.prepare("SELECT uid FROM criterion");
        if (!crit)
            return crit.takeError();
        RB_TRY(crit->forEach([&](const db::Statement& r) {
            packageLeaves.append({r.bytes(0).toByteArray(), leafIndex.value(r.text(0), -1)});
        }));
    }
    auto leafOf = [&](QByteArrayView uid) {
        for (const auto& [stored, index] : packageLeaves) {
            if (uid == QByteArrayView(stored))
                return index;
        }
        return -1;
    };
    QSet<int> handedBack;
    {
        Result<db::Statement> st = pkg.prepare("SELECT application_uid, strengths, problems, recommendation, "
                                               "handed_back, handback_reason FROM opinion ORDER BY application_uid");
        if (!st)
            return st.takeError();
        RB_TRY(st->forEach([&](const db::Statement& r) {
            ReturnedOpinion o{r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4) != 0, r.text(5)};
            if (o.handedBack)
                handedBack.insert(appIndex.value(o.applicationUid, -1));
            content.opinions << o;
        }));
    }
    auto invalid = [&](int app, const QString& criterion, const QString& why) -> Outcome {
        const QString code = codes.value(app);
        const QString where = criterion.isEmpty() ? code : code + QStringLiteral(" / ") + criterion;
        return {Rejection::InvalidScores, where + Tr::tr(": ", "after a place in a file") + why};
    };
    for (const ReturnedOpinion& o : content.opinions) {
        const int app = appIndex.value(o.applicationUid, -1);
        if (!o.recommendation.isEmpty() && !labels::isKey(labels::Kind::Recommendation, o.recommendation))
            return invalid(app, {}, Tr::tr("'%1' is not a recommendation").arg(o.recommendation));
        if (o.handedBack)
            continue;
        if (needOpinion && (o.strengths.trimmed().isEmpty() || o.problems.trimmed().isEmpty()))
            return invalid(app, {}, Tr::tr("the overall opinion (strengths and problems) is required"));
        if (needRecommendation && o.recommendation.isEmpty())
            return invalid(app, {}, Tr::tr("a recommendation is required"));
    }
    std::vector<bool> present(std::size_t(content.applicationUids.size()) * std::size_t(leaves.size()), false);
    // The foreign-key check of the snapshot guarantees that every score names an application and a criterion.
    // Rows come by application (the table's key), so the application is looked up once per application.
    Result<db::Statement> st =
        pkg.prepare("SELECT application_uid, criterion_uid, value, comment FROM score ORDER BY application_uid, "
                    "criterion_uid");
    if (!st)
        return st.takeError();
    std::optional<Outcome> problem;
    QByteArray lastApp;
    int app = -1;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (problem)
            return;
        if (r.bytes(0) != QByteArrayView(lastApp)) {
            lastApp = r.bytes(0).toByteArray();
            app = appIndex.value(QString::fromUtf8(lastApp), -1);
        }
        const std::optional<double> value = r.optReal(2);
        if (app < 0 || !value || handedBack.contains(app))
            return;
        const std::optional<int> leaf = [&]() -> std::optional<int> {
            const int found = leafOf(r.bytes(1));
            return found < 0 ? std::nullopt : std::optional<int>(found);
        }();
        if (!leaf) {
            problem = Outcome{Rejection::CriteriaChanged,
                              Tr::tr("it was scored against criteria that have changed since; re-issue the package")};
            return;
        }
        const Criterion* c = leaves[*leaf];
        const QString why = scoreProblem(*c, *value);
        if (!why.isEmpty()) {
            problem = invalid(app, c->code, Tr::tr("%1 is not a valid score: %2").arg(*value).arg(why));
            return;
        }
        const QByteArrayView comment = r.bytes(3);
        bool commentNeeded = commentRule == QLatin1String("all");
        if (commentRule == QLatin1String("extreme_bands") && c->kind == CriterionKind::Points) {
            const std::optional<QList<Band>>& list = leafBands[*leaf];
            const std::optional<int> band =
                list ? bands::indexOf(*list, *value, c->maxPoints.value_or(0)) : std::nullopt;
            commentNeeded = band && (*band == 0 || *band == int(list->size()) - 1);
        }
        QString text;
        if (!comment.isEmpty())
            text = QString::fromUtf8(comment);
        if (commentNeeded && text.trimmed().isEmpty()) {
            problem = invalid(app, c->code, Tr::tr("a comment is required for the score %1").arg(*value));
            return;
        }
        present[std::size_t(app) * std::size_t(leaves.size()) + std::size_t(*leaf)] = true;
        qint32 commentIndex = -1;
        if (!text.isEmpty()) {
            commentIndex = qint32(content.comments.size());
            content.comments << text;
        }
        content.scores.append({qint32(app), qint32(*leaf), *value, commentIndex});
    }));
    if (problem)
        return *problem;
    // The expert must have scored against exactly the master's leaves: same kind, maximum and place.
    QHash<QString, QString> packageCriteria; // uid -> "kind/max/parent"
    {
        Result<db::Statement> crit = pkg.prepare("SELECT uid, kind, max_points, parent_code FROM criterion");
        if (!crit)
            return crit.takeError();
        RB_TRY(crit->forEach([&](const db::Statement& r) {
            const std::optional<double> max = r.optReal(2);
            packageCriteria.insert(r.text(0), r.text(1) + QLatin1Char('/') + (max ? QString::number(*max) : QString())
                                                  + QLatin1Char('/') + r.text(3));
        }));
    }
    for (const Criterion* c : tree->leaves()) {
        const auto found = packageCriteria.constFind(c->uid);
        if (found == packageCriteria.constEnd())
            return Outcome{
                Rejection::CriteriaChanged,
                Tr::tr("criterion %1 was added after the package was issued; re-issue the package").arg(c->code)};
        const QString ours = criterionkind::key(c->kind) + QLatin1Char('/')
                             + (c->maxPoints ? QString::number(*c->maxPoints) : QString()) + QLatin1Char('/')
                             + c->parentCode;
        if (*found != ours)
            return Outcome{
                Rejection::CriteriaChanged,
                Tr::tr("criterion %1 of the package differs from the round's; re-issue the package").arg(c->code)};
    }
    for (int app = 0; app < content.applicationUids.size(); ++app) {
        if (handedBack.contains(app))
            continue;
        for (int leaf = 0; leaf < leaves.size(); ++leaf) {
            if (!present[std::size_t(app) * std::size_t(leaves.size()) + std::size_t(leaf)])
                return invalid(app, leaves[leaf]->code, Tr::tr("the score is missing"));
        }
    }
    // A merge keeps every verified package's content until it is applied: no growth slack.
    content.scores.squeeze();
    content.comments.squeeze();
    content.opinions.squeeze();
    return Outcome{Rejection::None, QString()};
}

} // namespace

QString rejectionKey(Rejection r)
{
    switch (r) {
    case Rejection::None: return QStringLiteral("ok");
    case Rejection::Damaged: return QStringLiteral("damaged");
    case Rejection::OtherRound: return QStringLiteral("other_round");
    case Rejection::UnknownPackage: return QStringLiteral("unknown_package");
    case Rejection::OtherExpert: return QStringLiteral("unknown_expert");
    case Rejection::Stale: return QStringLiteral("stale");
    case Rejection::NotSubmitted: return QStringLiteral("not_submitted");
    case Rejection::BadSeal: return QStringLiteral("bad_seal");
    case Rejection::Unassigned: return QStringLiteral("unassigned_application");
    case Rejection::InvalidScores: return QStringLiteral("invalid_scores");
    case Rejection::CriteriaChanged: return QStringLiteral("criteria_changed");
    }
    return {};
}

Result<Verified> verify(db::Database& master, const Round& round, const QString& path)
{
    Verified v;
    auto reject = [&](Rejection r, const QString& reason) {
        v.rejection = r;
        v.reason = reason;
        return v;
    };
    Result<std::unique_ptr<db::Database>> opened = openSnapshot(path);
    if (!opened)
        return reject(Rejection::Damaged, opened.error().message);
    db::Database& pkg = **opened;
    v.packageUid = meta(pkg, "package_uid");
    v.expertCode = meta(pkg, "expert_code");
    v.revision = meta(pkg, "revision").toInt();
    if (v.packageUid.isEmpty())
        return reject(Rejection::Damaged, Tr::tr("the package has lost its identity"));
    if (meta(pkg, "round_uid") != round.uid)
        return reject(Rejection::OtherRound,
                      Tr::tr("made for another round (%1 %2)").arg(meta(pkg, "round_code"), meta(pkg, "round_title")));

    Result<db::Statement> issued =
        master.prepare("SELECT p.id, p.expert_id, p.revision, p.public_key, e.uid, e.code, "
                       "(SELECT max(revision) FROM package q WHERE q.expert_id = p.expert_id) FROM package p "
                       "JOIN expert e ON e.id = p.expert_id WHERE p.uid = ?1 AND e.round_id = ?2");
    if (!issued)
        return issued.takeError();
    issued->bindAll(v.packageUid, round.id);
    Result<bool> found = issued->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return reject(Rejection::UnknownPackage, Tr::tr("this package was not issued from this round database"));
    v.packageId = issued->integer(0);
    v.expertId = issued->integer(1);
    const int issuedRevision = int(issued->integer(2));
    const QByteArray publicKey = issued->blob(3);
    const QString expertUid = issued->text(4);
    const QString expertCode = issued->text(5);
    const int latest = int(issued->integer(6));
    issued->reset();
    if (meta(pkg, "expert_uid") != expertUid || v.expertCode != expertCode)
        return reject(Rejection::OtherExpert,
                      Tr::tr("it says it belongs to expert %1, but it was issued to %2").arg(v.expertCode, expertCode));
    if (v.revision != issuedRevision)
        return reject(Rejection::BadSeal, Tr::tr("its revision number was changed"));
    if (issuedRevision < latest)
        return reject(Rejection::Stale, Tr::tr("revision %1 is stale: revision %2 was issued to %3 later")
                                            .arg(issuedRevision)
                                            .arg(latest)
                                            .arg(expertCode));
    if (meta(pkg, "status") != QLatin1String("submitted"))
        return reject(Rejection::NotSubmitted, Tr::tr("the expert has not submitted it yet"));
    // What the secretariat issued is unchanged: the issue seal verifies with this round's key, over the public
    // key recorded here.
    {
        Result<QByteArray> roundKey = RoundKey(master, round.id).publicKey();
        if (!roundKey)
            return roundKey.takeError();
        Result<db::Statement> issue =
            pkg.prepare("SELECT package_public_key, round_public_key, signature FROM issue WHERE id = 1");
        if (!issue)
            return reject(Rejection::Damaged, issue.error().message);
        Result<bool> present = issue->step();
        if (!present || !*present)
            return reject(Rejection::BadSeal, Tr::tr("the package carries no issue seal"));
        const bool sameKeys = issue->blob(0) == publicKey && issue->blob(1) == *roundKey;
        const QByteArray issueSignature = issue->blob(2);
        issue->reset();
        Result<QByteArray> issueContent = seal::issueDigest(pkg);
        if (!sameKeys || !issueContent || !crypto::verify(*issueContent, issueSignature, *roundKey))
            return reject(Rejection::BadSeal, Tr::tr("what the secretariat issued in it was changed"));
    }
    Result<db::Statement> sealRow = pkg.prepare("SELECT digest, signature FROM seal WHERE id = 1");
    if (!sealRow)
        return reject(Rejection::Damaged, sealRow.error().message);
    Result<bool> sealed = sealRow->step();
    if (!sealed || !*sealed)
        return reject(Rejection::BadSeal, Tr::tr("the package carries no seal"));
    const QByteArray storedDigest = sealRow->blob(0);
    const QByteArray signature = sealRow->blob(1);
    sealRow->reset();
    Result<QByteArray> digest = seal::digest(pkg);
    if (!digest)
        return reject(Rejection::Damaged, digest.error().message);
    if (*digest != storedDigest || !crypto::verify(*digest, signature, publicKey))
        return reject(Rejection::BadSeal, Tr::tr("the content was changed after the expert submitted it"));
    v.digest = *digest;
    // Every application in it must be (or have been) assigned to this expert.
    Result<db::Statement> assigned = master.prepare(
        "SELECT a.uid FROM assignment s JOIN application a ON a.id = s.application_id WHERE s.expert_id = ?1");
    if (!assigned)
        return assigned.takeError();
    assigned->bind(1, v.expertId);
    QSet<QString> uids;
    RB_TRY(assigned->forEach([&](const db::Statement& r) { uids.insert(r.text(0)); }));
    Result<db::Statement> apps = pkg.prepare("SELECT uid, code FROM application");
    if (!apps)
        return reject(Rejection::Damaged, apps.error().message);
    QStringList unassigned;
    Status checked = apps->forEach([&](const db::Statement& r) {
        if (!uids.contains(r.text(0)))
            unassigned << r.text(1);
    });
    if (!checked)
        return reject(Rejection::Damaged, checked.error().message);
    if (!unassigned.isEmpty())
        return reject(Rejection::Unassigned, Tr::tr("it holds applications not (or no longer) assigned to %1: %2")
                                                 .arg(expertCode, unassigned.join(QStringLiteral(", "))));
    Result<std::pair<Rejection, QString>> checked2 = readContent(master, round, pkg, v.content);
    if (!checked2) // the snapshot could not be read to the end (or ran out of time)
        return reject(Rejection::Damaged, checked2.error().message);
    if (checked2->first != Rejection::None) {
        v.content = {};
        return reject(checked2->first, checked2->second);
    }
    return v;
}

} // namespace rb::package
