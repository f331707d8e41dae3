// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "import/ImportTemplates.h"
#include "import/Importer.h"
#include "package/PackageFile.h"
#include "package/PackageRepository.h"
#include "records/Records.h"
#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"
#include "review/Assignments.h"
#include "review/Conflicts.h"

#include <QCoreApplication>

#include <QDir>

namespace rb::cli {

int importScoresIntoPackage(const QString& packagePath, const QString& file, const QString& code, Io& io);
int importPaperScores(const QString& dbPath, const QString& file, const QString& enteredBy, const QString& round,
                      Io& io);

namespace {

Result<records::Records> listRecords(db::Database& db, const Round& round, const QString& kind)
{
    if (kind == QLatin1String("applications")) {
        Result<QList<Application>> list = ApplicationRepository(db, round.id).list();
        return list ? Result<records::Records>(records::applications(*list)) : Result<records::Records>(list.error());
    }
    if (kind == QLatin1String("experts")) {
        Result<QList<Expert>> list = ExpertRepository(db, round.id).list();
        return list ? Result<records::Records>(records::experts(*list)) : Result<records::Records>(list.error());
    }
    if (kind == QLatin1String("criteria")) {
        Result<CriteriaTree> tree = CriteriaRepository(db, round.id).tree();
        return tree ? Result<records::Records>(records::criteria(*tree)) : Result<records::Records>(tree.error());
    }
    if (kind == QLatin1String("conflicts")) {
        Result<QList<Conflict>> list = ConflictService(db, round).all();
        return list ? Result<records::Records>(records::conflicts(*list)) : Result<records::Records>(list.error());
    }
    if (kind == QLatin1String("packages")) {
        Result<QList<package::ExpertPackages>> list = package::PackageRepository(db, round).byExpert();
        if (!list)
            return list.takeError();
        records::Records r;
        r.keys = {QStringLiteral("expert"), QStringLiteral("name"), QStringLiteral("assigned"),
                  QStringLiteral("revision"), QStringLiteral("status")};
        for (const package::ExpertPackages& e : *list)
            r.rows.append({{QStringLiteral("expert"), e.expertCode},
                           {QStringLiteral("name"), e.expertName},
                           {QStringLiteral("assigned"), e.assigned},
                           {QStringLiteral("revision"), e.revision},
                           {QStringLiteral("status"), e.status.isEmpty() ? QStringLiteral("not_issued") : e.status}});
        return r;
    }
    Result<QList<Assignment>> list = AssignmentRepository(db, round).list();
    return list ? Result<records::Records>(records::assignments(*list)) : Result<records::Records>(list.error());
}

int runImport(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("import"),
              Tr::tr("Import a CSV (UTF-8 or GB18030) or .xlsx file into the round. All or nothing: when any row is "
                     "wrong, nothing is imported and every bad row is listed. Rows are matched by code, so importing a "
                     "file again updates rather than duplicates. Importing criteria replaces the round's criteria."));
    args.positional(QStringLiteral("KIND"), Tr::tr("applications, experts, criteria, conflicts or scores (paper score "
                                                   "sheets; or a filled sheet into a package)."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("FILE"), Tr::tr("The file to import."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("entered-by")},
                Tr::tr("For 'import scores DB FILE': who typed in the paper score sheets."), QStringLiteral("NAME"));
    args.option({QStringLiteral("authority")},
                Tr::tr("For applications: the recommending authority a recommender stands for, when ReviewBench cannot "
                       "tell (repeatable), e.g. \"国务院国资委=中央企业\"; remembered in the round."),
                QStringLiteral("RECOMMENDER=AUTHORITY"));
    args.option({QStringLiteral("code")},
                Tr::tr("For 'import scores PACKAGE FILE': the package's access code, to check the package against "
                       "it (without it, against the round key the package carries)."),
                QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 3, 3))
        return *stop;
    const QStringList pos = args.positionals();
    if (pos[0] == QLatin1String("scores")) {
        if (package::isPackage(pos[1]))
            return importScoresIntoPackage(pos[1], pos[2], args.value(QStringLiteral("code")), io);
        return importPaperScores(pos[1], pos[2], args.value(QStringLiteral("entered-by")),
                                 args.value(QStringLiteral("round")), io);
    }
    const std::optional<import::Kind> kind = import::kindFromName(pos[0]);
    if (!kind)
        return io.fail(Error::usage(
            Tr::tr("unknown import kind '%1' (applications, experts, criteria, conflicts or scores)").arg(pos[0])));
    Result<Session> session = openRound(pos[1], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<io::Table> table = io::readTable(pos[2]);
    if (!table)
        return io.fail(table.error());
    import::Options options;
    for (const QString& mapping : args.values(QStringLiteral("authority"))) {
        if (Status s = import::addAuthorityMapping(options, mapping); !s)
            return io.fail(s.error());
    }
    Result<import::Plan> plan = import::prepare(*session->db, session->round, *kind, *table, options);
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
    Args args(QStringLiteral("list"),
              Tr::tr("List the round's applications, experts, criteria, conflicts, assignments or packages."));
    args.positional(QStringLiteral("KIND"),
                    Tr::tr("applications, experts, criteria, conflicts, assignments or packages (collection status)."));
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
    const QString kind = pos[0];
    static const QStringList kinds = {QStringLiteral("applications"), QStringLiteral("experts"),
                                      QStringLiteral("criteria"),     QStringLiteral("conflicts"),
                                      QStringLiteral("assignments"),  QStringLiteral("packages")};
    if (!kinds.contains(kind))
        return io.fail(Error::usage(Tr::tr("unknown list kind '%1' (%2)").arg(kind, kinds.join(QStringLiteral(", ")))));
    Result<Session> session = openRound(pos[1], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<records::Records> out = listRecords(*session->db, session->round, kind);
    if (!out)
        return io.fail(out.error());
    writeRecords(io.out, *format, out->keys, out->rows);
    return Success;
}

int runTemplate(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("template"),
              Tr::tr("Write a blank import template (.xlsx) with the canonical Chinese headers and a 填表说明 sheet; "
                     "filled in, it imports unchanged."));
    args.positional(QStringLiteral("KIND"), import::templateKinds().join(QStringLiteral(", ")));
    args.option({QStringLiteral("out")}, Tr::tr("The .xlsx file to write."), QStringLiteral("FILE"));
    args.option({QStringLiteral("category")},
                Tr::tr("For applications: the round's category (scenario, factory, zone, reeval); the credit code is "
                       "required in scenario and factory rounds."),
                QStringLiteral("CATEGORY"), QStringLiteral("factory"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    const std::optional<import::Sheet> sheet = import::templateKind(args.positionals().first());
    if (!sheet)
        return io.fail(
            Error::usage(Tr::tr("unknown template '%1' (%2)")
                             .arg(args.positionals().first(), import::templateKinds().join(QStringLiteral(", ")))));
    const std::optional<Category> category = category::fromKey(args.value(QStringLiteral("category")));
    if (!category)
        return io.fail(Error::usage(Tr::tr("unknown category '%1'").arg(args.value(QStringLiteral("category")))));
    if (args.value(QStringLiteral("out")).isEmpty())
        return io.fail(Error::usage(Tr::tr("--out FILE is required")));
    if (Status s = import::writeTemplate(*sheet, *category, args.value(QStringLiteral("out"))); !s)
        return io.fail(s.error());
    io.out << QDir::toNativeSeparators(args.value(QStringLiteral("out"))) << Qt::endl;
    return Success;
}

} // namespace

void registerImportListCommands(Registry& registry)
{
    registry.add({QStringLiteral("template"), Tr::tr("write a blank import template (.xlsx)"), runTemplate});
    registry.add({QStringLiteral("import"),
                  Tr::tr("import applications, experts, criteria, conflicts or paper scores from CSV or .xlsx"),
                  runImport});
    registry.add({QStringLiteral("list"),
                  Tr::tr("list applications, experts, criteria, conflicts, assignments or packages"), runList});
}

} // namespace rb::cli
