// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QStringList>

#include <memory>

namespace rb::package {

/// `PRAGMA application_id` of a review package ("RBPK").
inline constexpr int kApplicationId = 0x5242504B;
/// The package format this program writes and reads. Version 2 keeps the expert's signing key and the dossiers
/// encrypted under the access code and carries the secretariat's issue seal; version 1 (a plain signing key) is
/// refused.
inline constexpr int kFormatVersion = 2;

/// Creates an empty package file with its schema (rollback journal, never WAL: the package is one
/// self-contained file at every moment, since experts copy and e-mail it).
Result<std::unique_ptr<db::Database>> create(const QString& path);

/// Opens a package; refuses files that are not packages, or from a newer format.
Result<std::unique_ptr<db::Database>> open(const QString& path, bool readOnly = false);

/// The exact schema of a package of format \a version (db::schemaOf lines); empty for unknown versions.
QStringList expectedSchema(int version);

/// A returned package read once into private memory, hardened and checked (db::openSnapshot): only the
/// tables a package has, nothing that runs, a time limit.
Result<std::unique_ptr<db::Database>> openSnapshot(const QString& path);

/// True when \a path is a review package (by its content, not its name).
bool isPackage(const QString& path);
/// The package format version in the file's header; 0 when it is not a package.
int formatVersionOf(const QString& path);

/// A value of the package's meta table.
QString meta(db::Database& db, const char* key);
Status setMeta(db::Database& db, const char* key, const QString& value);

} // namespace rb::package
