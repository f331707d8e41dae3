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
    QList<Difference> differences;
    int takenFromTheirs = 0; ///< differences resolved with the other file's value
    QString backupPath;
};

enum class Prefer { Ours, Theirs };

/// Unions another copy of the round database into this one by stable ids: rows only the other file
/// has are added; rows both have and changed differently are listed, and keep our value unless
/// \a prefer is Theirs. One transaction; a backup is taken first. The other file is only read.
Result<DatabaseMergeReport> mergeDatabase(db::Database& db, const QString& otherPath, Prefer prefer = Prefer::Ours);

} // namespace rb::merge
