// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolidation/Consolidation.h"
#include "records/Records.h"

#include <QJsonObject>

namespace rb::records {

/// The `results --format json` document (numbers rounded to two decimals).
QJsonObject resultsJson(const consolidation::Results& results);
/// One row per application for tables and CSV, keyed like the JSON.
Records resultRows(const consolidation::Results& results);

} // namespace rb::records
