// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "common/Messages.h"
#include "consolidation/Consolidation.h"
#include "demo/Demo.h"
#include "export/ExportActions.h"
#include "io/Table.h"
#include "report/ReportActions.h"
#include "storage/Schema.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

using namespace rb;

namespace {
struct ExportApp {
    ExportApp()
    {
        path = dir.path(QStringLiteral("export.rbdb"));
        demo::DemoSpec spec;
        spec.applications = 30;
        spec.experts = 10;
        spec.scored = true;
        auto r = demo::createDemo(path, spec, QStringLiteral("tester"));
        RB_REQUIRE_OK(r);
        round = *r;
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        ui::messages::setHook([](const QString& t, const QString& m, bool) {
            FAIL_CHECK("unexpected message: " << t.toStdString() << ": " << m.toStdString());
            return false;
        });
        controller.start(path);
        REQUIRE(controller.window());
        exports = controller.window()->findChild<ui::ExportActions*>();
        REQUIRE(exports);
    }
    ~ExportApp() { ui::messages::setHook({}); }
    test::TempDir dir;
    QString path;
    Round round;
    ui::AppController controller;
    ui::ExportActions* exports = nullptr;
};
} // namespace

TEST_CASE("ui export: the File menu exports every table and the results read back in rank order", "[ui][export]")
{
    ExportApp app;
    auto* menu = app.controller.window()->findChild<QMenu*>(QStringLiteral("menuExport"));
    REQUIRE(menu);
    CHECK(menu->isEnabled());
    QStringList names;
    for (QAction* a : menu->actions())
        names << a->objectName();
    for (const char* key : {"applications", "assignments", "scores", "results", "decisions", "archive"})
        CHECK(names.contains(QStringLiteral("actionExport_") + QLatin1String(key)));

    const QString xlsx = app.dir.path(QStringLiteral("results.xlsx"));
    RB_REQUIRE_OK(test::finish(app.exports->exportTable(exporting::What::Results, xlsx)));
    Result<io::Table> table = io::readTable(xlsx);
    RB_REQUIRE_OK(table);
    auto db = db::schema::open(app.path);
    RB_REQUIRE_OK(db);
    auto results = consolidation::consolidate(**db, app.round);
    RB_REQUIRE_OK(results);
    REQUIRE(table->rows.size() == results->applications.size());
    const int code = int(table->header.indexOf(QString::fromUtf8("申报编号")));
    REQUIRE(code >= 0);
    for (int i = 0; i < table->rows.size(); ++i)
        CHECK(table->rows[i].cell(code) == results->applications[i].code);

    // The CSV goes by the file's suffix, with Excel's BOM.
    const QString csv = app.dir.path(QStringLiteral("scores.csv"));
    RB_REQUIRE_OK(test::finish(app.exports->exportTable(exporting::What::Scores, csv)));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(3) == QByteArray("\xEF\xBB\xBF"));

    // Never over the open database itself.
    CHECK_FALSE(test::finish(app.exports->exportTable(exporting::What::Results, app.path)).ok());
}

TEST_CASE("ui export: experts by code hides the names; the archive is a round database", "[ui][export]")
{
    ExportApp app;
    auto db = db::schema::open(app.path);
    RB_REQUIRE_OK(db);
    auto firstName = (*db)->scalarText("SELECT name FROM expert ORDER BY code LIMIT 1");
    RB_REQUIRE_OK(firstName);

    const QString named = app.dir.path(QStringLiteral("named.csv"));
    RB_REQUIRE_OK(test::finish(app.exports->exportTable(exporting::What::Assignments, named)));
    app.controller.workspace()->setExpertsByCode(true);
    const QString coded = app.dir.path(QStringLiteral("coded.csv"));
    RB_REQUIRE_OK(test::finish(app.exports->exportTable(exporting::What::Assignments, coded)));
    auto readAll = [](const QString& p) {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    CHECK(readAll(named).contains(*firstName));
    CHECK_FALSE(readAll(coded).contains(*firstName));

    const QString archive = app.dir.path(QStringLiteral("archive.rbdb"));
    RB_REQUIRE_OK(test::finish(app.exports->exportArchive(archive)));
    auto copy = db::schema::open(archive, db::OpenMode::ReadOnly);
    RB_REQUIRE_OK(copy);
    auto rounds = (*copy)->scalar("SELECT count(*) FROM round WHERE code = ?1", 0, app.round.code);
    RB_REQUIRE_OK(rounds);
    CHECK(*rounds == 1);
    auto scores = (*copy)->scalar("SELECT count(*) FROM score", 0);
    auto original = (*db)->scalar("SELECT count(*) FROM score", 0);
    RB_REQUIRE_OK(scores);
    RB_REQUIRE_OK(original);
    CHECK(*scores == *original);
    CHECK(*scores > 0);
}

namespace {
/// Every text of a document's tables, fields and headings, in order.
QString documentText(const report::Document& doc)
{
    QString text;
    for (const report::Block& block : doc.blocks) {
        if (const auto* t = std::get_if<report::Table>(&block)) {
            for (const report::Column& c : t->columns)
                text += c.header + QLatin1Char('\n');
            for (const QStringList& row : t->rows)
                text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
        } else if (const auto* f = std::get_if<report::Fields>(&block)) {
            for (const auto& [label, value] : f->pairs)
                text += label + QLatin1Char('\t') + value + QLatin1Char('\n');
        } else if (const auto* h = std::get_if<report::Heading>(&block)) {
            text += h->text + QLatin1Char('\n');
        }
    }
    return text;
}
} // namespace

TEST_CASE("ui report: the pages offer their documents and follow the experts-by-code switch", "[ui][report]")
{
    ExportApp app;
    auto* results = app.controller.window()->findChild<QWidget*>(QStringLiteral("resultsPage"));
    REQUIRE(results);
    auto* print = results->findChild<QToolButton*>(QStringLiteral("printDocuments"));
    REQUIRE(print);
    QStringList kinds;
    for (QMenu* sub : print->menu()->findChildren<QMenu*>())
        kinds << sub->objectName();
    CHECK(kinds
          == QStringList({QStringLiteral("menuReport_ranking"), QStringLiteral("menuReport_statistics"),
                          QStringLiteral("menuReport_summary"), QStringLiteral("menuReport_scoring-sheet"),
                          QStringLiteral("menuReport_opinions")}));
    auto* documents = app.controller.window()->findChild<QMenu*>(QStringLiteral("menuDocuments"));
    REQUIRE(documents);
    CHECK(documents->isEnabled());
    CHECK(documents->findChildren<QMenu*>().size() == 9); // eight kinds and the blank scoring sheets

    auto db = db::schema::open(app.path);
    RB_REQUIRE_OK(db);
    auto code = (*db)->scalarText("SELECT a.code FROM application a JOIN assignment s ON s.application_id = a.id "
                                  "WHERE s.status IN ('submitted', 'entered') ORDER BY a.code LIMIT 1");
    RB_REQUIRE_OK(code);
    auto name = (*db)->scalarText("SELECT e.name FROM expert e JOIN assignment s ON s.expert_id = e.id JOIN "
                                  "application a ON a.id = s.application_id WHERE a.code = ?1 AND s.status IN "
                                  "('submitted', 'entered') ORDER BY e.code LIMIT 1",
                                  *code);
    RB_REQUIRE_OK(name);
    ui::ReportActions actions(*app.controller.workspace(), app.controller.window());
    report::Request request;
    request.kind = report::Kind::Summary;
    request.application = *code;
    std::optional<report::Document> named;
    RB_REQUIRE_OK(test::finish(actions.build(request, [&](report::Document& d) { named = d; })));
    REQUIRE(named);
    CHECK(documentText(*named).contains(*code));
    CHECK(documentText(*named).contains(*name));
    app.controller.workspace()->setExpertsByCode(true);
    std::optional<report::Document> coded;
    RB_REQUIRE_OK(test::finish(actions.build(request, [&](report::Document& d) { coded = d; })));
    REQUIRE(coded);
    CHECK(documentText(*coded).contains(*code));
    CHECK_FALSE(documentText(*coded).contains(*name));
}
