// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

namespace rb::cli {

void registerRoundCommands(Registry& registry);
void registerImportListCommands(Registry& registry);
void registerDemoCommand(Registry& registry);
void registerReviewCommands(Registry& registry);
void registerPackageCommands(Registry& registry);
void registerMergeCommands(Registry& registry);
void registerWorkflowCommands(Registry& registry);
void registerDeliberationCommands(Registry& registry);
void registerExportCommands(Registry& registry);
void registerWeightsCommand(Registry& registry);

void registerCoreCommands(Registry& registry)
{
    registerRoundCommands(registry);
    registerImportListCommands(registry);
    registerReviewCommands(registry);
    registerPackageCommands(registry);
    registerMergeCommands(registry);
    registerWorkflowCommands(registry);
    registerDeliberationCommands(registry);
    registerExportCommands(registry);
    registerWeightsCommand(registry);
    registerDemoCommand(registry);
}

} // namespace rb::cli
