// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace rb::cli {

enum class Format { Table, Csv, Json };

/// "table", "csv" or "json" (a usage error otherwise).
Result<Format> parseFormat(const QString& text);

/// Writes records (objects with the given keys) as an aligned table, CSV (RFC 4180, UTF-8) or a
/// JSON array. Keys absent from a record are written as empty / null.
void writeRecords(QTextStream& out, Format format, const QStringList& keys, const QList<QJsonObject>& records);

/// Writes \a value as indented JSON followed by a newline.
void writeJson(QTextStream& out, const QJsonValue& value);

/// One CSV line (quoted where needed), without the line end.
QString csvLine(const QStringList& cells);

} // namespace rb::cli
