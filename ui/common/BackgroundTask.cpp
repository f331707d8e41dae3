// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BackgroundTask.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <climits>

namespace rb::ui {

namespace {
int g_running = 0;

QString trTask(const char* text)
{
    return QCoreApplication::translate("rb::ui::BackgroundTask", text);
}
} // namespace

BackgroundTask::BackgroundTask(QWidget* parent) : QObject(parent)
{
    ++g_running;
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_shared->cancelled = true;
        m_thread->wait(); // the work checks the flag (SQLite through its cancel check): this is short
        delete m_thread;
    }
    delete m_dialog;
    if (!m_finished)
        --g_running;
}

int BackgroundTask::runningCount()
{
    return g_running;
}

BackgroundTask* BackgroundTask::done(QWidget* parent, const Status& outcome)
{
    auto* task = new BackgroundTask(parent);
    QTimer::singleShot(0, task, [task, outcome] { task->finish(outcome); });
    return task;
}

BackgroundTask* BackgroundTask::start(QWidget* parent, const QString& label, BackgroundWork work, BackgroundThen then)
{
    auto* task = new BackgroundTask(parent);
    task->m_then = std::move(then);
    std::shared_ptr<Shared> shared = task->m_shared;
    QThread* thread = QThread::create([shared, work = std::move(work)] {
        shared->status = work([shared](qint64 d, qint64 t) {
            if (t > 0) { // (0, 0) only asks whether to go on (SQLite's cancel check)
                shared->done = d;
                shared->total = t;
            }
            return !shared->cancelled.load();
        });
    });
    task->m_thread = thread;

    auto* dialog = new QProgressDialog(label, trTask("Cancel"), 0, 0, parent);
    task->m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("backgroundProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, task, [task] {
        task->cancel();
        if (task->m_dialog)
            task->m_dialog->setLabelText(trTask("Cancelling…"));
    });
    auto* timer = new QTimer(task);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, task, &BackgroundTask::showProgress);
    // Queued to the GUI thread: a task destroyed meanwhile has waited for the thread, and the connection is gone.
    connect(thread, &QThread::finished, task, [task, timer] {
        timer->stop();
        task->m_thread->deleteLater();
        task->m_thread = nullptr;
        if (task->m_dialog)
            task->m_dialog->hide();
        const Status status = task->m_shared->status;
        QPointer<BackgroundTask> alive(task); // what follows may close the window the task belongs to
        const Status outcome = task->m_then ? task->m_then(status) : status;
        if (alive)
            task->finish(outcome);
    });
    thread->start();
    timer->start();
    dialog->setValue(0); // starts the dialog's own delay before it shows
    return task;
}

void BackgroundTask::showProgress()
{
    if (!m_dialog)
        return;
    const qint64 total = m_shared->total.load();
    if (total > 0 && m_dialog->maximum() != int(std::min<qint64>(total, INT_MAX)))
        m_dialog->setMaximum(int(std::min<qint64>(total, INT_MAX)));
    m_dialog->setValue(int(std::min<qint64>(m_shared->done.load(), INT_MAX)));
}

void BackgroundTask::cancel()
{
    m_shared->cancelled = true;
}

void BackgroundTask::finish(const Status& outcome)
{
    m_finished = true;
    m_outcome = outcome;
    --g_running;
    delete m_dialog;
    Q_EMIT finished(m_outcome);
    deleteLater();
}

} // namespace rb::ui
