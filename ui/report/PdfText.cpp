// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfText.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QRawFont>

namespace rb::ui::reports {

namespace {

/// Radical → the ideograph drawn with the same glyph in \a font.
QHash<char16_t, char16_t> radicalMap(const QFont& font)
{
    QHash<char16_t, char16_t> map;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return map;
    auto range = [](char16_t from, char16_t to) {
        QString s;
        for (char32_t c = from; c <= to; ++c)
            s += QChar(char16_t(c));
        return s;
    };
    const QString ideographs = range(0x4E00, 0x9FFF);
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size() && i < ideographs.size(); ++i) {
        if (ideographGlyphs[i] != 0 && !byGlyph.contains(ideographGlyphs[i]))
            byGlyph.insert(ideographGlyphs[i], ideographs[i].unicode());
    }
    const QString radicals = range(0x2E80, 0x2FDF);
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
        const auto it = byGlyph.constFind(radicalGlyphs[i]);
        if (radicalGlyphs[i] != 0 && it != byGlyph.constEnd())
            map.insert(radicals[i].unicode(), *it);
    }
    return map;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// The code in the <XXXX> token at \a i, or -1.
int codeAt(const QByteArray& pdf, qsizetype i)
{
    if (pdf[i] != '<' || pdf[i + 5] != '>')
        return -1;
    int code = 0;
    for (int k = 1; k <= 4; ++k) {
        const int d = hexDigit(pdf[i + k]);
        if (d < 0)
            return -1;
        code = code * 16 + d;
    }
    return code;
}

/// One line of a bfrange section: "<from> <to> [<u> <u> ...]" or "<from> <to> <u>" (a range when from < to).
/// Only destinations are rewritten, and a single destination only when it maps one glyph.
void rewriteLine(QByteArray& pdf, qsizetype from, qsizetype to, const QHash<char16_t, char16_t>& map)
{
    static const char hex[] = "0123456789ABCDEF";
    QList<qsizetype> tokens;
    for (qsizetype i = from; i + 5 < to + 1 && i + 5 < pdf.size(); ++i) {
        if (codeAt(pdf, i) >= 0) {
            tokens << i;
            i += 5;
        }
    }
    if (tokens.size() < 3)
        return;
    const bool array = pdf.indexOf('[', from) >= 0 && pdf.indexOf('[', from) < to;
    if (!array && (tokens.size() != 3 || codeAt(pdf, tokens[0]) != codeAt(pdf, tokens[1])))
        return;
    for (qsizetype t = 2; t < tokens.size(); ++t) {
        const auto it = map.constFind(char16_t(codeAt(pdf, tokens[t])));
        if (it == map.constEnd())
            continue;
        for (int k = 1; k <= 4; ++k)
            pdf[tokens[t] + k] = hex[(*it >> (4 * (4 - k))) & 0xF];
    }
}

} // namespace

void fixToUnicode(QByteArray& pdf, const QFont& font)
{
    // The map depends only on the font; reports use one family, so it is made once (on any thread).
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> maps;
    QHash<char16_t, char16_t> map;
    {
        QMutexLocker lock(&mutex);
        const QString key = font.family();
        if (!maps.contains(key))
            maps.insert(key, radicalMap(font));
        map = maps.value(key);
    }
    if (map.isEmpty())
        return;
    qsizetype at = 0;
    while ((at = pdf.indexOf("begincmap", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", at);
        if (end < 0)
            break;
        for (qsizetype line = at; line < end;) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            rewriteLine(pdf, line, next, map);
            line = next + 1;
        }
        at = end;
    }
}

} // namespace rb::ui::reports
