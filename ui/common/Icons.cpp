// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Icons.h"

#include <QFont>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace rb::ui::icons {

namespace {

class GlyphEngine : public QIconEngine {
public:
    GlyphEngine(QString text, QColor color, bool square) : m_text(std::move(text)), m_color(color), m_square(square) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = m_color;
        if (mode == QIcon::Disabled)
            fill = QColor(0xB0, 0xB0, 0xB0);
        const QRectF r = QRectF(rect).adjusted(1, 1, -1, -1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        if (m_square) {
            painter->drawRoundedRect(r, r.width() * 0.22, r.height() * 0.22);
        } else {
            painter->drawEllipse(r);
        }
        QFont font = painter->font();
        font.setPixelSize(std::max(6, int(r.height() * 0.58)));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, m_text);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine* clone() const override { return new GlyphEngine(m_text, m_color, m_square); }

private:
    QString m_text;
    QColor m_color;
    bool m_square;
};

} // namespace

QIcon badge(const QString& character, const QColor& color)
{
    return QIcon(new GlyphEngine(character, color, false));
}

QIcon application()
{
    return QIcon(new GlyphEngine(QString::fromUtf8("评"), QColor(0x1F, 0x5F, 0xAF), true));
}

QColor accent(int index)
{
    static const QColor colors[] = {QColor(0x1F, 0x5F, 0xAF), QColor(0x2E, 0x8B, 0x57), QColor(0xD9, 0x82, 0x2B),
                                    QColor(0xB0, 0x3A, 0x2E), QColor(0x6A, 0x4C, 0x93), QColor(0x1A, 0x93, 0x9F),
                                    QColor(0x8C, 0x6D, 0x46), QColor(0x5B, 0x6B, 0x7A)};
    return colors[index % int(std::size(colors))];
}

} // namespace rb::ui::icons
