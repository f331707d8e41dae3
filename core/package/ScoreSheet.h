// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Table.h"
#include "package/Package.h"

namespace rb::package {

/// Writes the expert's scoring sheet as .xlsx: one row per application and scored criterion, with the
/// score file columns (专家编号, 申报编号, 指标编号, 得分, 意见) and, for reading, title, criterion
/// name, maximum and guidance. Handed-back applications are left out.
Status writeSheet(Package& package, const QString& path);

/// Reads a filled sheet (.xlsx or CSV with the score file columns) back into the package, all or
/// nothing: every bad row is listed (wrong expert, unknown application or criterion, a score out of
/// range, a handed-back application, a row twice). Refused for a submitted package.
Result<int> importScores(Package& package, const io::Table& table);

} // namespace rb::package
