// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QMap>

namespace rb::merge {

/// A row both databases hold and changed differently.
struct Difference {
    QString table;
    QString key; ///< human code or uid
    QString field;
    QString ours;
    QString theirs;
};

struct DatabaseMergeReport {
    QMap<QString, int> added; ///< rows taken from the other file, per table
    /// Rows updated from the other file without asking, per table: changed only there since the copies split
    /// (their audit log has the change, ours does not), or further along (an assignment submitted there, a
    /// package returned there).
    QMap<QString, int> updated;
    QList<Difference> differences; ///< rows changed differently on both sides (or with no history to tell)
    int takenFromTheirs = 0;       ///< differences resolved with the other file's value
    QString backupPath;
};

enum class Prefer { Ours, Theirs };

/// Unions another copy of the round database into this one by stable ids: rows only the other file
/// has are added. Where both hold a row with different values, the audit log tells which side changed it
/// since the copies split (an entry present on only one side is a change made there): a row changed only
/// on their side takes their values, one changed only on ours keeps ours; progress never goes back (an
/// assignment's or a package's status takes the further of the two, with the scores that came with it).
/// Only rows changed on both sides (or with no history to tell) are listed, and keep our value unless
/// \a prefer is Theirs. One transaction; a backup is taken first. The other file is only read.
Result<DatabaseMergeReport> mergeDatabase(db::Database& db, const QString& otherPath, Prefer prefer = Prefer::Ours);

} // namespace rb::merge
