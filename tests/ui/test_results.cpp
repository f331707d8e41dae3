// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "repo/RoundSettings.h"

#include "action/ReviewActions.h"
#include "common/Messages.h"
#include "consolidation/Consolidation.h"
#include "consolidation/Sensitivity.h"
#include "demo/Demo.h"
#include "results/ResultsModel.h"
#include "results/ResultsPage.h"
#include "results/RobustnessView.h"
#include "storage/Schema.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace rb;

namespace {
struct ScoredApp {
    explicit ScoredApp(const QString& language)
    {
        path = dir.path(QStringLiteral("scored.rbdb"));
        demo::DemoSpec spec;
        spec.applications = 60;
        spec.experts = 14;
        spec.scored = true;
        auto r = demo::createDemo(path, spec, QStringLiteral("tester"));
        RB_REQUIRE_OK(r);
        round = *r;
        QSettings().setValue(QStringLiteral("ui/language"), language);
        ui::messages::setHook([](const QString& t, const QString& m, bool) {
            FAIL_CHECK("unexpected message: " << t.toStdString() << ": " << m.toStdString());
            return false;
        });
        controller.start(path);
        REQUIRE(controller.window());
        controller.window()->resize(1440, 900);
        page = controller.window()->findChild<ui::ResultsPage*>(QStringLiteral("resultsPage"));
        REQUIRE(page);
        REQUIRE(controller.window()->showPage(QStringLiteral("resultsPage")));
        settle();
    }
    /// Waits for the consolidation the page runs on its worker thread.
    void settle() const
    {
        REQUIRE(test::waitUntil([this] { return !page->isBusy(); }, 20000));
    }
    ~ScoredApp() { ui::messages::setHook({}); }
    test::TempDir dir;
    QString path;
    Round round;
    ui::AppController controller;
    ui::ResultsPage* page = nullptr;
};
} // namespace

TEST_CASE("ui: the results page shows the same numbers as core, and method changes move ranks", "[ui][results]")
{
    ScoredApp app(QStringLiteral("en"));
    ui::ResultsModel* model = app.page->model();
    REQUIRE(model->rowCount() == 60);
    auto db = db::schema::open(app.path);
    RB_REQUIRE_OK(db);
    auto expected = consolidation::consolidate(**db, app.round);
    RB_REQUIRE_OK(expected);
    CHECK(model->results().method == QStringLiteral("trimmed"));
    for (int i = 0; i < 60; ++i) {
        INFO(i);
        CHECK(model->results().applications[i].code == expected->applications[i].code);
        CHECK(model->results().applications[i].score == expected->applications[i].score);
    }
    auto* table = app.controller.window()->findChild<QTableView*>(QStringLiteral("resultsTable"));
    CHECK(table->model()->index(0, ui::ResultsModel::Rank).data().toString() == QStringLiteral("1"));
    test::screenshot(app.controller.window(), QStringLiteral("results-en"));

    app.page->setMethod(QStringLiteral("median"));
    app.settle();
    CHECK(model->results().method == QStringLiteral("median"));
    auto median = consolidation::consolidate(**db, app.round, QStringLiteral("median"));
    RB_REQUIRE_OK(median);
    int moved = 0;
    for (int i = 0; i < 60; ++i) {
        const QString delta = model->index(i, ui::ResultsModel::Delta).data().toString();
        moved += delta.isEmpty() ? 0 : 1;
        CHECK(model->results().applications[i].code == median->applications[i].code);
    }
    CHECK(moved > 0); // a different rule reorders at least some applications
    // The screen says it previews another method than the rule the printed ranking follows, and can make it the rule.
    auto* banner = app.controller.window()->findChild<QWidget*>(QStringLiteral("resultsPreviewBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(app.controller.window()
              ->findChild<QLabel*>(QStringLiteral("resultsPreviewText"))
              ->text()
              .contains(QStringLiteral("Median")));
    test::screenshot(app.controller.window(), QStringLiteral("results-preview-en"));
    app.controller.window()->findChild<QPushButton*>(QStringLiteral("resultsMakeRule"))->click();
    app.settle();
    CHECK(RoundSettings(app.controller.workspace()->db(), app.round.id).text(QStringLiteral("aggregation.method"))
          == QStringLiteral("median"));
    CHECK_FALSE(banner->isVisible());
    RB_REQUIRE_OK(app.controller.workspace()->undo()); // one undoable step
    app.settle();
    CHECK(banner->isVisible());
    CHECK(app.controller.window()
              ->findChild<QLabel*>(QStringLiteral("resultsSummary"))
              ->text()
              .contains(QStringLiteral("Median")));

    auto* flag = app.controller.window()->findChild<QComboBox*>(QStringLiteral("resultsFlag"));
    flag->setCurrentIndex(flag->findData(QStringLiteral("disagreement")));
    for (int r = 0; r < table->model()->rowCount(); ++r)
        CHECK(table->model()
                  ->index(r, ui::ResultsModel::Flags)
                  .data(ui::ResultsModel::FlagsRole)
                  .toStringList()
                  .contains(QStringLiteral("disagreement")));
}

TEST_CASE("ui: the results page in Chinese", "[ui][results][language]")
{
    ScoredApp app(QStringLiteral("zh_CN"));
    CHECK(app.controller.window()
              ->findChild<QLabel*>(QStringLiteral("resultsSummary"))
              ->text()
              .contains(QString::fromUtf8("方法")));
    test::screenshot(app.controller.window(), QStringLiteral("results-zh"));
}

TEST_CASE("ui: the robustness tab draws each rank's interval with the quota line and lists the pivotal experts",
          "[ui][results][sensitivity]")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        ScoredApp app(language);
        ui::Workspace& ws = *app.controller.workspace();
        RB_REQUIRE_OK(
            ws.perform(action::setSetting(ws.round(), QStringLiteral("ranking.selection_quota"), QStringLiteral("10")),
                       ui::Workspace::Settings));
        auto* view = app.controller.window()->findChild<ui::RobustnessView*>(QStringLiteral("robustnessView"));
        REQUIRE(view);
        for (QTabWidget* tabs : app.page->findChildren<QTabWidget*>())
            if (tabs->indexOf(view) >= 0)
                tabs->setCurrentWidget(view);
        REQUIRE(view->isVisible());
        view->findChild<QPushButton*>(QStringLiteral("robustnessRun"))->click();
        REQUIRE(test::waitUntil([&] { return !view->isBusy(); }, 60000));
        // The same numbers as core's, for the same samples and seed (the round has 60 applications: 1,000 samples).
        auto db = db::schema::open(app.path);
        RB_REQUIRE_OK(db);
        consolidation::SensitivityOptions options;
        auto expected = consolidation::sensitivity(**db, app.round, options);
        RB_REQUIRE_OK(expected);
        const QList<consolidation::SensitivityRow>& shown = view->chart()->rows();
        REQUIRE(shown.size() == 40); // the head of the ranking
        for (int i = 0; i < shown.size(); ++i) {
            CHECK(shown[i].application == expected->at(i).application);
            CHECK(shown[i].rankP5 == expected->at(i).rankP5);
            CHECK(shown[i].rankP95 == expected->at(i).rankP95);
        }
        auto pivotal = consolidation::leaveOneOut(**db, app.round);
        RB_REQUIRE_OK(pivotal);
        CHECK(view->pivotal().size() == pivotal->size());
        CHECK(view->findChild<QTableWidget*>(QStringLiteral("pivotalExperts"))->rowCount() == int(pivotal->size()));
        int borderline = 0;
        for (const auto& row : shown)
            borderline += view->chart()->borderline(row) ? 1 : 0;
        CHECK(
            view->findChild<QLabel*>(QStringLiteral("robustnessStatus"))->text().contains(QString::number(borderline)));
        test::screenshot(app.controller.window(), QStringLiteral("robustness-") + language);
        // A change makes it stale: cleared, to be computed again.
        RB_REQUIRE_OK(
            ws.perform(action::setSetting(ws.round(), QStringLiteral("ranking.selection_quota"), QStringLiteral("5")),
                       ui::Workspace::Settings));
        CHECK(view->chart()->rows().isEmpty());
        CHECK(view->pivotal().isEmpty());
    }
}
