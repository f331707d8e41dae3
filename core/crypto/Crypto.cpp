// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Crypto.h"
#include "common/Tr.h"

#include <QtEndian>

#include <sodium.h>

#include <bit>
#include <cstring>
#include <mutex>

namespace rb::crypto {

namespace {

static_assert(sizeof(crypto_generichash_state) <= 512 && alignof(crypto_generichash_state) <= 64);

/// The access-code alphabet: digits and capitals without 0, 1, I and O (32 characters, 5 bits each).
constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr int kCodeLength = 12;

constexpr quint64 kOpsLimit = 2;
constexpr quint64 kMemLimit = quint64(8) << 20;
constexpr quint64 kMaxOpsLimit = 16;
constexpr quint64 kMaxMemLimit = quint64(256) << 20;

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

unsigned char* bytes(QByteArray& v)
{
    return reinterpret_cast<unsigned char*>(v.data());
}

crypto_generichash_state* state(unsigned char* raw)
{
    return reinterpret_cast<crypto_generichash_state*>(raw);
}

} // namespace

KeyPair newKeyPair()
{
    ensureSodium();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray sign(QByteArrayView message, const QByteArray& secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(secretKey));
    return signature;
}

bool verify(QByteArrayView message, const QByteArray& signature, const QByteArray& publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey))
           == 0;
}

QByteArray publicKeyOf(const QByteArray& secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(pk), bytes(secretKey));
    return pk;
}

QString fingerprint(const QByteArray& publicKey)
{
    ensureSodium();
    QByteArray hash(8, Qt::Uninitialized);
    crypto_generichash(bytes(hash), size_t(hash.size()), bytes(publicKey), quint64(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(hash.toHex().toUpper());
    return QStringList{hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4)}.join(QLatin1Char('-'));
}

QByteArray randomBytes(int size)
{
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

void wipe(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    bytes.detach();
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString newAccessCode()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)]);
    }
    return code;
}

std::optional<QByteArray> canonicalAccessCode(const QString& typed)
{
    QByteArray code;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2014) || c == QChar(0xFF0D))
            continue;
        const char32_t u = c.toUpper().unicode();
        // Full-width letters and digits (typed with a Chinese input method) count as their ASCII forms.
        const char32_t ascii = u >= 0xFF10 && u <= 0xFF5A ? u - 0xFEE0 : u;
        const char up = ascii < 128 ? char(QChar(ascii).toUpper().unicode()) : '\0';
        if (!up || !std::strchr(kAlphabet, up))
            return std::nullopt;
        code += up;
    }
    if (code.size() != kCodeLength)
        return std::nullopt;
    return code;
}

KdfParams KdfParams::fresh()
{
    return {randomBytes(crypto_pwhash_SALTBYTES), kOpsLimit, kMemLimit};
}

bool KdfParams::withinBounds() const
{
    return salt.size() == crypto_pwhash_SALTBYTES && opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN
           && opsLimit <= kMaxOpsLimit && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimit <= kMaxMemLimit;
}

Result<QByteArray> deriveKey(const QByteArray& canonicalCode, const KdfParams& params)
{
    ensureSodium();
    if (!params.withinBounds())
        return Error::input(Tr::tr("the package's key derivation parameters are out of bounds"));
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), quint64(key.size()), canonicalCode.constData(), quint64(canonicalCode.size()),
                      bytes(params.salt), params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::io(Tr::tr("not enough memory to derive the key of the access code"));
    return key;
}

QByteArray seal(QByteArrayView plain, const QByteArray& key)
{
    ensureSodium();
    QByteArray box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    unsigned char* nonce = bytes(box);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, bytes(plain), quint64(plain.size()), nonce, bytes(key));
    return box;
}

std::optional<QByteArray> open(QByteArrayView box, const QByteArray& key)
{
    ensureSodium();
    if (key.size() != crypto_secretbox_KEYBYTES
        || box.size() < qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const qsizetype cipherSize = box.size() - crypto_secretbox_NONCEBYTES;
    QByteArray plain(cipherSize - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plain), bytes(box) + crypto_secretbox_NONCEBYTES, quint64(cipherSize),
                                   bytes(box), bytes(key))
        != 0)
        return std::nullopt;
    return plain;
}

Digest::Digest(QByteArrayView domain)
{
    ensureSodium();
    crypto_generichash_init(state(m_state), nullptr, 0, crypto_generichash_BYTES);
    field(domain);
}

void Digest::field(QByteArrayView data)
{
    // The length as 8 bytes, little-endian, then the bytes: cheap, and the same on every platform.
    unsigned char prefix[8];
    qToLittleEndian(quint64(data.size()), prefix);
    crypto_generichash_update(state(m_state), prefix, sizeof prefix);
    crypto_generichash_update(state(m_state), bytes(data), quint64(data.size()));
}

void Digest::number(const std::optional<double>& value)
{
    // The IEEE 754 bits, little-endian (8 bytes); null is the empty field.
    if (!value) {
        field({});
        return;
    }
    unsigned char bits[8];
    qToLittleEndian(std::bit_cast<quint64>(*value), bits);
    field(QByteArrayView(bits, sizeof bits));
}

void Digest::integer(qint64 value)
{
    unsigned char bits[8];
    qToLittleEndian(quint64(value), bits);
    field(QByteArrayView(bits, sizeof bits));
}

QByteArray Digest::finish()
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(state(m_state), bytes(out), size_t(out.size()));
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    ensureSodium();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(out), bytes(data), quint64(data.size()));
    return out;
}

} // namespace rb::crypto
