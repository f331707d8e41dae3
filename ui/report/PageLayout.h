// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ui/report: lays a Document out on pages of a paint device, without painting.
#pragma once

#include "report/Document.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

class QPaintDevice;

namespace rb::ui::reports {

/// The fonts of a document, by role.
enum class Face { Body, Bold, Table, TableBold, Title, Section, Margin };

/// The font of a role: Noto Sans CJK SC at the size of printed forms (正文 10.5 pt, tables 9 pt, title 16 pt).
QFont reportFont(Face face);

/// One thing to paint, positioned in device units within the page.
struct Item {
    enum class Type { Text, Line, Box, Chart };
    Type type = Type::Text;
    QRectF rect;            ///< Text: the line's box; Line: from topLeft to bottomRight; Box, Chart: the area
    QString text;           ///< Text only: one line, never wrapped again when painted
    Face face = Face::Body; ///< Text only
    report::Align align = report::Align::Left;
    bool fill = false; ///< Box: shaded (header cells); otherwise outlined
    const report::Chart* chart = nullptr;
};

using Page = QList<Item>;

/// Page geometry and fonts for one device.
class Metrics {
public:
    explicit Metrics(const QPaintDevice& device);
    [[nodiscard]] double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    [[nodiscard]] const QFont& font(Face face) const { return m_fonts[int(face)]; }
    [[nodiscard]] double lineHeight(Face face) const { return m_lineHeights[int(face)]; }
    [[nodiscard]] double ascent(Face face) const { return m_ascents[int(face)]; }
    [[nodiscard]] double advance(const QString& text, Face face) const
    {
        return m_metrics[int(face)].horizontalAdvance(text);
    }
    /// \a text broken into lines no wider than \a width (at word boundaries, else anywhere; CJK between characters).
    [[nodiscard]] QStringList wrap(const QString& text, Face face, double width) const;
    [[nodiscard]] const QPaintDevice& device() const { return m_device; }
    /// The whole page, the body between header and footer, in device units.
    QRectF page;
    QRectF body;

private:
    const QPaintDevice& m_device;
    double m_dotsPerMm = 1;
    QList<QFont> m_fonts;
    QList<double> m_lineHeights;
    QList<double> m_ascents;
    QList<QFontMetricsF> m_metrics;
};

/// Lays out every block of \a doc; returns the pages (at least one).
QList<Page> layOut(const report::Document& doc, const Metrics& metrics);

} // namespace rb::ui::reports
