// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::package {

/// Why a returned package cannot be accepted.
enum class Rejection {
    None,
    Damaged,        ///< not a readable package
    OtherRound,     ///< made for another round
    UnknownPackage, ///< not issued from this round database (another copy, or forged)
    OtherExpert,    ///< its expert does not match the one it was issued to
    Stale,          ///< an older revision than the latest issued to the expert
    NotSubmitted,   ///< the expert has not submitted it yet
    BadSeal,        ///< changed after submission, or not signed with the issued key
    Unassigned,     ///< holds an application the expert is not (or no longer) assigned to
};

QString rejectionKey(Rejection r); ///< "bad_seal", "other_round", ...

/// The outcome of checking one returned package.
struct Verified {
    Rejection rejection = Rejection::None;
    QString reason; ///< in words, for the user
    QString packageUid;
    QString expertCode;
    qint64 expertId = 0;
    qint64 packageId = 0;
    int revision = 0;
    QByteArray digest; ///< of the sealed content (when the seal was checked)
    [[nodiscard]] bool ok() const { return rejection == Rejection::None; }
};

/// Checks a returned package against the master: seal, round, expert, revision and assignments.
/// Fails only when the master cannot be read; a bad package is a Verified with a rejection.
Result<Verified> verify(db::Database& master, const Round& round, const QString& path);

} // namespace rb::package
