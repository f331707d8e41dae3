// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Text.h"

#include <QRegularExpression>

namespace rb::text {

QString nameKey(const QString& name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            key += c;
    }
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
