// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rb::io {

/// One CSV field quoted as RFC 4180 asks: in double quotes (doubled inside) when it holds a comma,
/// a quote or a line break; as it is otherwise.
QString csvField(const QString& text);

/// \a text with a leading apostrophe when a spreadsheet would run it as a formula (CSV injection).
QString neutraliseFormula(const QString& text);

/// The text of a cell: numbers in the C locale ("85.5", never "85,5" or "8.55e+01" for ordinary
/// values), null as empty, anything else as QVariant::toString().
QString csvCell(const QVariant& value);

/// The bytes of a CSV file that Excel opens correctly on Chinese Windows: UTF-8 with a byte-order mark
/// (without it Excel assumes GBK and garbles the Chinese), CRLF line ends, RFC 4180 quoting.
QByteArray csvBytes(const QStringList& header, const QList<QVariantList>& rows);

/// Writes csvBytes() to \a path atomically (the old file stays until the new one is complete).
Status writeCsv(const QString& path, const QStringList& header, const QList<QVariantList>& rows);

} // namespace rb::io
