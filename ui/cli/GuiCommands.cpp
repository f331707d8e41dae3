// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/GuiCommands.h"

#include "app/GuiApp.h"
#include "cli/Session.h"
#include "demo/DemoDossier.h"

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

} // namespace

void registerGuiCommands(cli::Registry& registry)
{
    registry.add({QStringLiteral("demo-dossiers"),
                  QCoreApplication::translate("rb::ui::GuiCommands", "attach synthetic PDF dossiers for demos"),
                  runDemoDossiers, true});
}

std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    setUpApplication();
    return app;
}

} // namespace rb::ui
