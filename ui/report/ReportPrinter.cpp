// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPrinter.h"

#include "common/BackgroundTask.h"
#include "common/Messages.h"
#include "report/ChartPainter.h"
#include "report/PageLayout.h"
#include "report/PdfText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace rb::ui::reports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(rb::ui::reports::ReportPrinter)
};

Qt::Alignment alignment(report::Align align)
{
    switch (align) {
    case report::Align::Center: return Qt::AlignHCenter;
    case report::Align::Right: return Qt::AlignRight;
    case report::Align::Left: break;
    }
    return Qt::AlignLeft;
}

/// The running header (round left, title and date right, a thin rule) and the page number in the footer.
void paintMargins(QPainter& p, const Metrics& m, const report::Document& doc, int page, int pages)
{
    p.setFont(m.font(Face::Margin));
    p.setPen(Qt::black);
    const double h = m.lineHeight(Face::Margin);
    const QRectF top(m.page.left(), m.page.top(), m.page.width(), h);
    p.drawText(top, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, doc.roundTitle);
    p.drawText(top, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
               doc.title + QStringLiteral("　　") + doc.date);
    p.setPen(QPen(Qt::black, m.mm(0.2)));
    p.drawLine(QPointF(m.page.left(), top.bottom() + m.mm(1)), QPointF(m.page.right(), top.bottom() + m.mm(1)));
    p.setPen(Qt::black);
    p.drawText(QRectF(m.page.left(), m.page.bottom() - h, m.page.width(), h),
               Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextDontClip,
               QString::fromUtf8("第 %1 页　共 %2 页").arg(page).arg(pages));
}

void paintPage(QPainter& p, const Metrics& m, const Page& page)
{
    const QPen line(Qt::black, m.mm(0.2));
    const QColor shade(232, 232, 232);
    int current = -1; // the face set on the painter; setting a font for every line is slow
    for (const Item& item : page) {
        switch (item.type) {
        case Item::Type::Text:
            if (current != int(item.face)) {
                p.setFont(m.font(item.face));
                current = int(item.face);
            }
            p.drawText(item.rect, alignment(item.align) | Qt::AlignVCenter | Qt::TextDontClip | Qt::TextSingleLine,
                       item.text);
            break;
        case Item::Type::Line:
            p.setPen(line);
            p.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            p.setPen(Qt::black);
            break;
        case Item::Type::Box:
            if (item.fill) {
                p.fillRect(item.rect, shade);
            } else {
                p.setPen(line);
                p.setBrush(Qt::NoBrush);
                p.drawRect(item.rect);
                p.setPen(Qt::black);
            }
            break;
        case Item::Type::Chart:
            paintChart(p, m, *item.chart, item.rect);
            current = -1;
            break;
        }
    }
}

} // namespace

void setUpPage(QPagedPaintDevice& device, const report::Document& doc)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     doc.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
}

Result<int> render(const report::Document& doc, QPagedPaintDevice& device, const Progress& progress)
{
    setUpPage(device, doc);
    const Metrics metrics(device);
    const QList<Page> pages = layOut(doc, metrics);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(Tr::tr("cannot paint the document"));
    painter.setRenderHint(QPainter::Antialiasing);
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error::io(Tr::tr("cannot start page %1").arg(i + 1));
        }
        paintMargins(painter, metrics, doc, i + 1, total);
        paintPage(painter, metrics, pages[i]);
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return Error::cancelled();
        }
    }
    if (!painter.end())
        return Error::io(Tr::tr("cannot finish the document"));
    return total;
}

Result<int> writePdf(const report::Document& doc, const QString& path, const Progress& progress)
{
    // Written in memory first: the text map of the fonts is corrected before the file is saved (see PdfText.h).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = [&] {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("ReviewBench"));
        writer.setTitle(doc.title);
        writer.setResolution(600);
        return render(doc, writer, progress);
    }();
    if (!pages)
        return pages.takeError();
    QByteArray pdf = buffer.data();
    fixToUnicode(pdf, reportFont(Face::Body));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error::io(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

void previewAndPrint(QWidget* parent, const report::Document& doc)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPage(printer, doc);
    printer.setDocName(doc.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(Tr::tr("Print preview: %1").arg(doc.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter* target) {
        if (Result<int> pages = render(doc, *target); !pages)
            qWarning("report preview: %s", qPrintable(pages.error().message));
    });
    dialog.exec();
}

BackgroundTask* savePdfInBackground(QWidget* parent, report::Document doc, const QString& path)
{
    auto shared = std::make_shared<const report::Document>(std::move(doc));
    return BackgroundTask::start(
        parent, Tr::tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
        [shared, path](const Progress& progress) -> Status {
            Result<int> pages = writePdf(*shared, path, progress);
            if (!pages)
                return pages.takeError();
            return {};
        },
        [parent = QPointer<QWidget>(parent)](const Status& status) {
            if (!status.ok() && status.error().kind != ErrorKind::Cancelled)
                messages::warn(parent, Tr::tr("Save as PDF"), status.error().toString());
            return status;
        });
}

void saveAsPdf(QWidget* parent, report::Document doc, const QString& suggestedName,
               std::function<void(const QString& path)> written)
{
    const QString name = suggestedName.isEmpty() ? doc.title + QStringLiteral(".pdf") : suggestedName;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save as PDF"), QDir(folder).filePath(name),
                                                      Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    BackgroundTask* task = savePdfInBackground(parent, std::move(doc), path);
    QObject::connect(task, &BackgroundTask::finished, parent, [parent, path, written](const Status& outcome) {
        if (!outcome)
            return;
        if (written)
            written(path);
        messages::saved(parent, Tr::tr("Save as PDF"), path);
    });
}

} // namespace rb::ui::reports
