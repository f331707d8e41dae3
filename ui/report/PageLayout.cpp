// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PageLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

#include <numeric>

namespace rb::ui::reports {

namespace {

using namespace rb::report;

/// Space for the running header and footer, inside the device's margins.
constexpr double kHeaderMm = 10;
constexpr double kFooterMm = 8;
constexpr double kCellPadXMm = 1.2;
constexpr double kCellPadYMm = 0.9;

struct FaceSpec {
    double points;
    bool bold;
};
constexpr FaceSpec kFaces[] = {{10.5, false}, {10.5, true}, {9, false}, {9, true}, {16, true}, {12, true}, {8, false}};

} // namespace

QFont reportFont(Face face)
{
    const FaceSpec& spec = kFaces[int(face)];
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPointSizeF(spec.points);
    f.setBold(spec.bold);
    f.setStyleHint(QFont::SansSerif);
    // Without shaping, digits and Latin letters keep the glyphs the font maps them to, so the PDF's text map
    // (which Qt builds from those mappings) gives "2025-FAC-0001" back when the text is copied or searched.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

Metrics::Metrics(const QPaintDevice& device) : m_device(device)
{
    m_dotsPerMm = device.logicalDpiY() / 25.4;
    page = QRectF(0, 0, device.width(), device.height());
    body = page.adjusted(0, mm(kHeaderMm), 0, -mm(kFooterMm));
    for (int face = 0; face < int(std::size(kFaces)); ++face) {
        const QFont f = reportFont(Face(face));
        const QFontMetricsF fm(f, &device);
        m_fonts << f;
        // The CJK font's own line spacing is generous; a slightly tighter leading reads like printed forms.
        m_lineHeights << fm.height() * 1.08;
        m_ascents << fm.ascent();
        m_metrics << fm;
    }
}

QStringList Metrics::wrap(const QString& text, Face face, double width) const
{
    QStringList lines;
    const QFont& f = font(face);
    const QFontMetricsF& fm = m_metrics[int(face)];
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (fm.horizontalAdvance(paragraph) <= width) {
            lines << paragraph;
            continue;
        }
        QTextLayout layout(paragraph, f, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

namespace {

/// Places blocks top to bottom, starting new pages as they fill.
class Layouter {
public:
    explicit Layouter(const Metrics& m) : m(m) { newPage(); }

    QList<Page> pages;

    void add(const Block& block)
    {
        const Mark start{pages.size() - 1, pages.last().size(), y};
        std::visit([this](const auto& b) { place(b); }, block);
        previous = start;
        previousWasParagraph = std::holds_alternative<Paragraph>(block);
    }

private:
    /// Where a block began: its page, its first item there, and the height it began at.
    struct Mark {
        qsizetype page = 0;
        qsizetype item = 0;
        double top = 0;
    };

    const Metrics& m;
    double y = 0;
    Mark previous;
    bool previousWasParagraph = false;

    /// Moves the previous block (when it began on this page below other content) to a new page, so that what
    /// follows (signature lines) does not stand alone; true when it moved.
    bool carryPreviousOver(double following)
    {
        if (!previousWasParagraph || previous.page != pages.size() - 1 || previous.item == 0
            || (y - previous.top) + following > m.body.height())
            return false;
        const double bottom = y;
        Page moved = pages.last().mid(previous.item);
        pages.last().resize(previous.item);
        const double shift = m.body.top() - previous.top;
        newPage();
        for (Item& i : moved) {
            i.rect.translate(0, shift);
            pages.last() << i;
        }
        y = bottom + shift;
        return true;
    }

    Page& page() { return pages.last(); }
    void newPage()
    {
        pages.append(Page());
        y = m.body.top();
    }
    [[nodiscard]] bool pageEmpty() const { return pages.last().isEmpty(); }
    [[nodiscard]] double room() const { return m.body.bottom() - y; }
    /// Starts a new page unless \a height fits (an empty page takes anything).
    void ensure(double height)
    {
        if (height > room() && !pageEmpty())
            newPage();
    }
    void gap(double millimetres)
    {
        if (!pageEmpty())
            y += m.mm(millimetres);
    }

    void text(const QRectF& rect, const QString& line, Face face, Align align)
    {
        Item i;
        i.type = Item::Type::Text;
        i.rect = rect;
        i.text = line;
        i.face = face;
        i.align = align;
        page() << i;
    }
    void line(QPointF from, QPointF to)
    {
        Item i;
        i.type = Item::Type::Line;
        i.rect = QRectF(from, to);
        page() << i;
    }
    void box(const QRectF& rect, bool fill)
    {
        Item i;
        i.type = Item::Type::Box;
        i.rect = rect;
        i.fill = fill;
        page() << i;
    }

    void place(const Heading& h)
    {
        const Face face = h.level <= 1 ? Face::Title : Face::Section;
        const QStringList lines = m.wrap(h.text, face, m.body.width());
        const double height = lines.size() * m.lineHeight(face);
        gap(h.level <= 1 ? 0 : 3);
        // Keep a heading with at least three lines of what follows.
        ensure(height + 3 * m.lineHeight(Face::Body));
        for (const QString& l : lines) {
            text(QRectF(m.body.left(), y, m.body.width(), m.lineHeight(face)), l, face,
                 h.level <= 1 ? Align::Center : Align::Left);
            y += m.lineHeight(face);
        }
        y += m.mm(h.level <= 1 ? 4 : 1.5);
    }

    void place(const Paragraph& p)
    {
        const Face face = p.bold ? Face::Bold : Face::Body;
        gap(1.5);
        for (const QString& l : m.wrap(p.text, face, m.body.width())) {
            ensure(m.lineHeight(face));
            text(QRectF(m.body.left(), y, m.body.width(), m.lineHeight(face)), l, face, Align::Left);
            y += m.lineHeight(face);
        }
    }

    /// One ruled row of cells; never split. Returns its height.
    struct Cell {
        QString text;
        double width;
        Face face;
        Align align;
        bool shaded;
    };
    double rowHeight(const QList<Cell>& cells, QList<QStringList>& wrapped) const
    {
        const double padX = m.mm(kCellPadXMm);
        const double padY = m.mm(kCellPadYMm);
        double height = 0;
        wrapped.clear();
        for (const Cell& c : cells) {
            wrapped << m.wrap(c.text, c.face, std::max(1.0, c.width - 2 * padX));
            height = std::max(height, wrapped.last().size() * m.lineHeight(c.face));
        }
        return height + 2 * padY;
    }
    void drawRow(const QList<Cell>& cells, const QList<QStringList>& wrapped, double height)
    {
        const double padX = m.mm(kCellPadXMm);
        const double padY = m.mm(kCellPadYMm);
        double x = m.body.left();
        for (int i = 0; i < cells.size(); ++i) {
            const Cell& c = cells[i];
            const QRectF cell(x, y, c.width, height);
            if (c.shaded)
                box(cell, true);
            box(cell, false);
            const double lh = m.lineHeight(c.face);
            // Short cells sit in the middle of a tall row.
            double ty = y + padY + (height - 2 * padY - wrapped[i].size() * lh) / 2;
            for (const QString& l : wrapped[i]) {
                text(QRectF(x + padX, ty, c.width - 2 * padX, lh), l, c.face, c.align);
                ty += lh;
            }
            x += c.width;
        }
        y += height;
    }

    void place(const Fields& f)
    {
        const int columns = f.columns >= 4 ? 4 : 2;
        const double w = m.body.width();
        const QList<double> widths =
            columns == 4 ? QList<double>{w * 0.13, w * 0.37, w * 0.13, w * 0.37} : QList<double>{w * 0.2, w * 0.8};
        gap(1.5);
        for (int i = 0; i < f.pairs.size(); i += columns / 2) {
            QList<Cell> cells;
            for (int k = 0; k < columns / 2; ++k) {
                const int at = i + k;
                const QPair<QString, QString> pair = at < f.pairs.size() ? f.pairs[at] : QPair<QString, QString>();
                cells << Cell{pair.first, widths[2 * k], Face::TableBold, Align::Center, true}
                      << Cell{pair.second, widths[2 * k + 1], Face::Table, Align::Left, false};
            }
            QList<QStringList> wrapped;
            const double h = rowHeight(cells, wrapped);
            ensure(h);
            drawRow(cells, wrapped, h);
        }
    }

    void place(const report::Table& t)
    {
        if (t.columns.isEmpty())
            return;
        const double sum = std::accumulate(t.columns.cbegin(), t.columns.cend(), 0.0,
                                           [](double s, const Column& c) { return s + c.width; });
        QList<double> widths;
        for (const Column& c : t.columns)
            widths << m.body.width() * c.width / sum;
        QList<Cell> header;
        for (int i = 0; i < t.columns.size(); ++i)
            header << Cell{t.columns[i].header, widths[i], Face::TableBold, Align::Center, true};
        QList<QStringList> headerLines;
        const double headerHeight = rowHeight(header, headerLines);
        auto row = [&](const QStringList& values, Face face) {
            QList<Cell> cells;
            for (int i = 0; i < t.columns.size(); ++i)
                cells << Cell{values.value(i), widths[i], face, t.columns[i].align, false};
            return cells;
        };
        gap(1.5);
        bool headed = false;
        auto put = [&](const QList<Cell>& cells) {
            QList<QStringList> wrapped;
            const double h = rowHeight(cells, wrapped);
            if (!headed) {
                ensure(headerHeight + h); // the header never stands alone at a page's foot
                drawRow(header, headerLines, headerHeight);
                headed = true;
            } else if (h > room()) {
                // A row never splits: it moves to the next page, under a repeated header.
                newPage();
                drawRow(header, headerLines, headerHeight);
            }
            drawRow(cells, wrapped, h);
        };
        if (t.rows.isEmpty() && t.total.isEmpty()) {
            ensure(headerHeight);
            drawRow(header, headerLines, headerHeight);
        }
        for (const QStringList& values : t.rows)
            put(row(values, Face::Table));
        if (!t.total.isEmpty())
            put(row(t.total, Face::TableBold));
    }

    void place(const Signatures& s)
    {
        if (s.labels.isEmpty())
            return;
        const double height = m.lineHeight(Face::Body) + m.mm(2);
        gap(8);
        if (height > room() && !carryPreviousOver(height + m.mm(8)))
            ensure(height);
        const double slot = m.body.width() / s.labels.size();
        double x = m.body.left();
        const double baseline = y + m.lineHeight(Face::Body);
        for (const QString& label : s.labels) {
            const QString caption = label + QString::fromUtf8("：");
            const QStringList lines = m.wrap(caption, Face::Body, slot);
            const QString first = lines.value(0);
            text(QRectF(x, y, slot, m.lineHeight(Face::Body)), first, Face::Body, Align::Left);
            // The signature line runs from the caption's end to near the slot's end.
            line(QPointF(x + captionWidth(first), baseline), QPointF(x + slot - m.mm(6), baseline));
            x += slot;
        }
        y += height;
    }
    [[nodiscard]] double captionWidth(const QString& caption) const { return m.advance(caption, Face::Body) + m.mm(1); }

    void place(const report::Chart& c)
    {
        // Horizontal bars get a band each; a histogram has a fixed plot height.
        const double wanted = c.type == report::Chart::Type::Histogram
                                  ? m.mm(75)
                                  : m.mm(16) + c.values.size() * m.mm(c.values.size() > 30 ? 4.2 : 6);
        const double height = std::min(wanted, m.body.height());
        gap(3);
        ensure(height);
        Item i;
        i.type = Item::Type::Chart;
        i.rect = QRectF(m.body.left(), y, m.body.width(), height);
        i.chart = &c;
        page() << i;
        y += height;
    }

    void place(const PageBreak&)
    {
        if (!pageEmpty())
            newPage();
    }
};

} // namespace

QList<Page> layOut(const report::Document& doc, const Metrics& metrics)
{
    Layouter layouter(metrics);
    for (const report::Block& block : doc.blocks)
        layouter.add(block);
    return layouter.pages;
}

} // namespace rb::ui::reports
