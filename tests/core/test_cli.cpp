// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rb;
using test::runCli;

namespace {
QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}
} // namespace

TEST_CASE("cli: exit codes 0, 1, 2 and 3", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.rbdb"));
    CHECK(runCli({}).code == 1);
    CHECK(runCli(args({QStringLiteral("no-such-command")})).code == 1);
    CHECK(runCli(args({QStringLiteral("--help")})).code == 0);
    auto created = runCli(args({QStringLiteral("new"), db, QStringLiteral("--category"), QStringLiteral("scenario"),
                                QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--title"),
                                QString::fromUtf8("示例批次")}));
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    CHECK(created.out.trimmed() == QStringLiteral("2025-SCN"));
    CHECK(
        runCli(args({QStringLiteral("new"), db, QStringLiteral("--category"), QStringLiteral("bogus"),
                     QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--title"), QStringLiteral("x")}))
            .code
        == 1);
    CHECK(runCli(args({QStringLiteral("import"), QStringLiteral("criteria"), db,
                       test::sample(QStringLiteral("criteria.csv"))}))
              .code
          == 0);
    auto bad = runCli(args({QStringLiteral("import"), QStringLiteral("applications"), db,
                            test::sample(QStringLiteral("applications_bad.csv"))}));
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("row 3")));
    CHECK(bad.err.contains(QStringLiteral("credit_code")));
    CHECK(runCli(args({QStringLiteral("import"), QStringLiteral("applications"), db,
                       dir.path(QStringLiteral("missing.csv"))}))
              .code
          == 3);
    CHECK(runCli(args({QStringLiteral("list"), QStringLiteral("applications"), dir.path(QStringLiteral("none.rbdb"))}))
              .code
          == 3);
    CHECK(runCli(args({QStringLiteral("list"), QStringLiteral("applications"), db, QStringLiteral("--format"),
                       QStringLiteral("yaml")}))
              .code
          == 1);
    CHECK(runCli(args({QStringLiteral("list"), QStringLiteral("applications"), db, QStringLiteral("--round"),
                       QStringLiteral("1999-X")}))
              .code
          == 1);
    CHECK(runCli(args({QStringLiteral("config"), db, QStringLiteral("aggregation.method"), QStringLiteral("max")})).code
          == 2);
    // Every command answers --help with 0.
    for (const char* command : {"new", "import", "list", "config", "check", "demo"}) {
        INFO(command);
        auto help = runCli(args({QString::fromLatin1(command), QStringLiteral("--help")}));
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("Usage:")));
    }
}

TEST_CASE("cli: list JSON uses the English column names", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("j.rbdb"));
    REQUIRE(
        runCli(args({QStringLiteral("new"), db, QStringLiteral("--category"), QStringLiteral("scenario"),
                     QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--title"), QStringLiteral("t")}))
            .code
        == 0);
    REQUIRE(runCli(args({QStringLiteral("import"), QStringLiteral("applications"), db,
                         test::sample(QStringLiteral("applications.csv"))}))
                .code
            == 0);
    REQUIRE(runCli(args({QStringLiteral("import"), QStringLiteral("experts"), db,
                         test::sample(QStringLiteral("experts.csv"))}))
                .code
            == 0);
    auto apps = runCli(args({QStringLiteral("list"), QStringLiteral("applications"), db, QStringLiteral("--format"),
                             QStringLiteral("json")}));
    REQUIRE(apps.code == 0);
    const QJsonArray a = QJsonDocument::fromJson(apps.out.toUtf8()).array();
    REQUIRE(a.size() == 3);
    for (const char* key :
         {"code", "applicant", "credit_code", "province", "sector", "title", "recommender", "priority"})
        CHECK(a[0].toObject().contains(QString::fromLatin1(key)));
    CHECK(a[2].toObject().value(QStringLiteral("credit_code")).toString() == QStringLiteral("91440300MA5CCCCC3W"));
    auto experts = runCli(args(
        {QStringLiteral("list"), QStringLiteral("experts"), db, QStringLiteral("--format"), QStringLiteral("csv")}));
    REQUIRE(experts.code == 0);
    CHECK(experts.out.startsWith(QStringLiteral("code,name,organisation,organisation_credit_code,province,fields")));
    CHECK(experts.out.count(QLatin1Char('\n')) == 4);
    auto check = runCli(args({QStringLiteral("check"), db}));
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("3 applications, 3 experts")));
}

TEST_CASE("cli: the real executable keeps the exit-code contract", "[cli]")
{
    test::TempDir dir;
    QProcess p;
    p.start(QStringLiteral(RB_CLI_PATH), {QStringLiteral("check"), dir.path(QStringLiteral("none.rbdb"))});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 3);
    CHECK(p.readAllStandardError().contains("does not exist"));
    p.start(QStringLiteral(RB_CLI_PATH), {QStringLiteral("bogus")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
}
