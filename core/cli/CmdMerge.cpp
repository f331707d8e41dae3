// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "consolidation/Consolidation.h"
#include "consolidation/Sensitivity.h"
#include "merge/DatabaseMerge.h"
#include "merge/PackageMerge.h"
#include "merge/PaperEntry.h"
#include "package/PackageFile.h"
#include "records/ResultsJson.h"
#include "storage/Schema.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

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
    args.option({QStringLiteral("sensitivity")},
                Tr::tr("Repeat the consolidation with the first-level criteria's weights perturbed: each application's "
                       "rank interval (5th and 95th percentile) and how often it is selected within the quota."));
    args.option({QStringLiteral("spread")},
                Tr::tr("Each first-level weight is multiplied by a factor from [1-S, 1+S], then renormalised "
                       "(default 0.2)."),
                QStringLiteral("S"), QStringLiteral("0.2"));
    args.option({QStringLiteral("samples")}, Tr::tr("How many perturbed consolidations (default 1000)."),
                QStringLiteral("N"), QStringLiteral("1000"));
    args.option({QStringLiteral("seed")}, Tr::tr("The random seed: the same seed gives the same output (default 1)."),
                QStringLiteral("K"), QStringLiteral("1"));
    args.option({QStringLiteral("leave-one-out")},
                Tr::tr("Rank again without each counted expert: the applications whose selection, or whose rank by "
                       "more than flags.pivotal_rank_change, hangs on one expert."));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    const bool sensitive = args.isSet(QStringLiteral("sensitivity"));
    const bool leaveOut = args.isSet(QStringLiteral("leave-one-out"));
    consolidation::SensitivityOptions options;
    if (sensitive) {
        bool ok = false;
        options.spread = args.value(QStringLiteral("spread")).toDouble(&ok);
        if (!ok)
            return io.fail(
                Error::usage(Tr::tr("--spread must be a number, not '%1'").arg(args.value(QStringLiteral("spread")))));
        Result<int> samples = args.integer(QStringLiteral("samples"), 1, 1000000);
        if (!samples)
            return io.fail(samples.error());
        options.samples = *samples;
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return io.fail(Error::usage(
                Tr::tr("--seed must be a whole number, not '%1'").arg(args.value(QStringLiteral("seed")))));
    }
    if ((sensitive || leaveOut) && args.isSet(QStringLiteral("method")))
        return io.fail(Error::usage(Tr::tr("--sensitivity and --leave-one-out use the round's rule, not --method")));
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<consolidation::Results> results =
        consolidation::consolidate(*session->db, session->round, args.value(QStringLiteral("method")));
    if (!results)
        return io.fail(results.error());
    std::optional<QList<consolidation::SensitivityRow>> sensitivity;
    std::optional<QList<consolidation::PivotalRow>> pivotal;
    if (sensitive || leaveOut) {
        Result<consolidation::Robustness> r = consolidation::robustness(
            *session->db, session->round, sensitive ? std::optional(options) : std::nullopt, leaveOut);
        if (!r)
            return io.fail(r.error());
        if (sensitive)
            sensitivity = std::move(r->sensitivity);
        if (leaveOut)
            pivotal = std::move(r->pivotal);
    }
    if (pivotal) {
        // The applications that hang on one expert carry the flag "pivotal".
        QSet<QString> hanging;
        for (const consolidation::PivotalRow& p : *pivotal)
            hanging.insert(p.application);
        for (consolidation::ApplicationResult& a : results->applications)
            if (hanging.contains(a.code))
                a.flags << QStringLiteral("pivotal");
    }
    auto rank = [](const std::optional<int>& r) { return r ? QJsonValue(*r) : QJsonValue(); };
    QList<QJsonObject> sensitivityRows;
    for (const consolidation::SensitivityRow& r : sensitivity.value_or(QList<consolidation::SensitivityRow>()))
        sensitivityRows.append(
            {{QStringLiteral("application"), r.application},
             {QStringLiteral("rank"), rank(r.rank)},
             {QStringLiteral("rank_p5"), rank(r.rankP5)},
             {QStringLiteral("rank_p95"), rank(r.rankP95)},
             {QStringLiteral("selected_share"),
              r.selectedShare ? QJsonValue(std::round(*r.selectedShare * 10000) / 10000) : QJsonValue()}});
    QList<QJsonObject> pivotalRows;
    for (const consolidation::PivotalRow& p : pivotal.value_or(QList<consolidation::PivotalRow>()))
        pivotalRows.append({{QStringLiteral("application"), p.application},
                            {QStringLiteral("expert"), p.expert},
                            {QStringLiteral("rank"), rank(p.rank)},
                            {QStringLiteral("rank_without"), rank(p.rankWithout)}});
    if (*format == Format::Json) {
        QJsonObject o = records::resultsJson(*results);
        if (sensitivity) {
            QJsonArray a;
            for (const QJsonObject& r : sensitivityRows)
                a.append(r);
            o.insert(QStringLiteral("sensitivity"), a);
            o.insert(QStringLiteral("sensitivity_options"),
                     QJsonObject{{QStringLiteral("spread"), options.spread},
                                 {QStringLiteral("samples"), options.samples},
                                 {QStringLiteral("seed"), QString::number(options.seed)}});
        }
        if (pivotal) {
            QJsonArray a;
            for (const QJsonObject& r : pivotalRows)
                a.append(r);
            o.insert(QStringLiteral("pivotal"), a);
        }
        writeJson(io.out, o);
        return Success;
    }
    // Table and CSV: the view asked for (the sensitivity, the pivotal experts), else the ranking.
    if (sensitivity) {
        writeRecords(io.out, *format,
                     {QStringLiteral("application"), QStringLiteral("rank"), QStringLiteral("rank_p5"),
                      QStringLiteral("rank_p95"), QStringLiteral("selected_share")},
                     sensitivityRows);
        if (!pivotal)
            return Success;
        if (*format == Format::Table)
            io.out << Qt::endl;
    }
    if (pivotal) {
        writeRecords(io.out, *format,
                     {QStringLiteral("application"), QStringLiteral("expert"), QStringLiteral("rank"),
                      QStringLiteral("rank_without")},
                     pivotalRows);
        if (*format == Format::Table && pivotalRows.isEmpty())
            io.out << Tr::tr("No application hangs on one expert.") << Qt::endl;
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
