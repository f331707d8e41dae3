// SPDX-License-Identifier: GPL-3.0-or-later
// The seal: submission, what verify detects on return, refused changes, required items.
#include "ReviewFixture.h"

#include "package/PackageFile.h"
#include "package/Verify.h"
#include "repo/RoundSettings.h"
#include "round/RoundSetup.h"

#include <QProcess>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using package::Rejection;

namespace {

std::unique_ptr<package::Package> openPackage(const QString& path)
{
    return test::openUnlocked(path);
}

Rejection verify(test::DemoRound& demo, const QString& path, const Round* round = nullptr)
{
    Result<package::Verified> v = package::verify(*demo.db, round ? *round : demo.round, path);
    RB_REQUIRE_OK(v);
    INFO(v->reason.toStdString());
    return v->rejection;
}

/// Fills and submits the package at \a path.
void submitComplete(const QString& path)
{
    auto p = openPackage(path);
    test::fillAll(*p);
    RB_REQUIRE_OK(p->setOpinion(p->items().first().uid, {u"亮点突出"_s, u"数据不足"_s, u"recommend"_s, false, {}}));
    RB_REQUIRE_OK(p->submit());
}

/// Runs the sqlite3 command-line tool on a file, as someone editing a returned package would.
void runSqlite3(const QString& path, const QString& sql)
{
    QProcess tool;
    tool.start(u"sqlite3"_s, {path, sql});
    REQUIRE(tool.waitForFinished(30000));
    INFO(tool.readAllStandardError().toStdString());
    REQUIRE(tool.exitStatus() == QProcess::NormalExit);
    REQUIRE(tool.exitCode() == 0);
}

const Criterion& leaf(package::Package& p, const char* code)
{
    const Criterion* c = p.criteria().find(QString::fromLatin1(code));
    REQUIRE(c);
    return *c;
}

} // namespace

TEST_CASE("seal: a complete package submits, verifies, and its secret key is gone", "[seal]")
{
    test::DemoRound demo(16, 6, 3);
    demo.assign(3);
    const QString path = demo.packageOf(demo.build(), u"E001"_s);
    const QByteArray secret = test::signingKeyOf(path);
    REQUIRE(secret.size() == 64);
    const QByteArray box = test::rows(*test::openRaw(path), "SELECT hex(box) FROM signing_key", 1)[0][0].toLatin1();
    // The key is in the file only encrypted under the access code.
    CHECK_FALSE(test::fileBytes(path).contains(secret.left(32)));
    CHECK(test::fileBytes(path).contains(QByteArray::fromHex(box)));
    CHECK(verify(demo, path) == Rejection::NotSubmitted);

    submitComplete(path);
    CHECK(verify(demo, path) == Rejection::None);
    auto raw = test::openRaw(path);
    CHECK(*raw->scalar("SELECT count(*) FROM signing_key", -1) == 0);
    CHECK(*raw->scalar("SELECT count(*) FROM seal", -1) == 1);
    CHECK(package::meta(*raw, "status") == u"submitted"_s);
    CHECK_FALSE(package::meta(*raw, "submitted_at").isEmpty());
    raw.reset();
    const QByteArray bytes = test::fileBytes(path);
    CHECK_FALSE(bytes.contains(secret.left(32))); // the Ed25519 seed
    CHECK_FALSE(bytes.contains(QByteArray::fromHex(box)));
    CHECK_FALSE(QFile::exists(path + u"-journal"_s));
    CHECK_FALSE(QFile::exists(path + u"-wal"_s));

    const test::CliRun cli = test::runCli({u"verify"_s, demo.path, path, u"--format"_s, u"json"_s});
    CHECK(cli.code == 0);
    const QJsonArray result = QJsonDocument::fromJson(cli.out.toUtf8()).array();
    REQUIRE(result.size() == 1);
    CHECK(result[0][u"result"_s].toString() == u"ok"_s);
    CHECK(result[0][u"expert"_s].toString() == u"E001"_s);
}

TEST_CASE("seal: a package edited with the sqlite3 tool after submission is detected", "[seal]")
{
    test::DemoRound demo(16, 6, 3);
    demo.assign(3);
    const QString path = demo.packageOf(demo.build(), u"E001"_s);
    submitComplete(path);
    const QString otherUid = *demo.db->scalarText("SELECT uid FROM expert WHERE code = 'E002'");
    const QString leaf11 = u"(SELECT uid FROM criterion WHERE code = '1.1')"_s;
    const QList<QPair<QString, Rejection>> edits = {
        {u"SELECT 1"_s, Rejection::None},
        {u"VACUUM"_s, Rejection::None}, // the seal is over the content, not the bytes
        {u"UPDATE score SET value = 0 WHERE criterion_uid = %1"_s.arg(leaf11), Rejection::BadSeal},
        {u"UPDATE score SET comment = '补充' WHERE criterion_uid = %1"_s.arg(leaf11), Rejection::BadSeal},
        {u"DELETE FROM score WHERE criterion_uid = %1"_s.arg(leaf11), Rejection::BadSeal},
        {u"UPDATE opinion SET strengths = '改过的意见'"_s, Rejection::BadSeal},
        {u"UPDATE opinion SET recommendation = 'not_recommend'"_s, Rejection::BadSeal},
        {u"INSERT INTO opinion (application_uid, handed_back, handback_reason) SELECT uid, 1, '回避' FROM "
         "application WHERE uid NOT IN (SELECT application_uid FROM opinion) LIMIT 1"_s,
         Rejection::BadSeal},
        {u"UPDATE criterion SET max_points = 100 WHERE code = '1.1'"_s, Rejection::BadSeal},
        {u"UPDATE meta SET value = '2' WHERE key = 'revision'"_s, Rejection::BadSeal},
        {u"UPDATE meta SET value = '2030-01-01T00:00:00' WHERE key = 'submitted_at'"_s, Rejection::BadSeal},
        {u"DELETE FROM seal"_s, Rejection::BadSeal},
        {u"UPDATE meta SET value = 'E002' WHERE key = 'expert_code'"_s, Rejection::OtherExpert},
        {u"UPDATE meta SET value = '%1' WHERE key = 'expert_uid'"_s.arg(otherUid), Rejection::OtherExpert},
        {u"UPDATE meta SET value = 'open' WHERE key = 'status'"_s, Rejection::NotSubmitted},
        // What the secretariat issued is sealed too.
        {u"UPDATE application SET title = '改过的名称'"_s, Rejection::BadSeal},
        {u"UPDATE criterion SET guidance = '改过的评分要点' WHERE code = '1.1'"_s, Rejection::BadSeal},
        {u"UPDATE setting SET value = 'none'"_s, Rejection::BadSeal},
        {u"INSERT INTO meta (key, value) VALUES ('created_by', '秘书处')"_s, Rejection::BadSeal},
        {u"UPDATE issue SET package_public_key = randomblob(32)"_s, Rejection::BadSeal},
        {u"UPDATE issue SET signature = randomblob(64)"_s, Rejection::BadSeal},
    };
    int n = 0;
    for (const auto& [sql, expected] : edits) {
        INFO(sql.toStdString());
        const QString copy = demo.dir.path(u"edited%1.rbpkg"_s.arg(++n));
        REQUIRE(QFile::copy(path, copy));
        runSqlite3(copy, sql);
        CHECK(verify(demo, copy) == expected);
    }
    // The CLI says so with exit code 2.
    const test::CliRun cli =
        test::runCli({u"verify"_s, demo.path, path, demo.dir.path(u"edited3.rbpkg"_s), u"--format"_s, u"csv"_s});
    CHECK(cli.code == 2);
    CHECK(cli.out.contains(u"bad_seal"_s));
    CHECK(verify(demo, path) == Rejection::None);
}

TEST_CASE("seal: a package for another round, another database, an older revision or unassigned work", "[seal]")
{
    test::DemoRound demo(16, 6, 3);
    demo.assign(3);
    // A copy of the master taken before packaging: same round, but it never issued these packages.
    const QString copyPath = demo.dir.path(u"copy.rbdb"_s);
    RB_REQUIRE_OK(demo.db->execScript(("VACUUM INTO '" + copyPath.toStdString() + "'").c_str()));
    const QString path = demo.packageOf(demo.build(), u"E001"_s);
    submitComplete(path);
    CHECK(verify(demo, path) == Rejection::None);

    SECTION("another round in the same database")
    {
        Result<Round> other = round::addRound(*demo.db, {Category::Reeval, 2026, u"复评"_s, QString()});
        RB_REQUIRE_OK(other);
        CHECK(verify(demo, path, &*other) == Rejection::OtherRound);
    }
    SECTION("another database")
    {
        test::DemoRound stranger(16, 6, 3);
        Result<package::Verified> v = package::verify(*stranger.db, stranger.round, path);
        RB_REQUIRE_OK(v);
        CHECK(v->rejection == Rejection::OtherRound);

        Result<std::unique_ptr<db::Database>> copy = db::schema::open(copyPath);
        RB_REQUIRE_OK(copy);
        package::BuildOptions options;
        options.outDir = demo.dir.path(u"from-copy"_s);
        Result<QList<package::IssuedPackage>> issued = package::build(**copy, demo.round, options);
        RB_REQUIRE_OK(issued);
        test::remember(*issued);
        const QString fromCopy = demo.packageOf(*issued, u"E001"_s);
        submitComplete(fromCopy);
        CHECK(verify(demo, fromCopy) == Rejection::UnknownPackage);
    }
    SECTION("an older revision after --reissue")
    {
        const QString r2 = demo.packageOf(demo.build({u"E001"_s}, true), u"E001"_s);
        CHECK(verify(demo, path) == Rejection::Stale);
        CHECK(verify(demo, r2) == Rejection::NotSubmitted);
        submitComplete(r2);
        CHECK(verify(demo, r2) == Rejection::None);
        CHECK(verify(demo, path) == Rejection::Stale);
    }
    SECTION("an application removed from the expert after packaging")
    {
        const qint64 id = *demo.db->scalar("SELECT s.id FROM assignment s JOIN expert e ON e.id = s.expert_id "
                                           "WHERE e.code = 'E001' LIMIT 1",
                                           0);
        db::Transaction tx(*demo.db);
        RB_REQUIRE_OK(AssignmentRepository(*demo.db, demo.round).remove(id));
        RB_REQUIRE_OK(tx.commit());
        CHECK(verify(demo, path) == Rejection::Unassigned);
    }
    SECTION("files that are not packages")
    {
        QByteArray garbage(8192, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        CHECK(verify(demo, demo.dir.write(u"garbage.rbpkg"_s, garbage)) == Rejection::Damaged);
        CHECK(verify(demo, demo.dir.write(u"empty.rbpkg"_s, QByteArray())) == Rejection::Damaged);
        CHECK(verify(demo, demo.dir.write(u"half.rbpkg"_s, test::fileBytes(path).left(100))) == Rejection::Damaged);
        CHECK(verify(demo, copyPath) == Rejection::Damaged); // a round database, not a package
        CHECK(verify(demo, demo.dir.path(u"missing.rbpkg"_s)) == Rejection::Damaged);
    }
}

TEST_CASE("seal: submit is refused while incomplete, saying exactly what is missing", "[seal]")
{
    test::DemoRound demo(16, 6, 3);
    demo.assign(3);
    const QString path = demo.packageOf(demo.build(), u"E001"_s);
    auto p = openPackage(path);
    REQUIRE(p->items().size() >= 2);
    const package::Item first = p->items()[0];
    const package::Item second = p->items()[1];
    test::fillAll(*p);
    RB_REQUIRE_OK(p->setScore(first.uid, leaf(*p, "1.2").uid, std::nullopt));
    RB_REQUIRE_OK(p->setScore(second.uid, leaf(*p, "V3").uid, std::nullopt));
    Result<QList<package::Missing>> missing = p->missing();
    RB_REQUIRE_OK(missing);
    REQUIRE(missing->size() == 2);
    CHECK(missing->at(0).applicationCode == first.code);
    CHECK(missing->at(0).criterionCode == u"1.2"_s);
    CHECK(missing->at(1).applicationCode == second.code);
    CHECK(missing->at(1).criterionCode == u"V3"_s);
    CHECK(p->state(first.uid).value() == package::ItemState::InProgress);

    Status refused = p->submit();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Input);
    REQUIRE(refused.error().issues.size() == 2);
    CHECK(refused.error().issues[0].message.startsWith(first.code + u" / 1.2"_s));
    CHECK(refused.error().issues[1].message.startsWith(second.code + u" / V3"_s));
    CHECK_FALSE(p->info().submitted);
    CHECK(*p->db().scalar("SELECT count(*) FROM signing_key", 0) == 1);
    CHECK(*p->db().scalar("SELECT count(*) FROM seal", -1) == 0);
    p.reset();
    const test::CliRun cli = test::runCli({u"submit"_s, path, u"--code"_s, test::codeOf(path)});
    CHECK(cli.code == 2);
    CHECK(cli.err.contains(first.code + u" / 1.2"_s));
    CHECK(cli.err.contains(second.code + u" / V3"_s));

    // Out-of-range values are refused and leave the stored value alone.
    p = openPackage(path);
    const Criterion& c11 = leaf(*p, "1.1"); // max 6
    for (double bad : {-0.5, 6.5, 0.3, 2.25})
        CHECK_FALSE(p->setScore(first.uid, c11.uid, bad).ok());
    CHECK_FALSE(p->setScore(first.uid, leaf(*p, "V1").uid, 0.5).ok());
    CHECK_FALSE(p->setScore(first.uid, leaf(*p, "1").uid, 1).ok()); // not a leaf
    CHECK(p->scores(first.uid)->value(c11.uid).value == test::middleValue(c11));
    RB_REQUIRE_OK(p->setScore(first.uid, leaf(*p, "1.2").uid, 4.5));
    RB_REQUIRE_OK(p->setScore(second.uid, leaf(*p, "V3").uid, 1));
    p.reset();
    const test::CliRun submitted = test::runCli({u"submit"_s, path, u"--code"_s, test::codeOf(path)});
    INFO(submitted.err.toStdString());
    REQUIRE(submitted.code == 0);
    CHECK(verify(demo, path) == Rejection::None);

    // A submitted package refuses every change; the file stays as it was.
    const QByteArray hash = test::fileHash(path);
    p = openPackage(path);
    CHECK(p->info().submitted);
    CHECK(p->state(first.uid).value() == package::ItemState::Submitted);
    CHECK_FALSE(p->setScore(first.uid, c11.uid, 1).ok());
    CHECK_FALSE(p->setComment(first.uid, c11.uid, u"改"_s).ok());
    CHECK_FALSE(p->setOpinion(first.uid, {u"a"_s, u"b"_s, u"revise"_s, false, {}}).ok());
    CHECK_FALSE(p->handBack(first.uid, u"回避"_s).ok());
    CHECK_FALSE(p->submit().ok());
    p.reset();
    const QString csv =
        demo.dir.writeText(u"scores.csv"_s, u"专家编号,申报编号,指标编号,得分\nE001,%1,1.1,1\n"_s.arg(first.code));
    CHECK(test::runCli({u"import"_s, u"scores"_s, path, csv}).code == 2);
    CHECK(test::runCli({u"submit"_s, path, u"--code"_s, test::codeOf(path)}).code == 2);
    CHECK(test::fileHash(path) == hash);
    CHECK(verify(demo, path) == Rejection::None);
}

TEST_CASE("seal: comments the round requires, and a handed-back application", "[seal]")
{
    test::DemoRound demo(16, 6, 3);
    demo.assign(3);
    REQUIRE(test::runCli({u"config"_s, demo.path, u"scoring.require_comments"_s, u"extreme_bands"_s}).code == 0);
    const QString path = demo.packageOf(demo.build(), u"E001"_s);
    auto p = openPackage(path);
    REQUIRE(p->setting(u"scoring.require_comments"_s) == u"extreme_bands"_s);
    REQUIRE(p->items().size() >= 3);
    const package::Item first = p->items()[0];
    const package::Item second = p->items()[1];
    const package::Item third = p->items()[2];
    test::fillAll(*p);
    RB_REQUIRE_OK(p->missing());
    CHECK(p->missing()->isEmpty()); // middle bands need no comment
    const Criterion& c11 = leaf(*p, "1.1");
    const Criterion& c32 = leaf(*p, "3.2");
    RB_REQUIRE_OK(p->setScore(first.uid, c11.uid, 6));  // top band (优)
    RB_REQUIRE_OK(p->setScore(second.uid, c32.uid, 0)); // bottom band (差)
    RB_REQUIRE_OK(p->setScore(second.uid, leaf(*p, "V2").uid, 1));
    CHECK(p->commentRequired(c11, 6));
    CHECK(p->commentRequired(c11, 5.5));
    CHECK_FALSE(p->commentRequired(c11, 5));
    CHECK_FALSE(p->commentRequired(leaf(*p, "V2"), 1));
    Result<QList<package::Missing>> missing = p->missing();
    RB_REQUIRE_OK(missing);
    REQUIRE(missing->size() == 2);
    CHECK(missing->at(0).applicationCode == first.code);
    CHECK(missing->at(0).criterionCode == u"1.1"_s);
    CHECK(missing->at(0).message.contains(u"comment"_s));
    CHECK(missing->at(1).applicationCode == second.code);
    CHECK(missing->at(1).criterionCode == u"3.2"_s);
    CHECK_FALSE(p->submit().ok());
    RB_REQUIRE_OK(p->setComment(first.uid, c11.uid, u"方案完整，覆盖全部任务方向"_s));
    RB_REQUIRE_OK(p->setComment(second.uid, c32.uid, u"   "_s));
    CHECK(p->missing()->size() == 1); // a blank comment is no comment
    RB_REQUIRE_OK(p->setComment(second.uid, c32.uid, u"生产环节未见智能化建设"_s));

    // The expert declares a conflict for the third: it needs no scores and takes none.
    RB_REQUIRE_OK(p->setScore(third.uid, c11.uid, std::nullopt));
    CHECK_FALSE(p->handBack(third.uid, u"  "_s).ok());
    RB_REQUIRE_OK(p->handBack(third.uid, u"曾为申报单位提供咨询"_s));
    CHECK(p->state(third.uid).value() == package::ItemState::HandedBack);
    CHECK_FALSE(p->setScore(third.uid, c11.uid, 3).ok());
    CHECK(p->missing()->isEmpty());
    RB_REQUIRE_OK(p->submit());
    p.reset();
    CHECK(verify(demo, path) == Rejection::None);
    auto raw = test::openRaw(path);
    CHECK(test::rows(*raw, "SELECT handed_back, handback_reason FROM opinion WHERE handed_back = 1", 2)
          == QList<QStringList>{{u"1"_s, u"曾为申报单位提供咨询"_s}});
    CHECK(*raw->scalarText("SELECT comment FROM score s JOIN criterion c ON c.uid = s.criterion_uid "
                           "WHERE c.code = '1.1' AND s.application_uid = ?1",
                           first.uid)
          == u"方案完整，覆盖全部任务方向"_s);
}

TEST_CASE("seal: a handed-back application takes no comment, and comments go to scored leaves only", "[seal]")
{
    test::DemoRound demo(12, 5, 3);
    demo.assign(3);
    auto p = openPackage(demo.packageOf(demo.build(), u"E001"_s));
    const package::Item item = p->items().first();
    RB_REQUIRE_OK(p->handBack(item.uid, u"曾为申报单位提供咨询"_s));
    // Like setScore (and like `import scores`, which refuses every row of a handed-back application).
    CHECK_FALSE(p->setScore(item.uid, leaf(*p, "1.1").uid, 3).ok());
    CHECK_FALSE(p->setComment(item.uid, leaf(*p, "1.1").uid, u"意见"_s).ok());
    CHECK_FALSE(p->setComment(p->items().last().uid, leaf(*p, "1").uid, u"一级指标不评分"_s).ok());
    CHECK(*p->db().scalar("SELECT count(*) FROM score", -1) == 0);
}
