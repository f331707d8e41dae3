// SPDX-License-Identifier: GPL-3.0-or-later
// How robust the ranking is (issue 15): the weights perturbed, and each expert left out, on a hand-made panel where
// one harsh expert keeps an application below the quota line.
#include "TestSupport.h"

#include "consolidation/Sensitivity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Three applications, experts X01–X03 (X03 works for S03's applicant and never scores it), quota 1:
/// S01 70 / 70 / 70 (mean 70), S02 72 / 72 / 60 (68: X03 is harsh), S03 50 / 50.
/// With everyone S01 is first and selected; without X03, S02 (72) passes S01.
struct Panel {
    test::TempDir dir;
    QString path = dir.path(u"panel.rbdb"_s);
    Panel()
    {
        auto ok = [](const QStringList& args) {
            const test::CliRun r = test::runCli(args);
            INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
            REQUIRE(r.code == 0);
        };
        ok({u"new"_s, path, u"--category"_s, u"scenario"_s, u"--year"_s, u"2025"_s, u"--title"_s, u"示例"_s});
        ok({u"import"_s, u"criteria"_s, path, test::sample(u"criteria.csv"_s)});
        ok({u"import"_s, u"applications"_s, path, test::sample(u"applications.csv"_s)});
        ok({u"import"_s, u"experts"_s, path, test::sample(u"experts.csv"_s)});
        ok({u"assign"_s, path, u"--all"_s});
        QString scores = u"expert,application,criterion,score\n"_s;
        auto add = [&](const char* expert, const char* app, int first, int second) {
            scores += u"%1,%2,1.1,%3\n%1,%2,2.1,%4\n%1,%2,V,0\n"_s.arg(QLatin1String(expert), QLatin1String(app))
                          .arg(first)
                          .arg(second);
        };
        add("X01", "S01", 40, 30);
        add("X02", "S01", 40, 30);
        add("X03", "S01", 40, 30);
        add("X01", "S02", 42, 30);
        add("X02", "S02", 42, 30);
        add("X03", "S02", 35, 25);
        add("X01", "S03", 30, 20);
        add("X02", "S03", 30, 20);
        ok({u"import"_s, u"scores"_s, path, dir.writeText(u"scores.csv"_s, scores), u"--entered-by"_s, u"录入员"_s});
        ok({u"config"_s, path, u"ranking.selection_quota"_s, u"1"_s});
    }
    QJsonObject results(QStringList extra) const
    {
        extra.prepend(path);
        extra.prepend(u"results"_s);
        extra << u"--format"_s << u"json"_s;
        const test::CliRun r = test::runCli(extra);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

QJsonObject byApplication(const QJsonArray& rows, const QString& code)
{
    for (const QJsonValue& v : rows)
        if (v.toObject().value(u"application"_s).toString() == code)
            return v.toObject();
    FAIL("no row for " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("sensitivity: no spread gives every application its own rank; a seed gives the same output again",
          "[sensitivity][cli]")
{
    Panel p;
    const QJsonObject still = p.results({u"--sensitivity"_s, u"--spread"_s, u"0"_s, u"--samples"_s, u"50"_s});
    const QJsonArray rows = still.value(u"sensitivity"_s).toArray();
    REQUIRE(rows.size() == 3);
    const int expected[] = {1, 2, 3};
    const double share[] = {1, 0, 0};
    for (int k = 0; k < 3; ++k) {
        const QJsonObject r = rows[k].toObject();
        CHECK(r.value(u"application"_s).toString() == u"S0%1"_s.arg(k + 1));
        CHECK(r.value(u"rank"_s).toInt() == expected[k]);
        CHECK(r.value(u"rank_p5"_s).toInt() == expected[k]);
        CHECK(r.value(u"rank_p95"_s).toInt() == expected[k]);
        CHECK(r.value(u"selected_share"_s).toDouble() == share[k]);
    }
    // The ranking itself is the round's, unchanged beside it.
    CHECK(still.value(u"applications"_s).toArray().size() == 3);

    const QStringList wide{u"--sensitivity"_s, u"--spread"_s, u"0.9"_s, u"--samples"_s, u"200"_s, u"--seed"_s, u"7"_s};
    const QJsonObject one = p.results(wide);
    const QJsonObject two = p.results(wide);
    CHECK(one.value(u"sensitivity"_s) == two.value(u"sensitivity"_s));
    // S01 leads S02's mean on both criteria (40 against 39.7, 30 against 28.3): however far the weights move, it
    // stays first and selected; S03 stays last.
    const QJsonArray wideRows = one.value(u"sensitivity"_s).toArray();
    const QJsonObject s01 = byApplication(wideRows, u"S01"_s);
    const QJsonObject s03 = byApplication(wideRows, u"S03"_s);
    CHECK(s01.value(u"rank_p95"_s).toInt() == 1);
    CHECK(s01.value(u"selected_share"_s).toDouble() == 1);
    CHECK(s03.value(u"rank_p5"_s).toInt() == 3);
    CHECK(s03.value(u"selected_share"_s).toDouble() == 0);

    // Without a quota, the share is null; bad options are usage errors that change nothing.
    REQUIRE(test::runCli({u"config"_s, p.path, u"ranking.selection_quota"_s, u"none"_s}).code == 0);
    CHECK(p.results({u"--sensitivity"_s, u"--samples"_s, u"10"_s})
              .value(u"sensitivity"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"selected_share"_s)
              .isNull());
    CHECK(test::runCli({u"results"_s, p.path, u"--sensitivity"_s, u"--spread"_s, u"1.5"_s}).code == 1);
    CHECK(test::runCli({u"results"_s, p.path, u"--sensitivity"_s, u"--samples"_s, u"0"_s}).code == 1);
}

TEST_CASE("sensitivity: leaving the harsh expert out moves an application across the quota line", "[sensitivity][cli]")
{
    Panel p;
    const QJsonObject o = p.results({u"--leave-one-out"_s});
    const QJsonArray pivotal = o.value(u"pivotal"_s).toArray();
    REQUIRE(pivotal.size() == 2);
    const QJsonObject first = pivotal[0].toObject();
    CHECK(first.value(u"application"_s).toString() == u"S01"_s);
    CHECK(first.value(u"expert"_s).toString() == u"X03"_s);
    CHECK(first.value(u"rank"_s).toInt() == 1);
    CHECK(first.value(u"rank_without"_s).toInt() == 2);
    const QJsonObject second = pivotal[1].toObject();
    CHECK(second.value(u"application"_s).toString() == u"S02"_s);
    CHECK(second.value(u"expert"_s).toString() == u"X03"_s);
    CHECK(second.value(u"rank"_s).toInt() == 2);
    CHECK(second.value(u"rank_without"_s).toInt() == 1);
    // The flag joins the results' flags of those two, not of S03.
    for (const QJsonValue& v : o.value(u"applications"_s).toArray()) {
        const QJsonObject a = v.toObject();
        const bool flagged = a.value(u"flags"_s).toVariant().toStringList().contains(u"pivotal"_s);
        CHECK(flagged == (a.value(u"application"_s).toString() != u"S03"_s));
    }
    // A rank change within flags.pivotal_rank_change and no quota: nobody is pivotal.
    REQUIRE(test::runCli({u"config"_s, p.path, u"ranking.selection_quota"_s, u"none"_s}).code == 0);
    CHECK(p.results({u"--leave-one-out"_s}).value(u"pivotal"_s).toArray().isEmpty());
    // The smallest threshold, 1: a move by one rank is not more than one.
    REQUIRE(test::runCli({u"config"_s, p.path, u"flags.pivotal_rank_change"_s, u"1"_s}).code == 0);
    CHECK(p.results({u"--leave-one-out"_s}).value(u"pivotal"_s).toArray().isEmpty());
}
