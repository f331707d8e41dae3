// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "document/Workspace.h"
#include "import/ImportDialog.h"

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
    REQUIRE(dialog.prepare());
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
    REQUIRE(dialog.prepare());
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    REQUIRE(button->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("1 new")));
    button->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary().created == 1);
    CHECK(*ws.db().scalar("SELECT count(*) FROM application WHERE code = 'N01'", -1) == 1);
    app.window().setCurrentPage(1);
    CHECK(app.find<QTableView>(QStringLiteral("applicationsTable"))->model()->rowCount() == 241);
    CHECK(app.window().isWindowModified());
}
