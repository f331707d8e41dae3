// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

namespace rb::merge {

/// Copies the open database to "<file>.backups/<label>-<time>.rbdb" with the SQLite backup API
/// (consistent while the database is in use). Returns the backup's path.
Result<QString> backup(db::Database& db, const QString& label);

/// Copies a database file to \a target with the backup API (an atomic, consistent copy).
Status copyDatabase(db::Database& source, const QString& target);

/// The backups kept for a database file, newest first.
QStringList backups(const QString& databasePath);

/// Replaces the database at \a databasePath with the backup (the file must not be open elsewhere).
/// The current content is itself backed up first, so a restore can be undone.
Status restore(const QString& databasePath, const QString& backupPath);

} // namespace rb::merge
