// SPDX-License-Identifier: GPL-3.0-or-later
// reviewbench-cli: the command-line face of ReviewBench. All logic lives in the libraries.
#include "cli/CliApp.h"

int main(int argc, char* argv[])
{
    rb::cli::Registry registry;
    rb::cli::registerCoreCommands(registry);
    return rb::cli::runCliApp(argc, argv, registry);
}
