// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rb::ui {

Status runInBackground(QWidget* parent, const QString& label, const BackgroundWork& work)
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = work([&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    }));

    QProgressDialog dialog(label, QCoreApplication::translate("rb::ui::BackgroundTask", "Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("rb::ui::BackgroundTask", "Cancelling…"));
    });
    QTimer timer;
    timer.setInterval(100);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total.load();
        if (t > 0 && dialog.maximum() != int(std::min<qint64>(t, INT_MAX)))
            dialog.setMaximum(int(std::min<qint64>(t, INT_MAX)));
        dialog.setValue(int(std::min<qint64>(done.load(), INT_MAX)));
    });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    timer.start();
    dialog.setValue(0);
    loop.exec();
    thread->wait();
    timer.stop();
    dialog.close();
    return result;
}

} // namespace rb::ui
