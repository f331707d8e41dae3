// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/Charts.h"

#include "common/ChartAxes.h"
#include "common/Icons.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QValueAxis>

namespace rb::ui::charts {

namespace {
QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    return chart;
}
} // namespace

QChart* horizontalBars(const QString& title, QList<QPair<QString, int>> values, int limit, const QString& otherLabel)
{
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (values.size() > limit) {
        int rest = 0;
        const qsizetype others = values.size() - (limit - 1);
        for (qsizetype i = limit - 1; i < values.size(); ++i)
            rest += values[i].second;
        values.resize(limit - 1);
        values.append({otherLabel.arg(others), rest});
    }
    QChart* chart = newChart(title);
    auto* set = new QBarSet(title);
    set->setColor(icons::accent(0));
    QStringList labels;
    int max = 1;
    // Bars are drawn bottom-up: reverse so the largest is on top.
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        *set << it->second;
        labels << (it->first.isEmpty() ? QStringLiteral("—") : it->first);
        max = std::max(max, it->second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    setCountAxis(axis, max);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->hide();
    return chart;
}

QChart* donut(const QString& title, const QList<QPair<QString, int>>& values)
{
    QChart* chart = newChart(title);
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    int total = 0;
    for (const auto& v : values)
        total += v.second;
    int i = 0;
    for (const auto& [label, count] : values) {
        const QString name = label.isEmpty() ? QStringLiteral("—") : label;
        QPieSlice* slice =
            series->append(QStringLiteral("%1  %2 (%3%)")
                               .arg(name)
                               .arg(count)
                               .arg(total ? QString::number(100.0 * count / total, 'f', 0) : QStringLiteral("0")),
                           count);
        slice->setColor(icons::accent(i++));
        slice->setBorderColor(Qt::white);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace rb::ui::charts
