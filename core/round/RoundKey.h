// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Crypto.h"
#include "storage/Database.h"

namespace rb {

/// The secretariat's Ed25519 key of a round (table round_key): created with the round, or on first use for a
/// round made before schema version 6. Its secret key never leaves the round database; packages carry the public
/// key, and its fingerprint is printed on every access-code letter.
class RoundKey {
public:
    RoundKey(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    /// The round's key pair, created (and stored) when it has none yet. Call inside a transaction when the
    /// caller writes too.
    Result<crypto::KeyPair> ensure();
    /// The round's public key; empty when it has none yet.
    Result<QByteArray> publicKey();

private:
    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
