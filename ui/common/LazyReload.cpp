// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LazyReload.h"

#include <QEvent>
#include <QWidget>

namespace rb::ui {

LazyReload::LazyReload(QWidget* page, std::function<void()> reload)
    : QObject(page), m_page(page), m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void LazyReload::request()
{
    if (m_page->isVisible()) {
        m_pending = false;
        m_reload();
    } else {
        m_pending = true;
    }
}

void LazyReload::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_reload();
}

bool LazyReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_pending)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_page->isVisible()) // still on screen once Qt has shown it
                    flush();
            },
            Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

} // namespace rb::ui
