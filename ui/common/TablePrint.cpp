// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TablePrint.h"

#include <QAbstractItemModel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace rb::ui {

QString tableHtml(const QString& title, const QString& subtitle, const QAbstractItemModel& model)
{
    QString html = QStringLiteral("<h2 align='center'>%1</h2><p align='center'>%2</p>"
                                  "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>")
                       .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th bgcolor='#E8EEF7'>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>").arg(model.index(r, c).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void printTable(QWidget* parent, const QString& title, const QString& subtitle, const QAbstractItemModel& model)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(tableHtml(title, subtitle, model));
        doc.print(p);
    });
    preview.exec();
}

} // namespace rb::ui
