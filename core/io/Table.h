// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rb::io {

/// One data row of a table file, with the row number a spreadsheet shows for it.
struct TableRow {
    int number = 0;
    QStringList cells;
    [[nodiscard]] QString cell(int column) const
    {
        return column >= 0 && column < cells.size() ? cells[column] : QString();
    }
};

/// A rectangular table read from a CSV or .xlsx file: a header row and data rows.
struct Table {
    QString fileName; ///< the file's name, for messages
    QString encoding; ///< how a CSV was decoded ("UTF-8", "GB18030", ...); "xlsx" for workbooks
    QStringList header;
    QList<TableRow> rows;     ///< blank rows are dropped, numbers keep their place
    int headerRow = 1;        ///< the header's row number, as a spreadsheet shows it
    QList<TableRow> above;    ///< rows above the header that were skipped (a title, an 附件 line)
    QList<TableRow> trailing; ///< note rows after the data that were skipped (填表说明, 注 …)
};

/// Reads a table file: .csv (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK as
/// Excel writes it on Chinese Windows), .tsv/.txt (tab-separated) or .xlsx (first sheet).
Result<Table> readTable(const QString& path);

/// Parses CSV bytes; detects the encoding and the separator (comma, tab or semicolon).
Result<Table> parseCsv(const QByteArray& bytes, const QString& fileName);

/// Reads the first worksheet of an .xlsx workbook held in memory.
Result<Table> parseXlsx(const QByteArray& bytes, const QString& fileName);

/// Decodes text from a file: BOMs first, then strict UTF-8, else GB18030. Sets \a encoding.
QString decodeText(const QByteArray& bytes, QString* encoding = nullptr);

} // namespace rb::io
