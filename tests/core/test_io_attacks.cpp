// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and malformed table files: each is refused as an input error naming the file, or read with
// memory in proportion to its real content; never a crash, a hang or gigabytes of memory.
#include "TestSupport.h"

#include "../fuzz/ZipBytes.h"
#include "io/Limits.h"
#include "io/Table.h"
#include "io/ZipReader.h"

#include <QFile>

using namespace rb;
using namespace Qt::StringLiterals;
using test::sheetXml;
using test::xlsxBytes;
using test::ZipEntry;

namespace {

QByteArray textCell(const QByteArray& ref, const QByteArray& text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

QByteArray header3()
{
    return "<row r=\"1\">" + textCell("A1", "code") + textCell("B1", "name") + textCell("C1", "note") + "</row>";
}

/// Requires \a result to be an input error whose text names \a file; returns the text.
template <typename T>
QString requireInputError(const Result<T>& result, const QString& file)
{
    REQUIRE_FALSE(result.ok());
    const QString text = result.error().toString();
    INFO(text.toStdString());
    CHECK(result.error().kind == ErrorKind::Input);
    CHECK(text.contains(file));
    return text;
}

Result<QByteArray> readEntry(const QByteArray& archive, const QByteArray& name)
{
    Result<std::unique_ptr<io::ZipReader>> zip = io::ZipReader::open(archive);
    if (!zip)
        return zip.takeError();
    return (*zip)->read(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("xlsx attack: a cell in column XFD on each of 2000 rows keeps rows to the header's width",
          "[io][xlsx][attacks]")
{
    QByteArray rows = header3();
    for (int r = 2; r <= 2001; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\">" + textCell("A" + n, "S" + n) + textCell("XFD" + n, "far") + "</row>";
    }
    const QByteArray file = xlsxBytes(sheetXml(rows));
    CHECK(file.size() < 64 * 1024); // a small file, which once took 16,384 strings a row
    Result<io::Table> table = io::parseXlsx(file, u"wide.xlsx"_s);
    RB_REQUIRE_OK(table);
    CHECK(table->header == QStringList{u"code"_s, u"name"_s, u"note"_s});
    REQUIRE(table->rows.size() == 2000);
    for (const io::TableRow& row : table->rows)
        REQUIRE(row.cells.size() <= table->header.size());
    CHECK(table->rows[0].cells == QStringList{u"S2"_s});
    CHECK(table->rows[1999].number == 2001);
}

TEST_CASE("xlsx attack: before the header rows keep cells only up to their last non-empty cell", "[io][xlsx][attacks]")
{
    // A blank row with an empty cell at XFD, then a header whose last cell is empty, then data with
    // an empty cell beyond the header.
    const QByteArray rows = "<row r=\"1\">" + textCell("XFD1", "") + "</row>" + "<row r=\"2\">" + textCell("A2", "code")
                            + textCell("B2", "name") + "<c r=\"XFC2\" t=\"inlineStr\"><is><t></t></is></c></row>"
                            + "<row r=\"3\">" + textCell("A3", "S1") + "<c r=\"XFD3\"/></row>";
    Result<io::Table> table = io::parseXlsx(xlsxBytes(sheetXml(rows)), u"sparse.xlsx"_s);
    RB_REQUIRE_OK(table);
    CHECK(table->header == QStringList{u"code"_s, u"name"_s});
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].number == 3);
    CHECK(table->rows[0].cells == QStringList{u"S1"_s});
}

TEST_CASE("xlsx attack: a column beyond XFD or a reference that overflows is refused naming the file",
          "[io][xlsx][attacks]")
{
    for (const QByteArray& ref : {QByteArray("AAAAAAAAAAAA2"), QByteArray("ZZZZZZZZZZZZZZZZZZZZ2"), QByteArray("XFE2"),
                                  QByteArray("AAAA2"), QByteArray("12"), QByteArray("")}) {
        INFO(ref.toStdString());
        const QByteArray rows = header3() + "<row r=\"2\">" + textCell(ref, "x") + "</row>";
        requireInputError(io::parseXlsx(xlsxBytes(sheetXml(rows)), u"columns.xlsx"_s), u"columns.xlsx"_s);
    }
    // Cells without a reference count on from the previous one: 16,385 of them is one too many.
    QByteArray many = "<row r=\"2\">";
    for (int i = 0; i <= io::limits::kMaxColumns; ++i)
        many += "<c><v>1</v></c>";
    many += "</row>";
    requireInputError(io::parseXlsx(xlsxBytes(sheetXml(header3() + many)), u"many.xlsx"_s), u"many.xlsx"_s);
}

TEST_CASE("xlsx attack: row numbers go forward and stay within 1048576", "[io][xlsx][attacks]")
{
    const QByteArray data = textCell("A5", "x");
    for (const QByteArray& bad : {QByteArray("<row r=\"1048577\">"), QByteArray("<row r=\"99999999999999999999\">"),
                                  QByteArray("<row r=\"0\">"), QByteArray("<row r=\"-3\">"),
                                  QByteArray("<row r=\"x\">"), QByteArray("<row r=\"1\">")}) {
        INFO(bad.toStdString());
        const QByteArray rows = header3() + bad + data + "</row>";
        requireInputError(io::parseXlsx(xlsxBytes(sheetXml(rows)), u"rows.xlsx"_s), u"rows.xlsx"_s);
    }
    const QByteArray backwards = header3() + "<row r=\"5\">" + data + "</row><row r=\"3\">" + data + "</row>";
    requireInputError(io::parseXlsx(xlsxBytes(sheetXml(backwards)), u"back.xlsx"_s), u"back.xlsx"_s);
    // The last row of a worksheet is fine, and rows without a number follow the previous one.
    const QByteArray last = header3() + "<row>" + data + "</row><row r=\"1048576\">" + data + "</row>";
    Result<io::Table> table = io::parseXlsx(xlsxBytes(sheetXml(last)), u"last.xlsx"_s);
    RB_REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].number == 2);
    CHECK(table->rows[1].number == 1048576);
    const QByteArray pastLast = last + "<row>" + data + "</row>";
    requireInputError(io::parseXlsx(xlsxBytes(sheetXml(pastLast)), u"past.xlsx"_s), u"past.xlsx"_s);
}

TEST_CASE("xlsx attack: a worksheet with more cells than the bound is refused", "[io][xlsx][attacks]")
{
    // A header 16,384 columns wide, then rows with one cell at its far end: each row holds 16,384 cells.
    QByteArray rows = "<row r=\"1\">" + textCell("A1", "code") + textCell("XFD1", "far") + "</row>";
    const int needed = int(io::limits::kMaxCells / io::limits::kMaxColumns) + 1;
    for (int r = 2; r <= needed + 1; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\">" + textCell("XFD" + n, "x") + "</row>";
    }
    requireInputError(io::parseXlsx(xlsxBytes(sheetXml(rows)), u"cells.xlsx"_s), u"cells.xlsx"_s);
}

TEST_CASE("xlsx attack: too many shared strings are refused", "[io][xlsx][attacks]")
{
    QByteArray shared = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    shared += QByteArray("<si/>").repeated(io::limits::kMaxSharedStrings + 1);
    shared += "</sst>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    // Stored, not deflated: the count is refused, not the compression ratio.
    requireInputError(io::parseXlsx(xlsxBytes(sheetXml(rows), shared, false), u"strings.xlsx"_s), u"strings.xlsx"_s);
}

TEST_CASE("xlsx attack: malformed or deep or entity-laden XML is an error naming the file", "[io][xlsx][attacks]")
{
    const QByteArray truncated = sheetXml(header3()).chopped(20);
    requireInputError(io::parseXlsx(xlsxBytes(truncated), u"cut.xlsx"_s), u"cut.xlsx"_s);

    const QByteArray deep =
        sheetXml(header3() + QByteArray("<x>").repeated(200000) + QByteArray("</x>").repeated(200000));
    Result<io::Table> read = io::parseXlsx(xlsxBytes(deep), u"deep.xlsx"_s);
    if (!read.ok())
        requireInputError(read, u"deep.xlsx"_s);
    else
        CHECK(read->header == QStringList{u"code"_s, u"name"_s, u"note"_s});

    // A billion laughs in the shared strings: the XML reader's entity expansion limit stops it.
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"hahahahahahahahahaha\">";
    for (int i = 1; i <= 9; ++i)
        laughs += "<!ENTITY l" + QByteArray::number(i) + " \""
                  + QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    laughs += "]><sst><si><t>&l9;</t></si></sst>";
    const QByteArray cell = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    requireInputError(io::parseXlsx(xlsxBytes(sheetXml(cell), laughs), u"laughs.xlsx"_s), u"laughs.xlsx"_s);

    // Shared string indexes that do not exist read as empty, never as another string.
    const QByteArray shared = "<sst><si><t>code</t></si><si><t>name</t></si></sst>";
    const QByteArray refs =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4294967296</v></c><c r=\"B2\" t=\"s\"><v>-1</v></c>"
        "<c r=\"C2\" t=\"s\"><v>1x</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c></row>";
    Result<io::Table> indexes = io::parseXlsx(xlsxBytes(sheetXml(refs), shared), u"indexes.xlsx"_s);
    RB_REQUIRE_OK(indexes);
    REQUIRE(indexes->rows.size() == 1);
    CHECK(indexes->rows[0].number == 3);
}

TEST_CASE("zip attack: an entry declaring 4 GB or 2^64 - 1 bytes is refused without allocating it",
          "[io][xlsx][attacks]")
{
    const QByteArray content = QByteArray("<sheet/>").repeated(100);
    // 50 MB is under the size bounds, but over a thousand times the few compressed bytes.
    for (quint64 declared : {quint64(4) << 30, ~quint64(0), quint64(1) << 63, quint64(500) << 20, quint64(50) << 20}) {
        INFO(declared);
        const QByteArray archive = test::zipBytes({ZipEntry{"a.xml", content, true, declared, {}}});
        Result<QByteArray> read = readEntry(archive, "a.xml");
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().kind == ErrorKind::Input);
        CHECK(read.error().message.contains(u"a.xml"_s));
        const QByteArray workbook = xlsxBytes(sheetXml(header3()), {}, true,
                                              {ZipEntry{"xl/worksheets/sheet1.xml", content, true, declared, {}}});
        requireInputError(io::parseXlsx(workbook, u"lying.xlsx"_s), u"lying.xlsx"_s);
    }
    // An honest entry reads back.
    Result<QByteArray> honest = readEntry(test::zipBytes({ZipEntry{"a.xml", content, true, {}, {}}}), "a.xml");
    RB_REQUIRE_OK(honest);
    CHECK(*honest == content);
}

TEST_CASE("zip attack: a deflate bomb (300 MB of spaces in a worksheet) is refused", "[io][xlsx][attacks]")
{
    const QByteArray bomb = "<?xml version=\"1.0\"?><worksheet><sheetData>" + header3()
                            + QByteArray(300 * 1024 * 1024, ' ') + "</sheetData></worksheet>";
    const QByteArray file = xlsxBytes(bomb);
    CHECK(file.size() < 1024 * 1024);
    requireInputError(io::parseXlsx(file, u"bomb.xlsx"_s), u"bomb.xlsx"_s);
}

TEST_CASE("zip attack: the archive's total uncompressed bytes are bounded", "[io][attacks]")
{
    QByteArray noise;
    quint32 x = 12345;
    for (int i = 0; i < 600 * 1024; ++i) {
        x = x * 1103515245u + 12345u;
        noise += char(x >> 24);
    }
    const QByteArray archive = test::zipBytes({ZipEntry{"a", noise, true, {}, {}}, ZipEntry{"b", noise, true, {}, {}}});
    Result<std::unique_ptr<io::ZipReader>> zip = io::ZipReader::open(archive, 1024 * 1024);
    RB_REQUIRE_OK(zip);
    RB_REQUIRE_OK((*zip)->read(u"a"_s));
    Result<QByteArray> second = (*zip)->read(u"b"_s);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Input);
    // Each read counts: the first entry read again is refused too.
    CHECK_FALSE((*zip)->read(u"a"_s).ok());
}

TEST_CASE("zip attack: compressed data past the end of the archive or too many entries are refused", "[io][attacks]")
{
    const QByteArray content = QByteArray("<sheet/>").repeated(10);
    const QByteArray past = test::zipBytes({ZipEntry{"a.xml", content, true, {}, 0x7FFFFFFF}});
    CHECK_FALSE(readEntry(past, "a.xml").ok());

    QList<ZipEntry> entries;
    for (int i = 0; i <= io::ZipReader::kMaxEntries; ++i)
        entries << ZipEntry{"e" + QByteArray::number(i), {}, false, {}, {}};
    const QByteArray crowded = xlsxBytes(sheetXml(header3()), {}, true, entries);
    requireInputError(io::parseXlsx(crowded, u"crowded.xlsx"_s), u"crowded.xlsx"_s);
}

TEST_CASE("xlsx attack: a malformed workbook makes the CLI exit 2 naming the file", "[io][xlsx][attacks][cli]")
{
    test::TempDir dir;
    const QString db = dir.path(u"r.rbdb"_s);
    REQUIRE(
        test::runCli({u"new"_s, db, u"--category"_s, u"scenario"_s, u"--year"_s, u"2025"_s, u"--title"_s, u"t"_s}).code
        == 0);
    const QString file = dir.write(
        u"攻击.xlsx"_s, xlsxBytes(sheetXml(header3() + "<row r=\"2\">" + textCell("AAAAAAAAAAAA2", "x") + "</row>")));
    const test::CliRun run = test::runCli({u"import"_s, u"applications"_s, db, file});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"攻击.xlsx"_s));
}

TEST_CASE("csv attack: more than 16384 fields in a row is refused naming the file and row", "[io][attacks]")
{
    const QByteArray wide = "a" + QByteArray(",b").repeated(io::limits::kMaxColumns) + "\n";
    QString text = requireInputError(io::parseCsv(wide, u"wide.csv"_s), u"wide.csv"_s);
    const QByteArray row = "a,b\n1,2\n" + QByteArray("x,").repeated(io::limits::kMaxColumns) + "y\n";
    Result<io::Table> table = io::parseCsv(row, u"row.csv"_s);
    text = requireInputError(table, u"row.csv"_s);
    REQUIRE(table.error().issues.size() == 1);
    CHECK(table.error().issues[0].row == 3);
    // Exactly 16,384 fields is fine.
    const QByteArray widest = "a" + QByteArray(",b").repeated(io::limits::kMaxColumns - 1) + "\n";
    Result<io::Table> ok = io::parseCsv(widest, u"widest.csv"_s);
    RB_REQUIRE_OK(ok);
    CHECK(ok->header.size() == io::limits::kMaxColumns);
}

TEST_CASE("csv attack: a table with more cells than the bound is refused", "[io][attacks]")
{
    const QByteArray line = "x" + QByteArray(",").repeated(io::limits::kMaxColumns - 1) + "\n";
    const QByteArray csv = line.repeated(int(io::limits::kMaxCells / io::limits::kMaxColumns) + 1);
    requireInputError(io::parseCsv(csv, u"cells.csv"_s), u"cells.csv"_s);
}

TEST_CASE("csv attack: a file over 200 MB is refused before it is decoded", "[io][attacks]")
{
    QByteArray huge(io::limits::kMaxFileBytes + 1, 'a');
    huge[0] = 'h';
    huge[1] = '\n';
    requireInputError(io::parseCsv(huge, u"huge.csv"_s), u"huge.csv"_s);
    huge.clear();

    test::TempDir dir;
    for (const QString& name : {u"huge.csv"_s, u"huge.xlsx"_s}) {
        QFile file(dir.path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04");
        REQUIRE(file.resize(io::limits::kMaxFileBytes + 1)); // sparse: no disk space used
        file.close();
        requireInputError(io::readTable(dir.path(name)), name);
    }
}

TEST_CASE("csv attack: a field of 5 million doubled quotes is read in one pass", "[io][attacks]")
{
    const QByteArray csv = "a,b\n\"" + QByteArray("\"\"").repeated(5000000) + "\",2\n";
    Result<io::Table> table = io::parseCsv(csv, u"quotes.csv"_s);
    RB_REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].cells[0].size() == 5000000);
    CHECK(table->rows[0].cells[1] == u"2"_s);
    // An unclosed quote at the start of a long file is still one clear error.
    const QByteArray open = "a,b\n\"" + QByteArray("x\n").repeated(1000000);
    requireInputError(io::parseCsv(open, u"open.csv"_s), u"open.csv"_s);
}
