// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"

#include <QWidget>

class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;

namespace rb::ui {

/// Shows an application's dossier beside the scoring form: PDF pages, or an image.
class DossierView : public QWidget {
    Q_OBJECT
public:
    explicit DossierView(package::Package& package, QWidget* parent = nullptr);
    void showItem(const QString& itemUid);
    [[nodiscard]] int pageCount() const;

private:
    void showDossier(int index);

    package::Package& m_package;
    QList<package::DossierFile> m_files;
    QComboBox* m_choice;
    QStackedWidget* m_stack;
    QPdfView* m_pdf;
    QPdfDocument* m_document;
    QBuffer* m_buffer;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    QLabel* m_empty;
};

} // namespace rb::ui
