// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BackgroundJob.h"

#include <QThread>

namespace rb::ui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob()
{
    stopCurrent();
}

void BackgroundJob::stopCurrent()
{
    if (m_run)
        m_run->cancelled = true;
    if (m_thread) {
        m_thread->wait(); // the work checks the flag (SQLite through its cancel check): this is short
        delete m_thread;
    }
    m_run.reset();
}

void BackgroundJob::cancel()
{
    const bool was = isRunning();
    stopCurrent();
    if (was)
        Q_EMIT runningChanged(false);
}

bool BackgroundJob::isRunning() const
{
    return m_run != nullptr;
}

void BackgroundJob::start(Work work, Done done)
{
    stopCurrent();
    auto run = std::make_shared<Run>();
    m_run = run;
    QThread* thread = QThread::create([run, work = std::move(work)] {
        run->status = work([run](qint64, qint64) { return !run->cancelled.load(); });
    });
    m_thread = thread;
    // Queued to this thread; a job destroyed meanwhile has waited for the thread, and the connection is gone.
    connect(thread, &QThread::finished, this, [this, thread, run, done = std::move(done)] {
        if (m_thread == thread) {
            m_thread = nullptr;
            thread->deleteLater();
        }
        if (run->cancelled.load() || m_run != run)
            return;
        m_run.reset();
        Q_EMIT runningChanged(false);
        done(run->status);
    });
    thread->start();
    Q_EMIT runningChanged(true);
}

} // namespace rb::ui
