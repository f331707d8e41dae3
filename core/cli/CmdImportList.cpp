// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "import/Importer.h"
#include "records/Records.h"
#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"

#include <QCoreApplication>

namespace rb::cli {

namespace {

int runImport(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("import"),
              Tr::tr("Import a CSV (UTF-8 or GB18030) or .xlsx file into the round. All or nothing: when any row is "
                     "wrong, nothing is imported and every bad row is listed. Rows are matched by code, so importing a "
                     "file again updates rather than duplicates. Importing criteria replaces the round's criteria."));
    args.positional(QStringLiteral("KIND"), Tr::tr("applications, experts or criteria."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("FILE"), Tr::tr("The file to import."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 3, 3))
        return *stop;
    const QStringList pos = args.positionals();
    const std::optional<import::Kind> kind = import::kindFromName(pos[0]);
    if (!kind)
        return io.fail(
            Error::usage(Tr::tr("unknown import kind '%1' (applications, experts or criteria)").arg(pos[0])));
    Result<Session> session = openRound(pos[1], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<io::Table> table = io::readTable(pos[2]);
    if (!table)
        return io.fail(table.error());
    Result<import::Plan> plan = import::prepare(*session->db, session->round, *kind, *table);
    if (!plan)
        return io.fail(plan.error());
    for (const QString& note : plan->notes)
        io.err << Tr::tr("note: %1").arg(note) << Qt::endl;
    Result<import::Summary> summary = import::apply(*session->db, session->round, *plan);
    if (!summary)
        return io.fail(summary.error());
    io.out << Tr::tr("%1: %2 created, %3 updated, %4 unchanged")
                  .arg(table->fileName)
                  .arg(summary->created)
                  .arg(summary->updated)
                  .arg(summary->unchanged);
    if (summary->removed)
        io.out << Tr::tr(", %1 removed").arg(summary->removed);
    io.out << Qt::endl;
    return Success;
}

int runList(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("list"), Tr::tr("List the round's applications, experts or criteria."));
    args.positional(QStringLiteral("KIND"), Tr::tr("applications, experts or criteria."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                QStringLiteral("table"));
    if (std::optional<int> stop = args.parse(argv, io, 2, 2))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    const QStringList pos = args.positionals();
    const std::optional<import::Kind> kind = import::kindFromName(pos[0]);
    if (!kind)
        return io.fail(Error::usage(Tr::tr("unknown list kind '%1' (applications, experts or criteria)").arg(pos[0])));
    Result<Session> session = openRound(pos[1], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    db::Database& db = *session->db;
    const qint64 roundId = session->round.id;
    std::optional<records::Records> out;
    switch (*kind) {
    case import::Kind::Applications: {
        Result<QList<Application>> list = ApplicationRepository(db, roundId).list();
        if (!list)
            return io.fail(list.error());
        out = records::applications(*list);
        break;
    }
    case import::Kind::Experts: {
        Result<QList<Expert>> list = ExpertRepository(db, roundId).list();
        if (!list)
            return io.fail(list.error());
        out = records::experts(*list);
        break;
    }
    case import::Kind::Criteria: {
        Result<CriteriaTree> tree = CriteriaRepository(db, roundId).tree();
        if (!tree)
            return io.fail(tree.error());
        out = records::criteria(*tree);
        break;
    }
    }
    writeRecords(io.out, *format, out->keys, out->rows);
    return Success;
}

} // namespace

void registerImportListCommands(Registry& registry)
{
    registry.add(
        {QStringLiteral("import"), Tr::tr("import applications, experts or criteria from CSV or .xlsx"), runImport});
    registry.add({QStringLiteral("list"), Tr::tr("list applications, experts or criteria"), runList});
}

} // namespace rb::cli
