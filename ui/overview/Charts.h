// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QChart;

namespace rb::ui::charts {

/// A horizontal bar chart of (label, count), largest first; the rest beyond \a limit summed in one bar
/// labelled \a otherLabel, where %1 is how many were summed.
QChart* horizontalBars(const QString& title, QList<QPair<QString, int>> values, int limit, const QString& otherLabel);
/// A donut chart of (label, count) with percentages in the legend.
QChart* donut(const QString& title, const QList<QPair<QString, int>>& values);

} // namespace rb::ui::charts
