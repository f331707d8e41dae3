// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace rb::ui {

/// Work that runs on its own thread. It must open its own database connection and report
/// progress through the callback, which returns false once the user cancelled.
using BackgroundWork = std::function<Status(const Progress& progress)>;
/// What follows the work, on the GUI thread, given the work's status; it returns the outcome of the whole task
/// (a warning shown, a table filled).
using BackgroundThen = std::function<Status(const Status& status)>;

/// Long work the user started (an import, a merge, packages, a PDF, an export): it runs on its own thread while a
/// window-modal progress dialog (shown after a short delay) offers Cancel, and start() returns at once — no event
/// loop is nested, the program keeps running its own. When the work ends, \a then runs on the GUI thread and
/// finished() reports the outcome; the task then deletes itself. Destroying the task (with its parent widget)
/// cancels the work and waits for its thread; \a then is not called.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    static BackgroundTask* start(QWidget* parent, const QString& label, BackgroundWork work, BackgroundThen then = {});
    /// A task that is already over with \a outcome (a request refused before any work); finished() comes from the
    /// event loop like any other.
    static BackgroundTask* done(QWidget* parent, const Status& outcome);
    ~BackgroundTask() override;

    /// Asks the work to stop; the outcome is then Error::cancelled() unless it had already finished.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const Status& outcome() const { return m_outcome; }
    /// How many tasks are running in the program (tests wait for none).
    [[nodiscard]] static int runningCount();

Q_SIGNALS:
    void finished(const rb::Status& outcome);

private:
    struct Shared {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        Status status;
    };
    explicit BackgroundTask(QWidget* parent);
    void finish(const Status& outcome);
    void showProgress();

    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QPointer<QThread> m_thread;
    QPointer<QProgressDialog> m_dialog;
    BackgroundThen m_then;
    bool m_finished = false;
    Status m_outcome;
};

} // namespace rb::ui
