// SPDX-License-Identifier: GPL-3.0-or-later
// The Excel path: `sheet` writes the expert's scoring sheet, `import scores PACKAGE FILE` reads it back.
#include "ReviewFixture.h"

#include "io/Table.h"
#include "io/XlsxWriter.h"
#include "package/ScoreSheet.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kScoreColumns = {u"专家编号"_s, u"申报编号"_s, u"指标编号"_s, u"得分"_s, u"意见"_s};

struct Sheet {
    test::DemoRound demo{16, 6, 3};
    QString path;
    std::unique_ptr<package::Package> p;

    Sheet()
    {
        demo.assign(3);
        path = demo.packageOf(demo.build(), u"E001"_s);
        reopen();
    }
    void reopen()
    {
        p.reset();
        Result<std::unique_ptr<package::Package>> opened = package::Package::open(path);
        RB_REQUIRE_OK(opened);
        p = std::move(*opened);
    }
    const Criterion& leaf(const QString& code) const
    {
        const Criterion* c = p->criteria().find(code);
        REQUIRE(c);
        return *c;
    }
};

/// A valid value that differs from row to row: half points within the maximum, 0/1 for veto items.
QString valueFor(const Criterion& c, int row)
{
    if (c.kind == CriterionKind::Veto)
        return QString::number(row % 2);
    const int halves = int(c.maxPoints.value_or(0) * 2);
    return QString::number((row * 7 % (halves + 1)) / 2.0);
}

QString csvOf(const QList<QStringList>& rows)
{
    QString out = kScoreColumns.join(u',') + u'\n';
    for (const QStringList& r : rows)
        out += r.join(u',') + u'\n';
    return out;
}

} // namespace

TEST_CASE("scoresheet: the sheet has the score file columns and one row per application and leaf", "[packages][xlsx]")
{
    Sheet s;
    const package::Item first = s.p->items().first();
    RB_REQUIRE_OK(s.p->setScore(first.uid, s.leaf(u"1.1"_s).uid, 4.5));
    RB_REQUIRE_OK(s.p->setComment(first.uid, s.leaf(u"1.1"_s).uid, u"方向契合"_s));
    RB_REQUIRE_OK(s.p->handBack(s.p->items().last().uid, u"回避"_s));
    s.p.reset();
    const QString xlsx = s.demo.dir.path(u"评分表.xlsx"_s);
    const test::CliRun run = test::runCli({u"sheet"_s, s.path, u"--out"_s, xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    Result<io::Table> table = io::readTable(xlsx);
    RB_REQUIRE_OK(table);
    REQUIRE(table->header.size() >= 5);
    CHECK(table->header.mid(0, 5) == kScoreColumns);
    s.reopen();
    const QList<const Criterion*> leaves = s.p->criteria().leaves();
    const qsizetype scored = s.p->items().size() - 1; // the handed-back one is left out
    REQUIRE(table->rows.size() == scored * leaves.size());
    int row = 0;
    for (qsizetype i = 0; i < scored; ++i) {
        for (const Criterion* c : leaves) {
            const io::TableRow& r = table->rows[row++];
            INFO("row " << r.number);
            CHECK(r.number == row + 1);
            CHECK(r.cell(0) == u"E001"_s);
            CHECK(r.cell(1) == s.p->items()[i].code);
            CHECK(r.cell(2) == c->code);
            if (i == 0 && c->code == u"1.1"_s) {
                CHECK(r.cell(3).toDouble() == 4.5);
                CHECK(r.cell(4) == u"方向契合"_s);
            } else {
                CHECK(r.cell(3).isEmpty());
            }
            CHECK(r.cell(5) == s.p->items()[i].title);
            if (c->kind == CriterionKind::Points)
                CHECK(r.cell(7).toDouble() == c->maxPoints.value_or(-1));
        }
    }
}

TEST_CASE("scoresheet: a filled CSV or workbook imports the same values into the package", "[packages][xlsx]")
{
    Sheet s;
    const QString xlsx = s.demo.dir.path(u"sheet.xlsx"_s);
    RB_REQUIRE_OK(package::writeSheet(*s.p, xlsx));
    Result<io::Table> table = io::readTable(xlsx);
    RB_REQUIRE_OK(table);
    QList<QStringList> csvRows;
    QHash<QString, QString> expected; // item uid | criterion uid -> value
    for (const io::TableRow& r : table->rows) {
        const Criterion& c = s.leaf(r.cell(2));
        const QString value = valueFor(c, r.number);
        const QString comment = r.number % 5 == 0 ? u"第%1行意见"_s.arg(r.number) : QString();
        csvRows << QStringList{r.cell(0), r.cell(1), r.cell(2), value, comment};
        expected.insert(s.p->itemByCode(r.cell(1))->uid + u'|' + c.uid, value + u'|' + comment);
    }
    s.p.reset();
    const QString csv = s.demo.dir.writeText(u"filled.csv"_s, csvOf(csvRows));
    const test::CliRun run = test::runCli({u"import"_s, u"scores"_s, s.path, csv});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"%1 scores imported"_s.arg(csvRows.size())));
    s.reopen();
    auto check = [&] {
        int seen = 0;
        for (const package::Item& item : s.p->items()) {
            Result<QHash<QString, package::ScoreEntry>> scores = s.p->scores(item.uid);
            RB_REQUIRE_OK(scores);
            for (auto it = scores->constBegin(); it != scores->constEnd(); ++it) {
                REQUIRE(it->value);
                CHECK(QString::number(*it->value) + u'|' + it->comment == expected.value(item.uid + u'|' + it.key()));
                ++seen;
            }
            CHECK(s.p->state(item.uid).value() == package::ItemState::Complete);
        }
        CHECK(seen == expected.size());
    };
    check();
    CHECK(s.p->missing()->isEmpty());

    // The same values through a workbook (as Excel saves the filled sheet), with other values.
    io::XlsxSheet filled;
    filled.name = u"评分表"_s;
    filled.header = kScoreColumns;
    for (QStringList& r : csvRows) {
        const Criterion& c = s.leaf(r[2]);
        r[3] = valueFor(c, int(r[3].toDouble() * 2) + 3);
        expected.insert(s.p->itemByCode(r[1])->uid + u'|' + c.uid, r[3] + u'|' + r[4]);
        filled.rows.append({r[0], r[1], r[2], r[3].toDouble(), r[4].isEmpty() ? QVariant() : QVariant(r[4])});
    }
    const QString workbook = s.demo.dir.path(u"filled.xlsx"_s);
    RB_REQUIRE_OK(io::writeXlsx(workbook, {filled}));
    Result<io::Table> back = io::readTable(workbook);
    RB_REQUIRE_OK(back);
    Result<int> imported = package::importScores(*s.p, *back);
    RB_REQUIRE_OK(imported);
    CHECK(*imported == csvRows.size());
    check();
}

TEST_CASE("scoresheet: bad rows are all listed with their row numbers and nothing is imported", "[packages][xlsx]")
{
    Sheet s;
    const QList<package::Item> items = s.p->items();
    REQUIRE(items.size() >= 3);
    const QString a0 = items[0].code;
    const QString a1 = items[1].code;
    RB_REQUIRE_OK(s.p->setScore(items[0].uid, s.leaf(u"1.2"_s).uid, 2.5));
    RB_REQUIRE_OK(s.p->handBack(items[2].uid, u"曾在申报单位任职"_s));
    s.p.reset();
    const QByteArray hash = test::fileHash(s.path);
    const QList<QStringList> rows = {
        {u"E001"_s, a0, u"1.2"_s, u"3"_s, {}},                 // row 2: fine
        {u"E002"_s, a0, u"1.3"_s, u"2"_s, {}},                 // row 3: another expert
        {u"E001"_s, a0, u"9.9"_s, u"1"_s, {}},                 // row 4: unknown criterion
        {u"E001"_s, a0, u"1.1"_s, u"7"_s, {}},                 // row 5: above the maximum (6)
        {u"E001"_s, a1, u"2.1"_s, u"0.3"_s, {}},               // row 6: not a half point
        {u"E001"_s, a0, u"1.2"_s, u"4"_s, {}},                 // row 7: row 2 again
        {u"E001"_s, a0, u"V1"_s, u"0.5"_s, {}},                // row 8: a veto item takes 0 or 1
        {u"E001"_s, u"2025-FAC-9999"_s, u"1.1"_s, u"1"_s, {}}, // row 9: not in this package
        {u"E001"_s, a0, u"1"_s, u"3"_s, {}},                   // row 10: a parent, not a scored leaf
        {u"E001"_s, a1, u"2.2"_s, u"abc"_s, {}},               // row 11: not a number
        {u"E001"_s, items[2].code, u"1.1"_s, u"3"_s, {}},      // row 12: handed back
    };
    const QString csv = s.demo.dir.writeText(u"bad.csv"_s, csvOf(rows));
    Result<io::Table> table = io::readTable(csv);
    RB_REQUIRE_OK(table);
    s.reopen();
    Result<int> result = package::importScores(*s.p, *table);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Input);
    QMap<int, QStringList> byRow;
    for (const Issue& i : result.error().issues)
        byRow[i.row] << i.column.section(u' ', 0, 0); // "expert (专家编号)"
    CHECK(byRow.keys() == QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    CHECK(byRow.value(3).contains(u"expert"_s));
    CHECK(byRow.value(4).contains(u"criterion"_s));
    CHECK(byRow.value(5).contains(u"score"_s));
    CHECK(byRow.value(6).contains(u"score"_s));
    CHECK(byRow.value(7).contains(u"criterion"_s));
    CHECK(byRow.value(8).contains(u"score"_s));
    CHECK(byRow.value(9).contains(u"application"_s));
    CHECK(byRow.value(10).contains(u"criterion"_s));
    CHECK(byRow.value(11).contains(u"score"_s));
    CHECK(byRow.value(12).contains(u"application"_s));
    // Nothing was imported, not even the good row 2.
    CHECK(s.p->scores(items[0].uid)->value(s.leaf(u"1.2"_s).uid).value == 2.5);
    CHECK(*s.p->db().scalar("SELECT count(*) FROM score", -1) == 1);
    s.p.reset();
    CHECK(test::fileHash(s.path) == hash);
    const test::CliRun cli = test::runCli({u"import"_s, u"scores"_s, s.path, csv});
    CHECK(cli.code == 2);
    for (int row : {3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
        CHECK(cli.err.contains(u"row %1"_s.arg(row)));
    CHECK(test::fileHash(s.path) == hash);
}
