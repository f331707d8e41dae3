// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Output.h"
#include "common/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "domain/Text.h"
#include "io/CsvWriter.h"

namespace rb::cli {

namespace {

QString cellText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'f', 2);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << cellText(item);
        return parts.join(QLatin1Char(';'));
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString clip(const QString& text, int width)
{
    if (text::displayWidth(text) <= width)
        return text;
    QString out;
    int w = 0;
    for (char32_t c : text.toUcs4()) {
        const int cw = text::isWide(c) ? 2 : 1;
        if (w + cw > width - 1)
            break;
        out += QString::fromUcs4(&c, 1);
        w += cw;
    }
    return out + QChar(0x2026);
}

} // namespace

Result<Format> parseFormat(const QString& text)
{
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    return Error::usage(Tr::tr("--format must be table, csv or json, not '%1'").arg(text));
}

QString csvLine(const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& cell : cells)
        quoted << io::csvField(cell);
    return quoted.join(QLatin1Char(','));
}

void writeJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void writeRecords(QTextStream& out, Format format, const QStringList& keys, const QList<QJsonObject>& records)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const QJsonObject& r : records) {
            QJsonObject o = r;
            for (const QString& k : keys) {
                if (!o.contains(k))
                    o.insert(k, QJsonValue::Null);
            }
            array.append(o);
        }
        writeJson(out, array);
        return;
    }
    if (format == Format::Csv) {
        out << csvLine(keys) << '\n';
        for (const QJsonObject& r : records) {
            QStringList cells;
            for (const QString& k : keys) {
                const QJsonValue v = r.value(k);
                // Text that a spreadsheet would run as a formula is neutralised; numbers stay numbers.
                cells << (v.isString() || v.isArray() ? io::neutraliseFormula(cellText(v)) : cellText(v));
            }
            out << csvLine(cells) << '\n';
        }
        return;
    }
    constexpr int kMaxWidth = 40;
    QList<int> widths;
    for (const QString& k : keys)
        widths << text::displayWidth(k);
    QList<QStringList> rows;
    for (const QJsonObject& r : records) {
        QStringList cells;
        for (int i = 0; i < keys.size(); ++i) {
            QString cell = clip(cellText(r.value(keys[i])).simplified(), kMaxWidth);
            widths[i] = std::max(widths[i], text::displayWidth(cell));
            cells << cell;
        }
        rows << cells;
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            text += cells[i];
            if (i + 1 < cells.size())
                text += QString(widths[i] - text::displayWidth(cells[i]) + 2, QLatin1Char(' '));
        }
        out << text << '\n';
    };
    line(keys);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList& r : rows)
        line(r);
}

} // namespace rb::cli
