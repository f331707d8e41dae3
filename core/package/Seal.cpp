// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/Seal.h"

#include "package/PackageFile.h"

#include <sodium.h>

#include <cstdio>
#include <mutex>

namespace rb::package::seal {

namespace {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

/// Feeds length-prefixed fields to the hash, so "ab"+"c" and "a"+"bc" differ.
class Canonical {
public:
    Canonical() { crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES); }
    void field(QByteArrayView bytes)
    {
        char prefix[24];
        const int n = std::snprintf(prefix, sizeof prefix, "%lld:", static_cast<long long>(bytes.size()));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(prefix), size_t(n));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()), size_t(bytes.size()));
    }
    void number(const std::optional<double>& v)
    {
        field(v ? QByteArrayView(QByteArray::number(*v, 'g', 17)) : QByteArrayView("null"));
    }
    QByteArray finish()
    {
        QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()), out.size());
        return out;
    }

private:
    crypto_generichash_state m_state{};
};

} // namespace

KeyPair newKeyPair()
{
    ensureSodium();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char*>(pair.secretKey.data()));
    return pair;
}

Result<QByteArray> digest(db::Database& pkg)
{
    ensureSodium();
    Canonical c;
    c.field(QByteArrayLiteral("ReviewBench package seal v1"));
    for (const char* key :
         {"package_uid", "master_file_uid", "round_uid", "expert_uid", "expert_code", "revision", "submitted_at"})
        c.field(meta(pkg, key).toUtf8());
    // Text is hashed as stored (UTF-8 bytes): the same bytes on every platform, and fast.
    Result<db::Statement> criteria = pkg.prepare("SELECT uid, code, kind, max_points FROM criterion ORDER BY uid");
    if (!criteria)
        return criteria.takeError();
    RB_TRY(criteria->forEach([&](const db::Statement& r) {
        c.field(QByteArrayLiteral("C"));
        for (int i = 0; i < 3; ++i)
            c.field(r.bytes(i));
        c.number(r.optReal(3));
    }));
    Result<db::Statement> items =
        pkg.prepare("SELECT a.uid, a.code, coalesce(o.handed_back, 0), coalesce(o.handback_reason, ''), "
                    "coalesce(o.strengths, ''), coalesce(o.problems, ''), coalesce(o.recommendation, '') "
                    "FROM application a LEFT JOIN opinion o ON o.application_uid = a.uid ORDER BY a.uid");
    if (!items)
        return items.takeError();
    RB_TRY(items->forEach([&](const db::Statement& r) {
        c.field(QByteArrayLiteral("A"));
        for (int i = 0; i < 7; ++i)
            c.field(r.bytes(i));
    }));
    Result<db::Statement> scores = pkg.prepare(
        "SELECT application_uid, criterion_uid, value, comment FROM score ORDER BY application_uid, criterion_uid");
    if (!scores)
        return scores.takeError();
    RB_TRY(scores->forEach([&](const db::Statement& r) {
        c.field(QByteArrayLiteral("S"));
        c.field(r.bytes(0));
        c.field(r.bytes(1));
        c.number(r.optReal(2));
        c.field(r.bytes(3));
    }));
    return c.finish();
}

QByteArray sign(const QByteArray& digest, const QByteArray& secretKey)
{
    ensureSodium();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(digest.constData()), digest.size(),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray& digest, const QByteArray& signature, const QByteArray& publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(digest.constData()), digest.size(),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
           == 0;
}

} // namespace rb::package::seal
