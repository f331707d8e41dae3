// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "package/Package.h"
#include "package/PackageBuilder.h"
#include "package/ScoreSheet.h"
#include "package/Verify.h"

#include <QDir>

namespace rb::cli {

namespace {

int runPackage(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("package"),
              Tr::tr("Write one review package (.rbpkg) per expert into a folder: the round, its criteria, the "
                     "expert's own code and name and their assigned applications with dossiers — nothing else. "
                     "Experts who already have a package are skipped unless --reissue."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("out")}, Tr::tr("The folder for the packages."), QStringLiteral("DIR"));
    args.option({QStringLiteral("expert")}, Tr::tr("Only this expert (repeatable)."), QStringLiteral("CODE"));
    args.option({QStringLiteral("reissue")},
                Tr::tr("Issue a new revision (re-opens a submitted package with the scores already returned; older "
                       "revisions become stale)."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    if (args.value(QStringLiteral("out")).isEmpty())
        return io.fail(Error::usage(Tr::tr("--out DIR is required")));
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    package::BuildOptions options;
    options.outDir = args.value(QStringLiteral("out"));
    options.reissue = args.isSet(QStringLiteral("reissue"));
    for (const QString& e : args.values(QStringLiteral("expert")))
        options.experts << e;
    Result<QList<package::IssuedPackage>> issued = package::build(*session->db, session->round, options);
    if (!issued)
        return io.fail(issued.error());
    int made = 0;
    for (const package::IssuedPackage& p : *issued) {
        if (p.skipped) {
            io.err << Tr::tr("note: %1 already has revision %2; use --reissue for a new one")
                          .arg(p.expertCode)
                          .arg(p.revision)
                   << Qt::endl;
            continue;
        }
        ++made;
        io.out << QDir::toNativeSeparators(p.path) << Qt::endl;
    }
    io.err << Tr::tr("%1 package(s) written").arg(made) << Qt::endl;
    return Success;
}

Result<std::unique_ptr<package::Package>> openPackage(const QString& path, bool readOnly = false)
{
    return package::Package::open(path, readOnly);
}

int runSheet(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("sheet"),
              Tr::tr("Write an expert's scoring sheet as .xlsx, to fill in Excel and read back "
                     "with 'import scores PACKAGE FILE'."));
    args.positional(QStringLiteral("PACKAGE"), Tr::tr("The expert's review package (.rbpkg)."));
    args.option({QStringLiteral("out")}, Tr::tr("The .xlsx file to write."), QStringLiteral("FILE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    if (args.value(QStringLiteral("out")).isEmpty())
        return io.fail(Error::usage(Tr::tr("--out FILE is required")));
    Result<std::unique_ptr<package::Package>> p = openPackage(args.positionals().first(), true);
    if (!p)
        return io.fail(p.error());
    if (Status s = package::writeSheet(**p, args.value(QStringLiteral("out"))); !s)
        return io.fail(s.error());
    return Success;
}

int runSubmit(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("submit"), Tr::tr("Submit a package: refused while anything required is missing (each is "
                                               "listed); then the scores are sealed and the package locked."));
    args.positional(QStringLiteral("PACKAGE"), Tr::tr("The expert's review package (.rbpkg)."));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<std::unique_ptr<package::Package>> p = openPackage(args.positionals().first());
    if (!p)
        return io.fail(p.error());
    if (Status s = (*p)->submit(); !s)
        return io.fail(s.error());
    io.out << Tr::tr("submitted and sealed: %1").arg((*p)->info().submittedAt) << Qt::endl;
    return Success;
}

int runVerify(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("verify"), Tr::tr("Check returned packages against the round database without merging "
                                               "them: seal, round, expert, revision, submission."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("PACKAGE"), Tr::tr("Returned packages."), QStringLiteral("PACKAGE..."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                QStringLiteral("table"));
    if (std::optional<int> stop = args.parse(argv, io, 2, -1))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    const QStringList pos = args.positionals();
    Result<Session> session = openRound(pos[0], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    QList<QJsonObject> rows;
    bool allOk = true;
    for (const QString& file : pos.mid(1)) {
        Result<package::Verified> v = package::verify(*session->db, session->round, file);
        if (!v)
            return io.fail(v.error());
        allOk = allOk && v->ok();
        rows.append({{QStringLiteral("file"), file},
                     {QStringLiteral("expert"), v->expertCode},
                     {QStringLiteral("revision"), v->revision},
                     {QStringLiteral("result"), package::rejectionKey(v->rejection)},
                     {QStringLiteral("reason"), v->reason}});
    }
    writeRecords(io.out, *format,
                 {QStringLiteral("file"), QStringLiteral("expert"), QStringLiteral("revision"),
                  QStringLiteral("result"), QStringLiteral("reason")},
                 rows);
    return allOk ? Success : Rejected;
}

} // namespace

/// `import scores PACKAGE FILE`: the package side of the score import.
int importScoresIntoPackage(const QString& packagePath, const QString& file, Io& io)
{
    Result<std::unique_ptr<package::Package>> p = openPackage(packagePath);
    if (!p)
        return io.fail(p.error());
    Result<io::Table> table = io::readTable(file);
    if (!table)
        return io.fail(table.error());
    Result<int> imported = package::importScores(**p, *table);
    if (!imported)
        return io.fail(imported.error());
    io.out << Tr::tr("%1: %2 scores imported").arg(table->fileName).arg(*imported) << Qt::endl;
    return Success;
}

void registerPackageCommands(Registry& registry)
{
    registry.add({QStringLiteral("package"), Tr::tr("write the experts' review packages"), runPackage});
    registry.add({QStringLiteral("sheet"), Tr::tr("write an expert's scoring sheet (.xlsx)"), runSheet});
    registry.add({QStringLiteral("submit"), Tr::tr("submit and seal a review package"), runSubmit});
    registry.add({QStringLiteral("verify"), Tr::tr("check returned packages"), runVerify});
}

} // namespace rb::cli
