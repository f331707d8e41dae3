// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Preferences.h"
#include "document/Workspace.h"

#include <QMainWindow>
#include <QObject>
#include <QPointer>

#include <memory>

namespace rb::ui {

class ExpertSession;
class ExpertWindow;
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
    /// The secretariat's main window, or null in expert mode.
    [[nodiscard]] MainWindow* window() const;
    /// The expert's window when a review package is open, else null.
    [[nodiscard]] ExpertWindow* expertWindow() const;
    [[nodiscard]] QMainWindow* topWindow() const { return m_window.get(); }
    [[nodiscard]] Workspace* workspace() const { return m_workspace.get(); }
    [[nodiscard]] ExpertSession* expertSession() const { return m_expert.get(); }

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
    void rebuildWindow(std::unique_ptr<QObject> retired = {});

    Preferences m_preferences;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ExpertSession> m_expert;
    std::unique_ptr<QMainWindow> m_window;
    /// Windows replaced but not yet deleted (deleteLater): deleted with the controller at the latest, before the
    /// workspace their pages refer to.
    QList<QPointer<QMainWindow>> m_retiredWindows;
};

} // namespace rb::ui
