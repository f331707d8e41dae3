// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/DossierView.h"

#include <QBuffer>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rb::ui {

DossierView::DossierView(package::Package& package, QWidget* parent)
    : QWidget(parent), m_package(package), m_choice(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_pdf(new QPdfView(this)), m_document(new QPdfDocument(this)), m_buffer(new QBuffer(this)),
      m_imageArea(new QScrollArea(this)), m_image(new QLabel(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("dossierView"));
    m_choice->setObjectName(QStringLiteral("dossierChoice"));
    m_pdf->setObjectName(QStringLiteral("dossierPdf"));
    m_pdf->setDocument(m_document);
    m_pdf->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdf->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_image->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No dossier was sent with this application."));
    m_empty->setStyleSheet(QStringLiteral("color: #777;"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_pdf);
    m_stack->addWidget(m_imageArea);
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in"));
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out"));
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit width"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_choice, 1);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &DossierView::showDossier);
    connect(zoomIn, &QToolButton::clicked, this, [this] {
        m_pdf->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdf->setZoomFactor(m_pdf->zoomFactor() * 1.2);
    });
    connect(zoomOut, &QToolButton::clicked, this, [this] {
        m_pdf->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdf->setZoomFactor(m_pdf->zoomFactor() / 1.2);
    });
    connect(fit, &QToolButton::clicked, this, [this] { m_pdf->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
}

void DossierView::showItem(const QString& itemUid)
{
    Result<QList<package::DossierFile>> files = m_package.dossiers(itemUid);
    m_files = files ? *files : QList<package::DossierFile>();
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    for (const package::DossierFile& f : m_files)
        m_choice->addItem(f.fileName);
    m_choice->setEnabled(m_files.size() > 1);
    showDossier(m_files.isEmpty() ? -1 : 0);
}

void DossierView::showDossier(int index)
{
    m_document->close();
    m_buffer->close();
    if (index < 0 || index >= m_files.size()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    Result<QByteArray> data = m_package.dossierContent(m_files[index].uid);
    if (!data) {
        m_empty->setText(data.error().message);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_files[index].mediaType == QLatin1String("application/pdf")) {
        m_buffer->setData(*data);
        m_buffer->open(QIODevice::ReadOnly);
        m_document->load(m_buffer);
        m_stack->setCurrentWidget(m_pdf);
    } else {
        QPixmap pixmap;
        pixmap.loadFromData(*data);
        m_image->setPixmap(pixmap);
        m_stack->setCurrentWidget(m_imageArea);
    }
}

int DossierView::pageCount() const
{
    return m_stack->currentWidget() == m_pdf ? m_document->pageCount() : 0;
}

} // namespace rb::ui
