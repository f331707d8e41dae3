// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread's longest stall during the actions a secretariat does all day, on a 50,000-application round:
// a 1 ms heartbeat timer on the GUI thread notes the longest gap between its ticks while each action runs and
// until the page's background work has finished.
#include "Timing.h"

#include "app/AppController.h"
#include "app/FirstStartDialog.h"
#include "app/MainWindow.h"
#include "common/BackgroundJob.h"
#include "deliberation/CaseView.h"
#include "deliberation/DeliberationPage.h"
#include "demo/Demo.h"
#include "settings/SettingsForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QStackedWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace rb::bench {

namespace {

constexpr int kApplications = 50000;

/// The longest gap between the ticks of a 1 ms timer on the GUI thread.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, [this] { note(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_tick.start();
    }
    double stopMs()
    {
        note();
        m_tick.stop();
        return m_worst / 1e6;
    }

private:
    void note()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
    }
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

bool busy(QWidget* window)
{
    if (!window)
        return true;
    const QList<ui::BackgroundJob*> jobs = window->findChildren<ui::BackgroundJob*>();
    return std::any_of(jobs.begin(), jobs.end(), [](const ui::BackgroundJob* j) { return j->isRunning(); });
}

/// Runs \a action from the event loop and keeps the loop running until \a ready holds, no background job of the
/// window runs, and 200 ms more have passed; returns the longest stall in milliseconds.
double measure(
    StallMeter& meter, const std::function<QWidget*()>& window, const std::function<void()>& action,
    const std::function<bool()>& ready = [] { return true; })
{
    meter.start();
    QEventLoop loop;
    QElapsedTimer total;
    total.start();
    qint64 quietSince = -1;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool done = ready() && !busy(window());
        if (!done) {
            quietSince = -1;
        } else if (quietSince < 0) {
            quietSince = total.elapsed();
        } else if (total.elapsed() - quietSince >= 200) {
            loop.quit();
        }
        if (total.elapsed() > 120000)
            qFatal("an action did not finish within two minutes");
    });
    QTimer::singleShot(0, &loop, action);
    poll.start();
    loop.exec();
    return meter.stopMs();
}

QString roundFile()
{
    const QString path = scratchDir() + QStringLiteral("/gui-%1-lifecycle.rbdb").arg(kApplications);
    if (!QFile::exists(path)) {
        demo::DemoSpec spec;
        spec.applications = kApplications;
        spec.experts = kApplications / 20;
        spec.lifecycle = true;
        QTextStream(stdout) << "creating " << path << " (a few minutes, once)" << Qt::endl;
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        const Result<Round> round = demo::createDemo(partial, spec, QStringLiteral("bench"));
        if (!round || !QFile::rename(partial, path))
            qFatal("demo failed");
    }
    return path;
}

template <typename T>
T* find(QWidget* window, const char* name)
{
    T* w = window->findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

/// One run of the day: the longest stall of each action, in milliseconds, in order.
QList<QPair<QString, double>> oneRun(const QString& path, int run, double& residentMiB)
{
    QList<QPair<QString, double>> stalls;
    StallMeter meter;
    ui::FirstStartDialog::setHook([](ui::FirstStartDialog&) { return false; });
    ui::AppController controller;
    auto window = [&]() -> QWidget* { return controller.window(); };
    ui::MainWindow* main = nullptr;
    stalls.append({QStringLiteral("open the round (to a usable window)"),
                   measure(
                       meter, [&]() -> QWidget* { return controller.topWindow(); }, [&] { controller.start(path); },
                       [&] { return controller.window() != nullptr; })});
    main = controller.window();
    auto* pages = find<QStackedWidget>(main, "pages");
    // Every page, in the navigation's order (each loads when first shown).
    for (int i = 1; i < pages->count(); ++i) {
        stalls.append({QStringLiteral("show page %1").arg(pages->widget(i)->objectName()),
                       measure(meter, window, [&] { main->setCurrentPage(i); })});
    }
    main->setCurrentPage(0);
    // The applications: filter by a word, sort by a column, open one's detail.
    if (!main->showPage(QStringLiteral("applicationsPage")))
        qFatal("no applications page");
    auto* search = find<QLineEdit>(main, "applicationSearch");
    auto* table = find<QTableView>(main, "applicationsTable");
    stalls.append({QStringLiteral("filter the applications (type a word)"),
                   measure(meter, window, [&] { search->setText(QStringLiteral("智能")); })});
    stalls.append({QStringLiteral("clear the filter"), measure(meter, window, [&] { search->clear(); })});
    stalls.append({QStringLiteral("sort the applications by a column"), measure(meter, window, [&] {
                       table->horizontalHeader()->setSortIndicator(2,
                                                                   run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
                   })});
    stalls.append(
        {QStringLiteral("open an application's detail"), measure(meter, window, [&] { table->selectRow(100 + run); })});
    // A setting of the round's rules, through its editor.
    main->showPage(QStringLiteral("roundSettingsPage"));
    auto* form = find<ui::SettingsForm>(main, "settingsForm");
    auto* passLine = qobject_cast<QDoubleSpinBox*>(form->editor(QStringLiteral("ranking.pass_line")));
    if (!passLine)
        qFatal("no pass-line editor");
    stalls.append({QStringLiteral("change a setting (the pass line)"),
                   measure(meter, window, [&] { passLine->setValue(60 + run); })});
    // A vote on an open case of the meeting.
    main->showPage(QStringLiteral("deliberationPage"));
    auto* deliberation = find<ui::DeliberationPage>(main, "deliberationPage");
    measure(meter, window, [] {});
    ui::CaseView* view = deliberation->caseView();
    auto open = [view] { return view->caseId() && view->current().concludedAt.isEmpty(); };
    auto* meetings = find<QComboBox>(main, "meetingChoice");
    for (int m = 0; m < meetings->count() && !open(); ++m) {
        meetings->setCurrentIndex(m);
        for (int row = 0; row < deliberation->agendaSize() && !open(); ++row)
            deliberation->showCaseAt(row);
    }
    if (!view->caseId() || !view->current().concludedAt.isEmpty())
        qFatal("no open case on the meeting's agenda");
    QString member;
    for (const auto& m : view->current().members)
        if (m.present && !m.recused)
            member = m.name;
    stalls.append({QStringLiteral("record a vote on a case"), measure(meter, window, [&] {
                       if (!view->setVote(member, run % 2 ? QStringLiteral("against") : QStringLiteral("for")))
                           qFatal("the vote was refused");
                   })});
    // The results, the notice and the lifecycle pages again, as after a change.
    for (const char* page : {"resultsPage", "noticePage", "workflowPage"})
        stalls.append({QStringLiteral("open %1 after the change").arg(QLatin1String(page)),
                       measure(meter, window, [&] { main->showPage(QLatin1String(page)); })});
    residentMiB = residentMemoryMiB();
    return stalls;
}

} // namespace

void benchGui(QTextStream& out)
{
    const QString path = roundFile();
    QList<QList<QPair<QString, double>>> runs;
    double resident = 0;
    for (int run = 0; run < 3; ++run) {
        double miB = 0;
        runs.append(oneRun(path, run, miB));
        resident = std::max(resident, miB);
    }
    out << QStringLiteral("GUI stalls on a %1-application round (longest event-loop delay per action, ms; median of "
                          "3 runs, then each run):")
               .arg(kApplications)
        << Qt::endl;
    double worst = 0;
    for (int i = 0; i < runs.first().size(); ++i) {
        QList<double> values;
        for (const auto& r : runs)
            values.append(r.value(i).second);
        worst = std::max(worst, median(values));
        out << QStringLiteral("  %1 %2  (%3, %4, %5)")
                   .arg(runs.first().at(i).first, -44)
                   .arg(median(values), 7, 'f', 1)
                   .arg(values.value(0), 0, 'f', 1)
                   .arg(values.value(1), 0, 'f', 1)
                   .arg(values.value(2), 0, 'f', 1)
            << Qt::endl;
    }
    out << QStringLiteral("  longest median stall %1 ms; resident memory with the round open after every page: %2 MiB")
               .arg(worst, 0, 'f', 1)
               .arg(resident, 0, 'f', 0)
        << Qt::endl;
}

} // namespace rb::bench
