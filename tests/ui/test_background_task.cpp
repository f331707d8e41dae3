// SPDX-License-Identifier: GPL-3.0-or-later
// Long work the user starts (issue 12): it runs on its own thread while the program keeps its own event loop — the
// call returns at once, nothing is nested — with a progress dialog whose Cancel stops it; the data waits meanwhile
// (other actions and Undo are refused with the reason), and a cancelled action changes nothing.
#include "UiSupport.h"

#include "action/ReviewActions.h"
#include "common/BackgroundTask.h"
#include "document/Workspace.h"
#include "review/AssignmentPage.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <atomic>

using namespace rb;

namespace {
/// An undoable action that adds a tag to the round's settings once \a go is set (or stops when cancelled).
action::Action waitingAction(const Round& round, std::atomic<bool>& go)
{
    action::Action a;
    a.key = QStringLiteral("test.wait");
    a.text = QStringLiteral("Wait for the test");
    a.roundId = round.id;
    a.work = [&go, round](action::Context& c) -> Status {
        while (!go.load()) {
            if (!c.progress(0, 0))
                return Error::cancelled();
            QThread::msleep(2);
        }
        return c.db.exec("INSERT INTO round_setting(round_id, key, value) VALUES(?1, 'test.tag', '1')", round.id);
    };
    return a;
}

qint64 tags(ui::Workspace& ws)
{
    return *ws.db().scalar("SELECT count(*) FROM round_setting WHERE key = 'test.tag'", -1);
}
} // namespace

TEST_CASE("background task: start returns at once, what follows runs on the GUI thread, the outcome is reported",
          "[ui][background]")
{
    QWidget parent;
    std::atomic<bool> go{false};
    std::atomic<bool> ran{false};
    bool followedOnGui = false;
    ui::BackgroundTask* task = ui::BackgroundTask::start(
        &parent, QStringLiteral("Working…"),
        [&](const Progress& p) -> Status {
            while (!go.load() && p(1, 2))
                QThread::msleep(2);
            ran = true;
            return {};
        },
        [&](const Status& s) -> Status {
            followedOnGui = QThread::currentThread() == qApp->thread();
            return s ? Status(Error::input(QStringLiteral("shown to the user"))) : s;
        });
    // Back here while the work still waits for us: no event loop ran inside start().
    CHECK_FALSE(ran);
    CHECK_FALSE(task->isFinished());
    CHECK(ui::BackgroundTask::runningCount() == 1);
    go = true;
    const Status outcome = test::finish(task);
    CHECK(ran);
    CHECK(followedOnGui);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().message == QStringLiteral("shown to the user"));
    QApplication::processEvents();
    CHECK(ui::BackgroundTask::runningCount() == 0);
}

TEST_CASE("background task: Cancel in the progress dialog stops the work; a closed window stops it silently",
          "[ui][background]")
{
    {
        QWidget parent;
        parent.show();
        ui::BackgroundTask* task =
            ui::BackgroundTask::start(&parent, QStringLiteral("Working…"), [](const Progress& p) -> Status {
                while (p(0, 0))
                    QThread::msleep(2);
                return Error::cancelled();
            });
        auto* dialog = parent.findChild<QProgressDialog*>(QStringLiteral("backgroundProgress"));
        REQUIRE(dialog);
        REQUIRE(test::waitUntil([&] { return dialog->isVisible(); })); // shown after its short delay
        CHECK(dialog->isModal());
        auto* cancel = dialog->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancel->click();
        const Status outcome = test::finish(task);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().kind == ErrorKind::Cancelled);
    }
    std::atomic<bool> stopped{false};
    bool followed = false;
    {
        QWidget parent;
        ui::BackgroundTask::start(
            &parent, QStringLiteral("Working…"),
            [&](const Progress& p) -> Status {
                while (p(0, 0))
                    QThread::msleep(2);
                stopped = true;
                return Error::cancelled();
            },
            [&](const Status& s) {
                followed = true;
                return s;
            });
        QThread::msleep(20);
    } // the window goes: its task cancels and waits
    CHECK(stopped);
    QApplication::processEvents();
    CHECK_FALSE(followed);
    CHECK(ui::BackgroundTask::runningCount() == 0);
}

TEST_CASE("background task: while a long action runs, other actions and Undo wait; when it ends it is on the history",
          "[ui][background][history]")
{
    test::OpenApp app(20);
    ui::Workspace& ws = *app.controller.workspace();
    auto* undo = app.window().findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    // Something to undo first, so that Undo would be enabled.
    REQUIRE(
        ws.perform(action::setSetting(ws.round(), QStringLiteral("assignment.per_application"), QStringLiteral("4")),
                   ui::Workspace::Settings));
    REQUIRE(undo->isEnabled());

    std::atomic<bool> go{false};
    std::optional<bool> followed;
    ui::BackgroundTask* task =
        ws.performInBackground(&app.window(), QStringLiteral("Waiting…"), waitingAction(ws.round(), go),
                               ui::Workspace::Settings, [&](const Result<action::Done>& done) -> Status {
                                   followed = done.ok();
                                   return done ? Status() : Status(done.error());
                               });
    CHECK(ws.isBusy());
    CHECK_FALSE(undo->isEnabled());
    Result<action::Done> refused =
        ws.perform(action::setSetting(ws.round(), QStringLiteral("assignment.per_application"), QStringLiteral("5")),
                   ui::Workspace::Settings);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Waiting…")));
    REQUIRE_FALSE(ws.undo().ok());
    go = true;
    RB_REQUIRE_OK(test::finish(task));
    REQUIRE(followed.has_value());
    CHECK(*followed);
    CHECK_FALSE(ws.isBusy());
    CHECK(tags(ws) == 1);
    // Done on its own connection, it is on the history like any action, and undone exactly.
    CHECK(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("Undo Wait for the test"));
    RB_REQUIRE_OK(ws.undo());
    CHECK(tags(ws) == 0);
}

TEST_CASE("background task: a long action cancelled changes nothing and leaves no step in the history",
          "[ui][background][history]")
{
    test::OpenApp app(20);
    ui::Workspace& ws = *app.controller.workspace();
    const int steps = ws.undoStack()->count();
    std::atomic<bool> go{false};
    ui::BackgroundTask* task = ws.performInBackground(
        &app.window(), QStringLiteral("Waiting…"), waitingAction(ws.round(), go), ui::Workspace::Settings,
        [](const Result<action::Done>& done) { return done ? Status() : Status(done.error()); });
    task->cancel();
    const Status outcome = test::finish(task);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().kind == ErrorKind::Cancelled);
    CHECK(tags(ws) == 0);
    CHECK(ws.undoStack()->count() == steps);
    CHECK_FALSE(ws.isBusy());

    // The real automatic assignment from its page: cancelled at once, it assigns nothing.
    auto* page = app.find<ui::AssignmentPage>(QStringLiteral("assignmentPage"));
    const qint64 before = *ws.db().scalar("SELECT count(*) FROM assignment", -1);
    ui::BackgroundTask* assign = page->assignAutomatically();
    assign->cancel();
    CHECK_FALSE(test::finish(assign).ok());
    CHECK(*ws.db().scalar("SELECT count(*) FROM assignment", -1) == before);
    // And run to its end, it does.
    RB_REQUIRE_OK(test::finish(page->assignAutomatically()));
    CHECK(*ws.db().scalar("SELECT count(*) FROM assignment", -1) > before);
}
