// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "document/Workspace.h"
#include "import/ImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace rb;
using test::OpenApp;

TEST_CASE("ui: the import preview lists every problem and writes nothing", "[ui][import]")
{
    OpenApp app;
    ui::Workspace& ws = *app.controller.workspace();
    const QString bad = app.dir.writeText(QStringLiteral("bad.csv"),
                                          QString::fromUtf8("申报编号,申报单位,统一社会信用代码,所在地区,项目名称\n"
                                                            "N01,新单位,91370200MA3BBBBB20,浙江省,题目一\n"
                                                            "N02,另一单位,91330100MA2AAAAA1E,火星,题目二\n"));
    ui::ImportDialog dialog(ws, import::Kind::Applications, bad, &app.window());
    RB_REQUIRE_OK(test::finish(dialog.prepare()));
    test::settle();
    auto* issues = dialog.findChild<QTreeWidget*>(QStringLiteral("importIssues"));
    REQUIRE(issues->topLevelItemCount() == 2);
    CHECK(issues->topLevelItem(0)->text(0) == QStringLiteral("2"));
    CHECK(issues->topLevelItem(0)->text(2).contains(QStringLiteral("check character")));
    CHECK(issues->topLevelItem(1)->text(0) == QStringLiteral("3"));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount() == 2);
    CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE code LIKE 'N0%'", -1) == 0);
    dialog.resize(1000, 600);
    test::screenshot(&dialog, QStringLiteral("import-problems-en"));
}

TEST_CASE("ui: a clean file imports from the preview and the table shows it", "[ui][import]")
{
    OpenApp app;
    ui::Workspace& ws = *app.controller.workspace();
    const QString good = app.dir.writeText(QStringLiteral("good.csv"),
                                           QString::fromUtf8("申报编号,申报单位,统一社会信用代码,所在地区,项目名称\n"
                                                             "N01,新单位,91370200MA3BBBBB2M,浙江省,题目一\n"));
    ui::ImportDialog dialog(ws, import::Kind::Applications, good, &app.window());
    RB_REQUIRE_OK(test::finish(dialog.prepare()));
    test::settle();
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    REQUIRE(button->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("1 new")));
    button->click();
    test::settle();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary().created == 1);
    CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE code = 'N01'", -1) == 1);
    app.window().setCurrentPage(1);
    auto* table = app.find<QTableView>(QStringLiteral("applicationsTable"));
    CHECK(test::waitUntil([&] { return table->model()->rowCount() == 241; }));
    CHECK_FALSE(app.window().windowTitle().contains(QLatin1Char('*'))); // saved as it was made
}

TEST_CASE("ui: a province's table in the preview: header found, a recommender mapped, a row left out, a cell fixed",
          "[ui][import][real]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        OpenApp app(30, language);
        ui::Workspace& ws = *app.controller.workspace();
        // Laid out as the departments send them: 附件 and title rows, 序号, remarks in headers, a note row at the end;
        // one recommender nobody knows, one row with a bad credit code, one with a typo in the province.
        const QString file = app.dir.writeText(
            QStringLiteral("推荐汇总表.csv"),
            QString::fromUtf8(
                "附件2\n"
                "2025年度智能制造示范工厂推荐汇总表\n"
                "序号,推荐单位,*申报单位名称,\"统一社会\n信用代码\",所在省份,项目名称（必填）,推荐顺序\n"
                "1,江苏省工业和信息化厅,示例智能装备有限公司,91320500MA1AAAA01E,江苏省,柔性产线快速换产,1\n"
                "2,省属企业联合会,示例新材料有限公司,91320200MA1AAAA022,江苏省,先进过程控制,2\n"
                "3,浙江省经济和信息化厅,示例纺织有限公司,91330600MA2AAAA050,浙江省,车间智能排产,1\n"
                "4,浙江省经济和信息化厅,示例汽车零部件有限公司,91330100MA2AAAA04D,浙紅省,质量精准追溯,2\n"
                "填表说明：本表由推荐单位盖章后报送。\n"));
        ui::ImportDialog dialog(ws, import::Kind::Applications, file, &app.window());
        RB_REQUIRE_OK(test::finish(dialog.prepare()));
        test::settle();
        dialog.resize(1200, 720);
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"));
        auto* issues = dialog.findChild<QTreeWidget*>(QStringLiteral("importIssues"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        // The header was found on row 3 (its cell with a line break ends on line 4); the four data rows are shown,
        // the note row is not.
        REQUIRE(preview->rowCount() == 4);
        CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("5"));
        CHECK(preview->horizontalHeaderItem(2)->text() == QString::fromUtf8("*申报单位名称"));
        CHECK_FALSE(button->isEnabled());
        auto* box = dialog.findChild<QWidget*>(QStringLiteral("importAuthorities"));
        REQUIRE(box);
        CHECK(box->isVisibleTo(&dialog));
        test::screenshot(&dialog, QStringLiteral("import-real-before-") + language);
        int problems = 0;
        for (int i = 0; i < issues->topLevelItemCount(); ++i)
            problems += issues->topLevelItem(i)->text(1) == ui::ImportDialog::tr("note") ? 0 : 1;
        CHECK(problems == 3);

        // The unknown recommender: chosen in the box, remembered in the round.
        auto* choice = dialog.findChild<QComboBox*>(QString::fromUtf8("authorityFor:省属企业联合会"));
        REQUIRE(choice);
        choice->setCurrentIndex(choice->findData(QString::fromUtf8("江苏省")));
        Q_EMIT choice->activated(choice->currentIndex());
        test::settle();
        CHECK_FALSE(box->isVisibleTo(&dialog));
        // The bad credit code: the row is left out. The province typo: corrected in the cell.
        dialog.setRowExcluded(7, true);
        preview->item(3, 4)->setText(QString::fromUtf8("浙江省"));
        test::settle();
        CHECK(preview->item(3, 4)->text() == QString::fromUtf8("浙江省"));
        REQUIRE(button->isEnabled());
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("3")));
        test::screenshot(&dialog, QStringLiteral("import-real-fixed-") + language);
        button->click();
        test::settle();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.summary().created == 3);
        CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE recommender = '省属企业联合会' AND authority = "
                              "'江苏省'",
                              -1)
              == 1);
        CHECK(*ws.db().scalar("SELECT count(*) FROM authority_alias", -1) == 1);
        // The round settings show what was remembered.
        REQUIRE(app.window().showPage(QStringLiteral("roundSettingsPage")));
        auto* aliases = app.find<QTableWidget>(QStringLiteral("authorityAliases"));
        REQUIRE(aliases->rowCount() == 1);
        CHECK(aliases->item(0, 0)->text() == QString::fromUtf8("省属企业联合会"));
        CHECK(aliases->item(0, 1)->text() == QString::fromUtf8("江苏省"));
        test::screenshot(&app.window(), QStringLiteral("round-settings-aliases-") + language);
        CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE title = '车间智能排产'", -1) == 0);
        CHECK(
            *ws.db().scalar("SELECT count(*) FROM application WHERE title = '质量精准追溯' AND province = '浙江省'", -1)
            == 1);
    }
}
