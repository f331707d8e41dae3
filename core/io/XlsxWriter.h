// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rb::io {

/// One worksheet to write: a bold, frozen header row and data rows. Cells holding numbers
/// (int, double) are written as numbers, strings as text, null variants stay blank.
struct XlsxSheet {
    QString name;
    QStringList header;
    QList<QVariantList> rows;
    /// Per-column number format, e.g. "0.00"; empty = general.
    QStringList numberFormats;
};

/// Writes an .xlsx workbook with libxlsxwriter, atomically (the old file stays until the new one is complete).
Status writeXlsx(const QString& path, const QList<XlsxSheet>& sheets);

} // namespace rb::io
