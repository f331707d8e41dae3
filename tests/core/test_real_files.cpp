// SPDX-License-Identifier: GPL-3.0-or-later
// The tables secretariats really receive (issue 11): recommendation tables with a title and an 附件 line above the
// header, 序号, headers with * and remarks and line breaks, one 推荐单位 cell merged over a province's rows, a 填表说明
// row under the data, department names as recommenders, and rosters out of expert databases; as Excel/WPS, openpyxl
// and LibreOffice write them (tests/data/real-files, made by make-fixtures.py).
#include "TestSupport.h"

#include "domain/Authority.h"
#include "import/Aliases.h"
#include "import/Importer.h"
#include "io/Table.h"
#include "repo/ApplicationRepository.h"
#include "repo/AuthorityAliases.h"
#include "repo/ExpertRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

QString realFile(const QString& name)
{
    return test::testData(u"real-files/"_s + name);
}

QList<Application> applications(test::RoundFixture& f)
{
    Result<QList<Application>> list = ApplicationRepository(*f.db, f.round.id).list();
    RB_REQUIRE_OK(list);
    return *list;
}

/// code -> "recommender|authority|province|priority|applicant|title"
QMap<QString, QString> content(test::RoundFixture& f)
{
    QMap<QString, QString> out;
    for (const Application& a : applications(f))
        out.insert(a.code,
                   QStringList{a.recommender, a.authority, a.province,
                               a.priority ? QString::number(*a.priority) : QString(), a.applicantNames(), a.title}
                       .join(u'|'));
    return out;
}

Result<import::Plan> plan(test::RoundFixture& f, import::Kind kind, const QString& path,
                          const import::Options& options = {})
{
    Result<io::Table> table = io::readTable(path);
    if (!table)
        return table.takeError();
    return import::prepare(*f.db, f.round, kind, *table, options);
}

} // namespace

TEST_CASE("real files: a province's recommendation table goes in first time, from every producer", "[import][real]")
{
    test::RoundFixture f(Category::Scenario);
    QMap<QString, QString> first;
    for (const char* name :
         {"applications-openpyxl.xlsx", "applications-libreoffice.xlsx", "applications-gb18030.csv"}) {
        INFO(name);
        Result<import::Plan> p = plan(f, import::Kind::Applications, realFile(QString::fromLatin1(name)));
        RB_REQUIRE_OK(p);
        INFO(p->error().toString().toStdString());
        REQUIRE(p->ok());
        // What was skipped is said: the title and 附件 rows, the 填表说明 row; 序号 is ignored without a word.
        const QString notes = p->notes.join(u'\n');
        CHECK(notes.contains(u"header is on row 3"_s));
        CHECK(notes.contains(u"1, 2"_s));
        CHECK(notes.contains(u"row(s) 15"_s));
        CHECK(notes.contains(u"申报编号"_s));
        CHECK_FALSE(notes.contains(u"序号"_s));
        REQUIRE(p->applications.size() == 10);
        RB_REQUIRE_OK(import::apply(*f.db, f.round, *p));
        if (first.isEmpty())
            first = content(f);
        else
            CHECK(content(f) == first); // the same table, whoever wrote the file: nothing changes
    }
    REQUIRE(first.size() == 10);
    QMap<QString, QString> byTitle; // title -> "recommender|authority|province|priority"
    for (const QString& v : first) {
        const QStringList parts = v.split(u'|');
        byTitle.insert(parts[5], QStringList(parts.mid(0, 4)).join(u'|'));
    }
    // The merged 推荐单位 cell gave its value to all three Jiangsu rows; the departments name their authority.
    CHECK(byTitle.value(u"柔性产线快速换产"_s) == u"江苏省工业和信息化厅|江苏省|江苏省|1"_s);
    CHECK(byTitle.value(u"先进过程控制"_s) == u"江苏省工业和信息化厅|江苏省|江苏省|2"_s);
    CHECK(byTitle.value(u"在线智能检测"_s) == u"江苏省工业和信息化厅|江苏省|江苏省|3"_s); // 江苏省南京市
    CHECK(byTitle.value(u"车间智能排产"_s) == u"浙江省经济和信息化厅|浙江省|浙江省|2"_s);
    CHECK(byTitle.value(u"设备故障诊断与预测"_s) == u"宁波市经济和信息化局|宁波市|宁波市|1"_s);
    CHECK(byTitle.value(u"能源智能管控"_s) == u"上海市经济和信息化委员会|上海市|上海市|1"_s);
    CHECK(byTitle.value(u"仓储智能管理"_s) == u"新疆生产建设兵团工业和信息化局|新疆生产建设兵团|新疆生产建设兵团|1"_s);
    CHECK(byTitle.value(u"安全一体化管控"_s) == u"中国石油天然气集团有限公司|中央企业|北京市|1"_s);
    CHECK(byTitle.value(u"碳资产全生命周期管理"_s) == u"国务院国资委|中央企业|北京市|2"_s);
    // Generated codes carry the authority's division code, and are stable.
    CHECK(first.firstKey().contains(u'-'));
    for (const QString& code : first.keys())
        CHECK(QRegularExpression(u"^(\\d{2}|\\d{4}|ZY)-[2-9A-HJ-NP-Z]{6}$"_s).match(code).hasMatch());
    // The JSON list carries the authority beside the recommender as written.
    const test::CliRun listed = test::runCli({u"list"_s, u"applications"_s, f.path, u"--format"_s, u"json"_s});
    REQUIRE(listed.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 10);
    for (const QJsonValue& r : rows)
        CHECK_FALSE(r[u"authority"_s].toString().isEmpty());
}

TEST_CASE("real files: headers as people write them", "[import][real]")
{
    test::RoundFixture f(Category::Scenario);
    const QString code = u"91330100MA2AAAAA1E"_s; // valid (check character E)
    struct Case {
        QString header;
        QString row;
    };
    const QList<Case> cases = {
        {u"申报编号,*申报单位名称,\"统一社会\n信用代码\",所在省份,行业领域,项目名称（必填）,推荐部门"_s,
         u"A1,示例精密机械有限公司,%1,浙江省,装备制造,柔性产线快速换产,浙江省经济和信息化厅"_s.arg(code)},
        {u"序号,项目编号*,企业名称,信用代码(18位),地区,所属行业,场景名称,推荐单位"_s,
         u"1,A1,示例精密机械有限公司,%1,浙江,装备制造,柔性产线快速换产,浙江省经济和信息化厅"_s.arg(code)},
        {u"编号,单位名称,统一社会信用代码,所在地,行业,申报项目名称,推荐单位名称"_s,
         u"A1,示例精密机械有限公司,%1,浙江省杭州市,装备制造,柔性产线快速换产,浙江省经济和信息化厅"_s.arg(code)},
    };
    for (const Case& c : cases) {
        INFO(c.header.toStdString());
        const QString file = f.dir.writeText(u"variant.csv"_s, c.header + u'\n' + c.row + u'\n');
        Result<import::Plan> p = plan(f, import::Kind::Applications, file);
        RB_REQUIRE_OK(p);
        INFO(p->error().toString().toStdString());
        REQUIRE(p->ok());
        REQUIRE(p->applications.size() == 1);
        const Application& a = p->applications.first();
        CHECK(a.code == u"A1"_s);
        CHECK(a.title == u"柔性产线快速换产"_s);
        CHECK(a.province == u"浙江省"_s);
        CHECK(a.authority == u"浙江省"_s);
        CHECK(a.applicants.first().creditCode == code);
        for (const QString& note : p->notes)
            CHECK_FALSE(note.contains(u"ignored"_s));
    }
    CHECK(import::headerKey(u"* 项目名称\n（必填）："_s) == import::headerKey(u"项目名称"_s));
}

TEST_CASE("real files: a recommender nobody knows is asked once, then remembered in the round", "[import][real]")
{
    test::RoundFixture f(Category::Scenario);
    const QString file = f.dir.writeText(
        u"apps.csv"_s, u"申报编号,申报单位,统一社会信用代码,所在地区,项目名称,推荐单位\n"
                       "A1,示例精密机械有限公司,91330100MA2AAAAA1E,浙江省,柔性产线快速换产,省国资委企业改革处\n"
                       "A2,示例新材料有限公司,91370200MA3BBBBB2M,山东省,先进过程控制,山东省工业和信息化厅\n"_s);
    const QString before = QString::fromLatin1(test::fileHash(f.path));
    const test::CliRun refused = test::runCli({u"import"_s, u"applications"_s, f.path, file});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"row 2"_s));
    CHECK(refused.err.contains(u"省国资委企业改革处"_s));
    CHECK(refused.err.contains(u"--authority"_s));
    CHECK(refused.err.contains(u"江苏省工业和信息化厅"_s)); // the accepted forms
    CHECK(applications(f).isEmpty());
    Result<import::Plan> p = plan(f, import::Kind::Applications, file);
    RB_REQUIRE_OK(p);
    CHECK(p->unresolved == QStringList{u"省国资委企业改革处"_s});

    CHECK(test::runCli({u"import"_s, u"applications"_s, f.path, file, u"--authority"_s, u"省国资委企业改革处=火星"_s})
              .code
          == 1);
    const test::CliRun mapped =
        test::runCli({u"import"_s, u"applications"_s, f.path, file, u"--authority"_s, u"省国资委企业改革处 = 浙江"_s});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.code == 0);
    Result<QList<AuthorityAlias>> remembered = AuthorityAliases(*f.db, f.round.id).list();
    RB_REQUIRE_OK(remembered);
    REQUIRE(remembered->size() == 1);
    CHECK(remembered->first().recommender == u"省国资委企业改革处"_s);
    CHECK(remembered->first().authority == u"浙江省"_s);
    // The same file again needs no second answer.
    const test::CliRun again = test::runCli({u"import"_s, u"applications"_s, f.path, file});
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
    CHECK(again.out.contains(u"2 unchanged"_s));
    for (const Application& a : applications(f))
        CHECK(a.authority == (a.code == u"A1"_s ? u"浙江省"_s : u"山东省"_s));
    (void)before;
}

TEST_CASE("real files: quotas count by authority, whatever the recommender's spelling", "[import][real]")
{
    test::RoundFixture f(Category::Scenario);
    REQUIRE(test::runCli({u"config"_s, f.path, u"quota.江苏省"_s, u"2"_s}).code == 0);
    const QString file =
        f.dir.writeText(u"apps.csv"_s, u"申报编号,申报单位,统一社会信用代码,所在地区,项目名称,推荐单位\n"
                                       "J1,示例一有限公司,91320500MA1AAAA01E,江苏省,场景一,江苏省工业和信息化厅\n"
                                       "J2,示例二有限公司,91320200MA1AAAA022,江苏省,场景二,江苏\n"
                                       "J3,示例三有限公司,91320100MA1AAAA030,江苏省,场景三,江苏省工信厅\n"
                                       "Z1,示例四有限公司,91330100MA2AAAA04D,浙江省,场景四,浙江省经济和信息化厅\n"_s);
    const test::CliRun refused = test::runCli({u"import"_s, u"applications"_s, f.path, file});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"江苏省 would have 3 applications"_s));
    CHECK(refused.err.contains(u"quota of 2"_s));
    CHECK(refused.err.contains(u"2, 3, 4"_s)); // the rows of this file
    CHECK(applications(f).isEmpty());
}

TEST_CASE("real files: an expert database's roster, codes shown as 001, no identity numbers kept", "[import][real]")
{
    for (const char* name : {"experts-openpyxl.xlsx", "experts-libreoffice.xlsx"}) {
        INFO(name);
        test::RoundFixture f(Category::Scenario);
        const test::CliRun imported =
            test::runCli({u"import"_s, u"experts"_s, f.path, realFile(QString::fromLatin1(name))});
        INFO(imported.err.toStdString());
        REQUIRE(imported.code == 0);
        CHECK(imported.err.contains(u"header is on row 2"_s));
        CHECK_FALSE(imported.err.contains(u"身份证"_s)); // silently skipped, never read
        Result<QList<Expert>> experts = ExpertRepository(*f.db, f.round.id).list();
        RB_REQUIRE_OK(experts);
        REQUIRE(experts->size() == 3);
        const Expert& e = experts->first();
        CHECK(e.code == u"001"_s);
        CHECK(e.title == u"教授级高级工程师"_s);
        CHECK(e.province == u"北京市"_s); // 北京市海淀区
        CHECK(e.contact == u"13800000001；zw@example.cn"_s);
        CHECK(e.fields == QStringList{u"装备制造"_s, u"工业互联网"_s});
        CHECK(experts->at(2).code == u"017"_s);
        // The identity number is nowhere in the file.
        f.db->clearStatementCache();
        RB_REQUIRE_OK(f.db->execScript("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile db(f.path);
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK_FALSE(db.readAll().contains("110101199001011234"));
    }
}

TEST_CASE("real files: authorities from what recommenders write", "[import][real][authority]")
{
    const QList<QPair<QString, QString>> cases = {
        {u"江苏省工业和信息化厅"_s, u"江苏省"_s},
        {u"浙江省经济和信息化厅"_s, u"浙江省"_s},
        {u"宁波市经济和信息化局"_s, u"宁波市"_s},
        {u"上海市经济和信息化委员会"_s, u"上海市"_s},
        {u"北京市经济和信息化局"_s, u"北京市"_s},
        {u"新疆生产建设兵团工业和信息化局"_s, u"新疆生产建设兵团"_s},
        {u"广西壮族自治区工业和信息化厅"_s, u"广西壮族自治区"_s},
        {u"深圳市工业和信息化局"_s, u"深圳市"_s},
        {u"山东"_s, u"山东省"_s},
        {u"中国石油天然气集团有限公司"_s, u"中央企业"_s},
        {u"国家电网有限公司"_s, u"中央企业"_s},
        {u"国家电网公司"_s, u"中央企业"_s},
        {u"中国宝武钢铁集团有限公司"_s, u"中央企业"_s},
        {u"华润(集团)有限公司"_s, u"中央企业"_s},
        {u"国务院国资委"_s, u"中央企业"_s},
        {u"中央企业"_s, u"中央企业"_s},
    };
    for (const auto& [written, expected] : cases) {
        INFO(written.toStdString());
        CHECK(authority::resolve(written).value_or(QString()) == expected);
    }
    CHECK_FALSE(authority::resolve(u"某某市场监督管理局"_s));
    CHECK_FALSE(authority::resolve(u"示例科技有限公司"_s));
    CHECK(authority::resolve(u"某某局"_s, {{authority::key(u"某某局"_s), u"河南省"_s}}) == u"河南省"_s);
    CHECK(authority::centralEnterprises().size() > 90);
}
