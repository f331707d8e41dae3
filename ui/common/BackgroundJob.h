// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rb::ui {

/// Work a page starts without waiting for it (a consolidation to show): it runs on its own thread (opening its own
/// connection), and \a done is called on the GUI thread with its status once it has finished. No event loop is
/// nested: the page keeps working meanwhile. Starting again cancels the run still going (its result is dropped);
/// destroying the job cancels it and waits for its thread.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(const Progress& progress)>;
    using Done = std::function<void(const Status& status)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    void start(Work work, Done done);
    /// Cancels the run going, if any; its done is not called.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// A run started or finished (for a busy indicator).
    void runningChanged(bool running);

private:
    struct Run {
        std::atomic<bool> cancelled{false};
        Status status;
    };
    void stopCurrent();

    QPointer<QThread> m_thread;
    std::shared_ptr<Run> m_run;
};

} // namespace rb::ui
