// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace rb::ui {

/// A page reloads when data it shows changes, but only while it is visible: a hidden page notes that it is out of
/// date and reloads when it is next shown. Opening a large round then fills only the page on screen, and a change
/// made on one page does not rebuild eleven others.
class LazyReload : public QObject {
    Q_OBJECT
public:
    LazyReload(QWidget* page, std::function<void()> reload);

    /// Reloads now when the page is visible, else when it is next shown.
    void request();
    /// Reloads now if a reload is pending. A page being shown reloads just after it is shown (never while Qt is
    /// still showing its widgets); MainWindow flushes at once when it switches pages.
    void flush();
    [[nodiscard]] bool isPending() const { return m_pending; }
    /// The page's data is out of date (a reload it started was dropped): reload when next shown.
    void markPending() { m_pending = true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace rb::ui
