// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QByteArray>

namespace rb::package::seal {

/// An Ed25519 key pair (libsodium): the master keeps the public key, the package the secret one
/// until the expert submits.
struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

KeyPair newKeyPair();

/// BLAKE2b-256 of the package's sealed content in a canonical, length-prefixed form: its identity
/// (package, master file, round, expert, revision, submission time), the criteria it was scored
/// against, and every score, comment, opinion, recommendation and recusal declaration.
Result<QByteArray> digest(db::Database& package);

QByteArray sign(const QByteArray& digest, const QByteArray& secretKey);
bool verify(const QByteArray& digest, const QByteArray& signature, const QByteArray& publicKey);

} // namespace rb::package::seal
