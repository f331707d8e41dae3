// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/Seal.h"
#include "common/Tr.h"

#include "crypto/Crypto.h"
#include "package/PackageFile.h"

#include <initializer_list>

namespace rb::package::seal {

namespace {

/// Feeds every row of \a sql to the digest, each column as a field (the columns in \a numberColumns as numbers).
Status rows(db::Database& pkg, crypto::Digest& d, const char* tag, const char* sql, int columns,
            std::initializer_list<int> numberColumns = {})
{
    Result<db::Statement> st = pkg.prepare(sql);
    if (!st)
        return st.takeError();
    bool number[16] = {};
    for (int c : numberColumns)
        number[c] = true;
    return st->forEach([&](const db::Statement& r) {
        d.field(QByteArrayView(tag));
        for (int i = 0; i < columns; ++i) {
            if (number[i])
                d.number(r.optReal(i));
            else
                d.field(r.bytes(i));
        }
    });
}

} // namespace

Result<QByteArray> digest(db::Database& pkg)
{
    crypto::Digest d(QByteArrayLiteral("ReviewBench package seal v2"));
    for (const char* key :
         {"package_uid", "master_file_uid", "round_uid", "expert_uid", "expert_code", "revision", "submitted_at"})
        d.field(meta(pkg, key).toUtf8());
    // Text is hashed as stored (UTF-8 bytes): the same bytes on every platform, and fast.
    RB_TRY(rows(pkg, d, "C", "SELECT uid, code, kind, max_points FROM criterion ORDER BY uid", 4, {3}));
    RB_TRY(rows(pkg, d, "A",
                "SELECT a.uid, a.code, coalesce(o.handed_back, 0), coalesce(o.handback_reason, ''), "
                "coalesce(o.strengths, ''), coalesce(o.problems, ''), coalesce(o.recommendation, '') "
                "FROM application a LEFT JOIN opinion o ON o.application_uid = a.uid ORDER BY a.uid",
                7));
    RB_TRY(rows(pkg, d, "S",
                "SELECT application_uid, criterion_uid, value, comment FROM score ORDER BY application_uid, "
                "criterion_uid",
                4, {2}));
    return d.finish();
}

Result<QByteArray> issueDigest(db::Database& pkg)
{
    crypto::Digest d(QByteArrayLiteral("ReviewBench package issue v2"));
    // Every meta key the secretariat writes, in a fixed order; the expert adds only status and submitted_at.
    const QList<const char*> issued = {"format",      "package_uid",    "master_file_uid", "round_uid",  "round_code",
                                       "round_title", "round_category", "round_year",      "expert_uid", "expert_code",
                                       "expert_name", "revision",       "created_at"};
    {
        Result<db::Statement> keys = pkg.prepare("SELECT key FROM meta");
        if (!keys)
            return keys.takeError();
        QString unknown;
        RB_TRY(keys->forEach([&](const db::Statement& r) {
            const QByteArray key = r.text(0).toUtf8();
            if (key != "status" && key != "submitted_at"
                && std::none_of(issued.begin(), issued.end(), [&](const char* k) { return key == k; }))
                unknown = r.text(0);
        }));
        if (!unknown.isEmpty())
            return Error::input(Tr::tr("the package holds an entry its secretariat never wrote (%1)").arg(unknown));
    }
    for (const char* key : issued)
        d.field(meta(pkg, key).toUtf8());
    RB_TRY(rows(pkg, d, "I",
                "SELECT package_public_key, round_public_key, kdf_salt, kdf_ops, kdf_mem, code_box FROM issue", 6,
                {3, 4}));
    RB_TRY(rows(pkg, d, "K", "SELECT key, value FROM setting ORDER BY key", 2));
    RB_TRY(rows(pkg, d, "C",
                "SELECT uid, code, name, parent_code, position, kind, max_points, guidance, bands FROM criterion "
                "ORDER BY uid",
                9, {4, 6}));
    RB_TRY(rows(pkg, d, "A",
                "SELECT uid, code, title, applicants, province, sector, position FROM application ORDER BY uid", 7,
                {6}));
    RB_TRY(rows(pkg, d, "D",
                "SELECT uid, application_uid, file_name, media_type, size, sha256 FROM dossier ORDER BY uid", 6, {4}));
    return d.finish();
}

QByteArray certificateMessage(const QString& roundUid, const QString& packageUid, const QString& expertUid,
                              int revision, const QByteArray& publicKey)
{
    crypto::Digest d(QByteArrayLiteral("ReviewBench package certificate v2"));
    d.field(roundUid.toUtf8());
    d.field(packageUid.toUtf8());
    d.field(expertUid.toUtf8());
    d.integer(revision);
    d.field(publicKey);
    return d.finish();
}

} // namespace rb::package::seal
