// SPDX-License-Identifier: GPL-3.0-or-later
// Charts that read right (issue 13): counts on whole ticks (never "0 0 1 1 2"), expert codes whole (never "…" or
// "E0…").
#include "UiSupport.h"

#include "common/ChartAxes.h"
#include "results/ResultCharts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>

#include <memory>

using namespace rb;

TEST_CASE("charts: count axes tick on whole numbers, with at most six intervals", "[ui][charts]")
{
    struct Case {
        double max;
        double upper;
        double step;
    };
    for (const Case& c : {Case{0, 1, 1}, Case{2, 2, 1}, Case{3, 3, 1}, Case{6, 6, 1}, Case{7, 8, 2}, Case{13, 15, 5},
                          Case{240, 250, 50}, Case{1999, 2000, 500}}) {
        INFO(c.max);
        QValueAxis axis;
        ui::charts::setCountAxis(&axis, c.max);
        CHECK(axis.min() == 0);
        CHECK(axis.max() == c.upper);
        CHECK(axis.tickInterval() == c.step);
        CHECK(axis.tickType() == QValueAxis::TicksDynamic);
        CHECK(axis.max() / axis.tickInterval() <= 6);
        CHECK(axis.max() >= c.max);
    }
}

TEST_CASE("charts: many experts' codes are set upright under their bars on the case and bias charts", "[ui][charts]")
{
    consolidation::ApplicationResult result;
    result.score = 80;
    for (int i = 1; i <= 11; ++i)
        result.totals.append({QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0')), 70.0 + i, false});
    std::unique_ptr<QChart> totals(ui::charts::expertTotals(result, QStringLiteral("totals")));
    QBarCategoryAxis* x = nullptr;
    for (QAbstractAxis* a : totals->axes(Qt::Horizontal))
        x = x ? x : qobject_cast<QBarCategoryAxis*>(a);
    REQUIRE(x);
    CHECK(x->count() == 11);
    CHECK(x->labelsAngle() == -90);

    QList<consolidation::ExpertBias> bias;
    for (int i = 1; i <= 12; ++i)
        bias.append({QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0')), QString(), 10, double(i - 6)});
    std::unique_ptr<QChart> chart(ui::charts::expertBias(bias, QStringLiteral("bias"), 12));
    QBarCategoryAxis* codes = nullptr;
    for (QAbstractAxis* a : chart->axes(Qt::Horizontal))
        codes = codes ? codes : qobject_cast<QBarCategoryAxis*>(a);
    REQUIRE(codes); // the codes along the bottom, one under each bar
    CHECK(codes->count() == 12);
    CHECK(codes->labelsAngle() == -90);
}
