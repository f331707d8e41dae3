// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Preferences.h"
#include "document/Workspace.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace rb::ui {

class MainWindow;

/// Owns the open workspace and the main window. The window is rebuilt (not patched) when the
/// language changes, so every string comes fresh from tr().
class AppController : public QObject {
    Q_OBJECT
public:
    AppController();
    ~AppController() override;

    /// Shows the main window, with \a path open when given.
    void start(const QString& path);
    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] Workspace* workspace() const { return m_workspace.get(); }

    bool openFile(const QString& path);
    void closeFile();
    void newFile();
    void addRound();
    void openPreferences();
    /// Installs the translation and rebuilds the window on the same page.
    void setLanguage(const QString& language);

private:
    /// Builds a new window for the current workspace; \a retired is the previous workspace,
    /// kept until the old window is gone.
    void rebuildWindow(std::unique_ptr<Workspace> retired = {});

    Preferences m_preferences;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rb::ui
