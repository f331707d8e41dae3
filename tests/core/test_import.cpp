// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "import/Importer.h"
#include "io/XlsxWriter.h"
#include "repo/ApplicationRepository.h"
#include "repo/AuditLog.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"
#include "repo/RoundSettings.h"

#include <QJsonArray>

using namespace rb;

namespace {

const char* const kApplications = "code,applicant,credit_code,province,sector,title\n"
                                  "S01,示例精密机械有限公司,91330100MA2AAAAA1E,浙江省,装备制造,柔性产线快速换产\n"
                                  "S02,示例新材料股份有限公司,91370200MA3BBBBB2M,青岛市,原材料,先进过程控制\n"
                                  "S03,示例电子科技有限公司,91440300MA5CCCCC3W,深圳市,电子信息,在线智能检测\n";

Result<import::Summary> importText(test::RoundFixture& f, import::Kind kind, const QString& name,
                                   const QByteArray& bytes)
{
    return import::importFile(*f.db, f.round, kind, f.dir.write(name, bytes));
}

QList<Application> applications(test::RoundFixture& f)
{
    auto list = ApplicationRepository(*f.db, f.round.id).list();
    REQUIRE(list.ok());
    return *list;
}

/// Every row of the tables an import may touch, to prove a failed import changed nothing.
QString snapshot(db::Database& db)
{
    QString out;
    for (const char* sql : {"SELECT * FROM application ORDER BY id", "SELECT * FROM applicant ORDER BY id",
                            "SELECT * FROM application_applicant ORDER BY 1, 2", "SELECT * FROM expert ORDER BY id",
                            "SELECT * FROM criterion ORDER BY id", "SELECT * FROM audit_log ORDER BY id"}) {
        auto st = db.prepare(sql);
        REQUIRE(st.ok());
        REQUIRE(st->forEach([&](const db::Statement& row) {
                      for (int c = 0; c < 12; ++c)
                          out += row.text(c) + QLatin1Char('|');
                      out += QLatin1Char('\n');
                  }).ok());
    }
    return out;
}

} // namespace

TEST_CASE("import: UTF-8 CSV with and without BOM", "[import]")
{
    for (const QByteArray& bom : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
        test::RoundFixture f;
        auto summary = importText(f, import::Kind::Applications, QStringLiteral("apps.csv"), bom + kApplications);
        RB_REQUIRE_OK(summary);
        CHECK(summary->created == 3);
        const QList<Application> apps = applications(f);
        REQUIRE(apps.size() == 3);
        CHECK(apps[0].code == QStringLiteral("S01"));
        CHECK(apps[0].applicants.first().name == QString::fromUtf8("示例精密机械有限公司"));
        CHECK(apps[1].province == QString::fromUtf8("青岛市"));
        CHECK(apps[1].recommender == QString::fromUtf8("青岛市"));
        CHECK(apps[2].sector == QString::fromUtf8("电子信息"));
    }
}

TEST_CASE("import: a GB18030 CSV as Excel writes it on Chinese Windows, headers in Chinese, any order", "[import]")
{
    test::RoundFixture f;
    const QString csv =
        QString::fromUtf8("项目名称,所在地区,申报编号,统一社会信用代码,申报单位,所属行业,推荐顺序\r\n"
                          "柔性产线快速换产,浙江,S01,91330100MA2AAAAA1E,示例精密机械有限公司,装备制造,1\r\n"
                          "\"先进过程控制, 二期\",青岛市,S02,91370200MA3BBBBB2M,示例新材料股份有限公司,原材料,1\r\n");
    const QByteArray bytes = test::gb18030(csv);
    REQUIRE(bytes != csv.toUtf8()); // really not UTF-8
    auto table = io::parseCsv(bytes, QStringLiteral("gbk.csv"));
    RB_REQUIRE_OK(table);
    CHECK(table->encoding == QStringLiteral("GB18030"));
    auto summary = importText(f, import::Kind::Applications, QStringLiteral("gbk.csv"), bytes);
    RB_REQUIRE_OK(summary);
    const QList<Application> apps = applications(f);
    REQUIRE(apps.size() == 2);
    CHECK(apps[0].province == QString::fromUtf8("浙江省"));
    CHECK(apps[0].priority == 1);
    CHECK(apps[1].title == QString::fromUtf8("先进过程控制, 二期"));
}

TEST_CASE("import: an .xlsx workbook (first sheet, numbers as cells)", "[import][xlsx]")
{
    test::RoundFixture f;
    const QString path = f.dir.path(QStringLiteral("experts.xlsx"));
    io::XlsxSheet sheet;
    sheet.name = QString::fromUtf8("专家");
    sheet.header = {QString::fromUtf8("专家编号"), QString::fromUtf8("姓名"),     QString::fromUtf8("工作单位"),
                    QString::fromUtf8("所在地区"), QString::fromUtf8("专业领域"), QString::fromUtf8("联系方式")};
    sheet.rows = {{QStringLiteral("X01"), QString::fromUtf8("专家甲"), QString::fromUtf8("示例大学"),
                   QString::fromUtf8("北京市"), QString::fromUtf8("装备制造、工业软件"), 13800000000LL},
                  {QStringLiteral("X02"), QString::fromUtf8("专家乙"), QString::fromUtf8("示例研究院"), QVariant(),
                   QString::fromUtf8("电子信息"), QVariant()}};
    io::XlsxSheet second;
    second.name = QStringLiteral("ignored");
    second.header = {QStringLiteral("x")};
    second.rows = {{1}};
    RB_REQUIRE_OK(io::writeXlsx(path, {sheet, second}));
    auto summary = import::importFile(*f.db, f.round, import::Kind::Experts, path);
    RB_REQUIRE_OK(summary);
    CHECK(summary->created == 2);
    auto experts = ExpertRepository(*f.db, f.round.id).list();
    RB_REQUIRE_OK(experts);
    REQUIRE(experts->size() == 2);
    CHECK(experts->at(0).fields == QStringList{QString::fromUtf8("装备制造"), QString::fromUtf8("工业软件")});
    CHECK(experts->at(0).contact == QStringLiteral("13800000000"));
    CHECK(experts->at(1).province.isEmpty());
}

TEST_CASE("import: the contract's criteria, applications and experts", "[import]")
{
    test::RoundFixture f;
    RB_REQUIRE_OK(
        import::importFile(*f.db, f.round, import::Kind::Criteria, test::sample(QStringLiteral("criteria.csv"))));
    auto tree = CriteriaRepository(*f.db, f.round.id).tree();
    RB_REQUIRE_OK(tree);
    CHECK(tree->size() == 5); // the template's criteria were replaced
    CHECK(tree->find(QStringLiteral("V"))->kind == CriterionKind::Veto);
    RB_REQUIRE_OK(import::importFile(*f.db, f.round, import::Kind::Applications,
                                     test::sample(QStringLiteral("applications.csv"))));
    RB_REQUIRE_OK(
        import::importFile(*f.db, f.round, import::Kind::Experts, test::sample(QStringLiteral("experts.csv"))));
    auto x03 = ExpertRepository(*f.db, f.round.id).byCode(QStringLiteral("X03"));
    RB_REQUIRE_OK(x03);
    CHECK((*x03)->organisationCreditCode == QStringLiteral("91440300MA5CCCCC3W"));
}

TEST_CASE("import: all or nothing, every bad row listed with row, column and reason", "[import]")
{
    test::RoundFixture f;
    RB_REQUIRE_OK(importText(f, import::Kind::Applications, QStringLiteral("ok.csv"), kApplications));
    const QString before = snapshot(*f.db);
    const QByteArray bad = "code,applicant,credit_code,province,sector,title\n"
                           "S04,新单位甲,91330100MA2AAAAA1E,浙江省,装备制造,好的一行\n"
                           "S05,新单位乙,91370200MA3BBBBB20,青岛市,原材料,坏的信用代码\n"
                           "S06,新单位丙,,深圳市,电子信息,缺信用代码\n"
                           "S04,新单位丁,91440300MA5CCCCC3W,火星,电子信息,重复编号和未知地区\n"
                           "S07,新单位戊,91440300MA5CCCCC3W,深圳市,农业,\n";
    auto result = importText(f, import::Kind::Applications, QStringLiteral("bad.csv"), bad);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Input);
    QStringList lines;
    for (const Issue& i : result.error().issues)
        lines << i.toString();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    auto has = [&](int row, const char* column, const char* text) {
        return std::any_of(result.error().issues.begin(), result.error().issues.end(), [&](const Issue& i) {
            return i.row == row && i.column.startsWith(QString::fromLatin1(column))
                   && i.file == QStringLiteral("bad.csv") && i.message.contains(QString::fromUtf8(text));
        });
    };
    CHECK(std::none_of(result.error().issues.begin(), result.error().issues.end(),
                       [](const Issue& i) { return i.row == 2; })); // a renamed applicant is not an error
    CHECK(has(3, "credit_code", "should be 'M', not '0'"));
    CHECK(has(4, "credit_code", "required"));
    CHECK(has(5, "code", "appears twice (also row 2)"));
    CHECK(has(5, "province", "火星"));
    CHECK(has(6, "sector", "农业"));
    CHECK(has(6, "title", "empty"));
    CHECK(snapshot(*f.db) == before);
}

TEST_CASE("import: a missing required column is refused before any row", "[import]")
{
    test::RoundFixture f;
    auto result = importText(f, import::Kind::Applications, QStringLiteral("cols.csv"),
                             "code,applicant,province,title\nS01,甲公司,浙江省,题目\n");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().issues.size() == 1);
    CHECK(result.error().issues[0].message.contains(QString::fromUtf8("credit_code (统一社会信用代码) is missing")));
    // Zone rounds do not require credit codes.
    test::RoundFixture zone(Category::Zone);
    RB_REQUIRE_OK(importText(zone, import::Kind::Applications, QStringLiteral("zone.csv"),
                             "code,applicant,province,title\nZ01,甲市人民政府；乙市人民政府,浙江省,先行区创建方案\n"));
    auto apps = ApplicationRepository(*zone.db, zone.round.id).list();
    RB_REQUIRE_OK(apps);
    CHECK(apps->first().applicants.size() == 2);
}

TEST_CASE("import: importing the same file again changes nothing, an edited file updates with audit", "[import][audit]")
{
    test::RoundFixture f;
    RB_REQUIRE_OK(importText(f, import::Kind::Applications, QStringLiteral("a.csv"), kApplications));
    const qint64 applicants = *f.db->scalar("SELECT count(*) FROM applicant", 0);
    auto again = importText(f, import::Kind::Applications, QStringLiteral("a.csv"), kApplications);
    RB_REQUIRE_OK(again);
    CHECK(again->created == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == 3);
    CHECK(applications(f).size() == 3);
    CHECK(*f.db->scalar("SELECT count(*) FROM applicant", 0) == applicants);

    QByteArray edited = kApplications;
    edited.replace("在线智能检测", "在线智能检测（二期）");
    auto updated = importText(f, import::Kind::Applications, QStringLiteral("a2.csv"), edited);
    RB_REQUIRE_OK(updated);
    CHECK(updated->updated == 1);
    CHECK(updated->unchanged == 2);
    auto s03 = ApplicationRepository(*f.db, f.round.id).byCode(QStringLiteral("S03"));
    RB_REQUIRE_OK(s03);
    auto entries = AuditLog(*f.db).entries(f.round.id, (*s03)->uid);
    RB_REQUIRE_OK(entries);
    REQUIRE(entries->size() == 2); // created, then updated
    const AuditEntry& change = entries->first();
    CHECK(change.action == QStringLiteral("update"));
    CHECK(change.user == QStringLiteral("tester"));
    CHECK(change.entityCode == QStringLiteral("S03"));
    const QJsonArray title = change.changes.value(QStringLiteral("title")).toArray();
    REQUIRE(title.size() == 2);
    CHECK(title[0].toString() == QString::fromUtf8("在线智能检测"));
    CHECK(title[1].toString() == QString::fromUtf8("在线智能检测（二期）"));
    CHECK(change.changes.size() == 1); // only the title changed
}

TEST_CASE("import: quotas per recommending authority", "[import][settings]")
{
    test::RoundFixture f;
    RoundSettings settings(*f.db, f.round.id);
    RB_REQUIRE_OK(settings.set(QStringLiteral("quota.default"), QStringLiteral("2")));
    RB_REQUIRE_OK(settings.set(QString::fromUtf8("quota.浙江"), QStringLiteral("1")));
    const QByteArray three = "code,applicant,credit_code,province,title\n"
                             "A1,甲,91330100MA2AAAAA1E,浙江省,题一\n"
                             "A2,乙,91370200MA3BBBBB2M,浙江省,题二\n";
    auto result = importText(f, import::Kind::Applications, QStringLiteral("q.csv"), three);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().issues.size() == 1);
    CHECK(result.error().issues[0].row == 3);
    CHECK(result.error().issues[0].message.contains(
        QString::fromUtf8("浙江省 would have 2 applications in this round, more than its quota of 1")));
    CHECK(applications(f).isEmpty());
    RB_REQUIRE_OK(settings.set(QString::fromUtf8("quota.浙江省"), QStringLiteral("default")));
    RB_REQUIRE_OK(importText(f, import::Kind::Applications, QStringLiteral("q.csv"), three));
    // A later file counts the applications already in the round.
    auto more = importText(f, import::Kind::Applications, QStringLiteral("q2.csv"),
                           "code,applicant,credit_code,province,title\nA3,丙,91440300MA5CCCCC3W,浙江省,题三\n");
    REQUIRE_FALSE(more.ok());
    CHECK(more.error().issues[0].message.contains(QStringLiteral("quota of 2")));
}

TEST_CASE("import: priorities are unique per recommender", "[import]")
{
    test::RoundFixture f;
    auto result = importText(f, import::Kind::Applications, QStringLiteral("p.csv"),
                             "code,applicant,credit_code,province,title,priority\n"
                             "A1,甲,91330100MA2AAAAA1E,浙江省,题一,1\n"
                             "A2,乙,91370200MA3BBBBB2M,浙江省,题二,1\n"
                             "A3,丙,91440300MA5CCCCC3W,深圳市,题三,1\n"
                             "A4,丁,914403001922038216,深圳市,题四,zero\n");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().issues.size() == 2);
    CHECK(result.error().issues[0].row == 3);
    CHECK(result.error().issues[0].message.contains(QString::fromUtf8("浙江省 already gave priority 1 in row 2")));
    CHECK(result.error().issues[1].row == 5);
}

TEST_CASE("import: criteria replace the round's tree, keep identities, refuse a bad sum", "[import][criteria]")
{
    test::RoundFixture f(Category::Scenario, QStringLiteral("none"));
    const QByteArray criteria = "指标编号,指标名称,上级指标,分值,类型,评分要点\n"
                                "1,先进性,,,分值,\n1.1,技术先进性,1,60,分值,对比\n2,成效,,,分值,\n"
                                "2.1,实施成效,2,40,分值,量化\nV,否决项,,,否决,重大事故\n";
    RB_REQUIRE_OK(importText(f, import::Kind::Criteria, QStringLiteral("c.csv"), criteria));
    const QString uid = *f.db->scalarText("SELECT uid FROM criterion WHERE code = '1.1'");
    QByteArray renamed = criteria;
    renamed.replace("技术先进性", "技术先进性与创新性");
    auto second = importText(f, import::Kind::Criteria, QStringLiteral("c.csv"), renamed);
    RB_REQUIRE_OK(second);
    CHECK(second->updated == 1);
    CHECK(*f.db->scalarText("SELECT uid FROM criterion WHERE code = '1.1'") == uid);

    QByteArray badSum = criteria;
    badSum.replace("1.1,技术先进性,1,60", "1.1,技术先进性,1,55");
    const QString before = snapshot(*f.db);
    auto refused = importText(f, import::Kind::Criteria, QStringLiteral("bad.csv"), badSum);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().issues.first().message.contains(QStringLiteral("add up to 95")));
    CHECK(snapshot(*f.db) == before);

    auto removed = importText(f, import::Kind::Criteria, QStringLiteral("small.csv"),
                              "code,name,max,kind\n1,唯一指标,100,points\n");
    RB_REQUIRE_OK(removed);
    CHECK(removed->removed == 4);
    CHECK(*f.db->scalar("SELECT count(*) FROM criterion", 0) == 1);
}

TEST_CASE("import: optional columns absent from a file keep their stored values", "[import]")
{
    test::RoundFixture f;
    RB_REQUIRE_OK(
        importText(f, import::Kind::Experts, QStringLiteral("e.csv"),
                   "code,name,organisation,province,fields,contact\nX01,专家甲,示例大学,北京市,装备制造,010-1\n"));
    auto again =
        importText(f, import::Kind::Experts, QStringLiteral("e2.csv"), "code,name,organisation\nX01,专家甲,示例大学\n");
    RB_REQUIRE_OK(again);
    CHECK(again->unchanged == 1);
    auto x01 = ExpertRepository(*f.db, f.round.id).byCode(QStringLiteral("X01"));
    RB_REQUIRE_OK(x01);
    CHECK((*x01)->contact == QStringLiteral("010-1"));
    CHECK((*x01)->province == QString::fromUtf8("北京市"));
}

TEST_CASE("import: the plan previews rows and notes without writing", "[import]")
{
    test::RoundFixture f;
    auto table =
        io::parseCsv("code,applicant,credit_code,province,title,remarks\nS01,甲,91330100MA2AAAAA1E,浙江省,题,备注\n",
                     QStringLiteral("p.csv"));
    RB_REQUIRE_OK(table);
    auto plan = import::prepare(*f.db, f.round, import::Kind::Applications, *table);
    RB_REQUIRE_OK(plan);
    CHECK(plan->ok());
    CHECK(plan->expected.created == 1);
    REQUIRE(plan->notes.size() == 1);
    CHECK(plan->notes.first().contains(QStringLiteral("remarks")));
    CHECK(applications(f).isEmpty());
    RB_REQUIRE_OK(import::apply(*f.db, f.round, *plan));

    // The same credit code under a new name is a rename, announced in the preview.
    auto renamed =
        io::parseCsv("code,applicant,credit_code,province,title\nS02,乙公司,91330100MA2AAAAA1E,浙江省,题二\n",
                     QStringLiteral("r.csv"));
    RB_REQUIRE_OK(renamed);
    auto renamePlan = import::prepare(*f.db, f.round, import::Kind::Applications, *renamed);
    RB_REQUIRE_OK(renamePlan);
    CHECK(renamePlan->ok());
    REQUIRE(renamePlan->notes.size() == 1);
    CHECK(renamePlan->notes.first().contains(QString::fromUtf8("recorded as 甲 and will be renamed 乙公司")));
}
