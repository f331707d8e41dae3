// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::ui::demo {

/// A synthetic application dossier (申报书) as PDF: the basic facts and sections with plausible
/// baseline-vs-achieved figures, deterministic for the application code. For demos and tests.
QByteArray dossierPdf(const Round& round, const Application& application);

/// Generates and attaches dossiers to the first \a count applications of the round (in code order).
Result<int> attachDossiers(db::Database& db, const Round& round, int count);

} // namespace rb::ui::demo
