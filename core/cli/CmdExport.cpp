// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "export/Export.h"

#include <QFileInfo>

namespace rb::cli {

namespace {

constexpr QLatin1String kArchive("archive");

/// What to write, checked before the database is opened so a usage error touches nothing.
struct Request {
    QString what;
    exporting::Format format = exporting::Format::Xlsx;
    QString out;
};

Result<Request> request(const Args& args)
{
    Request r;
    r.what = args.value(QStringLiteral("what"));
    r.out = args.value(QStringLiteral("out"));
    const QString values = exporting::whatKeys().join(QLatin1Char('|')) + QLatin1Char('|') + kArchive;
    if (r.what.isEmpty())
        return Error::usage(Tr::tr("say what to export: --what %1").arg(values));
    if (r.what != kArchive && !exporting::whatFromKey(r.what))
        return Error::usage(Tr::tr("unknown --what '%1' (%2)").arg(r.what, values));
    if (r.out.isEmpty())
        return Error::usage(Tr::tr("say where to write: --out FILE"));
    const bool formatGiven = args.isSet(QStringLiteral("format"));
    if (r.what == kArchive) {
        if (formatGiven)
            return Error::usage(Tr::tr("the archive is a round database (.rbdb); leave out --format"));
        if (args.isSet(QStringLiteral("experts-by-code")))
            return Error::usage(Tr::tr("--experts-by-code applies to tables, not to the archive"));
        return r;
    }
    // Without --format the file name decides, so "--out results.csv" does what it says.
    const QString format = formatGiven ? args.value(QStringLiteral("format"))
                           : QFileInfo(r.out).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                               ? QStringLiteral("csv")
                               : QStringLiteral("xlsx");
    const std::optional<exporting::Format> parsed = exporting::formatFromKey(format);
    if (!parsed)
        return Error::usage(Tr::tr("unknown --format '%1' (xlsx or csv)").arg(format));
    r.format = *parsed;
    return r;
}

int runExport(const QStringList& argv, Io& io)
{
    Args args(
        QStringLiteral("export"),
        Tr::tr("Export a table of the round to Excel (.xlsx: numbers as numbers) or CSV (UTF-8 with BOM, as Excel "
               "opens it), or the round itself as a self-contained database file for filing (safe while the "
               "app has the database open). Files are written whole or not at all."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("what")},
                Tr::tr("applications, assignments, scores (the counted ones), results (ranked by the round's "
                       "method), decisions (deliberation, notice, approval) or archive."),
                QStringLiteral("WHAT"));
    args.option({QStringLiteral("format")}, Tr::tr("xlsx or csv (default: from the file name, else xlsx)."),
                QStringLiteral("FORMAT"));
    args.option({QStringLiteral("out")}, Tr::tr("The file to write (replaced if it exists)."), QStringLiteral("FILE"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("experts-by-code")},
                Tr::tr("Show experts by their code only, without names and organisations (copies for applicants)."));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<Request> r = request(args);
    if (!r)
        return io.fail(r.error());
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    if (Status s = exporting::checkNotDatabase(*session->db, r->out); !s)
        return io.fail(s.error());
    if (r->what == kArchive) {
        if (Status s = exporting::archive(*session->db, session->round, r->out); !s)
            return io.fail(s.error());
        io.out << Tr::tr("round %1 archived to %2").arg(session->round.code, r->out) << Qt::endl;
        return Success;
    }
    exporting::Options options;
    options.expertsByCode = args.isSet(QStringLiteral("experts-by-code"));
    Result<exporting::Table> table =
        exporting::buildTable(*session->db, session->round, *exporting::whatFromKey(r->what), options);
    if (!table)
        return io.fail(table.error());
    if (Status s = exporting::write(*table, r->out, r->format); !s)
        return io.fail(s.error());
    io.out << Tr::tr("%1 row(s) of %2 written to %3").arg(table->rows.size()).arg(r->what, r->out) << Qt::endl;
    return Success;
}

} // namespace

void registerExportCommands(Registry& registry)
{
    registry.add({QStringLiteral("export"), Tr::tr("export a table to Excel or CSV, or archive the round"), runExport});
}

} // namespace rb::cli
