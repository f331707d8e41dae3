// SPDX-License-Identifier: GPL-3.0-or-later
// reviewbench: the desktop application. All logic lives in the libraries.
#include "app/GuiApp.h"

int main(int argc, char* argv[])
{
    return rb::ui::runGuiApp(argc, argv);
}
