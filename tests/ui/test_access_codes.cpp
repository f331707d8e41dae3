// SPDX-License-Identifier: GPL-3.0-or-later
// The secretariat's side of the access codes: shown once after writing packages, printed as one letter per expert.
#include "UiSupport.h"

#include "app/MainWindow.h"
#include "common/Messages.h"
#include "demo/DemoScores.h"
#include "io/Table.h"
#include "package/Package.h"
#include "repo/RoundRepository.h"
#include "report/ReportPrinter.h"
#include "review/AccessCodesDialog.h"
#include "review/Assignments.h"
#include "review/PackagesPage.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>

using namespace rb;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The bytes of a file, or nothing when it does not exist.
QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("ui: the packages page shows the access codes once and prints one letter per expert",
          "[ui][packages][security]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        test::OpenApp app(30, language);
        {
            auto db = db::schema::open(app.path);
            RB_REQUIRE_OK(db);
            Result<QList<Round>> rounds = RoundRepository(**db).list();
            RB_REQUIRE_OK(rounds);
            RB_REQUIRE_OK(AssignmentRepository(**db, rounds->first()).assign(3, false, 7));
        }
        app.controller.workspace()->notifyChanged(ui::Workspace::Review);
        auto* page = app.find<ui::PackagesPage>(QStringLiteral("packagesPage"));
        const QString folder = app.dir.path(QStringLiteral("out"));
        int shown = 0;
        QList<QStringList> rows;
        QString letters;
        ui::AccessCodesDialog::setHook([&](ui::AccessCodesDialog& dialog) {
            ++shown;
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("accessCodesTable"));
            REQUIRE(table);
            for (int r = 0; r < table->rowCount(); ++r) {
                QStringList cells;
                for (int c = 0; c < table->columnCount(); ++c)
                    cells << table->item(r, c)->text();
                rows << cells;
            }
            dialog.resize(820, 520);
            test::screenshot(&dialog, QStringLiteral("access-codes-") + language);
            // The letters: one page each, with the code and the fingerprint.
            letters = folder + QStringLiteral("/letters.pdf");
            Result<int> pages = ui::reports::writePdf(dialog.letters(), letters);
            RB_REQUIRE_OK(pages);
            CHECK(*pages == table->rowCount());
            RB_REQUIRE_OK(dialog.saveCodes(folder + QStringLiteral("/codes.csv")));
        });
        RB_REQUIRE_OK(test::finish(page->writePackages(folder)));
        ui::AccessCodesDialog::setHook({});
        CHECK(shown == 1);
        const QStringList packages = QDir(folder).entryList({QStringLiteral("*.rbpkg")}, QDir::Files);
        REQUIRE(rows.size() == packages.size());
        REQUIRE(rows.size() > 10);
        const QString text = pdfText(letters);
        for (const QStringList& row : rows) {
            INFO(row.join(QLatin1Char(' ')).toStdString());
            // Each shown code opens its own package, and is on its letter with the file name.
            CHECK(packages.contains(row[2]));
            auto p = package::Package::open(QDir(folder).filePath(row[2]));
            RB_REQUIRE_OK(p);
            RB_REQUIRE_OK((*p)->unlock(row[3]));
            CHECK(text.contains(row[3]));
            CHECK(text.contains(row[2]));
            CHECK(text.contains((*p)->info().roundFingerprint));
        }
        CHECK(text.contains(QString::fromUtf8("评审包访问码通知")));
        if (!qEnvironmentVariableIsEmpty("RB_SCREENSHOT_DIR")) // to look at the letters
            QFile::copy(letters, qEnvironmentVariable("RB_SCREENSHOT_DIR") + QStringLiteral("/access-letters.pdf"));
        // The CSV holds the same codes; the master holds none of them.
        Result<io::Table> csv = io::readTable(folder + QStringLiteral("/codes.csv"));
        RB_REQUIRE_OK(csv);
        CHECK(csv->rows.size() == rows.size());
        const QByteArray master = bytesOf(app.path) + bytesOf(app.path + QStringLiteral("-wal"));
        for (const QStringList& row : rows)
            CHECK_FALSE(master.contains(row[3].toLatin1()));
    }
}

TEST_CASE("ui: two sealed copies of one package are listed and the chosen one counts", "[ui][packages]")
{
    test::OpenApp app(30, QStringLiteral("en"));
    {
        auto db = db::schema::open(app.path);
        RB_REQUIRE_OK(db);
        Result<QList<Round>> rounds = RoundRepository(**db).list();
        RB_REQUIRE_OK(rounds);
        RB_REQUIRE_OK(AssignmentRepository(**db, rounds->first()).assign(3, false, 7));
    }
    app.controller.workspace()->notifyChanged(ui::Workspace::Review);
    auto* page = app.find<ui::PackagesPage>(QStringLiteral("packagesPage"));
    const QString folder = app.dir.path(QStringLiteral("out"));
    QString code;
    ui::AccessCodesDialog::setHook([&](ui::AccessCodesDialog& dialog) {
        code = dialog.findChild<QTableWidget*>(QStringLiteral("accessCodesTable"))->item(0, 3)->text();
    });
    RB_REQUIRE_OK(test::finish(page->writePackages(folder, {QStringLiteral("E001")})));
    ui::AccessCodesDialog::setHook({});
    const QString first = QDir(folder).filePath(QDir(folder).entryList({QStringLiteral("*.rbpkg")}).first());
    const QString second = app.dir.path(QStringLiteral("from-the-laptop.rbpkg"));
    REQUIRE(QFile::copy(first, second));
    RB_REQUIRE_OK(demo::fillAndSubmit(first, code, 1));
    RB_REQUIRE_OK(demo::fillAndSubmit(second, code, 2));
    RB_REQUIRE_OK(test::finish(page->mergeFiles({first})));
    auto* choose = app.find<QPushButton>(QStringLiteral("chooseCopy"));
    CHECK_FALSE(choose->isVisibleTo(page));
    RB_REQUIRE_OK(test::finish(page->mergeFiles({second})));
    auto* outcomes = app.find<QTableWidget>(QStringLiteral("mergeOutcomes"));
    REQUIRE(outcomes->rowCount() == 1);
    CHECK(outcomes->item(0, 2)->text() == QStringLiteral("conflict"));
    CHECK(choose->isVisibleTo(page));
    REQUIRE(app.window().showPage(QStringLiteral("packagesPage")));
    outcomes->selectRow(0);
    test::screenshot(&app.window(), QStringLiteral("packages-conflict-en"));
    const auto total = [&] {
        return *app.controller.workspace()->db().scalar(
            "SELECT sum(value) FROM score s JOIN assignment a ON a.id = s.assignment_id JOIN expert e ON e.id = "
            "a.expert_id WHERE e.code = 'E001'",
            0);
    };
    const qint64 before = total();
    outcomes->selectRow(0);
    bool asked = false;
    ui::messages::setHook([&](const QString&, const QString& text, bool question) {
        asked = question && text.contains(QStringLiteral("from-the-laptop.rbpkg"));
        return true;
    });
    choose->click();
    test::settle();
    CHECK(asked);
    CHECK(outcomes->item(0, 2)->text().startsWith(QStringLiteral("merged")));
    CHECK_FALSE(choose->isVisibleTo(page));
    CHECK(total() != before);
}
