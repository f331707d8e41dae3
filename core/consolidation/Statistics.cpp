// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rb::stats {

double mean(const QList<double>& values)
{
    if (values.isEmpty())
        return 0;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double stddev(const QList<double>& values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(values.size() - 1));
}

double trimmedMean(QList<double> values, int minimum)
{
    if (values.size() < std::max(minimum, 3))
        return mean(values);
    std::sort(values.begin(), values.end());
    return mean(values.mid(1, values.size() - 2));
}

QList<double> averageRanks(const QList<double>& values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> ranks(n);
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = double(i + j) / 2.0 + 1.0;
        for (qsizetype k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

std::optional<double> kendallW(const QList<QList<double>>& scoresByRater)
{
    const qsizetype m = scoresByRater.size();
    if (m < 2)
        return std::nullopt;
    const qsizetype n = scoresByRater.first().size();
    if (n < 2)
        return std::nullopt;
    QList<double> rankSums(n, 0.0);
    double ties = 0; // sum over raters of sum(t^3 - t) over tie groups
    for (const QList<double>& row : scoresByRater) {
        if (row.size() != n)
            return std::nullopt;
        const QList<double> r = averageRanks(row);
        for (qsizetype j = 0; j < n; ++j)
            rankSums[j] += r[j];
        QList<double> sorted = row;
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype i = 0; i < n;) {
            qsizetype j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i])
                ++j;
            const double t = double(j - i + 1);
            ties += t * t * t - t;
            i = j + 1;
        }
    }
    const double meanSum = double(m) * double(n + 1) / 2.0;
    double s = 0;
    for (double r : rankSums)
        s += (r - meanSum) * (r - meanSum);
    const double dm = double(m);
    const double dn = double(n);
    const double denominator = dm * dm * (dn * dn * dn - dn) - dm * ties;
    if (denominator <= 0)
        return std::nullopt; // every rater gave every object the same score
    return 12.0 * s / denominator;
}

namespace {

/// Regularized lower incomplete gamma P(a, x) by its series (x < a + 1).
double gammaSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 1000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * 1e-15)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

/// Regularized upper incomplete gamma Q(a, x) by its continued fraction (x ≥ a + 1), Lentz's method.
double gammaContinuedFraction(double a, double x)
{
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < 1e-15)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double chiSquareSurvival(double x, double df)
{
    if (x <= 0)
        return 1.0;
    const double a = df / 2.0;
    const double half = x / 2.0;
    return half < a + 1.0 ? 1.0 - gammaSeries(a, half) : gammaContinuedFraction(a, half);
}

} // namespace rb::stats
