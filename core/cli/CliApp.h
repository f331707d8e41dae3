// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>

#include <memory>

namespace rb::cli {

/// Sets up the Qt application object and the translation, then runs the command line.
/// The language follows $REVIEWBENCH_LANG (zh_CN or en), else the system locale.
/// \a makeGuiApp creates the application object for commands that draw (it may be null in builds
/// without the UI; those commands are then not registered).
using AppFactory = std::function<std::unique_ptr<QCoreApplication>(int& argc, char** argv)>;
int runCliApp(int argc, char* argv[], const Registry& registry, const AppFactory& makeGuiApp = {});

/// Loads the ReviewBench and Qt translations for \a language ("zh_CN" or "en") into the application.
/// Returns false when the translation is not part of this build.
bool installTranslation(const QString& language);

/// The language to use when none was chosen: zh_CN for a Chinese system locale, else en.
QString systemLanguage();

} // namespace rb::cli
