// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/export: one builder per table, shared helpers.
#pragma once

#include "export/Export.h"

#include <initializer_list>

namespace rb::exporting::detail {

Result<Table> applications(db::Database& db, const Round& round);
Result<Table> assignments(db::Database& db, const Round& round, const Options& options);
Result<Table> scores(db::Database& db, const Round& round, const Options& options);
Result<Table> results(db::Database& db, const Round& round);
Result<Table> decisions(db::Database& db, const Round& round);

/// Columns from UTF-8 headers, all in the general number format.
QList<Column> columns(std::initializer_list<const char*> headers);
/// A header from UTF-8 source text.
inline QString header(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
/// A stored UTC timestamp as local "yyyy-MM-dd HH:mm" (what people read on the wall clock), or empty.
QString localTime(const QString& timestamp);
/// A stored UTC timestamp as the local date "yyyy-MM-dd", or empty.
QString localDate(const QString& timestamp);
/// An integer cell, or an empty cell for NULL.
QVariant optionalInteger(const std::optional<qint64>& value);

} // namespace rb::exporting::detail
