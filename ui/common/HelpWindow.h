// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace rb::ui {

/// The user's guide (docs/guide.md, built into the program with its pictures), opened by Help ▸ 使用说明 or F1 at
/// the part for the window it was asked from: "secretariat" or "expert".
class HelpWindow : public QDialog {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);
    /// Scrolls to the part for \a section; false when the guide has no such part.
    bool showSection(const QString& section);
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

    /// Opens the guide (one window per program, raised when already open) at \a section.
    static HelpWindow* showGuide(QWidget* parent, const QString& section);

private:
    QTextBrowser* m_browser;
};

} // namespace rb::ui
