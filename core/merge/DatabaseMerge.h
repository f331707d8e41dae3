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
    /// Sealed work the other file holds and this one does not take from it: scores and opinions that came in
    /// a sealed package, their assignments' state, packages and receipts. Sealed work counts only from its
    /// package file, verified here; each entry says which file to merge (table, key, field "sealed", ours,
    /// what the other file has).
    QList<Difference> heldBack;
    QString backupPath;
};

enum class Prefer { Ours, Theirs };

/// Unions another copy of the round database into this one by stable ids, every table of the round (the
/// deliberation, notice and lifecycle tables too; tables without ids of their own by the rows they join): rows only
/// the other file has are added, unless removed here since the copies split. An application's state is taken only
/// with what justifies it in the other file (its latest event, and for a committee's decision the concluded case).
/// Where both hold a row with different values, the audit log tells which side changed it since the copies split (an
/// entry present on only one side is a change made there): a row changed only on their side takes their values, one
/// changed only on ours keeps ours; progress never goes back (an assignment's or a package's status takes the further
/// of the two, with the scores that came with it). Only rows changed on both sides (or with no history to tell) are
/// listed, and keep our value unless \a prefer is Theirs. Sealed work never travels this way (see
/// DatabaseMergeReport::heldBack): a score, an opinion or an assignment's state that came in a sealed package on either
/// side is never taken from the other file, whatever its audit log says, nor are its packages or receipts (they cannot
/// be verified here); a package both hold with different public keys refuses the whole merge. The other file is read
/// once from a private snapshot (schema::openSnapshot). One transaction; a backup is taken first.
Result<DatabaseMergeReport> mergeDatabase(db::Database& db, const QString& otherPath, Prefer prefer = Prefer::Ours);

} // namespace rb::merge
