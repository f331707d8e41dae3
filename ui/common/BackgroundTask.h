// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

class QWidget;

namespace rb::ui {

/// Work that runs on its own thread. It must open its own database connection and report
/// progress through the callback, which returns false once the user cancelled.
using BackgroundWork = std::function<Status(const Progress& progress)>;

/// Runs \a work off the GUI thread while a progress dialog (shown after a short delay) offers
/// Cancel; the GUI keeps painting. Returns the work's status (Error::cancelled() when it stopped).
Status runInBackground(QWidget* parent, const QString& label, const BackgroundWork& work);

} // namespace rb::ui
