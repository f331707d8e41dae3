// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

namespace rb::db {

/// The round database file (.rbdb): its identity, versions and migrations.
namespace schema {

/// `PRAGMA application_id` of a round database ("RBDB").
inline constexpr int kApplicationId = 0x52424442;
/// The schema version this program writes.
inline constexpr int kLatestVersion = 8;

/// Creates a new round database at \a path with the latest schema.
Result<std::unique_ptr<Database>> create(const QString& path);

/// Opens an existing round database. Files of older schema versions are copied to
/// "<path>.v<N>.bak" and migrated; files of a newer version, files that are not
/// ReviewBench databases and damaged files are refused without being changed.
Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::OpenExisting);

/// Reads a round database that comes from outside (a colleague's copy, a backup to restore) once, from a
/// private snapshot checked as db::openSnapshot() does against the exact schema of its version; a copy of an
/// older version is migrated in memory. The file itself is never changed or read again.
Result<std::unique_ptr<Database>> openSnapshot(const QString& path);

/// The schema of a round database of \a version as db::schemaOf() lists it (empty: no such version).
QStringList expectedSchema(int version);

/// Runs the migrations from the file's version up to \a target (each in one transaction).
Status migrate(Database& db, int target = kLatestVersion);

/// The schema version recorded in the file.
Result<int> version(Database& db);

/// `PRAGMA integrity_check` and `foreign_key_check`; returns the problems found (empty = fine).
Result<QStringList> integrityProblems(Database& db);

} // namespace schema
} // namespace rb::db
