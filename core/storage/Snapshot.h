// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QStringList>

#include <functional>

namespace rb::db {

/// How an untrusted database file is read.
struct SnapshotOptions {
    qint64 maxBytes = qint64(2) << 30; ///< larger files are refused before anything is read
    int timeLimitMs = 60'000;          ///< every query on the snapshot stops once this is spent
    int applicationId = 0;             ///< `PRAGMA application_id` it must carry (0 = any)
    /// The exact schema it must have for its `PRAGMA user_version` (as schemaOf() lists it); an empty
    /// list refuses that version.
    std::function<QStringList(int version)> expectedSchema;
    /// The private image may be changed (to migrate a copy of an older version in memory); the file never is.
    bool writable = false;
};

/// Nothing a file holds runs on \a handle: no triggers, views, extensions or attached files, and no writes to the
/// schema; text and blobs are bounded. For connections to files from outside (snapshots, a package edited in
/// place after its structure was checked).
void harden(sqlite3* handle);

/// Reads a file that comes from outside (a returned package, a colleague's copy) once into private memory and
/// opens that image read-only, hardened: SQLITE_DBCONFIG_DEFENSIVE, no triggers or views run, trusted_schema
/// off, cell_size_check on, a time limit on every statement. It then passes `quick_check` and
/// `foreign_key_check` and holds exactly the expected schema (no view, trigger, table or index more or less),
/// else it is refused as damaged (an Input error naming the file). Every later read of the file's content goes
/// to this image, so what is checked is what is used, whatever happens to the file meanwhile.
Result<std::unique_ptr<Database>> openSnapshot(const QString& path, const SnapshotOptions& options);

/// The schema of \a db as sorted "type|name|table|sql" lines, from sqlite_schema.
Result<QStringList> schemaOf(Database& db);

} // namespace rb::db
