// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Aliases.h"

namespace rb::import {

/// "applications", "experts", "criteria", "scores" (the CLI's template kinds).
QStringList templateKinds();
std::optional<Sheet> templateKind(const QString& name);

/// Writes a blank import template as .xlsx: a title, the canonical Chinese headers (required ones marked *), code
/// columns formatted as text (so 001 stays 001), and a 填表说明 sheet with what each column takes and an example
/// row. Filled in, it imports unchanged.
Status writeTemplate(Sheet sheet, Category category, const QString& path);

} // namespace rb::import
