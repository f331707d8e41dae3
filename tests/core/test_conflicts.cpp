// SPDX-License-Identifier: GPL-3.0-or-later
// Recusal (回避): conflicts detected from the rosters, the same-province rule, declared conflicts.
#include "ReviewFixture.h"

#include "domain/CreditCode.h"
#include "import/Importer.h"
#include "repo/RoundSettings.h"
#include "review/Conflicts.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A valid credit code from its first 17 characters (checked by the import).
QString code(const QString& first17)
{
    return first17 + QLatin1Char(creditcode::checkCharacter(first17));
}

const QString kA = code(u"91330100MA2AAAAA1"_s); // S01
const QString kB = code(u"91370200MA3BBBBB2"_s); // S02
const QString kC = code(u"91440300MA5CCCCC3"_s); // S03
const QString kD = code(u"91110000MA0DDDDD4"_s); // S04 (central SOE)
const QString kE = code(u"91370100MA3EEEEE5"_s); // S05
const QString kF = code(u"91310000MA1FFFFF6"_s); // nobody's

QString applications()
{
    return u"code,applicant,credit_code,province,sector,title\n"
           "S01,示例精密机械(杭州)有限公司,%1,浙江省,装备制造,柔性产线快速换产\n"
           "S02,示例新材料股份有限公司,%2,青岛市,原材料,先进过程控制\n"
           "S03,示例电子科技有限公司,%3,深圳市,电子信息,在线智能检测\n"
           "S04,示例能源集团有限公司,%4,中央企业,原材料,能源智能管控\n"
           "S05,示例化工有限公司,%5,山东省,原材料,安全一体化管控\n"_s.arg(kA, kB, kC, kD, kE);
}

void importCsv(test::RoundFixture& f, import::Kind kind, const QString& name, const QString& csv)
{
    RB_REQUIRE_OK(import::importFile(*f.db, f.round, kind, f.dir.writeText(name, csv)));
}

/// "expert|application|type" of every conflict of the round.
QStringList conflictKeys(test::RoundFixture& f)
{
    Result<QList<Conflict>> all = ConflictService(*f.db, f.round).all();
    RB_REQUIRE_OK(all);
    QStringList out;
    for (const Conflict& c : *all)
        out << c.expertCode + u'|' + c.applicationCode + u'|' + conflicttype::key(c.type);
    return out;
}

const Conflict* find(const QList<Conflict>& list, const QString& expert, const QString& application)
{
    for (const Conflict& c : list) {
        if (c.expertCode == expert && c.applicationCode == application)
            return &c;
    }
    return nullptr;
}

qint64 count(test::RoundFixture& f, const char* sql)
{
    Result<qint64> n = f.db->scalar(sql, 0);
    RB_REQUIRE_OK(n);
    return *n;
}

} // namespace

TEST_CASE("conflicts: by credit code and by normalised name; a name match with other codes is possible", "[conflicts]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation,organisation_credit_code,province,fields\n"
              // The same credit code under another name: a conflict by code.
              "X01,专家甲,某某控股集团总部,%1,北京市,装备制造\n"
              // No code; full-width brackets and a space: the same name once normalised.
              "X02,专家乙,示例精密机械（杭州） 有限公司,,浙江省,装备制造\n"
              // Same name as S02's applicant, but both codes are known and differ: a typo in one roster, most
              // likely (registered names are unique); listed as possible and never assigned.
              "X03,专家丙,示例新材料股份有限公司,%2,上海市,原材料\n"
              "X04,专家丁,示例大学,,北京市,电子信息\n"_s.arg(kA, kF));
    Result<QList<Conflict>> all = ConflictService(*f.db, f.round).all();
    RB_REQUIRE_OK(all);
    CHECK(conflictKeys(f) == QStringList{u"X01|S01|organisation"_s, u"X02|S01|organisation"_s, u"X03|S02|possible"_s});
    const Conflict* possible = find(*all, u"X03"_s, u"S02"_s);
    REQUIRE(possible);
    CHECK(possible->detected());
    CHECK(possible->reason.contains(kB));
    CHECK(possible->reason.contains(kF));
    const Conflict* byCode = find(*all, u"X01"_s, u"S01"_s);
    REQUIRE(byCode);
    CHECK(byCode->reason.contains(kA));
    CHECK(byCode->detected());
    CHECK(byCode->uid.isEmpty()); // computed from the rosters, not stored
    const Conflict* byName = find(*all, u"X02"_s, u"S01"_s);
    REQUIRE(byName);
    CHECK(byName->reason.contains(u"示例精密机械(杭州)有限公司"_s));
    CHECK(byName->reason.contains(u"same name"_s));
    CHECK(count(f, "SELECT count(*) FROM conflict") == 0);

    Result<ConflictSet> pairs = ConflictService(*f.db, f.round).pairs();
    RB_REQUIRE_OK(pairs);
    CHECK(pairs->size() == 3);
    CHECK(pairs->contains(byCode->expertId, byCode->applicationId));
    CHECK(pairs->contains(byName->expertId, byName->applicationId));
    CHECK(pairs->contains(possible->expertId, possible->applicationId));
}

TEST_CASE("conflicts: a mistyped credit code or another spelling of the name does not defeat recusal",
          "[conflicts][attack]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    // Each expert works for an applicant, but the roster spells the organisation differently or carries
    // another (valid) credit code: one character off, the kind of slip a typed roster holds.
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation,organisation_credit_code,province\n"
              "Y01,专家甲,示例精密机械【杭州】有限责任公司,,北京市\n"
              "Y02,专家乙,示例电子科技有限责任公司,%1,北京市\n"
              "Y03,专家丙, 示例能源集团 有限公司 ,%2,北京市\n"
              "Y04,专家丁,示例化工有限公司（山东）,,北京市\n"_s.arg(kF, code(u"91110000MA0DDDDD5"_s)));
    // Y04's organisation is another unit (a bracketed branch): no match. The others are listed.
    CHECK(conflictKeys(f) == QStringList{u"Y01|S01|organisation"_s, u"Y02|S03|possible"_s, u"Y03|S04|possible"_s});

    // The assignment never gives an expert an application of a possible conflict.
    const test::CliRun assigned = test::runCli({u"assign"_s, f.path, u"--per-application"_s, u"3"_s});
    INFO(assigned.err.toStdString());
    REQUIRE(assigned.code == 0);
    CHECK(count(f, "SELECT count(*) FROM assignment s JOIN expert e ON e.id = s.expert_id JOIN application a ON "
                   "a.id = s.application_id WHERE (e.code, a.code) IN (VALUES ('Y01', 'S01'), ('Y02', 'S03'), "
                   "('Y03', 'S04')) AND s.status != 'void'")
          == 0);
    CHECK(count(f, "SELECT count(*) FROM assignment") == 15);
}

TEST_CASE("conflicts: an applicant without a code is matched by name, also for an expert with a code", "[conflicts]")
{
    test::RoundFixture f(Category::Zone, u"none"_s);
    importCsv(f, import::Kind::Applications, u"apps.csv"_s,
              u"code,applicant,province,title\n"
              "Z01,示例市人民政府,浙江省,示例市智能制造先行区\n"
              "Z02,ＡＢＣ智能装备有限公司；示例区管委会,江苏省,联合先行区\n"_s);
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation,organisation_credit_code,province\n"
              "X01,专家甲,示例市 人民政府,%1,浙江省\n"
              "X02,专家乙,abc智能装备有限公司,,江苏省\n"
              "X03,专家丙,示例市人民政府办公厅,,浙江省\n"_s.arg(kF));
    CHECK(conflictKeys(f) == QStringList{u"X01|Z01|organisation"_s, u"X02|Z02|organisation"_s});
}

TEST_CASE("conflicts: the same-province rule, with 计划单列市 in their province and 中央企业 never", "[conflicts]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation,province\n"
              "P1,专家甲,山东大学,山东省\n"
              "P2,专家乙,某中央企业研究院,中央企业\n"
              "P3,专家丙,青岛某研究所,青岛市\n"
              "P4,专家丁,浙江大学,浙江\n"
              "P5,专家戊,某大学,\n"_s);
    CHECK(conflictKeys(f).isEmpty()); // off by default
    CHECK(RoundSettings(*f.db, f.round.id).flag(u"conflict.same_province"_s) == false);

    const test::CliRun on = test::runCli({u"config"_s, f.path, u"conflict.same_province"_s, u"true"_s});
    INFO(on.err.toStdString());
    REQUIRE(on.code == 0);
    CHECK(conflictKeys(f)
          == QStringList{u"P1|S02|province"_s, u"P1|S05|province"_s, u"P3|S02|province"_s, u"P3|S05|province"_s,
                         u"P4|S01|province"_s});
    Result<QList<Conflict>> all = ConflictService(*f.db, f.round).all();
    RB_REQUIRE_OK(all);
    for (const Conflict& c : *all)
        CHECK(c.reason.contains(c.expertCode == u"P4"_s ? u"浙江省"_s : u"山东省"_s));
    // One application's pairs (its detail), matched against its applicants only, are the round's pairs of it.
    for (const Conflict& c : *all) {
        Result<ConflictSet> one = ConflictService(*f.db, f.round).pairsOf(c.applicationId);
        RB_REQUIRE_OK(one);
        QSet<qint64> experts;
        for (const Conflict& d : *all)
            if (d.applicationId == c.applicationId)
                experts.insert(d.expertId);
        CHECK(one->contains(c.expertId, c.applicationId));
        CHECK(one->size() == experts.size());
    }

    REQUIRE(test::runCli({u"config"_s, f.path, u"conflict.same_province"_s, u"false"_s}).code == 0);
    CHECK(conflictKeys(f).isEmpty());
}

TEST_CASE("conflicts: import is all or nothing, unknown rows listed with their row numbers", "[conflicts]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation\nX01,专家甲,示例大学\nX02,专家乙,示例研究院\n"_s);
    const qint64 audit = count(f, "SELECT count(*) FROM audit_log");
    const QString bad = f.dir.writeText(u"bad.csv"_s, u"专家编号,申报编号,回避理由\n"
                                                      "X01,S03,近三年与申报单位有合作\n"
                                                      "X99,S01,亲属在申报单位任职\n"
                                                      "X02,S99,担任申报单位顾问\n"
                                                      "X02,S02,\n"
                                                      "X01,S03,重复\n"_s);
    Result<import::Summary> result = import::importFile(*f.db, f.round, import::Kind::Conflicts, bad);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Input);
    const QList<Issue>& issues = result.error().issues;
    QList<int> issueRows;
    for (const Issue& i : issues)
        issueRows << i.row;
    CHECK(issueRows == QList<int>{3, 4, 5, 6});
    REQUIRE(issues.size() == 4);
    CHECK(issues[0].message.contains(u"X99"_s));
    CHECK(issues[1].message.contains(u"S99"_s));
    CHECK(issues[3].message.contains(u"row 2"_s)); // the pair appears twice
    CHECK(count(f, "SELECT count(*) FROM conflict") == 0);
    CHECK(count(f, "SELECT count(*) FROM audit_log") == audit);
    const test::CliRun cli = test::runCli({u"import"_s, u"conflicts"_s, f.path, bad});
    CHECK(cli.code == 2);
    CHECK(cli.err.contains(u"row 3"_s));
    CHECK(cli.err.contains(u"row 4"_s));
    CHECK(count(f, "SELECT count(*) FROM conflict") == 0);

    const QString good = f.dir.writeText(u"good.csv"_s, u"expert,application,reason\n"
                                                        "X01,S03,近三年与申报单位有合作\n"
                                                        "X02,S02,担任申报单位顾问\n"_s);
    Result<import::Summary> ok = import::importFile(*f.db, f.round, import::Kind::Conflicts, good);
    RB_REQUIRE_OK(ok);
    CHECK(ok->created == 2);
    CHECK(conflictKeys(f) == QStringList{u"X01|S03|declared"_s, u"X02|S02|declared"_s});
    CHECK(count(f, "SELECT count(*) FROM conflict WHERE type = 'declared'") == 2);
}

TEST_CASE("conflicts: importing the same conflicts file again records no change", "[conflicts][audit]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation\nX01,专家甲,示例大学\nX02,专家乙,示例研究院\n"_s);
    const QString good = f.dir.writeText(u"good.csv"_s, u"expert,application,reason\n"
                                                        "X01,S03,近三年与申报单位有合作\n"
                                                        "X02,S02,担任申报单位顾问\n"_s);
    RB_REQUIRE_OK(import::importFile(*f.db, f.round, import::Kind::Conflicts, good));
    const char* const conflictAudit = "SELECT count(*) FROM audit_log WHERE entity = 'conflict'";
    CHECK(count(f, conflictAudit) == 2);
    Result<import::Summary> again = import::importFile(*f.db, f.round, import::Kind::Conflicts, good);
    RB_REQUIRE_OK(again);
    CHECK(again->created == 0);
    CHECK(again->unchanged == 2);
    CHECK(count(f, "SELECT count(*) FROM conflict") == 2);
    // Nothing changed, so no conflict was "created" again in the audit log (the README: importing the
    // same file again changes nothing; each change is in the audit log).
    CHECK(count(f, conflictAudit) == 2);
}

TEST_CASE("conflicts: declaring a conflict for an assigned pair voids the assignment with the reason",
          "[conflicts][assignment]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    importCsv(f, import::Kind::Experts, u"experts.csv"_s,
              u"code,name,organisation,organisation_credit_code\n"
              "X01,专家甲,示例大学,\n"
              "X02,专家乙,示例研究院,\n"
              "X03,专家丙,示例电子科技有限公司,%1\n"
              "X04,专家丁,示例学院,\n"_s.arg(kC));
    const qint64 x01 = *f.db->scalar("SELECT id FROM expert WHERE code = 'X01'", 0);
    const qint64 x03 = *f.db->scalar("SELECT id FROM expert WHERE code = 'X03'", 0);
    const qint64 s03 = *f.db->scalar("SELECT id FROM application WHERE code = 'S03'", 0);
    AssignmentRepository repo(*f.db, f.round);
    {
        db::Transaction tx(*f.db);
        RB_REQUIRE_OK(tx.status());
        RB_REQUIRE_OK(repo.add(x01, s03));
        // A detected conflict is never assignable.
        Result<Assignment> refused = repo.add(x03, s03);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Input);
        RB_REQUIRE_OK(tx.commit());
    }
    CHECK(test::pairsOf(test::listJson(u"assignments"_s, f.path)) == QSet<QString>{u"X01|S03"_s});

    const QString reason = u"近三年与申报单位有科研合作"_s;
    RB_REQUIRE_OK(
        import::importFile(*f.db, f.round, import::Kind::Conflicts,
                           f.dir.writeText(u"c.csv"_s, u"专家编号,申报编号,回避理由\nX01,S03,%1\n"_s.arg(reason))));
    Result<QList<Assignment>> list = repo.list();
    RB_REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().status == u"void"_s);
    CHECK(list->first().voidReason == reason);
    CHECK_FALSE(list->first().active());
    CHECK(test::listJson(u"assignments"_s, f.path).isEmpty());
    CHECK(count(f, "SELECT count(*) FROM audit_log WHERE entity = 'assignment' AND action = 'update'") == 1);

    // A later assign never puts the pair back.
    Result<AssignReport> report = repo.assign(2, false, 1);
    RB_REQUIRE_OK(report);
    const QSet<QString> assigned = test::pairsOf(test::listJson(u"assignments"_s, f.path));
    CHECK_FALSE(assigned.contains(u"X01|S03"_s));
    CHECK_FALSE(assigned.contains(u"X03|S03"_s));
    CHECK(assigned.size() == 10);
}

TEST_CASE("conflicts: list conflicts --format json gives expert, application, type and reason", "[conflicts][cli]")
{
    test::RoundFixture f;
    importCsv(f, import::Kind::Applications, u"apps.csv"_s, applications());
    importCsv(
        f, import::Kind::Experts, u"experts.csv"_s,
        u"code,name,organisation,organisation_credit_code\nX01,专家甲,示例大学,\nX03,专家丙,某公司,%1\n"_s.arg(kC));
    REQUIRE(test::runCli({u"import"_s, u"conflicts"_s, f.path,
                          f.dir.writeText(u"c.csv"_s, u"expert,application,reason\nX01,S02,担任申报单位顾问\n"_s)})
                .code
            == 0);
    const QJsonArray list = test::listJson(u"conflicts"_s, f.path);
    REQUIRE(list.size() == 2);
    for (const QJsonValue& v : list) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        CHECK(keys == QStringList{u"application"_s, u"expert"_s, u"reason"_s, u"type"_s});
    }
    CHECK(list[0][u"expert"_s].toString() == u"X01"_s);
    CHECK(list[0][u"application"_s].toString() == u"S02"_s);
    CHECK(list[0][u"type"_s].toString() == u"declared"_s);
    CHECK(list[0][u"reason"_s].toString() == u"担任申报单位顾问"_s);
    CHECK(list[1][u"expert"_s].toString() == u"X03"_s);
    CHECK(list[1][u"application"_s].toString() == u"S03"_s);
    CHECK(list[1][u"type"_s].toString() == u"organisation"_s);
    CHECK(list[1][u"reason"_s].toString().contains(kC));
}
