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
};

/// Writes one package per expert: the round, its criteria and settings, the expert's own code and
/// name, the expert's active assignments with their dossiers (and scores already returned) — nothing
/// else. The master records each package's revision and public key. All or nothing: when one
/// package cannot be written, the master is unchanged and no new file is left behind.
Result<QList<IssuedPackage>> build(db::Database& master, const Round& round, const BuildOptions& options,
                                   const Progress& progress = {});

/// The file name of a package: "2025-FAC_E001_r1.rbpkg".
QString fileName(const QString& roundCode, const QString& expertCode, int revision);

} // namespace rb::package
