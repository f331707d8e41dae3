// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "app/AppController.h"
#include "app/MainWindow.h"

#include <QString>
#include <QWidget>

namespace rb::ui {
class BackgroundTask;
}

namespace rb::test {

/// A demo round file and the application opened on it.
struct OpenApp {
    explicit OpenApp(int applications = 240, const QString& language = QStringLiteral("en"));
    ~OpenApp();
    TempDir dir;
    QString path;
    ui::AppController controller;
    [[nodiscard]] ui::MainWindow& window() const { return *controller.window(); }
    /// Finds a widget of the current window by objectName (fails the test when absent).
    template <typename T>
    T* find(const QString& name) const
    {
        T* w = window().findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(w != nullptr);
        return w;
    }
};

/// Pages read rounds of at least \a applications applications on a worker thread while this lives (0: always).
struct LoadThreshold {
    explicit LoadThreshold(int applications);
    ~LoadThreshold();
    LoadThreshold(const LoadThreshold&) = delete;
    LoadThreshold& operator=(const LoadThreshold&) = delete;
    int previous;
};

/// Processes events until \a done or \a ms pass.
bool waitUntil(const std::function<bool()>& done, int ms = 5000);

/// Waits (processing events, as the user's program would) until \a task has finished and returns its outcome; a
/// task still running after \a ms fails the test.
Status finish(ui::BackgroundTask* task, int ms = 120000);
/// Waits until no background task is running (a check after an edit, a read followed by a check).
void settle(int ms = 120000);

/// Saves a picture of \a widget when RB_SCREENSHOT_DIR is set (for looking at the screens).
void screenshot(QWidget* widget, const QString& name);

} // namespace rb::test
