// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests drive the real widgets offscreen. Settings go to a temporary folder.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/GuiApp.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rb::ui::setUpApplication();
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewBenchTests"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // Every test runs as a named user; the first-start test clears the name itself.
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("tester"));
    return Catch::Session().run(argc, argv);
}
