// SPDX-License-Identifier: GPL-3.0-or-later
// `demo --scored`: synthetic scores filled, submitted and merged through the real package path.
#include "MergeFixture.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<QStringList> scoreRows(const QString& path)
{
    auto db = test::openDb(path);
    return test::rows(*db,
                      "SELECT e.code, a.code, c.code, x.value FROM score x JOIN assignment s ON s.id = x.assignment_id "
                      "JOIN expert e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id JOIN "
                      "criterion c ON c.id = x.criterion_id ORDER BY 1, 2, 3",
                      4);
}

} // namespace

TEST_CASE("demo --scored: every package comes back through the real path, deterministically", "[merge][demo]")
{
    test::TempDir dir;
    const QStringList args = {u"--applications"_s, u"30"_s, u"--experts"_s, u"8"_s, u"--per-application"_s, u"3"_s,
                              u"--seed"_s,         u"5"_s,  u"--scored"_s};
    const QString a = dir.path(u"a.rbdb"_s);
    const QString b = dir.path(u"b.rbdb"_s);
    const test::CliRun run = test::runCli(QStringList{u"demo"_s, a} + args);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    REQUIRE(test::runCli(QStringList{u"demo"_s, b} + args).code == 0);

    for (const QJsonValue& v : test::listJson(u"packages"_s, a))
        CHECK(v[u"status"_s].toString() == u"submitted"_s);
    auto db = test::openDb(a);
    CHECK(*db->scalar("SELECT count(*) FROM assignment WHERE status NOT IN ('submitted', 'handed_back')", -1) == 0);
    CHECK(*db->scalar("SELECT count(*) FROM assignment WHERE status = 'submitted'", 0) >= 85);
    // Each submitted assignment holds a score for every leaf.
    const qint64 leaves = *db->scalar(
        "SELECT count(*) FROM criterion c WHERE NOT EXISTS (SELECT 1 FROM criterion k WHERE k.parent_id = c.id)", 0);
    CHECK(*db->scalar("SELECT count(*) FROM score", 0)
          == leaves * *db->scalar("SELECT count(*) FROM assignment WHERE status = 'submitted'", 0));
    const test::CliRun results = test::runCli({u"results"_s, a, u"--format"_s, u"json"_s});
    REQUIRE(results.code == 0);
    const QJsonArray apps = QJsonDocument::fromJson(results.out.toUtf8())[u"applications"_s].toArray();
    REQUIRE(apps.size() == 30);
    for (const QJsonValue& v : apps) {
        CHECK(v[u"experts"_s].toInt() == v[u"assigned"_s].toInt());
        CHECK(v[u"score"_s].isDouble());
    }
    db.reset();
    const QList<QStringList> first = scoreRows(a);
    CHECK(first == scoreRows(b)); // the same seed gives the same scores
}
