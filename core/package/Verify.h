// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::package {

/// Why a returned package cannot be accepted.
enum class Rejection {
    None,
    Damaged,         ///< not a readable package
    OtherRound,      ///< made for another round
    UnknownPackage,  ///< not issued from this round database (another copy, or forged)
    OtherExpert,     ///< its expert does not match the one it was issued to
    Stale,           ///< an older revision than the latest issued to the expert
    NotSubmitted,    ///< the expert has not submitted it yet
    BadSeal,         ///< changed after submission, or not signed with the issued key
    Unassigned,      ///< holds an application the expert is not (or no longer) assigned to
    InvalidScores,   ///< sealed, but a value breaks the round's rules (range, step, veto, missing, comments)
    CriteriaChanged, ///< scored against criteria the round no longer has
};

QString rejectionKey(Rejection r); ///< "bad_seal", "other_round", ...

/// A score as the sealed package holds it, compactly (a merge of thousands of packages keeps them all): its
/// application and criterion as indexes into Returned's lists.
struct ReturnedScore {
    qint32 application = 0; ///< index into Returned::applicationUids
    qint32 criterion = 0;   ///< index into Returned::criterionUids
    double value = 0;
    qint32 comment = -1; ///< index into Returned::comments; -1 = none
};

/// The expert's opinion on (or hand-back of) one application, as sealed.
struct ReturnedOpinion {
    QString applicationUid;
    QString strengths;
    QString problems;
    QString recommendation;
    bool handedBack = false;
    QString handbackReason;
};

/// What a verified package brings: read from the same private snapshot the seal was checked on, so these are
/// exactly the sealed rows.
struct Returned {
    QStringList applicationUids;
    QStringList criterionUids;   ///< the master's scored leaves
    QList<ReturnedScore> scores; ///< with a value; handed-back applications bring none
    QStringList comments;        ///< the non-empty comments of the scores
    QList<ReturnedOpinion> opinions;

    [[nodiscard]] QString commentOf(const ReturnedScore& score) const
    {
        return score.comment >= 0 ? comments.value(score.comment) : QString();
    }
};

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
    Returned content;  ///< when ok()
    [[nodiscard]] bool ok() const { return rejection == Rejection::None; }
};

/// Checks a returned package against the master: it is read once into a private, hardened snapshot with exactly
/// a package's schema; then seal, round, expert, revision, assignments, and every value against the master's
/// criteria and rules, whatever the seal says. Fails only when the master cannot be read; a bad package is a
/// Verified with a rejection.
Result<Verified> verify(db::Database& master, const Round& round, const QString& path);

} // namespace rb::package
