// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "common/HelpWindow.h"
#include "common/Messages.h"
#include "demo/Demo.h"
#include "demo/DemoDossier.h"
#include "expert/AccessCodeDialog.h"
#include "expert/DossierView.h"
#include "expert/ExpertSession.h"
#include "expert/ExpertWindow.h"
#include "expert/ScoringForm.h"
#include "expert/SubmitSummaryDialog.h"
#include "package/PackageBuilder.h"
#include "package/Verify.h"
#include "review/Assignments.h"
#include "storage/Schema.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

using namespace rb;

namespace {

/// A demo round with assignments and dossiers, and the first expert's package open in the app.
struct OpenPackage {
    explicit OpenPackage(const QString& language = QStringLiteral("en"))
    {
        master = dir.path(QStringLiteral("master.rbdb"));
        demo::DemoSpec spec;
        spec.applications = 30;
        spec.experts = 9;
        auto r = demo::createDemo(master, spec, QStringLiteral("tester"));
        RB_REQUIRE_OK(r);
        round = *r;
        auto db = db::schema::open(master);
        RB_REQUIRE_OK(db);
        RB_REQUIRE_OK(ui::demo::attachDossiers(**db, round, 30));
        RB_REQUIRE_OK(AssignmentRepository(**db, round).assign(3, false, 7));
        auto issued = package::build(**db, round, {dir.path(QStringLiteral("out")), {QStringLiteral("E001")}, false});
        RB_REQUIRE_OK(issued);
        path = issued->first().path;
        code = issued->first().accessCode;
        QSettings().setValue(QStringLiteral("ui/language"), language);
        ui::messages::setHook([](const QString& title, const QString& text, bool) {
            FAIL_CHECK("unexpected message: " << title.toStdString() << ": " << text.toStdString());
            return false;
        });
        // The expert types the code from the letter when the package opens.
        ui::AccessCodeDialog::setHook([this](const QString& problem) {
            CHECK(problem.isEmpty());
            ++codesAsked;
            return std::optional<QString>(code);
        });
        controller.start(path);
        CHECK(codesAsked == 1);
        REQUIRE(controller.expertWindow() != nullptr);
        window().resize(1440, 900);
        QApplication::processEvents();
    }
    ~OpenPackage()
    {
        ui::messages::setHook({});
        ui::AccessCodeDialog::setHook({});
    }
    [[nodiscard]] ui::ExpertWindow& window() const { return *controller.expertWindow(); }
    [[nodiscard]] package::Package& package() const { return controller.expertSession()->package(); }
    [[nodiscard]] QString firstItem() const { return package().items().first().uid; }
    /// Fills every application except the first through the package, as if done earlier.
    void fillOthers()
    {
        for (const package::Item& item : package().items().mid(1)) {
            for (const Criterion* c : package().criteria().leaves())
                RB_REQUIRE_OK(package().setScore(item.uid, c->uid,
                                                 c->kind == CriterionKind::Veto ? 0.0 : c->maxPoints.value_or(0) / 2));
        }
    }

    test::TempDir dir;
    QString master;
    QString path;
    QString code;
    int codesAsked = 0;
    Round round;
    ui::AppController controller;
};

/// Types into whatever has the keyboard focus, like a user would.
void type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClicks(focus, text);
}

void press(Qt::Key key)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, key);
}

/// Scores the open application with the keyboard only: a number and Enter per scored criterion,
/// 0 and Enter per veto item.
void scoreByKeyboard(OpenPackage& app)
{
    ui::ScoringForm* form = app.window().form();
    app.window().activateWindow();
    form->firstField()->setFocus();
    REQUIRE(test::waitUntil([&] { return QApplication::focusWidget() == form->firstField(); }));
    for (const Criterion* c : app.package().criteria().leaves()) {
        INFO(c->code.toStdString());
        if (c->kind == CriterionKind::Veto) {
            REQUIRE(qobject_cast<QComboBox*>(QApplication::focusWidget()));
            type(QStringLiteral("0"));
        } else {
            REQUIRE(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
            const double value = std::floor(c->maxPoints.value_or(0) * 0.75 * 2) / 2;
            type(QString::number(value));
        }
        press(Qt::Key_Return);
    }
}

} // namespace

TEST_CASE("ui: an expert scores one application by keyboard only", "[ui][expert]")
{
    OpenPackage app;
    auto* list = app.window().findChild<QListWidget*>(QStringLiteral("expertItems"));
    REQUIRE(list->count() == app.package().items().size());
    app.window().selectItem(0);
    REQUIRE(app.window().form()->item() == app.firstItem());
    CHECK(*app.package().state(app.firstItem()) == package::ItemState::NotStarted);
    scoreByKeyboard(app);
    CHECK(*app.package().state(app.firstItem()) == package::ItemState::Complete);
    double expected = 0;
    for (const Criterion* c : app.package().criteria().leaves()) {
        if (c->kind == CriterionKind::Points)
            expected += std::floor(c->maxPoints.value_or(0) * 0.75 * 2) / 2;
    }
    CHECK(*app.package().total(app.firstItem()) == Approx(expected));
    CHECK(app.window().findChild<QLabel*>(QStringLiteral("scoringTotal"))->text().contains(QString::number(expected)));
    // Every field was one undo step; undo clears the last veto answer, redo brings it back.
    ui::ExpertSession& session = *app.controller.expertSession();
    CHECK(session.undoStack()->count() == app.package().criteria().leaves().size());
    session.undoStack()->undo();
    CHECK(*app.package().state(app.firstItem()) == package::ItemState::InProgress);
    session.undoStack()->redo();
    CHECK(*app.package().state(app.firstItem()) == package::ItemState::Complete);
    test::screenshot(&app.window(), QStringLiteral("expert-scored-en"));
}

TEST_CASE("ui: an out-of-range or badly typed score is not saved", "[ui][expert]")
{
    OpenPackage app;
    app.window().selectItem(0);
    const Criterion* first = app.package().criteria().leaves().first();
    auto* field = app.window().findChild<QLineEdit*>(QStringLiteral("score_") + first->code);
    REQUIRE(field);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("999"));
    QTest::keyClick(field, Qt::Key_Tab);
    CHECK_FALSE(app.package().scores(app.firstItem())->value(first->uid).value.has_value());
    CHECK(field->styleSheet().contains(QStringLiteral("B03A2E")));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("1.5"));
    QTest::keyClick(field, Qt::Key_Tab);
    CHECK(*app.package().scores(app.firstItem())->value(first->uid).value == 1.5);
}

TEST_CASE("ui: submit is refused while anything is missing, then accepted and sealed", "[ui][expert]")
{
    OpenPackage app;
    QStringList messages;
    bool confirmAsked = false;
    ui::messages::setHook([&](const QString&, const QString& text, bool question) {
        messages << text;
        confirmAsked = confirmAsked || question;
        return true;
    });
    CHECK_FALSE(app.window().submit());
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(app.package().items().first().code));
    CHECK(messages.first().contains(QStringLiteral("no score yet")));
    CHECK_FALSE(confirmAsked);
    CHECK_FALSE(app.package().info().submitted);

    app.fillOthers();
    app.window().selectItem(0);
    scoreByKeyboard(app);
    messages.clear();
    // Before sealing, the summary lists every application with its total and recommendation.
    int summaryRows = 0;
    QString firstTotal;
    ui::SubmitSummaryDialog::setHook([&](ui::SubmitSummaryDialog& summary) {
        summaryRows = summary.rowCount();
        firstTotal = summary.cell(0, 2);
        return true;
    });
    REQUIRE(app.window().submit());
    ui::SubmitSummaryDialog::setHook({});
    CHECK(summaryRows == app.package().items().size());
    Result<double> total = app.package().total(app.firstItem());
    RB_REQUIRE_OK(total);
    CHECK(firstTotal == QString::number(*total, 'f', 1));
    CHECK(messages.size() == 1); // the submitted message, with where to send the file
    CHECK(messages.first().contains(QFileInfo(app.path).fileName()));
    CHECK(app.package().info().submitted);
    CHECK(app.codesAsked == 1); // sealed with the key the code opened at the start, without asking again
    // Locked: the form no longer takes input, and the master accepts the sealed file.
    CHECK_FALSE(app.window().form()->firstField()->isEnabled());
    CHECK(app.window().findChild<QLabel*>(QStringLiteral("scoringBanner"))->isVisible());
    auto master = db::schema::open(app.master);
    RB_REQUIRE_OK(master);
    auto verified = package::verify(**master, app.round, app.path);
    RB_REQUIRE_OK(verified);
    CHECK(verified->ok());
    test::screenshot(&app.window(), QStringLiteral("expert-submitted-en"));
}

TEST_CASE("ui: an expert declares a conflict and hands an application back", "[ui][expert]")
{
    OpenPackage app;
    ui::messages::setTextHook([](const QString&, const QString&) {
        return std::optional<QString>(QString::fromUtf8("本人曾在申报单位任职"));
    });
    app.window().selectItem(1);
    const QString uid = app.package().items()[1].uid;
    auto* declare = app.window().findChild<QPushButton*>(QStringLiteral("declareConflict"));
    REQUIRE(declare);
    declare->click();
    ui::messages::setTextHook({});
    CHECK(*app.package().state(uid) == package::ItemState::HandedBack);
    CHECK(app.package().opinion(uid)->handbackReason == QString::fromUtf8("本人曾在申报单位任职"));
    CHECK_FALSE(app.window().form()->firstField()->isEnabled());
    // A handed-back application is not required for submission.
    auto missing = app.package().missing();
    RB_REQUIRE_OK(missing);
    for (const package::Missing& m : *missing)
        CHECK(m.applicationCode != app.package().items()[1].code);
    app.controller.expertSession()->undoStack()->undo();
    CHECK(*app.package().state(uid) == package::ItemState::NotStarted);
}

TEST_CASE("ui: the expert workspace in Chinese shows the dossier beside the form", "[ui][expert][language]")
{
    OpenPackage app(QStringLiteral("zh_CN"));
    app.window().selectItem(0);
    auto* dossier = app.window().findChild<ui::DossierView*>(QStringLiteral("dossierView"));
    REQUIRE(dossier);
    CHECK(test::waitUntil([&] { return dossier->pageCount() > 0; }));
    CHECK(app.window().findChild<QLabel*>(QStringLiteral("scoringTotal"))->text().contains(QString::fromUtf8("合计")));
    test::screenshot(&app.window(), QStringLiteral("expert-zh"));
}

TEST_CASE("ui: the package opens only with its access code; a wrong one is refused and asked again",
          "[ui][expert][security]")
{
    test::TempDir dir;
    const QString master = dir.path(QStringLiteral("master.rbdb"));
    demo::DemoSpec spec;
    spec.applications = 12;
    spec.experts = 5;
    auto r = demo::createDemo(master, spec, QStringLiteral("tester"));
    RB_REQUIRE_OK(r);
    auto db = db::schema::open(master);
    RB_REQUIRE_OK(db);
    RB_REQUIRE_OK(AssignmentRepository(**db, *r).assign(3, false, 7));
    auto issued = package::build(**db, *r, {dir.path(QStringLiteral("out")), {QStringLiteral("E001")}, false});
    RB_REQUIRE_OK(issued);
    const QString path = issued->first().path;
    const QString code = issued->first().accessCode;
    const QByteArray before = test::fileHash(path);
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    ui::messages::setHook([](const QString&, const QString&, bool) { return false; });

    SECTION("cancelled: nothing opens")
    {
        ui::AppController controller;
        ui::AccessCodeDialog::setHook([](const QString&) { return std::optional<QString>(); });
        controller.start(path);
        CHECK(controller.expertWindow() == nullptr);
    }
    SECTION("a wrong code, then the right one typed in lower case without dashes")
    {
        ui::AppController controller;
        QStringList problems;
        ui::AccessCodeDialog::setHook([&](const QString& problem) {
            problems << problem;
            if (problems.size() == 1)
                return std::optional<QString>(QStringLiteral("AAAA-BBBB-CCCC"));
            return std::optional<QString>(code.toLower().remove(QLatin1Char('-')));
        });
        controller.start(path);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].isEmpty());
        CHECK(problems[1].contains(QStringLiteral("wrong")));
        REQUIRE(controller.expertWindow() != nullptr);
        CHECK(controller.expertSession()->package().unlocked());
        // The window shows the round key's fingerprint, to compare with the letter.
        auto* fingerprint = controller.expertWindow()->findChild<QLabel*>(QStringLiteral("expertRoundFingerprint"));
        REQUIRE(fingerprint);
        CHECK(fingerprint->text().contains(issued->first().roundFingerprint));
    }
    ui::AccessCodeDialog::setHook({});
    ui::messages::setHook({});
    CHECK(test::fileHash(path) == before); // a wrong code or a cancel wrote nothing

    SECTION("the dialog itself, as the expert sees it")
    {
        auto opened = package::Package::open(path);
        RB_REQUIRE_OK(opened);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QSettings().setValue(QStringLiteral("ui/language"), language);
            ui::AppController controller; // installs the language of the preferences
            controller.start({});
            QTimer::singleShot(0, [&] {
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                REQUIRE(dialog);
                auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("accessCode"));
                REQUIRE(field);
                field->setText(QStringLiteral("WRONG"));
                QTest::keyClick(field, Qt::Key_Return);
                auto* problem = dialog->findChild<QLabel*>(QStringLiteral("accessCodeProblem"));
                CHECK(problem->isVisible());
                test::screenshot(dialog, QStringLiteral("access-code-") + language);
                field->setText(code);
                QTest::keyClick(field, Qt::Key_Return);
            });
            CHECK(ui::AccessCodeDialog::unlock(nullptr, **opened));
            CHECK((*opened)->unlocked());
            opened = package::Package::open(path);
            RB_REQUIRE_OK(opened);
        }
    }
}

TEST_CASE("ui: the expert moves to the next and previous application; the form starts at the top, the total stays in "
          "sight; Help opens the guide at the expert's part",
          "[ui][expert]")
{
    OpenPackage app(QStringLiteral("zh_CN"));
    app.window().show();
    app.window().selectItem(0);
    auto* list = app.window().findChild<QListWidget*>(QStringLiteral("expertItems"));
    auto* scroll = app.window().findChild<QScrollArea*>(QStringLiteral("scoringScroll"));
    auto* next = app.window().findChild<QAction*>(QStringLiteral("actionNextItem"));
    auto* previous = app.window().findChild<QAction*>(QStringLiteral("actionPreviousItem"));
    REQUIRE(scroll);
    REQUIRE(next);
    REQUIRE(previous);
    CHECK_FALSE(previous->isEnabled());
    CHECK(next->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
    // Scrolled to the bottom of the first application, the next one starts at its first criterion.
    QApplication::processEvents();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    REQUIRE(scroll->verticalScrollBar()->value() > 0);
    next->trigger();
    CHECK(list->currentRow() == 1);
    CHECK(scroll->verticalScrollBar()->value() == 0);
    CHECK(previous->isEnabled());
    previous->trigger();
    CHECK(list->currentRow() == 0);
    // The total is outside the scrolled form, always in sight.
    auto* total = app.window().findChild<QLabel*>(QStringLiteral("scoringTotal"));
    REQUIRE(total);
    CHECK_FALSE(scroll->isAncestorOf(total));
    CHECK(total->isVisible());
    // The next application still to score skips those done.
    app.fillOthers();
    for (const package::Item& item : app.package().items())
        Q_EMIT app.controller.expertSession()->itemChanged(item.uid); // as the session does after its own writes
    app.window().selectItem(1);
    app.window().findChild<QAction*>(QStringLiteral("actionNextOpenItem"))->trigger();
    CHECK(list->currentRow() == 0);
    QTest::qWait(300); // the form of the application shown is laid out after the event loop runs
    test::screenshot(&app.window(), QStringLiteral("expert-navigation-zh_CN"));

    // Submitting first shows the summary; going back to scoring seals nothing.
    for (const Criterion* c : app.package().criteria().leaves())
        RB_REQUIRE_OK(
            app.package().setScore(app.firstItem(), c->uid,
                                   c->kind == CriterionKind::Veto ? 0.0 : std::floor(c->maxPoints.value_or(0) * 0.8)));
    ui::SubmitSummaryDialog::setHook([](ui::SubmitSummaryDialog& summary) {
        summary.resize(900, 520);
        test::screenshot(&summary, QStringLiteral("submit-summary-zh_CN"));
        return false;
    });
    CHECK_FALSE(app.window().submit());
    ui::SubmitSummaryDialog::setHook({});
    CHECK_FALSE(app.package().info().submitted);

    // Help ▸ 使用说明 (F1) opens the guide where the expert's part begins.
    auto* guide = app.window().findChild<QAction*>(QStringLiteral("actionGuide"));
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto* help =
        qobject_cast<ui::HelpWindow*>(QApplication::activeModalWidget() ? QApplication::activeModalWidget() : nullptr);
    if (!help) {
        for (QWidget* w : QApplication::topLevelWidgets())
            help = help ? help : qobject_cast<ui::HelpWindow*>(w);
    }
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK(help->browser()->toPlainText().contains(QString::fromUtf8("评审专家")));
    CHECK(help->browser()->textCursor().block().text().contains(QString::fromUtf8("评审专家")));
    // The guide's pictures are built in with it.
    CHECK_FALSE(help->browser()
                    ->document()
                    ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/expert.png")))
                    .isNull());
    help->resize(900, 760);
    test::screenshot(help, QStringLiteral("help-zh_CN"));
    help->close();
}
