// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "common/PageLoader.h"
#include <QApplication>

#include "cli/CliApp.h"
#include "common/BackgroundTask.h"
#include "common/Messages.h"
#include "demo/Demo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTest>

#include <optional>

namespace rb::test {

OpenApp::OpenApp(int applications, const QString& language)
{
    path = dir.path(QStringLiteral("demo.rbdb"));
    demo::DemoSpec spec;
    spec.applications = applications;
    spec.experts = 45;
    RB_REQUIRE_OK(demo::createDemo(path, spec, QStringLiteral("tester")));
    QSettings().setValue(QStringLiteral("ui/language"), language);
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("tester"));
    // Any message box during a test is a failure: record it instead of blocking.
    ui::messages::setHook([](const QString& title, const QString& text, bool) {
        FAIL_CHECK("unexpected message box: " << title.toStdString() << ": " << text.toStdString());
        return false;
    });
    controller.start(path);
    REQUIRE(controller.workspace() != nullptr);
    window().resize(1360, 860);
    QApplication::processEvents();
}

OpenApp::~OpenApp()
{
    ui::messages::setHook({});
}

bool waitUntil(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

Status finish(ui::BackgroundTask* task, int ms)
{
    REQUIRE(task != nullptr);
    std::optional<Status> outcome;
    QObject receiver; // the connection ends with this function, even when the test fails here
    QObject::connect(task, &ui::BackgroundTask::finished, &receiver, [&outcome](const Status& s) { outcome = s; });
    const bool ended = waitUntil([&] { return outcome.has_value(); }, ms);
    REQUIRE(ended);
    return *outcome;
}

void settle(int ms)
{
    const bool ended = waitUntil([] { return ui::BackgroundTask::runningCount() == 0; }, ms);
    REQUIRE(ended);
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("RB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QApplication::processEvents();
    REQUIRE(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

LoadThreshold::LoadThreshold(int applications) : previous(ui::PageLoader::backgroundThreshold())
{
    ui::PageLoader::setBackgroundThreshold(applications);
}

LoadThreshold::~LoadThreshold()
{
    ui::PageLoader::setBackgroundThreshold(previous);
}

} // namespace rb::test
