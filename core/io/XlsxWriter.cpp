// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/XlsxWriter.h"
#include "common/Tr.h"

#include "domain/Text.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace rb::io {

namespace {

QByteArray sheetName(const QString& name, int index)
{
    // Excel limits names to 31 characters and forbids []:*?/\ .
    QString cleaned = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        cleaned.replace(c, QLatin1Char('_'));
    if (cleaned.isEmpty())
        cleaned = QStringLiteral("Sheet%1").arg(index + 1);
    return cleaned.left(31).toUtf8();
}

Status writeSheets(lxw_workbook* workbook, const QList<XlsxSheet>& sheets)
{
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8EEF7);
    format_set_border(bold, LXW_BORDER_THIN);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    for (int s = 0; s < sheets.size(); ++s) {
        const XlsxSheet& sheet = sheets[s];
        lxw_worksheet* ws = workbook_add_worksheet(workbook, sheetName(sheet.name, s).constData());
        if (!ws)
            return Error::io(Tr::tr("cannot add the worksheet %1").arg(sheet.name));
        QList<lxw_format*> formats;
        for (const QString& f : sheet.numberFormats) {
            lxw_format* format = nullptr;
            if (!f.isEmpty()) {
                format = workbook_add_format(workbook);
                format_set_num_format(format, f.toUtf8().constData());
            }
            formats << format;
        }
        // A title row above the header, when there is one.
        const int top = sheet.title.isEmpty() ? 0 : 1;
        if (top) {
            lxw_format* title = workbook_add_format(workbook);
            format_set_bold(title);
            format_set_font_size(title, 14);
            format_set_align(title, LXW_ALIGN_CENTER);
            const auto last = lxw_col_t(std::max<qsizetype>(sheet.header.size(), 1) - 1);
            if (last > 0)
                worksheet_merge_range(ws, 0, 0, 0, last, sheet.title.toUtf8().constData(), title);
            else
                worksheet_write_string(ws, 0, 0, sheet.title.toUtf8().constData(), title);
        }
        QList<int> widths;
        for (int c = 0; c < sheet.header.size(); ++c) {
            worksheet_write_string(ws, lxw_row_t(top), lxw_col_t(c), sheet.header[c].toUtf8().constData(), bold);
            widths << text::displayWidth(sheet.header[c]);
        }
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList& row = sheet.rows[r];
            for (int c = 0; c < row.size(); ++c) {
                const QVariant& v = row[c];
                lxw_format* format = c < formats.size() ? formats[c] : nullptr;
                const auto rr = lxw_row_t(r + 1 + top);
                const auto cc = lxw_col_t(c);
                lxw_error rc = LXW_NO_ERROR;
                switch (v.typeId()) {
                case QMetaType::UnknownType: continue;
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Double:
                case QMetaType::Float: rc = worksheet_write_number(ws, rr, cc, v.toDouble(), format); break;
                case QMetaType::Bool: rc = worksheet_write_boolean(ws, rr, cc, v.toBool(), format); break;
                default: {
                    const QString text = v.toString();
                    if (v.isNull() || text.isEmpty())
                        continue;
                    rc =
                        worksheet_write_string(ws, rr, cc, text.toUtf8().constData(), sheet.printable ? wrap : nullptr);
                    while (widths.size() <= c)
                        widths << 0;
                    widths[c] = std::max(widths[c], std::min(60, text::displayWidth(text)));
                }
                }
                if (rc != LXW_NO_ERROR)
                    return Error::io(QString::fromUtf8(lxw_strerror(rc)));
            }
        }
        for (int c = 0; c < widths.size(); ++c) {
            const int width = c < sheet.widths.size() ? sheet.widths[c] : std::max(8, widths[c] + 2);
            lxw_format* format = sheet.formatWholeColumns && c < formats.size() ? formats[c] : nullptr;
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, format);
        }
        if (sheet.printable) {
            worksheet_set_landscape(ws);
            worksheet_set_paper(ws, 9); // A4
            worksheet_fit_to_pages(ws, 1, 0);
        }
        worksheet_freeze_panes(ws, lxw_row_t(1 + top), 0);
        if (!sheet.header.isEmpty())
            worksheet_autofilter(ws, lxw_row_t(top), 0, lxw_row_t(sheet.rows.size() + top),
                                 lxw_col_t(sheet.header.size() - 1));
    }
    return {};
}

} // namespace

Status writeXlsx(const QString& path, const QList<XlsxSheet>& sheets)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::io(Tr::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString temporary = scratch.filePath(QStringLiteral("workbook.xlsx"));
    lxw_workbook* workbook = workbook_new(QDir::toNativeSeparators(temporary).toUtf8().constData());
    if (!workbook)
        return Error::io(Tr::tr("cannot create the workbook %1").arg(path));
    Status written = writeSheets(workbook, sheets);
    const lxw_error closed = workbook_close(workbook);
    if (!written)
        return written;
    if (closed != LXW_NO_ERROR)
        return Error::io(Tr::tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    QFile produced(temporary);
    if (!produced.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("cannot read back the workbook: %1").arg(produced.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(produced.readAll()) < 0 || !out.commit())
        return Error::io(Tr::tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace rb::io
