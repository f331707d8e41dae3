// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QByteArray>

/// The two signatures of a review package. The *issue seal* is the secretariat's (the round key) over what goes
/// out: the package's identity, the expert's public key, the key derivation of the access code, the settings the
/// expert sees, the criteria, the applications and the dossiers' hashes. The *return seal* is the expert's (the
/// package key, unlocked by the access code) over what comes back: the identity, the criteria scored against, and
/// every score, comment, opinion, recommendation and recusal declaration.
namespace rb::package::seal {

/// BLAKE2b-256 of the package's return content in a canonical, length-prefixed form.
Result<QByteArray> digest(db::Database& package);

/// BLAKE2b-256 of the package's outbound content (see above). A meta key a genuine package never has is an
/// Input error: nothing the issue seal does not cover may be read.
Result<QByteArray> issueDigest(db::Database& package);

/// What the round key signs about one package in the round database, so that a colleague's copy can prove a
/// package row (and its public key) came from the secretariat.
QByteArray certificateMessage(const QString& roundUid, const QString& packageUid, const QString& expertUid,
                              int revision, const QByteArray& publicKey);

} // namespace rb::package::seal
