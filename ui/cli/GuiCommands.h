// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliApp.h"

namespace rb::ui {

/// Adds the command-line commands that draw (demo dossiers; reports later) to \a registry.
void registerGuiCommands(cli::Registry& registry);

/// The application object for those commands (a QApplication, offscreen without a display).
std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv);

} // namespace rb::ui
