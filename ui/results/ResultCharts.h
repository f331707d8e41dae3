// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolidation/Consolidation.h"

#include <QHash>

class QChart;

namespace rb::ui::charts {

/// Score distribution: how many applications fall in each 5-point band.
QChart* scoreHistogram(const QList<double>& scores, const QString& title);
/// An application's mean per criterion (as % of the maximum) beside the round's average.
QChart* criteriaAgainstAverage(const QList<QPair<QString, double>>& application,
                               const QList<QPair<QString, double>>& round, const QString& title);
/// Each counted expert's total for one application, with the consolidated score as a line.
QChart* expertTotals(const consolidation::ApplicationResult& result, const QString& title);
/// Each expert's bias (points above or below the panel), largest first.
QChart* expertBias(QList<consolidation::ExpertBias> bias, const QString& title, int limit = 30);

} // namespace rb::ui::charts
