// SPDX-License-Identifier: GPL-3.0-or-later
// Import templates (issue 11): written blank with the canonical headers and a 填表说明 sheet, they import unchanged
// once filled in. "Filled in" here means rows added to the template's own worksheet, the rest of the workbook (title,
// styles, text-formatted code columns, the second sheet) as the program wrote it.
#include "../fuzz/ZipBytes.h"
#include "TestSupport.h"

#include "import/ImportTemplates.h"
#include "import/Importer.h"
#include "io/Table.h"
#include "io/ZipReader.h"
#include "storage/Schema.h"

#include <QFile>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray inlineCell(const QString& ref, const QString& text)
{
    return "<c r=\"" + ref.toUtf8() + "\" t=\"inlineStr\"><is><t>" + text.toUtf8() + "</t></is></c>";
}

/// The template at \a path with \a rows appended to its first worksheet, as a user fills it in.
QByteArray filled(const QString& path, const QList<QStringList>& rows)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<std::unique_ptr<io::ZipReader>> zip = io::ZipReader::open(file.readAll());
    RB_REQUIRE_OK(zip);
    QList<test::ZipEntry> entries;
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                             "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/theme/theme1.xml",
                             "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
        const QString entry = QString::fromLatin1(name);
        if (!(*zip)->contains(entry))
            continue;
        Result<QByteArray> data = (*zip)->read(entry);
        RB_REQUIRE_OK(data);
        QByteArray content = *data;
        if (entry == u"xl/worksheets/sheet1.xml"_s) {
            QByteArray added;
            for (int r = 0; r < rows.size(); ++r) {
                const QByteArray n = QByteArray::number(r + 3); // under the title and the header
                added += "<row r=\"" + n + "\">";
                for (int c = 0; c < rows[r].size(); ++c)
                    if (!rows[r][c].isEmpty())
                        added += inlineCell(QChar(char16_t(u'A' + c)) + QString::fromLatin1(n), rows[r][c]);
                added += "</row>";
            }
            REQUIRE(content.contains("</sheetData>"));
            content.replace("</sheetData>", QByteArray(added + "</sheetData>"));
        }
        test::ZipEntry e;
        e.name = entry.toUtf8();
        e.data = content;
        entries.append(e);
    }
    return test::zipBytes(entries);
}

} // namespace

TEST_CASE("templates: blank, they hold the canonical headers and instructions; filled, they import unchanged",
          "[import][templates][real]")
{
    test::RoundFixture f(Category::Scenario);
    const test::CliRun unknown = test::runCli({u"template"_s, u"budgets"_s, u"--out"_s, f.dir.path(u"x.xlsx"_s)});
    CHECK(unknown.code == 1);

    const QString experts = f.dir.path(u"experts.xlsx"_s);
    REQUIRE(test::runCli({u"template"_s, u"experts"_s, u"--out"_s, experts}).code == 0);
    Result<io::Table> blank = io::readTable(experts);
    RB_REQUIRE_OK(blank);
    CHECK(blank->header.first() == u"评审专家名单"_s); // the title row; the header is found below it
    REQUIRE(blank->rows.size() == 1);
    CHECK(blank->rows.first().cells.contains(u"*专家编号"_s));
    CHECK(blank->rows.first().cells.contains(u"职称"_s));
    const QString expertsFilled =
        f.dir.write(u"experts-filled.xlsx"_s, filled(experts, {{u"001"_s, u"张伟"_s, u"示例大学"_s, u""_s, u"北京市"_s,
                                                                u"装备制造"_s, u"13800000000"_s, u"教授"_s}}));
    const test::CliRun e = test::runCli({u"import"_s, u"experts"_s, f.path, expertsFilled});
    INFO(e.err.toStdString());
    REQUIRE(e.code == 0);
    CHECK(e.out.contains(u"1 created"_s));
    CHECK(*f.db->scalarText("SELECT code || '|' || title FROM expert") == u"001|教授"_s);

    const QString apps = f.dir.path(u"apps.xlsx"_s);
    REQUIRE(test::runCli({u"template"_s, u"applications"_s, u"--out"_s, apps, u"--category"_s, u"scenario"_s}).code
            == 0);
    const QString appsFilled =
        f.dir.write(u"apps-filled.xlsx"_s,
                    filled(apps, {{u"A001"_s, u"示例智能装备有限公司"_s, u"91320500MA1AAAA01E"_s, u"江苏省"_s,
                                   u"装备制造"_s, u"柔性产线快速换产"_s, u"江苏省工业和信息化厅"_s, u"1"_s}}));
    const test::CliRun a = test::runCli({u"import"_s, u"applications"_s, f.path, appsFilled});
    INFO(a.err.toStdString());
    REQUIRE(a.code == 0);
    CHECK(a.out.contains(u"1 created"_s));
    CHECK(*f.db->scalarText("SELECT authority FROM application") == u"江苏省"_s);

    for (const QString& kind : import::templateKinds()) {
        INFO(kind.toStdString());
        const QString path = f.dir.path(kind + u".xlsx"_s);
        REQUIRE(test::runCli({u"template"_s, kind, u"--out"_s, path}).code == 0);
        // The second sheet explains every column.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        Result<std::unique_ptr<io::ZipReader>> zip = io::ZipReader::open(file.readAll());
        RB_REQUIRE_OK(zip);
        CHECK((*zip)->contains(u"xl/worksheets/sheet2.xml"_s));
        CHECK(QString::fromUtf8(*(*zip)->read(u"xl/workbook.xml"_s)).contains(u"填表说明"_s));
        CHECK(QString::fromUtf8(*(*zip)->read(u"xl/sharedStrings.xml"_s)).contains(u"不要改动表头"_s));
    }
}

TEST_CASE("templates: a criteria file that replaces the set clears the round's built-in template", "[templates]")
{
    test::TempDir dir;
    const QString path = dir.path(u"t.rbdb"_s);
    REQUIRE(test::runCli(
                {u"new"_s, path, u"--category"_s, u"factory"_s, u"--year"_s, u"2025"_s, u"--title"_s, u"示范工厂"_s})
                .code
            == 0);
    auto templateOf = [&] {
        auto db = db::schema::open(path);
        RB_REQUIRE_OK(db);
        return *(*db)->scalarText("SELECT coalesce(template, '') FROM round");
    };
    CHECK(templateOf() == u"factory"_s);
    const test::CliRun run = test::runCli({u"import"_s, u"criteria"_s, path, test::sample(u"criteria.csv"_s)});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(templateOf().isEmpty());
}
