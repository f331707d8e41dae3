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
    args.option({QStringLiteral("codes")},
                Tr::tr("Where to write the packages' access codes (CSV: expert, name, package, code); default "
                       "DIR/access-codes.csv. Send each code by another channel than the package."),
                QStringLiteral("FILE"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    if (args.value(QStringLiteral("out")).isEmpty())
        return io.fail(Error::usage(Tr::tr("--out DIR is required")));
    const QString codes = args.value(QStringLiteral("codes")).isEmpty()
                              ? QDir(args.value(QStringLiteral("out"))).filePath(QStringLiteral("access-codes.csv"))
                              : args.value(QStringLiteral("codes"));
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    if (Status s = package::checkAccessCodesFile(codes); !s)
        return io.fail(s.error());
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
    if (made > 0) {
        // The packages exist now: a failure to write the codes must still say so, or they would be lost.
        if (Status s = package::writeAccessCodes(codes, *issued); !s) {
            io.err << Tr::tr("error: the access codes could not be written: %1; re-issue the packages with "
                             "--reissue to get new ones")
                          .arg(s.error().toString())
                   << Qt::endl;
            return IoError;
        }
        io.err << Tr::tr("The access codes are in %1. Send each expert their code by another channel than the "
                         "package (a phone call, a text message, a letter), never in the same e-mail; then delete "
                         "the file. The round key's fingerprint on the letters: %2")
                      .arg(QDir::toNativeSeparators(codes), issued->first().roundFingerprint)
               << Qt::endl;
    }
    return Success;
}

/// Opens a package as its expert: the issue seal checked with the round key it carries, and with \a code (when
/// given) unlocked, which proves that key. Without a code, says on stderr which key the check used.
Result<std::unique_ptr<package::Package>> openPackage(const QString& path, const QString& code, Io& io,
                                                      bool readOnly = false)
{
    Result<std::unique_ptr<package::Package>> p = package::Package::open(path, readOnly);
    if (!p)
        return p;
    if (!code.isEmpty()) {
        if (Status s = (*p)->unlock(code); !s)
            return s.takeError();
    } else {
        io.err << Tr::tr("note: checked against the round key the package carries (fingerprint %1); give --code to "
                         "check it against your access code")
                      .arg((*p)->info().roundFingerprint)
               << Qt::endl;
    }
    return p;
}

QString codeHelp()
{
    return Tr::tr("The package's access code (from the secretariat's letter), to check the package against it.");
}

int runSheet(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("sheet"),
              Tr::tr("Write an expert's scoring sheet as .xlsx, to fill in Excel and read back "
                     "with 'import scores PACKAGE FILE'."));
    args.positional(QStringLiteral("PACKAGE"), Tr::tr("The expert's review package (.rbpkg)."));
    args.option({QStringLiteral("out")}, Tr::tr("The .xlsx file to write."), QStringLiteral("FILE"));
    args.option({QStringLiteral("code")}, codeHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    if (args.value(QStringLiteral("out")).isEmpty())
        return io.fail(Error::usage(Tr::tr("--out FILE is required")));
    Result<std::unique_ptr<package::Package>> p =
        openPackage(args.positionals().first(), args.value(QStringLiteral("code")), io, true);
    if (!p)
        return io.fail(p.error());
    if (Status s = package::writeSheet(**p, args.value(QStringLiteral("out"))); !s)
        return io.fail(s.error());
    return Success;
}

int runSubmit(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("submit"),
              Tr::tr("Submit a package: refused while anything required is missing (each is listed); then the scores "
                     "are sealed with the key the access code unlocks, the key is destroyed and the package locked."));
    args.positional(QStringLiteral("PACKAGE"), Tr::tr("The expert's review package (.rbpkg)."));
    args.option({QStringLiteral("code")},
                Tr::tr("The package's access code (from the secretariat's letter); required: only its holder can "
                       "seal the package."),
                QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    if (args.value(QStringLiteral("code")).isEmpty())
        return io.fail(Error::usage(Tr::tr("--code CODE is required: the access code from the secretariat's letter")));
    Result<std::unique_ptr<package::Package>> p =
        openPackage(args.positionals().first(), args.value(QStringLiteral("code")), io);
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
int importScoresIntoPackage(const QString& packagePath, const QString& file, const QString& code, Io& io)
{
    Result<std::unique_ptr<package::Package>> p = openPackage(packagePath, code, io);
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
