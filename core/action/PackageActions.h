// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action/Action.h"
#include "merge/PackageMerge.h"
#include "package/PackageBuilder.h"

#include <memory>

namespace rb::action {

/// What crosses the secretariat's walls as user actions: packages sent to experts, returned packages merged, a
/// backup restored. All are barriers (the files and keys went out; a sealed merge is reversed only by counting
/// another copy); each commits its own steps (a merge backs the file up first, then takes each package whole).
/// The work fills the report the caller passes.

Action writePackages(const Round& round, const package::BuildOptions& options,
                     std::shared_ptr<QList<package::IssuedPackage>> issued);
Action mergePackages(const Round& round, const QStringList& files, std::shared_ptr<merge::MergeReport> report);
/// Counts the chosen copy of a package that came back twice with different scores.
Action chooseCopy(const Round& round, const QString& file, std::shared_ptr<merge::MergeReport> report);
/// Replaces the content of the round file by a backup (the current content is backed up first).
Action restoreBackup(const QString& databasePath, const QString& backupPath);

} // namespace rb::action
