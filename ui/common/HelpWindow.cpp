// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/HelpWindow.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
/// Shows the guide's pictures no wider than the page, so that the text never scrolls sideways.
class GuideBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image = resource.value<QImage>();
        if (image.isNull())
            image.loadFromData(resource.toByteArray());
        constexpr int kWidest = 820;
        if (!image.isNull() && image.width() > kWidest)
            return image.scaledToWidth(kWidest, Qt::SmoothTransformation);
        return image.isNull() ? resource : QVariant(image);
    }
};

/// The heading each part of the guide starts with.
QString headingOf(const QString& section)
{
    if (section == QLatin1String("expert"))
        return QString::fromUtf8("评审专家");
    if (section == QLatin1String("secretariat"))
        return QString::fromUtf8("秘书处");
    return {};
}
} // namespace

HelpWindow::HelpWindow(QWidget* parent) : QDialog(parent), m_browser(new GuideBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("ReviewBench guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 760);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    // A .md source is read as Markdown; its pictures are found beside it in the program's resources.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/rb/docs/guide.md")), QTextDocument::MarkdownResource);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

bool HelpWindow::showSection(const QString& section)
{
    const QString heading = headingOf(section);
    if (heading.isEmpty())
        return false;
    // The part starts at the first heading that names it.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().contains(heading)) {
            m_browser->setTextCursor(QTextCursor(block));
            // The part's heading at the top of the window, not merely somewhere in sight.
            const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(int(where.top()));
            return true;
        }
    }
    return false;
}

HelpWindow* HelpWindow::showGuide(QWidget* parent, const QString& section)
{
    static QPointer<HelpWindow> open;
    if (!open)
        open = new HelpWindow(parent);
    open->show();
    open->raise();
    open->activateWindow();
    open->showSection(section);
    return open;
}

} // namespace rb::ui
