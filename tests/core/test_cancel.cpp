// SPDX-License-Identifier: GPL-3.0-or-later
// Cancel reaches into SQLite: a long statement on a connection with a cancel check stops as cancelled (issue 12);
// SQLite's own English never reaches the user.
#include "TestSupport.h"

#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("storage: a long statement stops as cancelled when the cancel check says so", "[storage][cancel]")
{
    test::TempDir dir;
    Result<std::unique_ptr<db::Database>> db = db::schema::create(dir.path(u"cancel.rbdb"_s));
    RB_REQUIRE_OK(db);
    const char* longQuery = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) "
                            "SELECT count(*) FROM c";
    int checks = 0;
    (*db)->setCancelCheck([&](qint64, qint64) { return ++checks < 3; });
    Result<qint64> stopped = (*db)->scalar(longQuery, -1);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind == ErrorKind::Cancelled);
    CHECK(checks == 3);

    // Not cancelled: the same statement runs to its end; without a check as well.
    (*db)->setCancelCheck([](qint64, qint64) { return true; });
    Result<qint64> counted = (*db)->scalar(longQuery, -1);
    RB_REQUIRE_OK(counted);
    CHECK(*counted == 2000000);
    (*db)->setCancelCheck({});
    CHECK(*(*db)->scalar("SELECT 1", -1) == 1);
}

TEST_CASE("storage: a file that is not a database is refused in the user's words, naming it", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.path(u"not-a-round.rbdb"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Result<std::unique_ptr<db::Database>> db = db::schema::open(path);
    REQUIRE_FALSE(db.ok());
    const QString message = db.error().toString();
    INFO(message.toStdString());
    CHECK(message.contains(path));
    CHECK(message.contains(u"it is not a database file"_s));    // translated with the program
    CHECK_FALSE(message.contains(u"file is not a database"_s)); // not SQLite's own English
    CHECK(test::fileHash(path) == QCryptographicHash::hash(QByteArray(4096, 'x'), QCryptographicHash::Sha256).toHex());
}
