// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ui/report: draws a report chart as vectors (bars, axes, labels) with QPainter.
#pragma once

#include "report/Document.h"

#include <QRectF>

class QPainter;

namespace rb::ui::reports {

class Metrics;

/// Draws \a chart into \a area: horizontal bars for a bar chart (negative values left of zero), touching
/// vertical bars for a histogram, with the title above and each value printed at its bar.
void paintChart(QPainter& painter, const Metrics& metrics, const report::Chart& chart, const QRectF& area);

} // namespace rb::ui::reports
