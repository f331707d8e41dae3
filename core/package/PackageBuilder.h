// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::package {

/// What `package` should make.
struct BuildOptions {
    QString outDir;
    QStringList experts; ///< expert codes; empty = every expert with assignments
    /// Issue a new revision even when the expert already has a package (re-opens a submitted one:
    /// the scores already returned are carried over; the older revision becomes stale).
    bool reissue = false;
};

struct IssuedPackage {
    QString expertCode;
    int revision = 0;
    QString path;
    int applications = 0;
    bool skipped = false; ///< the expert already had a package and no reissue was asked
    QString expertName;
    /// The one-time access code that unlocks the package ("K7M2-Q9XP-4RTD"). It exists only here: the master
    /// never stores it, so it must be handed to the expert now, by another channel than the file.
    QString accessCode;
    QString roundFingerprint; ///< of the round key that sealed the package, for the code letter
};

/// Writes one package per expert: the round, its criteria, the scoring settings the expert needs, the
/// expert's own code and name, the expert's active assignments with their dossiers (and scores already
/// returned) — nothing else (no pass line, quota, vote rule or login name). Each package gets a fresh key pair
/// and access code: the signing key and the dossiers are stored encrypted under a key derived from the code, and
/// the outbound content is sealed with the round key. The master records each package's revision, public key
/// and certificate, never the code. All or nothing: when one package cannot be written, the master is unchanged
/// and no new file is left behind.
Result<QList<IssuedPackage>> build(db::Database& master, const Round& round, const BuildOptions& options,
                                   const Progress& progress = {});

/// Writes the access codes of the packages just issued (skipped ones have none) to \a path as CSV with the
/// columns expert, name, package, code (atomically). Rows of the same experts already in the file are replaced,
/// others kept, so that issuing for one more expert keeps the codes of the others.
Status writeAccessCodes(const QString& path, const QList<IssuedPackage>& issued);
/// Refuses (Input error) an existing \a path that is not a file of access codes, before any package is written.
Status checkAccessCodesFile(const QString& path);

/// The file name of a package: "2025-FAC_E001_r1.rbpkg".
QString fileName(const QString& roundCode, const QString& expertCode, int revision);

} // namespace rb::package
