// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ChartAxes.h"

#include <QBarCategoryAxis>
#include <QValueAxis>

#include <cmath>

namespace rb::ui::charts {

void setCountAxis(QValueAxis* axis, double max)
{
    const qint64 top = std::max<qint64>(1, qint64(std::ceil(max)));
    // The smallest step of 1, 2 or 5 times a power of ten that gives at most six intervals.
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        bool found = false;
        for (qint64 m : {1, 2, 5}) {
            step = m * power;
            if (top / step <= 6 && (top + step - 1) / step <= 6) {
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    const qint64 upper = ((top + step - 1) / step) * step;
    axis->setRange(0, double(upper));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setLabelFormat(QStringLiteral("%d"));
}

void fitCategoryLabels(QBarCategoryAxis* axis, int count, int widestWithoutTurning)
{
    if (count > widestWithoutTurning)
        axis->setLabelsAngle(-90);
}

} // namespace rb::ui::charts
