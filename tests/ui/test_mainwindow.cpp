// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"
#include "common/PageLoader.h"

#include "action/ReviewActions.h"
#include "app/FirstStartDialog.h"
#include "app/Preferences.h"
#include "common/Messages.h"
#include "demo/Demo.h"

#include "applications/ApplicationsModel.h"
#include "criteria/CriteriaModel.h"
#include "criteria/CriteriaPage.h"
#include "document/Workspace.h"
#include "repo/CriteriaRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace rb;
using test::OpenApp;

TEST_CASE("ui: the demo database opens on a believable overview", "[ui]")
{
    OpenApp app;
    auto* nav = app.find<QListWidget>(QStringLiteral("navigation"));
    QStringList pages;
    for (int i = 0; i < nav->count(); ++i)
        pages << nav->item(i)->text();
    CHECK(pages
          == QStringList({QStringLiteral("Overview"), QStringLiteral("Applications"), QStringLiteral("Experts"),
                          QStringLiteral("Criteria"), QStringLiteral("Conflicts"), QStringLiteral("Assignment"),
                          QStringLiteral("Review packages"), QStringLiteral("Results"), QStringLiteral("Deliberation"),
                          QStringLiteral("Notice and follow-up"), QStringLiteral("Lifecycle"),
                          QStringLiteral("Round settings")}));
    const Round& round = app.controller.workspace()->round();
    CHECK(app.find<QLabel>(QStringLiteral("overviewTitle"))->text() == round.title);
    CHECK(app.find<QLabel>(QStringLiteral("cardApplicationsValue"))->text() == QStringLiteral("240"));
    CHECK(app.find<QLabel>(QStringLiteral("cardExpertsValue"))->text() == QStringLiteral("45"));
    CHECK(app.window().windowTitle().startsWith(QStringLiteral("demo.rbdb — ")));
    CHECK_FALSE(app.window().isWindowModified());
    test::screenshot(&app.window(), QStringLiteral("overview-en"));
}

namespace {
/// A page filled at once (a small round) or on a worker thread (a large one, or \a threshold 0) behaves the same.
void filterAndSort(int threshold)
{
    const test::LoadThreshold loading(threshold);
    OpenApp app;
    app.window().setCurrentPage(1);
    auto* table = app.find<QTableView>(QStringLiteral("applicationsTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() == 240; }));
    auto* search = app.find<QLineEdit>(QStringLiteral("applicationSearch"));
    QTest::keyClicks(search, QStringLiteral("2025-FAC-0007"));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, ui::ApplicationsModel::Code).data().toString() == QStringLiteral("2025-FAC-0007"));
    CHECK(app.find<QLabel>(QStringLiteral("applicationCount"))->text() == QStringLiteral("1 of 240 shown"));
    search->clear();
    CHECK(table->model()->rowCount() == 240);

    auto* province = app.find<QComboBox>(QStringLiteral("applicationProvince"));
    province->setCurrentIndex(province->findData(QString::fromUtf8("江苏省")));
    const int jiangsu = table->model()->rowCount();
    REQUIRE(jiangsu > 0);
    REQUIRE(jiangsu < 240);
    // Shown in the user's language (the English screen says Jiangsu), filtered by the canonical name.
    CHECK(province->currentText() == QStringLiteral("Jiangsu"));
    for (int r = 0; r < jiangsu; ++r) {
        CHECK(table->model()->index(r, ui::ApplicationsModel::Province).data().toString() == QStringLiteral("Jiangsu"));
        CHECK(table->model()->index(r, ui::ApplicationsModel::Province).data(ui::ApplicationsModel::RawRole).toString()
              == QString::fromUtf8("江苏省"));
    }
    auto* sector = app.find<QComboBox>(QStringLiteral("applicationSector"));
    sector->setCurrentIndex(sector->findData(QString::fromUtf8("装备制造")));
    CHECK(table->model()->rowCount() <= jiangsu);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        CHECK(table->model()->index(r, ui::ApplicationsModel::Sector).data().toString()
              == QStringLiteral("Equipment manufacturing"));

    // Searching by applicant name and by credit code.
    province->setCurrentIndex(0);
    sector->setCurrentIndex(0);
    table->sortByColumn(ui::ApplicationsModel::Priority, Qt::DescendingOrder);
    const int top = table->model()->index(0, ui::ApplicationsModel::Priority).data().toInt();
    const int last = table->model()->index(239, ui::ApplicationsModel::Priority).data().toInt();
    CHECK(top >= last);
    CHECK(last == 1);
    table->selectRow(0);
    const QString applicant = table->model()->index(0, ui::ApplicationsModel::Applicant).data().toString();
    CHECK(app.find<QWidget>(QStringLiteral("applicationDetail"))->property("plainText").toString().contains(applicant));
    search->setText(applicant.left(6)); // Chinese arrives from the input method as committed text
    CHECK(table->model()->rowCount() >= 1);
    search->clear();
    // Text columns sort by the locale's collation, in both directions.
    QCollator collator;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table->sortByColumn(ui::ApplicationsModel::Applicant, order);
        for (int r = 1; r < table->model()->rowCount(); ++r) {
            const int c =
                collator.compare(table->model()->index(r - 1, ui::ApplicationsModel::Applicant).data().toString(),
                                 table->model()->index(r, ui::ApplicationsModel::Applicant).data().toString());
            CHECK((order == Qt::AscendingOrder ? c <= 0 : c >= 0));
        }
    }
    test::screenshot(&app.window(), QStringLiteral("applications-en"));
}
} // namespace

TEST_CASE("ui: filter and sort the applications table, filled at once or on a worker thread", "[ui]")
{
    filterAndSort(ui::PageLoader::backgroundThreshold());
    filterAndSort(0);
}

TEST_CASE("ui: edit a criterion, undo and redo it", "[ui][criteria]")
{
    OpenApp app;
    app.window().setCurrentPage(3);
    ui::Workspace& ws = *app.controller.workspace();
    auto* tree = app.find<QTreeView>(QStringLiteral("criteriaTree"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* model = qobject_cast<ui::CriteriaModel*>(tree->model());
    REQUIRE(model);
    auto storedName = [&](const QString& code) {
        return *ws.db().scalarText("SELECT name FROM criterion WHERE round_id = ?1 AND code = ?2", ws.round().id, code);
    };
    const QString before = storedName(QStringLiteral("1.1"));
    tree->setCurrentIndex(model->indexOf(QStringLiteral("1.1")));
    auto* name = app.find<QLineEdit>(QStringLiteral("criterionName"));
    REQUIRE(name->text() == before);
    name->setFocus();
    name->setText(QString::fromUtf8("揭榜任务契合（修订）")); // as committed by the input method
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(storedName(QStringLiteral("1.1")) == QString::fromUtf8("揭榜任务契合（修订）"));
    CHECK(ws.undoStack()->count() == 1);
    // Saved as it was made: nothing in the title says otherwise.
    CHECK_FALSE(app.window().isWindowModified());
    CHECK_FALSE(app.window().windowTitle().contains(QLatin1Char('*')));

    auto* undo = app.window().findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(storedName(QStringLiteral("1.1")) == before);
    CHECK_FALSE(app.window().isWindowModified());
    CHECK(app.find<QLineEdit>(QStringLiteral("criterionName"))->text() == before);
    app.window().findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    CHECK(storedName(QStringLiteral("1.1")) == QString::fromUtf8("揭榜任务契合（修订）"));

    // Adding a criterion breaks the 100-point sum, which the page shows; undo restores it.
    auto* sum = app.find<QLabel>(QStringLiteral("criteriaSum"));
    CHECK(sum->text() == QStringLiteral("Points add up to 100"));
    const qint64 count = *ws.db().scalar("SELECT count(*) FROM criterion WHERE round_id = ?1", 0, ws.round().id);
    app.find<QPushButton>(QStringLiteral("addCriterion"))->click();
    CHECK(*ws.db().scalar("SELECT count(*) FROM criterion WHERE round_id = ?1", 0, ws.round().id) == count + 1);
    CHECK(sum->text().startsWith(QStringLiteral("Points add up to 105")));
    test::screenshot(&app.window(), QStringLiteral("criteria-en"));
    undo->trigger();
    CHECK(*ws.db().scalar("SELECT count(*) FROM criterion WHERE round_id = ?1", 0, ws.round().id) == count);
    CHECK(sum->text() == QStringLiteral("Points add up to 100"));

    // Changing the points in the editor is one undo step too; the uid survives undo.
    tree->setCurrentIndex(model->indexOf(QStringLiteral("1.2")));
    const QString uid =
        *ws.db().scalarText("SELECT uid FROM criterion WHERE round_id = ?1 AND code = '1.2'", ws.round().id);
    auto* max = app.find<QDoubleSpinBox>(QStringLiteral("criterionMax"));
    const double oldMax = max->value();
    max->setValue(oldMax + 1);
    Q_EMIT max->editingFinished();
    CHECK(*ws.db().scalar("SELECT max_points FROM criterion WHERE round_id = ?1 AND code = '1.2'", 0, ws.round().id)
          == qint64(oldMax + 1));
    undo->trigger();
    CHECK(*ws.db().scalarText("SELECT uid FROM criterion WHERE round_id = ?1 AND code = '1.2'", ws.round().id) == uid);
}

TEST_CASE("ui: a structural mistake in the criteria editor is refused and changes nothing", "[ui][criteria]")
{
    OpenApp app;
    app.window().setCurrentPage(3);
    QStringList warnings;
    ui::messages::setHook([&](const QString&, const QString& text, bool) {
        warnings << text;
        return false;
    });
    auto* tree = app.find<QTreeView>(QStringLiteral("criteriaTree"));
    auto* model = qobject_cast<ui::CriteriaModel*>(tree->model());
    tree->setCurrentIndex(model->indexOf(QStringLiteral("1.2")));
    auto* code = app.find<QLineEdit>(QStringLiteral("criterionCode"));
    code->setText(QStringLiteral("1.1")); // already used
    Q_EMIT code->editingFinished();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("used twice")));
    CHECK(app.controller.workspace()->undoStack()->count() == 0);
    CHECK(code->text() == QStringLiteral("1.2"));
}

TEST_CASE("ui: the welcome screen and the Open dialog offer review packages to experts", "[ui]")
{
    // The filter lists both kinds of file, packages included, in the user's language.
    const QString filter = ui::MainWindow::openFilter();
    CHECK(filter.contains(QStringLiteral("*.rbdb")));
    CHECK(filter.contains(QStringLiteral("*.rbpkg")));
    CHECK(filter.indexOf(QStringLiteral("*.rbpkg")) < filter.indexOf(QStringLiteral(";;"))); // in the first choice
    // Nothing open: the welcome screen, with a button for the expert's package.
    ui::AppController controller;
    controller.start(QString());
    REQUIRE(controller.window());
    auto* package = controller.window()->findChild<QPushButton*>(QStringLiteral("welcomeOpenPackage"));
    REQUIRE(package);
    CHECK(package->toolTip().contains(QStringLiteral(".rbpkg")));
    test::screenshot(controller.window(), QStringLiteral("welcome"));
}

TEST_CASE("ui: the first start asks for the name every change records, once, and the welcome leads with the role",
          "[ui][first-start]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("first.rbdb"));
    demo::DemoSpec spec;
    spec.applications = 6;
    spec.experts = 5;
    RB_REQUIRE_OK(demo::createDemo(path, spec, QStringLiteral("tester")));
    QSettings().remove(QStringLiteral("user/name"));
    // The login name is offered; a name given to the program by its environment would have answered already.
    const QByteArray user = qgetenv("USER");
    const QByteArray given = qgetenv("REVIEWBENCH_USER");
    qunsetenv("REVIEWBENCH_USER");
    qputenv("USER", "zhangming");
    int asked = 0;
    ui::FirstStartDialog::setHook([&](ui::FirstStartDialog& dialog) {
        ++asked;
        CHECK(dialog.userName() == QStringLiteral("zhangming")); // the login name is offered
        dialog.setAnswer(QStringLiteral("李秘书"), QStringLiteral("expert"));
        return true;
    });
    {
        ui::AppController controller;
        controller.start(QString()); // the welcome screen
        CHECK(asked == 1);
        CHECK(ui::Preferences().userName() == QStringLiteral("李秘书"));
        // An expert's welcome leads with the package.
        auto* package = controller.window()->findChild<QPushButton*>(QStringLiteral("welcomeOpenPackage"));
        REQUIRE(package);
        CHECK(package->isDefault());
        REQUIRE(controller.openFile(path));
        ui::Workspace& ws = *controller.workspace();
        REQUIRE(ws.perform(action::setSetting(ws.round(), QStringLiteral("notice.working_days"), QStringLiteral("7")),
                           ui::Workspace::Settings));
        CHECK(*ws.db().scalarText("SELECT user FROM audit_log ORDER BY id DESC LIMIT 1") == QStringLiteral("李秘书"));
    }
    {
        ui::AppController again;
        again.start(QString());
        CHECK(asked == 1); // once
    }
    ui::FirstStartDialog::setHook({});
    qputenv("USER", user);
    if (!given.isEmpty())
        qputenv("REVIEWBENCH_USER", given);
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("tester"));
    QSettings().setValue(QStringLiteral("user/role"), QStringLiteral("secretariat"));
}

TEST_CASE("ui: the note about the built-in template follows where the criteria come from", "[ui][criteria]")
{
    OpenApp app;
    ui::Workspace& ws = *app.controller.workspace();
    REQUIRE(app.window().showPage(QStringLiteral("criteriaPage")));
    auto* note = app.find<QLabel>(QStringLiteral("templateNote"));
    auto* page = app.find<ui::CriteriaPage>(QStringLiteral("criteriaPage"));
    REQUIRE(note->isVisibleTo(page));
    // A file replaces the whole set: the criteria no longer come from the template, and the note goes.
    Result<CriteriaTree> tree = CriteriaRepository(ws.db(), ws.round().id).tree();
    RB_REQUIRE_OK(tree);
    RB_REQUIRE_OK(ws.perform(
        action::replaceCriteria(ws.round(), tree->items(), QStringLiteral("Import criteria.xlsx"), QString()),
        ui::Workspace::Criteria | ui::Workspace::Rounds));
    QApplication::processEvents();
    CHECK(ws.round().templateName.isEmpty());
    CHECK_FALSE(note->isVisibleTo(page));
    // Undone, the set is the template's again.
    RB_REQUIRE_OK(ws.undo());
    QApplication::processEvents();
    CHECK_FALSE(ws.round().templateName.isEmpty());
    CHECK(note->isVisibleTo(page));
    // Loading another built-in template names it.
    page->loadTemplate(QStringLiteral("scenario"));
    QApplication::processEvents();
    CHECK(ws.round().templateName == QStringLiteral("scenario"));
}
