// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Text.h"

#include <QRegularExpression>

#include <algorithm>

namespace rb::text {

QString nameKey(const QString& name)
{
    // Most names are ASCII and CJK unified ideographs, which NFKC leaves as they are: the normalisation (the costly
    // part when 50,000 applicants are matched against the experts) is skipped for them.
    const bool plain = std::all_of(name.begin(), name.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x80 || (u >= 0x4E00 && u <= 0x9FFF);
    });
    const QString folded = (plain ? name : name.normalized(QString::NormalizationForm_KC)).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            key += c;
    }
    return key;
}

QString organisationKey(const QString& name)
{
    QString key = nameKey(name);
    for (QChar& c : key) {
        const char16_t u = c.unicode();
        if (u == u'[' || u == u'\u3010' || u == u'\u3014' || u == u'\u3016')
            c = u'(';
        else if (u == u']' || u == u'\u3011' || u == u'\u3015' || u == u'\u3017')
            c = u')';
    }
    key.replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"));
    return key;
}

QString clean(const QString& value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    auto blank = [](QChar c) { return c.isSpace() || c == QChar(0x3000) || c == QChar(0xFEFF); };
    while (begin < end && blank(value.at(begin)))
        ++begin;
    while (end > begin && blank(value.at(end - 1)))
        --end;
    return value.mid(begin, end - begin);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
           || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QStringList splitList(const QString& value)
{
    static const QRegularExpression separators(QStringLiteral("[;；、]"));
    QStringList parts;
    for (const QString& part : value.split(separators)) {
        const QString trimmed = clean(part);
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

} // namespace rb::text
