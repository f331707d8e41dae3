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
    /// Per-column number format, e.g. "0.00" or "@" (text); empty = general.
    QStringList numberFormats;
    /// A bold title merged over the header's width, in a row of its own above the header (templates).
    QString title;
    /// The number formats apply to whole columns, also to cells not written yet (templates: "@" keeps 001).
    bool formatWholeColumns = false;
    /// Column widths in characters; empty = fitted to the content.
    QList<int> widths;
    /// A form to print: landscape A4, one page wide, long text wrapped in its column.
    bool printable = false;
};

/// Writes an .xlsx workbook with libxlsxwriter, atomically (the old file stays until the new one is complete).
Status writeXlsx(const QString& path, const QList<XlsxSheet>& sheets);

} // namespace rb::io
