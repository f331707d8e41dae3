// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ChartPainter.h"

#include "report/PageLayout.h"

#include <QPainter>

#include <cmath>

namespace rb::ui::reports {

namespace {

const QColor kBar(62, 106, 168);
const QColor kNegative(196, 110, 52);
const QColor kGrid(205, 205, 205);

/// A round step (1, 2 or 5 × 10^k) giving about \a ticks intervals over \a span.
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= raw)
            return f * magnitude;
    }
    return 10 * magnitude;
}

QString tickText(double v, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QString::number(v, 'f', decimals);
}

void text(QPainter& p, const Metrics& m, Face face, const QRectF& r, int flags, const QString& s)
{
    p.setFont(m.font(face));
    p.setPen(Qt::black);
    p.drawText(r, flags | Qt::TextDontClip, s);
}

void paintBars(QPainter& p, const Metrics& m, const report::Chart& c, QRectF area)
{
    const int n = int(c.values.size());
    const Face face = n > 30 ? Face::Margin : Face::Table;
    double labelWidth = 0;
    double valueWidth = 0;
    for (int i = 0; i < n; ++i) {
        labelWidth = std::max(labelWidth, m.advance(c.labels.value(i), face));
        valueWidth = std::max(valueWidth, m.advance(QString::number(c.values[i], 'f', c.decimals), face));
    }
    labelWidth = std::min(labelWidth + m.mm(2), area.width() * 0.35);
    valueWidth += m.mm(2);
    double low = 0;
    double high = 0;
    for (double v : c.values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    const double step = niceStep(high - low, 5);
    low = std::floor(low / step) * step;
    high = std::max(low + step, std::ceil(high / step) * step);
    const double axisHeight = m.lineHeight(Face::Margin);
    const QRectF plot(area.left() + labelWidth + (low < 0 ? valueWidth : 0), area.top(),
                      area.width() - labelWidth - valueWidth - (low < 0 ? valueWidth : 0), area.height() - axisHeight);
    auto xOf = [&](double v) { return plot.left() + (v - low) / (high - low) * plot.width(); };
    // Grid and axis labels.
    for (double v = low; v <= high + step / 2; v += step) {
        p.setPen(QPen(kGrid, m.mm(0.15)));
        p.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
        text(p, m, Face::Margin, QRectF(xOf(v) - m.mm(10), plot.bottom(), m.mm(20), axisHeight),
             Qt::AlignHCenter | Qt::AlignTop, tickText(v, step));
    }
    const double band = plot.height() / std::max(1, n);
    for (int i = 0; i < n; ++i) {
        const double v = c.values[i];
        const double top = plot.top() + i * band;
        const QRectF bar = QRectF(QPointF(xOf(std::min(0.0, v)), top + band * 0.18),
                                  QPointF(xOf(std::max(0.0, v)), top + band * 0.82));
        p.fillRect(bar, v < 0 ? kNegative : kBar);
        p.setPen(Qt::black);
        const QRectF row(area.left(), top, labelWidth - m.mm(1.5), band);
        const QString label =
            QFontMetricsF(m.font(face), &m.device()).elidedText(c.labels.value(i), Qt::ElideRight, row.width());
        text(p, m, face, row, Qt::AlignRight | Qt::AlignVCenter, label);
        const QString value = QString::number(v, 'f', c.decimals);
        if (v < 0)
            text(p, m, face, QRectF(bar.left() - valueWidth, top, valueWidth - m.mm(1), band),
                 Qt::AlignRight | Qt::AlignVCenter, value);
        else
            text(p, m, face, QRectF(bar.right() + m.mm(1), top, valueWidth, band), Qt::AlignLeft | Qt::AlignVCenter,
                 value);
    }
    p.setPen(QPen(Qt::black, m.mm(0.25)));
    p.drawLine(QPointF(xOf(0), plot.top()), QPointF(xOf(0), plot.bottom()));
}

void paintHistogram(QPainter& p, const Metrics& m, const report::Chart& c, QRectF area)
{
    const int n = int(c.values.size());
    double high = 0;
    for (double v : c.values)
        high = std::max(high, v);
    const double step = niceStep(high, 5);
    high = std::max(step, std::ceil(high / step) * step);
    const double axisWidth = m.advance(tickText(high, step), Face::Margin) + m.mm(2.5);
    const double labelHeight = m.lineHeight(Face::Margin);
    const double valueHeight = m.lineHeight(Face::Margin);
    const QRectF plot(area.left() + axisWidth, area.top() + valueHeight, area.width() - axisWidth,
                      area.height() - labelHeight - valueHeight);
    auto yOf = [&](double v) { return plot.bottom() - v / high * plot.height(); };
    for (double v = 0; v <= high + step / 2; v += step) {
        p.setPen(QPen(kGrid, m.mm(0.15)));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        text(p, m, Face::Margin, QRectF(area.left(), yOf(v) - labelHeight / 2, axisWidth - m.mm(1), labelHeight),
             Qt::AlignRight | Qt::AlignVCenter, tickText(v, step));
    }
    const double width = plot.width() / std::max(1, n);
    const Face labelFace = Face::Margin;
    for (int i = 0; i < n; ++i) {
        const double x = plot.left() + i * width;
        const QRectF bar(QPointF(x, yOf(c.values[i])), QPointF(x + width, plot.bottom()));
        p.fillRect(bar, kBar);
        p.setPen(QPen(Qt::white, m.mm(0.2)));
        p.drawRect(bar);
        p.setPen(Qt::black);
        if (c.values[i] > 0)
            text(p, m, labelFace, QRectF(x, bar.top() - valueHeight, width, valueHeight),
                 Qt::AlignHCenter | Qt::AlignBottom, QString::number(c.values[i], 'f', c.decimals));
        text(p, m, labelFace, QRectF(x, plot.bottom(), width, labelHeight), Qt::AlignHCenter | Qt::AlignTop,
             c.labels.value(i));
    }
    p.setPen(QPen(Qt::black, m.mm(0.25)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
}

} // namespace

void paintChart(QPainter& painter, const Metrics& metrics, const report::Chart& chart, const QRectF& area)
{
    painter.save();
    const double titleHeight = metrics.lineHeight(Face::Bold) + metrics.mm(1.5);
    text(painter, metrics, Face::Bold, QRectF(area.left(), area.top(), area.width(), titleHeight),
         Qt::AlignHCenter | Qt::AlignTop, chart.title);
    const QRectF plot = area.adjusted(0, titleHeight, -metrics.mm(2), -metrics.mm(1));
    if (!chart.values.isEmpty()) {
        if (chart.type == report::Chart::Type::Histogram)
            paintHistogram(painter, metrics, chart, plot);
        else
            paintBars(painter, metrics, chart, plot);
    }
    painter.restore();
}

} // namespace rb::ui::reports
