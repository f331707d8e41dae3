// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/GuiCommands.h"

#include "app/GuiApp.h"
#include "cli/Session.h"
#include "demo/DemoDossier.h"
#include "export/Export.h"
#include "report/ReportPrinter.h"

#include <QApplication>

namespace rb::ui {

namespace {

int runDemoDossiers(const QStringList& argv, cli::Io& io)
{
    cli::Args args(QStringLiteral("demo-dossiers"),
                   QCoreApplication::translate("rb::ui::GuiCommands", "Attach synthetic PDF dossiers (申报书) to the "
                                                                      "first applications of a round, for demos."));
    args.positional(QStringLiteral("DB"), QCoreApplication::translate("rb::ui::GuiCommands", "The round database."));
    args.option({QStringLiteral("count")}, QCoreApplication::translate("rb::ui::GuiCommands", "How many applications."),
                QStringLiteral("N"), QStringLiteral("40"));
    args.option({QStringLiteral("round")}, cli::roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<int> count = args.integer(QStringLiteral("count"), 1, 100000);
    if (!count)
        return io.fail(count.error());
    Result<cli::Session> session = cli::openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<int> attached = demo::attachDossiers(*session->db, session->round, *count);
    if (!attached)
        return io.fail(attached.error());
    io.out << QCoreApplication::translate("rb::ui::GuiCommands", "%1 dossiers attached").arg(*attached) << Qt::endl;
    return cli::Success;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(rb::ui::GuiCommands)
};

/// The document asked for, checked before the database is opened so a usage error touches nothing.
Result<report::Request> reportRequest(const cli::Args& args)
{
    const QString kinds = report::kindKeys().join(QLatin1Char('|'));
    const QString kind = args.value(QStringLiteral("kind"));
    if (kind.isEmpty())
        return Error::usage(Tr::tr("say which document: --kind %1").arg(kinds));
    const std::optional<report::Kind> parsed = report::kindFromKey(kind);
    if (!parsed)
        return Error::usage(Tr::tr("unknown --kind '%1' (%2)").arg(kind, kinds));
    if (args.value(QStringLiteral("out")).isEmpty())
        return Error::usage(Tr::tr("say where to write: --out FILE.pdf"));
    report::Request r;
    r.kind = *parsed;
    r.application = args.value(QStringLiteral("application"));
    r.expert = args.value(QStringLiteral("expert"));
    r.blank = args.isSet(QStringLiteral("blank"));
    r.expertsByCode = args.isSet(QStringLiteral("experts-by-code"));
    if (r.blank && r.kind != report::Kind::ScoringSheet)
        return Error::usage(Tr::tr("--blank applies to --kind scoring-sheet only"));
    if (args.isSet(QStringLiteral("meeting"))) {
        if (r.kind != report::Kind::Minutes)
            return Error::usage(Tr::tr("--meeting applies to --kind minutes only"));
        Result<int> meeting = args.integer(QStringLiteral("meeting"), 1, 100000);
        if (!meeting)
            return meeting.takeError();
        r.meeting = *meeting;
    }
    return r;
}

int runReport(const QStringList& argv, cli::Io& io)
{
    cli::Args args(
        QStringLiteral("report"),
        Tr::tr("Write a print-ready document of the round as PDF (A4, Chinese, fonts embedded): expert scoring "
               "sheets (blank for paper panels, or filled), opinion sheets, score summaries, the ranking, "
               "deliberation minutes, the public-notice list or the round's statistics with charts. The file "
               "is written whole or not at all."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("kind")},
                Tr::tr("The document: %1.").arg(report::kindKeys().join(QStringLiteral(", "))), QStringLiteral("KIND"));
    args.option({QStringLiteral("application")},
                Tr::tr("Only this application (its sheets, summary, cases or notice)."), QStringLiteral("CODE"));
    args.option({QStringLiteral("expert")}, Tr::tr("Only this expert's scoring or opinion sheets."),
                QStringLiteral("CODE"));
    args.option({QStringLiteral("meeting")},
                Tr::tr("Minutes of the N-th meeting of the round, in date order (default: all)."), QStringLiteral("N"));
    args.option({QStringLiteral("blank")}, Tr::tr("Scoring sheets without scores, for paper panels."));
    args.option({QStringLiteral("experts-by-code")},
                Tr::tr("Show experts (and committee members) without their names (copies for applicants)."));
    args.option({QStringLiteral("round")}, cli::roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("out")}, Tr::tr("The PDF file to write (replaced if it exists)."),
                QStringLiteral("FILE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<report::Request> request = reportRequest(args);
    if (!request)
        return io.fail(request.error());
    const QString out = args.value(QStringLiteral("out"));
    Result<cli::Session> session = cli::openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    if (Status s = exporting::checkNotDatabase(*session->db, out); !s)
        return io.fail(s.error());
    Result<report::Document> doc = report::build(*session->db, session->round, *request);
    if (!doc)
        return io.fail(doc.error());
    Result<int> pages = reports::writePdf(*doc, out);
    if (!pages)
        return io.fail(pages.error());
    io.out << Tr::tr("%1 pages written to %2").arg(*pages).arg(out) << Qt::endl;
    return cli::Success;
}

} // namespace

void registerGuiCommands(cli::Registry& registry)
{
    registry.add({QStringLiteral("demo-dossiers"),
                  QCoreApplication::translate("rb::ui::GuiCommands", "attach synthetic PDF dossiers for demos"),
                  runDemoDossiers, true});
    registry.add(
        {QStringLiteral("report"), Tr::tr("write a print-ready document (PDF) of the round"), runReport, true});
}

std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    setUpApplication();
    return app;
}

} // namespace rb::ui
