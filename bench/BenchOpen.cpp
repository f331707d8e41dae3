// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation benchmarks: creating demo rounds, and opening one up to a painted main window.
#include "Timing.h"

#include "app/AppController.h"
#include "app/FirstStartDialog.h"
#include "app/MainWindow.h"
#include "demo/Demo.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace rb::bench {

namespace {

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Notes the first paint of any widget of the main window.
class FirstPaint : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && qobject_cast<ui::MainWindow*>(static_cast<QWidget*>(watched)->window()))
            painted = true;
        return false;
    }
};

double openToPaint(const QString& path)
{
    FirstPaint watcher;
    qApp->installEventFilter(&watcher);
    QElapsedTimer timer;
    timer.start();
    {
        ui::FirstStartDialog::setHook([](ui::FirstStartDialog&) { return false; }); // no one to ask
        ui::AppController controller;
        controller.start(path);
        while (!watcher.painted)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        const double seconds = timer.nsecsElapsed() / 1e9;
        qApp->removeEventFilter(&watcher);
        return seconds;
    }
}

} // namespace

void benchFoundation(QTextStream& out)
{
    for (const int applications : {5000, 50000}) {
        const int experts = applications / 20;
        const int runs = applications >= 50000 ? 3 : 5;
        const QString path = scratchDir() + QStringLiteral("/demo-%1.rbdb").arg(applications);
        demo::DemoSpec spec;
        spec.applications = applications;
        spec.experts = experts;
        const QList<double> create = repeat(
            runs, [&] { removeDatabase(path); },
            [&] {
                QElapsedTimer t;
                t.start();
                const Result<Round> round = demo::createDemo(path, spec, QStringLiteral("bench"));
                if (!round)
                    qFatal("demo failed: %s", qPrintable(round.error().toString()));
                return t.nsecsElapsed() / 1e9;
            });
        out << QStringLiteral("demo %1 applications, %2 experts: %3")
                   .arg(applications)
                   .arg(experts)
                   .arg(describe(create))
            << Qt::endl;
        const QList<double> open = repeat(runs, {}, [&] { return openToPaint(path); });
        out << QStringLiteral("open %1 applications to a painted main window: %2").arg(applications).arg(describe(open))
            << Qt::endl;
        out << QStringLiteral("  file size %1 MiB").arg(QFile(path).size() / 1048576.0, 0, 'f', 1) << Qt::endl;
    }
}

} // namespace rb::bench
