// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Bounds on what the table readers accept, so that a malformed or hostile file costs memory and
/// time in proportion to its real content and is refused with a clear message beyond them.
namespace rb::io::limits {

inline constexpr int kMaxColumns = 16384;                  ///< XFD, a worksheet's last column
inline constexpr int kMaxRows = 1048576;                   ///< a worksheet's last row
inline constexpr qint64 kMaxCells = 8 * 1024 * 1024;       ///< cells of one table, padding included
inline constexpr int kMaxSharedStrings = 2 * 1024 * 1024;  ///< distinct strings of one workbook
inline constexpr qint64 kMaxFileBytes = 200 * 1024 * 1024; ///< one CSV or .xlsx file

} // namespace rb::io::limits
