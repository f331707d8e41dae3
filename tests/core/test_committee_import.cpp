// SPDX-License-Identifier: GPL-3.0-or-later
// The committee roster imported from a table (issue 12): laid out as secretariats keep it (a title row, 序号, 职称
// and 手机 columns, roles in Chinese, a 注 row), through LibreOffice and as CSV; importing twice changes nothing;
// a bad roster is refused whole, naming the file, row and column, and changes nothing; undo takes it back.
#include "LifecycleFixture.h"
#include "MergeFixture.h"

#include "action/Action.h"
#include "action/DeliberationActions.h"
#include "deliberation/CommitteeImport.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Lifecycle;

namespace {

QString roster(db::Database& db)
{
    QString out;
    for (const QStringList& r :
         test::query(db, u"SELECT name, organisation, role, position FROM committee_member ORDER BY id"_s, 4))
        out += r.join(u'|') + u'\n';
    return out;
}

io::Table csv(const QString& text)
{
    Result<io::Table> t = io::parseCsv(text.toUtf8(), u"委员名单.csv"_s);
    RB_REQUIRE_OK(t);
    return *t;
}

} // namespace

TEST_CASE("committee import: the roster LibreOffice wrote, as a secretariat lays it out", "[deliberation][committee]")
{
    Lifecycle f(Category::Scenario, 1);
    Result<io::Table> table = io::readTable(test::testData(u"real-files/committee-libreoffice.xlsx"_s));
    RB_REQUIRE_OK(table);
    Result<action::Done> done = action::perform(*f.db, action::importCommittee(f.round, *table));
    RB_REQUIRE_OK(done);
    CHECK(done->out.value(u"added"_s).toInt() == 6);
    Result<QList<deliberation::Member>> members = f.d.committee().members();
    RB_REQUIRE_OK(members);
    REQUIRE(members->size() == 6);
    CHECK(members->at(0).name == u"王建国"_s);
    CHECK(members->at(0).role == u"chair"_s);
    CHECK(members->at(0).organisation == u"清华大学"_s);
    CHECK(members->at(1).role == u"vice_chair"_s);
    CHECK(members->at(5).role == u"secretary"_s);
    CHECK(members->at(5).name == u"赵敏"_s);

    // The same file again: nothing to do, no step in the history.
    const QString before = roster(*f.db);
    Result<action::Done> again = action::perform(*f.db, action::importCommittee(f.round, *table));
    RB_REQUIRE_OK(again);
    CHECK(again->changedNothing());
    CHECK(roster(*f.db) == before);

    // Undo of the first import takes every member back.
    RB_REQUIRE_OK(action::undo(*f.db, *done));
    CHECK(roster(*f.db).isEmpty());
}

TEST_CASE("committee import: a corrected roster corrects the members; a new chair takes over from the old",
          "[deliberation][committee]")
{
    Lifecycle f(Category::Scenario, 1);
    f.d.addCommittee(3); // 委员1 chairs
    Result<action::Done> done = action::perform(
        *f.db, action::importCommittee(f.round, csv(u"姓名,工作单位,职务\n委员1,第1大学,委员\n委员2,新单位,主任委员\n"
                                                    "新人,某研究院,\n"_s)));
    RB_REQUIRE_OK(done);
    CHECK(done->out.value(u"added"_s).toInt() == 1);
    CHECK(done->out.value(u"updated"_s).toInt() == 2);
    CHECK(*f.db->scalarText("SELECT name FROM committee_member WHERE role = 'chair'") == u"委员2"_s);
    CHECK(*f.db->scalarText("SELECT organisation FROM committee_member WHERE name = '委员2'") == u"新单位"_s);
    CHECK(*f.db->scalarText("SELECT role FROM committee_member WHERE name = '新人'") == u"member"_s);
}

TEST_CASE("committee import: a bad roster is refused whole, naming the file, row and column, and changes nothing",
          "[deliberation][committee]")
{
    Lifecycle f(Category::Scenario, 1);
    f.d.addCommittee(2);
    const QString before = roster(*f.db);
    const auto refused = [&](const QString& text, int row, const QString& column, const QString& words) {
        Result<action::Done> done = action::perform(*f.db, action::importCommittee(f.round, csv(text)));
        REQUIRE_FALSE(done.ok());
        INFO(done.error().toString().toStdString());
        CHECK(done.error().kind == ErrorKind::Input);
        const QString message = done.error().toString();
        CHECK(message.contains(u"委员名单.csv"_s));
        CHECK(message.contains(u"row %1"_s.arg(row)));
        CHECK(message.contains(column));
        CHECK(message.contains(words));
        CHECK(roster(*f.db) == before);
    };
    refused(u"姓名,职务\n甲,委员\n乙,组委\n"_s, 3, u"role"_s, u"组委"_s);
    refused(u"姓名,职务\n甲,主任委员\n乙,主任\n"_s, 3, u"role"_s, u"one chair"_s);
    refused(u"姓名,职务\n甲,委员\n甲,委员\n"_s, 3, u"name"_s, u"twice"_s);
    refused(u"序号,姓名,职务\n1,,委员\n"_s, 2, u"name"_s, u"empty"_s);
    // A roster that names a second chair while the committee's chair (委员1) stays: refused by the committee's rule.
    refused(u"姓名,职务\n丙,主任委员\n"_s, 2, u"name"_s, u"chair"_s);
    // Without a 姓名 column nothing can be read.
    Result<action::Done> noName = action::perform(*f.db, action::importCommittee(f.round, csv(u"单位\n某大学\n"_s)));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().toString().contains(u"姓名"_s));
    CHECK(roster(*f.db) == before);
}

TEST_CASE("committee import: reviewbench-cli committee --import", "[deliberation][committee][cli]")
{
    Lifecycle f(Category::Scenario, 1);
    f.db.reset();
    const test::CliRun run = test::runCli(
        {u"committee"_s, f.path, u"--import"_s, test::testData(u"real-files/committee-libreoffice.xlsx"_s)});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out.startsWith(u"王建国\tchair\t清华大学"_s));
    CHECK(run.out.count(u'\n') == 6);
    CHECK(run.err.contains(u"6 member"_s));
    const QString bad = f.dir.path(u"bad.csv"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("姓名,职务\n甲,组委\n").toUtf8());
    file.close();
    const test::CliRun refused = test::runCli({u"committee"_s, f.path, u"--import"_s, bad});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"bad.csv"_s));
    CHECK(refused.err.contains(u"row 2"_s));
}
