// SPDX-License-Identifier: GPL-3.0-or-later
// Consolidation: every method, ties, the veto majority, the trimmed-mean threshold, z-scores
// with a constant expert, flags, Kendall's W and expert bias, computed by hand on small rounds whose scores
// go through paper entry; the `results --format json` document.
#include "SmallRound.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Given;
using test::resultOf;

namespace {

const QStringList kE5 = {u"E1"_s, u"E2"_s, u"E3"_s, u"E4"_s, u"E5"_s};

/// Upper tail of chi-square with 3 degrees of freedom, closed form.
double chi3(double x)
{
    return std::erfc(std::sqrt(x / 2)) + std::sqrt(2 * x / M_PI) * std::exp(-x / 2);
}

QJsonObject resultsJson(const QString& path, const QStringList& extra = {})
{
    const test::CliRun run = test::runCli(QStringList{u"results"_s, path, u"--format"_s, u"json"_s} + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

bool twoDecimals(double v)
{
    return std::abs(v * 100 - std::round(v * 100)) < 1e-6;
}

/// Three experts each scoring all four applications (totals[expert][application]); \a dropLast: E3 never
/// entered P4.
std::unique_ptr<test::SmallRound> kendallRound(const QList<QList<double>>& totals, bool dropLast = false)
{
    auto f = std::make_unique<test::SmallRound>(3, 4);
    f->assignAll({u"E1"_s, u"E2"_s, u"E3"_s}, {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s});
    QList<Given> given;
    for (int e = 0; e < 3; ++e) {
        for (int a = 0; a < (dropLast && e == 2 ? 3 : 4); ++a)
            given.append({u"E%1"_s.arg(e + 1), u"P%1"_s.arg(a + 1), totals[e][a]});
    }
    f->enter(given);
    return f;
}

/// Ranks (ascending) E1: 4 3 2 1, E2: 4 2 3 1, E3: 3 4 2 1.
const QList<QList<double>> kKendall = {{90, 80, 70, 60}, {85, 75, 78, 50}, {70, 88, 60, 55}};

} // namespace

TEST_CASE("consolidation: every method on five experts", "[consolidation]")
{
    test::SmallRound f(5, 1);
    f.assignAll(kE5, {u"P1"_s});
    f.enter(u"E1 P1 90, E2 P1 80, E3 P1 70, E4 P1 65, E5 P1 40"_s);
    const consolidation::Results r = f.results();
    CHECK(r.method == u"trimmed"_s);
    REQUIRE(r.applications.size() == 1);
    const consolidation::ApplicationResult& a = r.applications[0];
    CHECK(a.experts == 5);
    CHECK(a.assigned == 5);
    CHECK(a.mean == Approx(69));
    CHECK(a.median == 70);
    CHECK(a.trimmedMean == Approx(215.0 / 3)); // 90 and 40 dropped
    CHECK(a.stddev == Approx(std::sqrt(1420.0 / 4)));
    CHECK(a.range == 50);
    CHECK(*a.score == Approx(215.0 / 3));
    CHECK(a.rank == 1);
    CHECK(a.flags == QStringList{u"disagreement"_s});
    REQUIRE(a.totals.size() == 5);
    CHECK(a.totals[4].expertCode == u"E5"_s);
    CHECK(a.totals[4].total == 40);

    CHECK(*f.results(u"mean"_s).applications[0].score == Approx(69));
    CHECK(*f.results(u"median"_s).applications[0].score == 70);
    CHECK(*f.results(u"zscore"_s).applications[0].score == Approx(69)); // one score per expert: all z are 0
    f.set(u"aggregation.method"_s, u"median"_s);
    CHECK(f.results().method == u"median"_s);
    CHECK(*f.results().applications[0].score == 70);
    Result<consolidation::Results> unknown = consolidation::consolidate(*f.db, f.round, u"max"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::Usage);
}

TEST_CASE("consolidation: the trimmed mean needs trim_min_experts counted experts", "[consolidation]")
{
    test::SmallRound f(4, 2);
    f.assignAll({u"E1"_s, u"E2"_s, u"E3"_s, u"E4"_s}, {u"P1"_s});
    f.assignAll({u"E1"_s, u"E2"_s, u"E3"_s}, {u"P2"_s});
    f.enter(u"E1 P1 90, E2 P1 80, E3 P1 70, E4 P1 40, E1 P2 90, E2 P2 80, E3 P2 30"_s);
    auto r = f.results();
    CHECK(resultOf(r, u"P1"_s).trimmedMean == Approx(70)); // 4 < 5: the mean
    CHECK(*resultOf(r, u"P1"_s).score == Approx(70));
    CHECK(resultOf(r, u"P2"_s).trimmedMean == Approx(200.0 / 3));
    f.set(u"aggregation.trim_min_experts"_s, u"4"_s);
    r = f.results();
    CHECK(resultOf(r, u"P1"_s).trimmedMean == Approx(75)); // (80 + 70) / 2
    CHECK(*resultOf(r, u"P1"_s).score == Approx(75));
    CHECK(resultOf(r, u"P1"_s).mean == Approx(70));
    CHECK(resultOf(r, u"P2"_s).trimmedMean == Approx(200.0 / 3)); // 3 < 4
    f.set(u"aggregation.trim_min_experts"_s, u"3"_s);
    CHECK(resultOf(f.results(), u"P2"_s).trimmedMean == 80);
}

TEST_CASE("consolidation: one expert, sample deviation, incomplete and unscored applications", "[consolidation]")
{
    test::SmallRound f(2, 3);
    f.assignAll({u"E1"_s, u"E2"_s}, {u"P1"_s, u"P2"_s, u"P3"_s});
    f.enter(u"E1 P1 72.5, E1 P3 80, E2 P3 84"_s);
    const auto r = f.results();
    CHECK(test::orderOf(r) == QStringList{u"P3"_s, u"P1"_s, u"P2"_s});
    const auto& p1 = resultOf(r, u"P1"_s);
    CHECK(p1.experts == 1);
    CHECK(p1.assigned == 2);
    CHECK(p1.stddev == 0);
    CHECK(p1.range == 0);
    CHECK(p1.mean == 72.5);
    CHECK(p1.median == 72.5);
    CHECK(p1.trimmedMean == 72.5);
    CHECK(p1.flags == QStringList{u"incomplete"_s});
    CHECK(p1.rank == 2);
    const auto& p3 = resultOf(r, u"P3"_s);
    CHECK(p3.stddev == Approx(std::sqrt(8.0))); // n − 1: (4 + 4) / 1
    CHECK(p3.range == 4);
    CHECK(p3.flags.isEmpty());
    const auto& p2 = resultOf(r, u"P2"_s);
    CHECK_FALSE(p2.score.has_value());
    CHECK_FALSE(p2.rank.has_value());
    CHECK(p2.experts == 0);
    CHECK(p2.flags == QStringList{u"incomplete"_s});

    // In the JSON an unscored application has no statistics (null, not 0); a scored one keeps its numbers.
    const QJsonObject json = resultsJson(f.path);
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& v : json[u"applications"_s].toArray())
        byCode.insert(v[u"application"_s].toString(), v.toObject());
    for (const char* key : {"score", "mean", "median", "trimmed_mean", "stddev", "range", "zscore"})
        CHECK(byCode[u"P2"_s][QLatin1String(key)].isNull());
    CHECK(byCode[u"P1"_s][u"mean"_s].toDouble() == 72.5);
    CHECK(byCode[u"P1"_s][u"stddev"_s].toDouble() == 0);
    CHECK_FALSE(byCode[u"P1"_s][u"stddev"_s].isNull());
    // Each expert's bias: E1 scored P1 (alone: 0) and P3 (80 against a panel mean of 82: −2), so −1.
    QHash<QString, double> bias;
    for (const QJsonValue& v : json[u"bias"_s].toArray())
        bias.insert(v[u"expert"_s].toString(), v[u"bias"_s].toDouble());
    CHECK(bias.value(u"E1"_s) == -1);
    CHECK(bias.value(u"E2"_s) == 2);
}

TEST_CASE("consolidation: equal scores share a rank (1, 2, 2, 4)", "[consolidation]")
{
    test::SmallRound f(2, 4);
    f.assignAll({u"E1"_s, u"E2"_s}, {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s});
    f.enter(u"E1 P4 90, E2 P4 90, E1 P2 85, E2 P2 80, E1 P3 80, E2 P3 85, E1 P1 70, E2 P1 70"_s);
    const auto r = f.results();
    CHECK(test::orderOf(r) == QStringList{u"P4"_s, u"P2"_s, u"P3"_s, u"P1"_s});
    QList<int> ranks;
    for (const auto& a : r.applications)
        ranks << a.rank.value_or(-1);
    CHECK(ranks == QList<int>{1, 2, 2, 4});
}

TEST_CASE("consolidation: ties are judged at two decimals", "[consolidation]")
{
    // 630.5 / 9 = 70.0556 and 560.5 / 8 = 70.0625 are both 70.06.
    test::SmallRound f(9, 3);
    QStringList nine;
    for (int e = 1; e <= 9; ++e)
        nine << u"E%1"_s.arg(e);
    f.assignAll(nine, {u"P1"_s});
    f.assignAll(nine.mid(0, 8), {u"P2"_s, u"P3"_s});
    QList<Given> given;
    for (int e = 1; e <= 9; ++e)
        given.append({u"E%1"_s.arg(e), u"P1"_s, e == 9 ? 70.5 : 70});
    for (int e = 1; e <= 8; ++e) {
        given.append({u"E%1"_s.arg(e), u"P2"_s, e == 8 ? 70.5 : 70});
        given.append({u"E%1"_s.arg(e), u"P3"_s, 70});
    }
    f.enter(given);
    const auto r = f.results(u"mean"_s);
    CHECK(*resultOf(r, u"P1"_s).score == Approx(630.5 / 9));
    CHECK(*resultOf(r, u"P2"_s).score == Approx(560.5 / 8));
    CHECK(test::orderOf(r) == QStringList{u"P1"_s, u"P2"_s, u"P3"_s});
    CHECK(resultOf(r, u"P1"_s).rank == 1);
    CHECK(resultOf(r, u"P2"_s).rank == 1);
    CHECK(resultOf(r, u"P3"_s).rank == 3);
}

TEST_CASE("consolidation: the veto majority, and vetoed applications after the ranked ones", "[consolidation]")
{
    test::SmallRound f(4, 5);
    const QStringList three = {u"E1"_s, u"E2"_s, u"E3"_s};
    f.assignAll(three, {u"P1"_s, u"P3"_s, u"P4"_s, u"P5"_s});
    f.assignAll(three + QStringList{u"E4"_s}, {u"P2"_s});
    // P1: 2 of 3 triggered, vetoed despite the best score; P2: 2 of 4, exactly half, not vetoed; P3: 1 of 3;
    // P4: 3 of 3; P5: 1 of the 1 counted so far.
    f.enter(u"E1 P1 95 V, E2 P1 95 V, E3 P1 95, E1 P2 80 V, E2 P2 80 V, E3 P2 80, E4 P2 80, "
            "E1 P3 70 V, E2 P3 70, E3 P3 70, E1 P4 60 V, E2 P4 60 V, E3 P4 60 V, E1 P5 99 V"_s);
    const auto r = f.results();
    CHECK(test::orderOf(r) == QStringList{u"P2"_s, u"P3"_s, u"P5"_s, u"P1"_s, u"P4"_s});
    CHECK(resultOf(r, u"P2"_s).rank == 1);
    CHECK_FALSE(resultOf(r, u"P2"_s).veto);
    CHECK(resultOf(r, u"P3"_s).rank == 2);
    CHECK_FALSE(resultOf(r, u"P3"_s).veto);
    for (const QString& code : {u"P1"_s, u"P4"_s, u"P5"_s}) {
        INFO(code.toStdString());
        const auto& a = resultOf(r, code);
        CHECK(a.veto);
        CHECK_FALSE(a.rank.has_value());
        CHECK(a.score.has_value());
        CHECK(a.flags.contains(u"veto"_s));
    }
    CHECK(resultOf(r, u"P5"_s).flags == QStringList{u"incomplete"_s, u"veto"_s});
    CHECK(*resultOf(r, u"P1"_s).score == 95);
}

TEST_CASE("consolidation: z-scores with a constant expert and a one-score expert, expert bias", "[consolidation]")
{
    test::SmallRound f(4, 3);
    f.assignAll({u"E1"_s, u"E2"_s, u"E3"_s}, {u"P1"_s, u"P2"_s, u"P3"_s});
    f.assign({u"E4|P1"_s});
    // z of E1: 1, 0, −1; of E2: −1, 1, 0; E3 is constant and E4 has one score: both contribute 0.
    f.enter(u"E1 P1 90, E1 P2 80, E1 P3 70, E2 P1 60, E2 P2 80, E2 P3 70, E3 P1 70, E3 P2 70, E3 P3 70, "
            "E4 P1 100"_s);
    // All counted totals: mean 760 / 10 = 76, squared deviations 1240, sample deviation √(1240 / 9).
    const double m = 76;
    const double s = std::sqrt(1240.0 / 9);
    f.set(u"aggregation.method"_s, u"zscore"_s);
    const auto r = f.results();
    CHECK(resultOf(r, u"P1"_s).zscore == Approx(m + s * (1 - 1 + 0 + 0) / 4));
    CHECK(resultOf(r, u"P2"_s).zscore == Approx(m + s * (0 + 1 + 0) / 3));
    CHECK(resultOf(r, u"P3"_s).zscore == Approx(m + s * (-1 + 0 + 0) / 3));
    CHECK(*resultOf(r, u"P2"_s).score == Approx(79.9126).margin(1e-3));
    CHECK(test::orderOf(r) == QStringList{u"P2"_s, u"P1"_s, u"P3"_s});
    CHECK(test::orderOf(f.results(u"mean"_s)) == QStringList{u"P1"_s, u"P2"_s, u"P3"_s}); // 80, 76.67, 70
    // E4 scored only P1: not every expert scored every application.
    CHECK_FALSE(r.kendallW.has_value());
    CHECK_FALSE(r.kendallP.has_value());
    // Bias: the expert's total minus the panel mean (P1 80, P2 230/3, P3 70), averaged.
    REQUIRE(r.bias.size() == 4);
    CHECK(r.bias[0].expertCode == u"E1"_s);
    CHECK(r.bias[0].name == u"专家1"_s);
    CHECK(r.bias[0].scored == 3);
    CHECK(r.bias[0].bias == Approx((10 + (80 - 230.0 / 3) + 0) / 3));
    CHECK(r.bias[1].bias == Approx((-20 + (80 - 230.0 / 3) + 0) / 3));
    CHECK(r.bias[2].bias == Approx((-10 + (70 - 230.0 / 3) + 0) / 3));
    CHECK(r.bias[3].expertCode == u"E4"_s);
    CHECK(r.bias[3].scored == 1);
    CHECK(r.bias[3].bias == Approx(20));
}

TEST_CASE("consolidation: disagreement, incomplete and pass-line flags follow the round settings", "[consolidation]")
{
    test::SmallRound f(5, 5);
    f.assignAll(kE5, {u"P1"_s});
    f.assignAll({u"E1"_s, u"E2"_s}, {u"P2"_s, u"P3"_s, u"P4"_s});
    f.assignAll({u"E1"_s, u"E2"_s, u"E3"_s}, {u"P5"_s});
    // P1: range 20, stddev 7.07; P2: 14, 9.90; P3: 14.5, 10.25; P4: 19.5, 13.79; P5: E3 has not returned.
    f.enter(u"E1 P1 60, E2 P1 70, E3 P1 70, E4 P1 70, E5 P1 80, E1 P2 80, E2 P2 66, E1 P3 80, E2 P3 65.5, "
            "E1 P4 80, E2 P4 60.5, E1 P5 70, E2 P5 75"_s);
    auto flagged = [&](const consolidation::Results& r) {
        QStringList out;
        for (const auto& a : r.applications) {
            if (a.flags.contains(u"disagreement"_s))
                out << a.code;
        }
        out.sort();
        return out;
    };
    auto r = f.results();
    CHECK(flagged(r) == QStringList{u"P1"_s, u"P3"_s, u"P4"_s});
    CHECK(resultOf(r, u"P5"_s).flags == QStringList{u"incomplete"_s});
    CHECK(resultOf(r, u"P5"_s).assigned == 3);
    CHECK(resultOf(r, u"P5"_s).experts == 2);
    for (const auto& a : r.applications)
        CHECK_FALSE(a.flags.contains(u"below_pass_line"_s));
    f.set(u"flags.disagreement_range"_s, u"25"_s);
    f.set(u"flags.disagreement_stddev"_s, u"14"_s);
    CHECK(flagged(f.results()).isEmpty());
    f.set(u"flags.disagreement_stddev"_s, u"13"_s);
    CHECK(flagged(f.results()) == QStringList{u"P4"_s});

    // Trimmed scores: P1 70, P2 73, P3 72.75, P4 70.25, P5 72.5.
    f.set(u"ranking.pass_line"_s, u"72.75"_s);
    r = f.results();
    QStringList below;
    for (const auto& a : r.applications) {
        if (a.flags.contains(u"below_pass_line"_s))
            below << a.code;
    }
    below.sort();
    CHECK(below == QStringList{u"P1"_s, u"P4"_s, u"P5"_s});
    CHECK(resultOf(r, u"P4"_s).flags == QStringList{u"disagreement"_s, u"below_pass_line"_s});
    CHECK(resultOf(r, u"P4"_s).rank.has_value()); // still ranked
    f.set(u"ranking.pass_line"_s, u"none"_s);
    for (const auto& a : f.results().applications)
        CHECK_FALSE(a.flags.contains(u"below_pass_line"_s));
}

TEST_CASE("consolidation: Kendall's W on a complete design, perfect agreement, and a missing pair", "[consolidation]")
{
    // Rank sums 11 9 7 3 around 7.5: S = 12.25 + 2.25 + 0.25 + 20.25 = 35, W = 12·35 / (3²·(4³ − 4)) = 7/9,
    // χ² = 3·3·W = 7 with 3 degrees of freedom.
    auto f = kendallRound(kKendall);
    auto r = f->results();
    REQUIRE(r.kendallW.has_value());
    CHECK(*r.kendallW == Approx(7.0 / 9));
    REQUIRE(r.kendallP.has_value());
    CHECK(*r.kendallP == Approx(chi3(7)).epsilon(1e-9));
    CHECK(*r.kendallP == Approx(0.0719).margin(1e-4));
    const QJsonObject json = resultsJson(f->path);
    CHECK(json[u"kendall_w"_s].toDouble() == 0.78);

    auto agree = kendallRound({{90, 80, 70, 60}, {99, 85, 62, 40}, {75, 74, 73, 72}});
    r = agree->results();
    CHECK(*r.kendallW == Approx(1.0));
    CHECK(*r.kendallP == Approx(chi3(9)).epsilon(1e-9));

    auto missing = kendallRound(kKendall, true); // E3 never entered P4
    r = missing->results();
    CHECK_FALSE(r.kendallW.has_value());
    CHECK_FALSE(r.kendallP.has_value());
    const QJsonObject nulls = resultsJson(missing->path);
    CHECK(nulls[u"kendall_w"_s].isNull());
    CHECK(nulls[u"kendall_p"_s].isNull());
}

TEST_CASE("consolidation: per-criterion scores and round averages", "[consolidation]")
{
    test::SmallRound f(2, 2);
    f.assignAll({u"E1"_s, u"E2"_s}, {u"P1"_s, u"P2"_s});
    // A = min(60, total), B = the rest.
    f.enter(u"E1 P1 80, E2 P1 50, E1 P2 100, E2 P2 70"_s);
    auto scores = consolidation::criterionScores(*f.db, f.round, f.idOf("application", u"P1"_s));
    RB_REQUIRE_OK(scores);
    CHECK((*scores)[u"A"_s] == QHash<QString, double>{{u"E1"_s, 60}, {u"E2"_s, 50}});
    CHECK((*scores)[u"B"_s] == QHash<QString, double>{{u"E1"_s, 20}, {u"E2"_s, 0}});
    CHECK((*scores)[u"V"_s] == QHash<QString, double>{{u"E1"_s, 0}, {u"E2"_s, 0}});
    auto averages = consolidation::criterionAverages(*f.db, f.round);
    RB_REQUIRE_OK(averages);
    CHECK(averages->value(u"A"_s) == Approx(57.5));
    CHECK(averages->value(u"B"_s) == Approx(17.5));
    CHECK(averages->value(u"V"_s) == 0);
}

TEST_CASE("consolidation: a pair found conflicted after scoring counts neither in totals nor per criterion",
          "[consolidation]")
{
    test::SmallRound f(2, 2);
    // E2 lives in the applicants' province; that is no conflict until the round's rule says so.
    f.importCsv(import::Kind::Experts, "code,name,organisation,province\nE2,专家2,第2研究院,浙江省\n");
    f.assignAll({u"E1"_s, u"E2"_s}, {u"P1"_s, u"P2"_s});
    f.enter(u"E1 P1 80, E2 P1 50, E1 P2 100, E2 P2 70"_s);
    // Turned on after scoring: E2's scores no longer count, although the assignments are not voided yet.
    f.set(u"conflict.same_province"_s, u"true"_s);
    const auto r = f.results();
    const auto& p1 = resultOf(r, u"P1"_s);
    REQUIRE(p1.totals.size() == 1);
    CHECK(p1.totals[0].expertCode == u"E1"_s);
    CHECK(*p1.score == 80);
    CHECK(*resultOf(r, u"P2"_s).score == 100);
    // The per-criterion view must show the same experts as the totals (the GUI shows the same numbers).
    auto scores = consolidation::criterionScores(*f.db, f.round, f.idOf("application", u"P1"_s));
    RB_REQUIRE_OK(scores);
    CHECK((*scores)[u"A"_s] == QHash<QString, double>{{u"E1"_s, 60}});
    CHECK((*scores)[u"B"_s] == QHash<QString, double>{{u"E1"_s, 20}});
    auto averages = consolidation::criterionAverages(*f.db, f.round);
    RB_REQUIRE_OK(averages);
    CHECK(averages->value(u"A"_s) == Approx(60));
    CHECK(averages->value(u"B"_s) == Approx(30)); // E1: 20 and 40
}

TEST_CASE("results: the JSON document through the CLI", "[consolidation]")
{
    test::SmallRound f(5, 3);
    f.assignAll(kE5, {u"P1"_s, u"P2"_s, u"P3"_s});
    f.enter(u"E1 P1 90, E2 P1 80, E3 P1 70, E4 P1 65, E5 P1 40, E1 P2 75.5, E2 P2 75.5, E3 P2 75.5, E4 P2 75.5, "
            "E5 P2 75.5, E1 P3 88 V, E2 P3 88 V, E3 P3 88 V, E4 P3 88, E5 P3 88"_s);
    const QJsonObject doc = resultsJson(f.path);
    QStringList keys = doc.keys();
    keys.sort();
    CHECK(keys == QStringList{u"applications"_s, u"bias"_s, u"kendall_p"_s, u"kendall_w"_s, u"method"_s, u"round"_s});
    CHECK(doc[u"round"_s].toString() == f.round.code);
    CHECK(doc[u"method"_s].toString() == u"trimmed"_s);
    CHECK(doc[u"kendall_w"_s].isDouble());
    const QJsonArray apps = doc[u"applications"_s].toArray();
    REQUIRE(apps.size() == 3);
    QStringList order;
    for (const QJsonValue& v : apps) {
        order << v[u"application"_s].toString();
        for (const char* key : {"application", "applicant", "score", "rank", "experts", "mean", "median",
                                "trimmed_mean", "stddev", "range", "veto", "flags"})
            CHECK(v.toObject().contains(QString::fromLatin1(key)));
        for (const char* key : {"score", "mean", "median", "trimmed_mean", "stddev", "range"}) {
            INFO(v[u"application"_s].toString().toStdString() << " " << key);
            CHECK(twoDecimals(v[QString::fromLatin1(key)].toDouble()));
        }
    }
    CHECK(order == QStringList{u"P2"_s, u"P1"_s, u"P3"_s});
    const QJsonObject p1 = apps[1].toObject();
    CHECK(p1[u"applicant"_s].toString() == u"第1市人民政府"_s);
    CHECK(p1[u"score"_s].toDouble() == 71.67);
    CHECK(p1[u"trimmed_mean"_s].toDouble() == 71.67);
    CHECK(p1[u"rank"_s].toInt() == 2);
    CHECK(p1[u"experts"_s].toInt() == 5);
    CHECK(p1[u"mean"_s].toDouble() == 69);
    CHECK(p1[u"median"_s].toDouble() == 70);
    CHECK(p1[u"stddev"_s].toDouble() == 18.84);
    CHECK(p1[u"range"_s].toDouble() == 50);
    CHECK(p1[u"veto"_s].toBool() == false);
    CHECK(p1[u"flags"_s].toArray() == QJsonArray{u"disagreement"_s});
    CHECK(apps[0][u"score"_s].toDouble() == 75.5);
    CHECK(apps[0][u"rank"_s].toInt() == 1);
    CHECK(apps[2][u"rank"_s].isNull());
    CHECK(apps[2][u"veto"_s].toBool());
    CHECK(apps[2][u"flags"_s].toArray() == QJsonArray{u"veto"_s});
    CHECK(twoDecimals(doc[u"kendall_w"_s].toDouble()));

    const QJsonObject mean = resultsJson(f.path, {u"--method"_s, u"mean"_s});
    CHECK(mean[u"method"_s].toString() == u"mean"_s);
    CHECK(mean[u"applications"_s].toArray()[1][u"score"_s].toDouble() == 69);
    CHECK(test::runCli({u"results"_s, f.path, u"--method"_s, u"max"_s}).code == 1);
}

TEST_CASE("results: kendall_p is rounded to two decimals like every number of the JSON", "[consolidation]")
{
    auto f = kendallRound(kKendall);
    const QJsonObject doc = resultsJson(f->path);
    REQUIRE(doc[u"kendall_p"_s].isDouble());
    INFO("kendall_p = " << doc[u"kendall_p"_s].toDouble());
    CHECK(doc[u"kendall_p"_s].toDouble() == 0.07); // issue 4: "numbers rounded to 2 decimals"
}
