// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::merge {

/// What happened to one returned file.
struct FileOutcome {
    enum class Kind { Merged, AlreadyMerged, Rejected, Conflict };
    QString file;
    QString expertCode;
    int revision = 0;
    Kind kind = Kind::Rejected;
    QString reasonKey; ///< bad_seal, stale, ... (rejections and conflicts)
    QString reason;    ///< in words
    int scores = 0;    ///< scores taken from the file
};

struct MergeReport {
    QList<FileOutcome> files;
    QString backupPath; ///< made before the first change, empty when nothing changed
    [[nodiscard]] bool anyRejected() const;
    [[nodiscard]] int count(FileOutcome::Kind kind) const;
};

/// Merges returned review packages: each is verified (seal, round, expert, revision, submission) and
/// applied wholly or not at all in its own transaction. The same package twice changes nothing; a newer
/// revision replaces the older one; an older one arriving later is stale. Two different sealed copies
/// of the same package are a conflict: scores already counted from the first stay, none of a later copy
/// count, until the secretariat chooses one (chooseCopy) or re-issues the package.
/// The order of the files does not change the result. A backup is taken before the first change.
Result<MergeReport> mergePackages(db::Database& db, const Round& round, const QStringList& files,
                                  const Progress& progress = {});

/// The secretariat's choice between different sealed copies of one package: \a file (which must verify, and
/// whose package must be in conflict) becomes the copy that counts; the expert's scores from any other copy go.
/// One transaction after a backup, audited. Outcome Merged, or Rejected with the reason (nothing changed).
Result<MergeReport> chooseCopy(db::Database& db, const Round& round, const QString& file);

QString outcomeKey(FileOutcome::Kind kind); ///< merged, already_merged, rejected, conflict

} // namespace rb::merge
