// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>

using namespace rb;
using test::OpenApp;

TEST_CASE("ui: Chinese by default, switching language rebuilds every screen", "[ui][language]")
{
    OpenApp app(120, QStringLiteral("zh_CN"));
    auto* nav = app.find<QListWidget>(QStringLiteral("navigation"));
    CHECK(nav->item(0)->text() == QString::fromUtf8("概览"));
    CHECK(nav->item(1)->text() == QString::fromUtf8("申报项目"));
    CHECK(app.find<QLabel>(QStringLiteral("cardApplicationsLabel"))->text() == QString::fromUtf8("申报项目"));
    const QStringList pages = {QStringLiteral("overview"), QStringLiteral("applications"), QStringLiteral("experts"),
                               QStringLiteral("criteria"), QStringLiteral("conflicts"),    QStringLiteral("assignment"),
                               QStringLiteral("packages"), QStringLiteral("settings")};
    for (int i = 0; i < pages.size(); ++i) {
        app.window().setCurrentPage(i);
        test::screenshot(&app.window(), pages[i] + QStringLiteral("-zh"));
    }
    app.window().setCurrentPage(2);
    app.controller.setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    nav = app.find<QListWidget>(QStringLiteral("navigation"));
    CHECK(nav->item(0)->text() == QStringLiteral("Overview"));
    CHECK(app.window().currentPage() == 2); // the same page after the switch
    app.window().setCurrentPage(0);         // a page is filled when it is shown
    CHECK(app.find<QLabel>(QStringLiteral("cardApplicationsLabel"))->text() == QStringLiteral("Applications"));
    for (int i = 0; i < pages.size(); ++i) {
        app.window().setCurrentPage(i);
        test::screenshot(&app.window(), pages[i] + QStringLiteral("-en"));
    }
    app.controller.setLanguage(QStringLiteral("zh_CN"));
    CHECK(app.find<QListWidget>(QStringLiteral("navigation"))->item(0)->text() == QString::fromUtf8("概览"));
}
