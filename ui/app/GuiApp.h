// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rb::ui {

/// Runs the desktop application: reviewbench [FILE.rbdb].
int runGuiApp(int argc, char* argv[]);

/// Application-wide look: names for QSettings, icon, a CJK-capable font. For the GUI and its tests.
void setUpApplication();

} // namespace rb::ui
