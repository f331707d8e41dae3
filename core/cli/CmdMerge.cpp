// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "consolidation/Consolidation.h"
#include "merge/DatabaseMerge.h"
#include "merge/PackageMerge.h"
#include "merge/PaperEntry.h"
#include "package/PackageFile.h"
#include "records/ResultsJson.h"
#include "storage/Schema.h"

namespace rb::cli {

namespace {

int mergeDatabase(db::Database& db, const QString& other, const QString& prefer, Format format, Io& io)
{
    if (prefer != QLatin1String("ours") && prefer != QLatin1String("theirs"))
        return io.fail(Error::usage(Tr::tr("--prefer must be ours or theirs")));
    Result<merge::DatabaseMergeReport> merged = merge::mergeDatabase(
        db, other, prefer == QLatin1String("theirs") ? merge::Prefer::Theirs : merge::Prefer::Ours);
    if (!merged)
        return io.fail(merged.error());
    for (auto it = merged->added.constBegin(); it != merged->added.constEnd(); ++it)
        io.err << Tr::tr("added %1 %2 row(s)").arg(it.value()).arg(it.key()) << Qt::endl;
    for (auto it = merged->updated.constBegin(); it != merged->updated.constEnd(); ++it)
        io.err << Tr::tr("updated %1 %2 row(s) changed only in the other file").arg(it.value()).arg(it.key())
               << Qt::endl;
    QList<QJsonObject> rows;
    for (const merge::Difference& d : merged->differences)
        rows.append({{QStringLiteral("table"), d.table},
                     {QStringLiteral("key"), d.key},
                     {QStringLiteral("field"), d.field},
                     {QStringLiteral("ours"), d.ours},
                     {QStringLiteral("theirs"), d.theirs}});
    for (const merge::Difference& d : merged->heldBack)
        rows.append({{QStringLiteral("table"), d.table},
                     {QStringLiteral("key"), d.key},
                     {QStringLiteral("field"), d.field},
                     {QStringLiteral("ours"), d.ours},
                     {QStringLiteral("theirs"), d.theirs}});
    writeRecords(io.out, format,
                 {QStringLiteral("table"), QStringLiteral("key"), QStringLiteral("field"), QStringLiteral("ours"),
                  QStringLiteral("theirs")},
                 rows);
    if (!merged->heldBack.isEmpty())
        io.err << Tr::tr("the sealed work of %n expert(s) in the other file was not taken: sealed scores count only "
                         "from their package files, verified here. Merge those package files into this file.",
                         nullptr, int(merged->heldBack.size()))
               << Qt::endl;
    io.err << Tr::tr("%1 difference(s); %2 taken from the other file. Backup: %3")
                  .arg(merged->differences.size())
                  .arg(merged->takenFromTheirs)
                  .arg(merged->backupPath)
           << Qt::endl;
    // Differences left for the user to choose are not an error of the file, but scripts must notice them.
    return merged->differences.size() > merged->takenFromTheirs || !merged->heldBack.isEmpty() ? Rejected : Success;
}

int runMerge(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("merge"),
              Tr::tr("Merge returned review packages (or another copy of the round database). Each package is "
                     "verified and applied wholly or not at all; the same package twice changes nothing; rejected "
                     "files are listed with the reason and the others still merge. A backup of the database is "
                     "kept before the first change."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("FILE"), Tr::tr("Returned packages (.rbpkg) or a round database (.rbdb)."),
                    QStringLiteral("FILE..."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                QStringLiteral("table"));
    args.option({QStringLiteral("prefer")},
                Tr::tr("For another round database: which value to keep where both changed a row differently "
                       "(default ours; the differences are listed either way)."),
                QStringLiteral("ours|theirs"), QStringLiteral("ours"));
    args.option({QStringLiteral("choose")},
                Tr::tr("With one returned package whose package is in conflict (two different sealed copies came "
                       "back): make this copy the one that counts."));
    if (std::optional<int> stop = args.parse(argv, io, 2, -1))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    const QStringList pos = args.positionals();
    Result<Session> session = openRound(pos[0], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    if (pos.size() == 2 && !package::isPackage(pos[1]))
        return mergeDatabase(*session->db, pos[1], args.value(QStringLiteral("prefer")), *format, io);
    const bool choose = args.isSet(QStringLiteral("choose"));
    if (choose && (pos.size() != 2 || !package::isPackage(pos[1])))
        return io.fail(Error::usage(Tr::tr("--choose takes exactly one returned package")));
    Result<merge::MergeReport> report = choose ? merge::chooseCopy(*session->db, session->round, pos[1])
                                               : merge::mergePackages(*session->db, session->round, pos.mid(1));
    if (!report)
        return io.fail(report.error());
    QList<QJsonObject> rows;
    for (const merge::FileOutcome& f : report->files)
        rows.append({{QStringLiteral("file"), f.file},
                     {QStringLiteral("expert"), f.expertCode},
                     {QStringLiteral("revision"), f.revision},
                     {QStringLiteral("result"), merge::outcomeKey(f.kind)},
                     {QStringLiteral("reason"), f.reasonKey},
                     {QStringLiteral("message"), f.reason},
                     {QStringLiteral("scores"), f.scores}});
    writeRecords(io.out, *format,
                 {QStringLiteral("file"), QStringLiteral("expert"), QStringLiteral("revision"),
                  QStringLiteral("result"), QStringLiteral("reason"), QStringLiteral("scores"),
                  QStringLiteral("message")},
                 rows);
    if (!report->backupPath.isEmpty())
        io.err << Tr::tr("backup of the database before merging: %1").arg(report->backupPath) << Qt::endl;
    return report->anyRejected() ? Rejected : Success;
}

int runResults(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("results"), Tr::tr("Consolidate the scores and rank the applications by the round's "
                                                "rule (or --method)."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("method")}, Tr::tr("mean, trimmed, median or zscore (default: the round setting)."),
                QStringLiteral("METHOD"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                QStringLiteral("table"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<consolidation::Results> results =
        consolidation::consolidate(*session->db, session->round, args.value(QStringLiteral("method")));
    if (!results)
        return io.fail(results.error());
    if (*format == Format::Json) {
        writeJson(io.out, records::resultsJson(*results));
        return Success;
    }
    const records::Records rows = records::resultRows(*results);
    writeRecords(io.out, *format, rows.keys, rows.rows);
    if (*format == Format::Table)
        io.out << Tr::tr("method %1; Kendall's W %2")
                      .arg(results->method,
                           results->kendallW ? QString::number(*results->kendallW, 'f', 3) : QStringLiteral("—"))
               << Qt::endl;
    return Success;
}

} // namespace

int importPaperScores(const QString& dbPath, const QString& file, const QString& enteredBy, const QString& roundCode,
                      Io& io)
{
    Result<Session> session = openRound(dbPath, roundCode);
    if (!session)
        return io.fail(session.error());
    Result<io::Table> table = io::readTable(file);
    if (!table)
        return io.fail(table.error());
    Result<merge::PaperReport> report = merge::importPaperScores(*session->db, session->round, *table, enteredBy);
    if (!report)
        return io.fail(report.error());
    io.out << Tr::tr("%1: %2 scores entered, %3 count").arg(table->fileName).arg(report->entered).arg(report->counted);
    if (report->pending)
        io.out << Tr::tr(", %1 wait for the second entry").arg(report->pending);
    io.out << Qt::endl;
    for (const merge::Mismatch& m : report->mismatches)
        io.err << Tr::tr("mismatch: %1 / %2 / %3: %4 typed %5 (填写人), %6 typed %7 (复核人)")
                      .arg(m.expert, m.application, m.criterion, m.firstBy)
                      .arg(m.firstValue)
                      .arg(m.secondBy)
                      .arg(m.secondValue)
               << Qt::endl;
    return Success;
}

void registerMergeCommands(Registry& registry)
{
    registry.add({QStringLiteral("merge"), Tr::tr("merge returned review packages"), runMerge});
    registry.add({QStringLiteral("results"), Tr::tr("consolidate the scores and rank the applications"), runResults});
}

} // namespace rb::cli
