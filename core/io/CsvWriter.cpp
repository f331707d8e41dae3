// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvWriter.h"
#include "common/Tr.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace rb::io {

QString csvField(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString neutraliseFormula(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                       || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky)
        return text;
    // A plain negative number ("-3.5") is data a spreadsheet reads as the number, not a formula.
    static const QRegularExpression plainNegative(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));
    if (first == QLatin1Char('-') && plainNegative.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

QString csvCell(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType: return {};
    case QMetaType::Double:
    case QMetaType::Float:
        // 15 significant digits: the shortest text that reads back as the value people saw.
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::Int:
    case QMetaType::LongLong: return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QString::number(value.toULongLong());
    default: return value.isNull() ? QString() : neutraliseFormula(value.toString());
    }
}

QByteArray csvBytes(const QStringList& header, const QList<QVariantList>& rows)
{
    auto line = [](const QStringList& cells) -> QString {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString& c : cells)
            fields << csvField(c);
        return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(header);
    for (const QVariantList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant& v : row)
            cells << csvCell(v);
        text += line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeCsv(const QString& path, const QStringList& header, const QList<QVariantList>& rows)
{
    const QByteArray bytes = csvBytes(header, rows);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::io(Tr::tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace rb::io
