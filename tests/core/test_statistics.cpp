// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics behind consolidation, checked directly against hand-computed and textbook values.
#include "TestSupport.h"

#include "consolidation/Statistics.h"

#include <cmath>

using namespace rb;

namespace {

/// Upper tail of chi-square with 3 degrees of freedom, closed form.
double chi3(double x)
{
    return std::erfc(std::sqrt(x / 2)) + std::sqrt(2 * x / M_PI) * std::exp(-x / 2);
}

} // namespace

TEST_CASE("stats: median, ranks with ties, standard deviation, trimmed mean", "[consolidation]")
{
    CHECK(stats::median({3, 1, 2}) == 2);
    CHECK(stats::median({4, 1, 3, 2}) == 2.5);
    CHECK(stats::median({7}) == 7);
    CHECK(stats::median({}) == 0);
    CHECK(stats::averageRanks({10, 20, 20, 30}) == QList<double>{1, 2.5, 2.5, 4});
    CHECK(stats::averageRanks({30, 10, 20}) == QList<double>{3, 1, 2});
    CHECK(stats::averageRanks({5, 5, 5}) == QList<double>{2, 2, 2});
    CHECK(stats::stddev({2, 4, 4, 4, 5, 5, 7, 9}) == Approx(std::sqrt(32.0 / 7)));
    CHECK(stats::stddev({7}) == 0);
    CHECK(stats::trimmedMean({1, 2, 3, 4, 100}, 5) == 3);
    CHECK(stats::trimmedMean({1, 2, 3, 100}, 5) == 26.5);
    CHECK(stats::trimmedMean({1, 2, 3, 100}, 4) == 2.5);
    // Kendall's W: perfect agreement, the tie correction, and no answer without variation.
    CHECK(*stats::kendallW({{1, 2, 3}, {10, 20, 30}}) == Approx(1.0));
    // Ranks {1.5,1.5,3} and {1,2,3}: S = 6.5, ties 2^3 - 2 = 6, W = 12·6.5 / (4·24 − 2·6).
    CHECK(*stats::kendallW({{1, 1, 2}, {1, 2, 3}}) == Approx(78.0 / 84.0));
    CHECK_FALSE(stats::kendallW({{5, 5, 5}, {4, 4, 4}}).has_value());
    CHECK_FALSE(stats::kendallW({{1, 2, 3}}).has_value());
    CHECK_FALSE(stats::kendallW({{1, 2, 3}, {1, 2}}).has_value());
}

TEST_CASE("stats: chi-square upper tail against known values", "[consolidation]")
{
    CHECK(stats::chiSquareSurvival(3.841, 1) == Approx(0.05).margin(1e-4));
    CHECK(stats::chiSquareSurvival(5.991, 2) == Approx(0.05).margin(1e-4));
    CHECK(stats::chiSquareSurvival(7.815, 3) == Approx(0.05).margin(1e-4));
    CHECK(stats::chiSquareSurvival(10.828, 1) == Approx(0.001).margin(1e-5));
    CHECK(stats::chiSquareSurvival(0, 3) == 1);
    // Closed forms on both sides of the series / continued-fraction switch.
    for (double x : {0.1, 0.5, 1.0, 2.0, 3.5, 7.0, 12.0, 30.0, 60.0}) {
        INFO("x = " << x);
        CHECK(stats::chiSquareSurvival(x, 1) == Approx(std::erfc(std::sqrt(x / 2))).epsilon(1e-9));
        CHECK(stats::chiSquareSurvival(x, 2) == Approx(std::exp(-x / 2)).epsilon(1e-9));
        CHECK(stats::chiSquareSurvival(x, 3) == Approx(chi3(x)).epsilon(1e-9));
    }
}
