// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QBarCategoryAxis;
class QValueAxis;

namespace rb::ui::charts {

/// An axis of counts from 0 past \a max: whole ticks only (0 1 2, 0 5 10 …), never "0 0 1 1 2".
void setCountAxis(QValueAxis* axis, double max);
/// Category labels that stay readable however many there are: turned upright when they would be cut.
void fitCategoryLabels(QBarCategoryAxis* axis, int count, int widestWithoutTurning = 6);

} // namespace rb::ui::charts
