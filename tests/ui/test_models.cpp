// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model behind a view of the main window, and the proxies over them, is checked by Qt's
// QAbstractItemModelTester in Fatal mode while the pages are shown, reloaded, changed by actions, undone and
// redone, and switched to another round (issue 12): a model that breaks the contract aborts the test.
#include "UiSupport.h"

#include "action/ReviewActions.h"
#include "app/MainWindow.h"
#include "document/Workspace.h"
#include "repo/ExpertRepository.h"
#include "round/RoundSetup.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QListWidget>
#include <QSet>
#include <QStackedWidget>

#include <memory>

using namespace rb;

TEST_CASE("models: every view's model keeps Qt's model contract through reloads, actions, undo and round switches",
          "[ui][models]")
{
    test::OpenApp app(40);
    ui::Workspace& ws = *app.controller.workspace();
    auto* pages = app.window().findChild<QStackedWidget*>();
    REQUIRE(pages);
    // Show every page once so that each has its models filled.
    for (int i = 0; i < pages->count(); ++i)
        app.window().setCurrentPage(i);

    QSet<QAbstractItemModel*> models;
    for (QAbstractItemView* view : app.window().findChildren<QAbstractItemView*>()) {
        if (qobject_cast<QListWidget*>(view) && view->objectName() == QStringLiteral("navigation"))
            continue;
        for (QAbstractItemModel* m = view->model(); m;) {
            models.insert(m);
            auto* proxy = qobject_cast<QAbstractProxyModel*>(m);
            m = proxy ? proxy->sourceModel() : nullptr;
        }
    }
    INFO(models.size() << " models");
    REQUIRE(models.size() >= 12);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* m : std::as_const(models))
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::Fatal));

    // Every page reloads (each one shown), then actions change the data under them.
    ws.notifyChanged(ui::Workspace::Everything);
    for (int i = 0; i < pages->count(); ++i)
        app.window().setCurrentPage(i);
    Result<QList<Expert>> experts = ExpertRepository(ws.db(), ws.round().id).list();
    RB_REQUIRE_OK(experts);
    REQUIRE(experts->size() > 1);
    REQUIRE(ws.perform(action::setSetting(ws.round(), QStringLiteral("aggregation.method"), QStringLiteral("median")),
                       ui::Workspace::Settings)
                .ok());
    REQUIRE(ws.perform(action::assign(ws.round(), experts->at(0).id, 0, experts->at(0).code, QStringLiteral("?")),
                       ui::Workspace::Review)
                .error()
                .kind
            == ErrorKind::Input); // refused: nothing changes, nothing breaks
    RB_REQUIRE_OK(ws.undo());
    RB_REQUIRE_OK(ws.redo());
    for (int i = 0; i < pages->count(); ++i)
        app.window().setCurrentPage(i);
    // Another round of the same file (empty), then back.
    const QString first = ws.round().code;
    round::NewRound spec;
    spec.category = Category::Zone;
    spec.year = 2026;
    spec.title = QStringLiteral("先行区");
    Result<action::Done> added = ws.perform(action::addRound(spec), ui::Workspace::Rounds);
    RB_REQUIRE_OK(added);
    RB_REQUIRE_OK(ws.reloadRounds(added->out.value(QStringLiteral("round")).toString()));
    CHECK(ws.round().code != first);
    for (int i = 0; i < pages->count(); ++i)
        app.window().setCurrentPage(i);
    ws.setRound(first);
    for (int i = 0; i < pages->count(); ++i)
        app.window().setCurrentPage(i);
    CHECK(ws.round().code == first);
}
