// SPDX-License-Identifier: GPL-3.0-or-later
// reviewbench-cli: the command-line face of ReviewBench. All logic lives in the libraries.
#include "cli/CliApp.h"
#ifdef RB_WITH_UI
#include "cli/GuiCommands.h"
#endif

int main(int argc, char* argv[])
{
    rb::cli::Registry registry;
    rb::cli::registerCoreCommands(registry);
#ifdef RB_WITH_UI
    rb::ui::registerGuiCommands(registry);
    return rb::cli::runCliApp(argc, argv, registry, &rb::ui::makeGuiApplication);
#else
    return rb::cli::runCliApp(argc, argv, registry);
#endif
}
