// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace rb::stats {

double mean(const QList<double>& values);
double median(QList<double> values);
/// Sample standard deviation (n − 1); 0 for fewer than two values.
double stddev(const QList<double>& values);
/// Drops one highest and one lowest value and averages the rest when at least \a minimum values,
/// else the mean.
double trimmedMean(QList<double> values, int minimum);

/// Ranks 1..n of \a values (ascending), ties getting their average rank.
QList<double> averageRanks(const QList<double>& values);

/// Kendall's coefficient of concordance W for m raters (rows) scoring the same n objects (columns),
/// with the correction for ties; nothing when fewer than 2 raters or objects.
std::optional<double> kendallW(const QList<QList<double>>& scoresByRater);
/// Upper-tail probability of the chi-square distribution: P(X ≥ x) with \a df degrees of freedom.
double chiSquareSurvival(double x, double df);

} // namespace rb::stats
