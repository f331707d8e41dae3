// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/Table.h"
#include "io/XlsxWriter.h"

using namespace rb;

TEST_CASE("csv: quotes, embedded line breaks and blank rows keep spreadsheet row numbers", "[io]")
{
    const QByteArray csv = "a,b,c\r\n1,\"x, y\",\"line1\nline2\"\r\n\r\n,,\r\n2,\"say \"\"hi\"\"\",3\r\n";
    auto table = io::parseCsv(csv, QStringLiteral("t.csv"));
    RB_REQUIRE_OK(table);
    CHECK(table->header == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].number == 2);
    CHECK(table->rows[0].cells[1] == QStringLiteral("x, y"));
    CHECK(table->rows[0].cells[2] == QStringLiteral("line1\nline2"));
    CHECK(table->rows[1].number == 6); // the quoted line break and two blank rows come before it
    CHECK(table->rows[1].cells[1] == QStringLiteral("say \"hi\""));
}

TEST_CASE("csv: tab- and semicolon-separated files, UTF-16 with BOM", "[io]")
{
    auto tabs = io::parseCsv("code\tname\nX1\t甲\n", QStringLiteral("t.tsv"));
    RB_REQUIRE_OK(tabs);
    CHECK(tabs->rows[0].cells[1] == QString::fromUtf8("甲"));
    auto semis = io::parseCsv("code;name\nX1;乙\n", QStringLiteral("s.csv"));
    RB_REQUIRE_OK(semis);
    CHECK(semis->rows[0].cells[1] == QString::fromUtf8("乙"));
    const QString text = QString::fromUtf8("code\tname\r\nX1\t丙\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    auto wide = io::parseCsv(utf16, QStringLiteral("u.txt"));
    RB_REQUIRE_OK(wide);
    CHECK(wide->encoding == QStringLiteral("UTF-16"));
    CHECK(wide->rows[0].cells[1] == QString::fromUtf8("丙"));
}

TEST_CASE("csv: errors name the file and row", "[io]")
{
    auto open = io::parseCsv("a,b\n1,\"never closed\n2,3\n", QStringLiteral("q.csv"));
    REQUIRE_FALSE(open.ok());
    REQUIRE(open.error().issues.size() == 1);
    CHECK(open.error().issues[0].row == 2);
    CHECK(open.error().issues[0].file == QStringLiteral("q.csv"));
    auto empty = io::parseCsv("\n\n", QStringLiteral("e.csv"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("e.csv is empty")));
}

TEST_CASE("xlsx: written and read back with text, numbers and gaps", "[io][xlsx]")
{
    test::TempDir dir;
    const QString path = dir.path(QString::fromUtf8("评分表.xlsx"));
    io::XlsxSheet sheet;
    sheet.name = QStringLiteral("S");
    sheet.header = {QStringLiteral("code"), QStringLiteral("score"), QStringLiteral("note")};
    sheet.rows = {{QStringLiteral("A"), 12.5, QString::fromUtf8("很好")}, {QStringLiteral("B"), 7, QVariant()}};
    sheet.numberFormats = {QString(), QStringLiteral("0.0")};
    RB_REQUIRE_OK(io::writeXlsx(path, {sheet}));
    auto table = io::readTable(path);
    RB_REQUIRE_OK(table);
    CHECK(table->encoding == QStringLiteral("xlsx"));
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].cells == QStringList{QStringLiteral("A"), QStringLiteral("12.5"), QString::fromUtf8("很好")});
    CHECK(table->rows[1].number == 3);
    CHECK(table->rows[1].cell(1) == QStringLiteral("7"));
    CHECK(table->rows[1].cell(2).isEmpty());
}

TEST_CASE("xlsx: a damaged workbook and an old .xls are refused with a reason", "[io][xlsx]")
{
    test::TempDir dir;
    auto damaged = io::readTable(dir.write(QStringLiteral("broken.xlsx"), QByteArray("PK\x03\x04garbage", 11)));
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message.contains(QStringLiteral("broken.xlsx")));
    auto old = io::readTable(dir.write(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0 binary", 11)));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().message.contains(QStringLiteral(".xlsx or CSV")));
    auto missing = io::readTable(dir.path(QStringLiteral("none.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Io);
}
