// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "io/Table.h"
#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace rb::io {

namespace {

/// "BC12" -> 54 (0-based column index), -1 when malformed.
int columnIndex(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters ? column - 1 : -1;
}

/// Text of all <t> elements inside the current element (rich text runs), skipping phonetics.
QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phoneticDepth;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(ZipReader& zip)
{
    QStringList strings;
    if (!zip.contains(QStringLiteral("xl/sharedStrings.xml")))
        return strings;
    Result<QByteArray> data = zip.read(QStringLiteral("xl/sharedStrings.xml"));
    if (!data)
        return data.takeError();
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << readRichText(xml);
    }
    if (xml.hasError())
        return Error::input(Tr::tr("the shared strings of the workbook are damaged: %1").arg(xml.errorString()));
    return strings;
}

/// The path inside the archive of the first worksheet, following workbook.xml and its relations.
Result<QString> firstSheetPath(ZipReader& zip)
{
    Result<QByteArray> workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.takeError();
    QString relationId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd() && relationId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    relationId = a.value().toString();
            }
        }
    }
    if (relationId.isEmpty())
        return Error::input(Tr::tr("the workbook has no worksheet"));
    Result<QByteArray> relations = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relations)
        return relations.takeError();
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship")
            && rels.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QString(QStringLiteral("xl/") + target);
        }
    }
    return Error::input(Tr::tr("the workbook does not say where its first worksheet is"));
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::abs(v) < 1e15 && v == std::floor(v))
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

Result<Table> parseXlsx(const QByteArray& bytes, const QString& fileName)
{
    auto fail = [&](const Error& e) {
        return Error::input(Tr::tr("%1 is not a readable .xlsx workbook: %2").arg(fileName, e.message));
    };
    Result<std::unique_ptr<ZipReader>> zip = ZipReader::open(bytes);
    if (!zip)
        return fail(zip.error());
    Result<QStringList> shared = readSharedStrings(**zip);
    if (!shared)
        return fail(shared.error());
    Result<QString> sheetPath = firstSheetPath(**zip);
    if (!sheetPath)
        return fail(sheetPath.error());
    Result<QByteArray> sheet = (*zip)->read(*sheetPath);
    if (!sheet)
        return fail(sheet.error());

    Table table;
    table.fileName = fileName;
    table.encoding = QStringLiteral("xlsx");
    bool haveHeader = false;
    QXmlStreamReader xml(*sheet);
    int rowNumber = 0;
    QStringList cells;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
            cells.clear();
            nextColumn = 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const int column = attributes.hasAttribute(QLatin1String("r"))
                                   ? columnIndex(attributes.value(QLatin1String("r")))
                                   : nextColumn;
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    value = readRichText(xml);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                const int index = value.toInt();
                value = index >= 0 && index < shared->size() ? shared->at(index) : QString();
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value);
            }
            if (column >= 0 && column < 16384) {
                while (cells.size() <= column)
                    cells << QString();
                cells[column] = value;
                nextColumn = column + 1;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            const bool blank =
                std::all_of(cells.begin(), cells.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
            if (blank)
                continue;
            if (!haveHeader) {
                table.header = cells;
                haveHeader = true;
            } else {
                table.rows.append({rowNumber, cells});
            }
        }
    }
    if (xml.hasError())
        return Error::input(Tr::tr("%1: the worksheet is damaged: %2").arg(fileName, xml.errorString()));
    if (!haveHeader)
        return Error::input(Tr::tr("%1 is empty: the first row must name the columns").arg(fileName));
    return table;
}

} // namespace rb::io
