// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// The cryptography of ReviewBench, on libsodium: Ed25519 signatures, BLAKE2b digests, access codes
/// stretched with Argon2id, and XSalsa20-Poly1305 boxes. Nothing else in core calls libsodium directly.
namespace rb::crypto {

/// An Ed25519 key pair.
struct KeyPair {
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes (libsodium's seed + public key form)
};

KeyPair newKeyPair();
QByteArray sign(QByteArrayView message, const QByteArray& secretKey);
bool verify(QByteArrayView message, const QByteArray& signature, const QByteArray& publicKey);
/// The public key inside an Ed25519 secret key (empty when it is not one).
QByteArray publicKeyOf(const QByteArray& secretKey);

/// A short, readable fingerprint of a public key: 16 hex digits of its BLAKE2b hash in groups of four,
/// "3F2A-91C4-07BE-55D1", to compare by eye with the one printed on a letter.
QString fingerprint(const QByteArray& publicKey);

/// Random bytes from the operating system.
QByteArray randomBytes(int size);

/// Overwrites the bytes (for keys that are no longer needed). Detaches first, so shared copies keep theirs.
void wipe(QByteArray& bytes);

/// A one-time access code: 12 characters of an alphabet without look-alikes (no 0/O, 1/I), 60 random bits,
/// written in groups of four: "K7M2-Q9XP-4RTD".
QString newAccessCode();
/// The code as typed, made canonical (upper case, spaces and dashes removed); nothing when it cannot be a code.
std::optional<QByteArray> canonicalAccessCode(const QString& typed);

/// How a key is derived from an access code with Argon2id (crypto_pwhash). The bounds refuse parameters a
/// hostile file could use to make a program spend gigabytes or minutes.
struct KdfParams {
    QByteArray salt; ///< 16 bytes
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes

    /// The parameters this version writes: Argon2id, 2 passes over 8 MiB (a few milliseconds; the code's
    /// 60 bits of entropy, not the work factor, keep guessing out of reach).
    static KdfParams fresh();
    [[nodiscard]] bool withinBounds() const;
};

/// The 32-byte key an access code unlocks. Input error when the parameters are out of bounds.
Result<QByteArray> deriveKey(const QByteArray& canonicalCode, const KdfParams& params);

/// XSalsa20-Poly1305 (crypto_secretbox) with a fresh random nonce: nonce || ciphertext.
QByteArray seal(QByteArrayView plain, const QByteArray& key);
/// The plain text of a box, or nothing when the key is wrong or the box was changed.
std::optional<QByteArray> open(QByteArrayView box, const QByteArray& key);

/// BLAKE2b-256 over length-prefixed fields, so "ab"+"c" and "a"+"bc" differ. Numbers are their IEEE 754 (or
/// two's complement) bits, little-endian: the same bytes on every platform, without formatting text.
class Digest {
public:
    explicit Digest(QByteArrayView domain);
    void field(QByteArrayView bytes);
    void number(const std::optional<double>& value);
    void integer(qint64 value);
    QByteArray finish();

private:
    alignas(64) unsigned char m_state[512]; ///< a crypto_generichash_state (its size is checked in Crypto.cpp)
};

/// SHA-256 of \a bytes (dossier hashes).
QByteArray sha256(QByteArrayView bytes);

} // namespace rb::crypto
