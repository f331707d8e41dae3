// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultCharts.h"

#include "common/ChartAxes.h"
#include "common/Icons.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace rb::ui::charts {

namespace {
QChart* chart(const QString& title)
{
    auto* c = new QChart;
    c->setTitle(title);
    QFont f = c->titleFont();
    f.setBold(true);
    c->setTitleFont(f);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 4, 4));
    return c;
}
} // namespace

QChart* scoreHistogram(const QList<double>& scores, const QString& title)
{
    QChart* c = chart(title);
    double low = 100;
    for (double s : scores)
        low = std::min(low, s);
    const int start = std::max(0, int(std::floor(low / 5.0)) * 5);
    const int bins = std::max(1, (100 - start) / 5);
    QList<int> counts(bins, 0);
    for (double s : scores)
        ++counts[std::clamp(int((s - start) / 5.0), 0, bins - 1)];
    auto* set = new QBarSet(title);
    set->setColor(icons::accent(0));
    QStringList labels;
    int max = 1;
    for (int i = 0; i < bins; ++i) {
        *set << counts[i];
        labels << QString::number(start + i * 5);
        max = std::max(max, counts[i]);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.95);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    setCountAxis(y, max);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->hide();
    return c;
}

QChart* criteriaAgainstAverage(const QList<QPair<QString, double>>& application,
                               const QList<QPair<QString, double>>& round, const QString& title)
{
    QChart* c = chart(title);
    auto* mine = new QBarSet(QCoreApplication::translate("rb::ui::charts", "This application"));
    mine->setColor(icons::accent(0));
    auto* average = new QBarSet(QCoreApplication::translate("rb::ui::charts", "Round average"));
    average->setColor(QColor(0xB8, 0xC4, 0xD2));
    QStringList labels;
    for (qsizetype i = 0; i < application.size(); ++i) {
        labels << application[i].first;
        *mine << application[i].second;
        *average << (i < round.size() ? round[i].second : 0);
    }
    auto* series = new QBarSeries;
    series->append(mine);
    series->append(average);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->setAlignment(Qt::AlignBottom);
    return c;
}

QChart* expertTotals(const consolidation::ApplicationResult& result, const QString& title)
{
    QChart* c = chart(title);
    auto* dots = new QScatterSeries;
    dots->setName(QCoreApplication::translate("rb::ui::charts", "Expert totals"));
    dots->setColor(icons::accent(0));
    dots->setMarkerSize(11);
    QStringList labels;
    for (qsizetype i = 0; i < result.totals.size(); ++i) {
        dots->append(double(i), result.totals[i].total);
        labels << result.totals[i].expertCode;
    }
    c->addSeries(dots);
    auto* line = new QLineSeries;
    line->setName(QCoreApplication::translate("rb::ui::charts", "Consolidated score"));
    line->setColor(icons::accent(3));
    const double score = result.score.value_or(0);
    line->append(-0.5, score);
    line->append(double(std::max<qsizetype>(result.totals.size(), 1)) - 0.5, score);
    c->addSeries(line);
    auto* x = new QBarCategoryAxis;
    x->append(labels.isEmpty() ? QStringList{QStringLiteral("—")} : labels);
    fitCategoryLabels(x, int(labels.size())); // many experts: their codes upright rather than cut to "E0…"
    c->addAxis(x, Qt::AlignBottom);
    auto* xv = new QValueAxis;
    xv->setRange(-0.5, double(std::max<qsizetype>(labels.size(), 1)) - 0.5);
    xv->setVisible(false);
    c->addAxis(xv, Qt::AlignBottom);
    dots->attachAxis(xv);
    line->attachAxis(xv);
    double low = 100;
    for (const auto& t : result.totals)
        low = std::min(low, t.total);
    auto* y = new QValueAxis;
    y->setRange(std::max(0.0, std::floor(low / 10.0) * 10 - 10), 100);
    c->addAxis(y, Qt::AlignLeft);
    dots->attachAxis(y);
    line->attachAxis(y);
    c->legend()->setAlignment(Qt::AlignBottom);
    return c;
}

QChart* expertBias(QList<consolidation::ExpertBias> bias, const QString& title, int limit)
{
    QChart* c = chart(title);
    std::sort(bias.begin(), bias.end(),
              [](const auto& a, const auto& b) { return std::abs(a.bias) > std::abs(b.bias); });
    if (bias.size() > limit)
        bias.resize(limit);
    std::sort(bias.begin(), bias.end(), [](const auto& a, const auto& b) { return a.bias < b.bias; });
    auto* above = new QBarSet(QCoreApplication::translate("rb::ui::charts", "Above the panel"));
    above->setColor(icons::accent(1));
    auto* below = new QBarSet(QCoreApplication::translate("rb::ui::charts", "Below the panel"));
    below->setColor(icons::accent(3));
    QStringList labels;
    double extent = 1;
    for (const auto& b : bias) {
        labels << b.expertCode;
        *above << std::max(0.0, b.bias);
        *below << std::min(0.0, b.bias);
        extent = std::max(extent, std::abs(b.bias));
    }
    // Upright bars over the experts' codes: a code under each bar has the width it needs (a list of codes down the
    // side would be cut to "…" in a chart this high).
    auto* series = new QStackedBarSeries;
    series->append(above);
    series->append(below);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    fitCategoryLabels(x, int(labels.size()), 10);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(-std::ceil(extent), std::ceil(extent));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->setAlignment(Qt::AlignBottom);
    return c;
}

} // namespace rb::ui::charts
