// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/Verify.h"
#include "common/Tr.h"

#include "package/PackageFile.h"
#include "package/Seal.h"

#include <QSet>

namespace rb::package {

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
    Result<std::unique_ptr<db::Database>> opened = open(path, true);
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
    if (*digest != storedDigest || !seal::verify(*digest, signature, publicKey))
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
    return v;
}

} // namespace rb::package
