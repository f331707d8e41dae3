// SPDX-License-Identifier: GPL-3.0-or-later
#include "action/PackageActions.h"

#include "common/Tr.h"
#include "merge/Backup.h"

#include <QFileInfo>

#include <algorithm>

namespace rb::action {

namespace {

Action barrier(std::optional<qint64> roundId, const char* key, QString text, std::function<Status(Context&)> work)
{
    Action a{QString::fromLatin1(key), std::move(text), Kind::Barrier, roundId, std::move(work)};
    a.ownTransactions = true;
    return a;
}

} // namespace

Action writePackages(const Round& round, const package::BuildOptions& options,
                     std::shared_ptr<QList<package::IssuedPackage>> issued)
{
    return barrier(round.id, options.reissue ? "package.reissue" : "package.write",
                   options.reissue ? Tr::tr("Re-issue %n package(s)", nullptr, int(options.experts.size()))
                                   : Tr::tr("Write the review packages"),
                   [=](Context& c) -> Status {
                       Result<QList<package::IssuedPackage>> made = package::build(c.db, round, options, c.progress);
                       if (!made)
                           return made.takeError();
                       *issued = *made;
                       c.nothingDone = std::none_of(made->begin(), made->end(),
                                                    [](const package::IssuedPackage& p) { return !p.skipped; });
                       return {};
                   });
}

Action mergePackages(const Round& round, const QStringList& files, std::shared_ptr<merge::MergeReport> report)
{
    return barrier(round.id, "package.merge", Tr::tr("Merge %n returned package(s)", nullptr, int(files.size())),
                   [=](Context& c) -> Status {
                       Result<merge::MergeReport> r = merge::mergePackages(c.db, round, files, c.progress);
                       if (!r)
                           return r.takeError();
                       *report = *r;
                       // Files already merged or rejected change nothing.
                       c.nothingDone = std::all_of(r->files.begin(), r->files.end(), [](const merge::FileOutcome& f) {
                           return f.kind == merge::FileOutcome::Kind::AlreadyMerged
                                  || f.kind == merge::FileOutcome::Kind::Rejected;
                       });
                       return {};
                   });
}

Action chooseCopy(const Round& round, const QString& file, std::shared_ptr<merge::MergeReport> report)
{
    return barrier(round.id, "package.choose", Tr::tr("Count the copy %1").arg(QFileInfo(file).fileName()),
                   [=](Context& c) -> Status {
                       Result<merge::MergeReport> r = merge::chooseCopy(c.db, round, file);
                       if (!r)
                           return r.takeError();
                       *report = *r;
                       return {};
                   });
}

Action restoreBackup(const QString& databasePath, const QString& backupPath)
{
    return barrier(std::nullopt, "backup.restore",
                   Tr::tr("Restore the backup %1").arg(QFileInfo(backupPath).fileName()),
                   [=](Context&) { return merge::restore(databasePath, backupPath); });
}

} // namespace rb::action
