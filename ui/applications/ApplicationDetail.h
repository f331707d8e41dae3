// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::ui {

/// The detail pane's HTML for one application: its fields, applicants and change history.
QString applicationDetailHtml(db::Database& db, const Round& round, const Application& application);

} // namespace rb::ui
