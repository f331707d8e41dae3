// SPDX-License-Identifier: GPL-3.0-or-later
// Work a page starts without waiting (issue 12): no nested event loop, a newer start cancels the older run, the
// result arrives on the GUI thread once, and a job destroyed while running stops its thread and reports nothing.
#include "UiSupport.h"

#include "common/BackgroundJob.h"

#include <QApplication>
#include <QThread>

#include <atomic>

using namespace rb;

namespace {
/// Work that runs until it is cancelled.
Status untilCancelled(const Progress& progress, std::atomic<bool>& stopped)
{
    while (progress(0, 0))
        QThread::msleep(2);
    stopped = true;
    return Error::cancelled();
}
} // namespace

TEST_CASE("background job: a newer start cancels the run going; its result arrives once, on the GUI thread",
          "[ui][background]")
{
    ui::BackgroundJob job;
    std::atomic<bool> firstStopped{false};
    int calls = 0;
    QString which;
    job.start([&](const Progress& p) { return untilCancelled(p, firstStopped); },
              [&](const Status&) {
                  ++calls;
                  which = QStringLiteral("first");
              });
    CHECK(job.isRunning());
    bool onGuiThread = false;
    job.start([](const Progress&) { return Status(); },
              [&](const Status& s) {
                  ++calls;
                  which = QStringLiteral("second");
                  onGuiThread = QThread::currentThread() == qApp->thread();
                  CHECK(s.ok());
              });
    CHECK(firstStopped); // the first run was stopped before the second started
    REQUIRE(test::waitUntil([&] { return !job.isRunning(); }));
    QApplication::processEvents();
    CHECK(calls == 1);
    CHECK(which == QStringLiteral("second"));
    CHECK(onGuiThread);
}

TEST_CASE("background job: destroyed while running, it stops its thread and reports nothing", "[ui][background]")
{
    std::atomic<bool> stopped{false};
    bool reported = false;
    {
        ui::BackgroundJob job;
        job.start([&](const Progress& p) { return untilCancelled(p, stopped); },
                  [&](const Status&) { reported = true; });
        QThread::msleep(20);
    } // the destructor cancels and waits
    CHECK(stopped);
    QApplication::processEvents();
    CHECK_FALSE(reported);
}
