// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "io/Limits.h"
#include "io/Table.h"
#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <utility>

namespace rb::io {

namespace {

/// "BC12" -> 54 (0-based column index); -1 when malformed or beyond the last column (XFD).
int columnIndex(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        if (++letters > 3) // "XFD" is the last column; also keeps the sum below from overflowing
            return -1;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    if (letters == 0 || column > limits::kMaxColumns)
        return -1;
    return column - 1;
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

/// OOXML's escapes of characters XML cannot hold (ST_Xstring): "_x000D_" is a carriage return, "_x005F_" an
/// underscore. Excel and libxlsxwriter write them; anything else stays as it is.
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('_') && i + 6 < text.size() && text[i + 1] == QLatin1Char('x')
            && text[i + 6] == QLatin1Char('_') && isHexDigit(text[i + 2]) && isHexDigit(text[i + 3])
            && isHexDigit(text[i + 4]) && isHexDigit(text[i + 5])) {
            out += QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out += text[i];
        }
    }
    return out;
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
    return decodeEscapes(text);
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
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
            if (strings.size() >= limits::kMaxSharedStrings)
                return Error::input(
                    Tr::tr("the workbook has more than %1 shared strings").arg(limits::kMaxSharedStrings));
            strings << readRichText(xml);
        }
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

/// Reads the rows of a worksheet into a table with memory in proportion to its real content: a row
/// holds cells only up to its last non-empty one, and once the header is known, no wider than it.
class SheetReader {
public:
    SheetReader(const QStringList& shared, Table& table) : m_shared(shared), m_table(table) {}

    Status read(const QByteArray& sheet)
    {
        QXmlStreamReader xml(sheet);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
                RB_TRY(startRow(xml.attributes().value(QLatin1String("r"))));
            } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
                RB_TRY(readCell(xml));
            } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                RB_TRY(endRow());
            }
        }
        if (xml.hasError())
            return fail(Tr::tr("the worksheet is damaged: %1").arg(xml.errorString()));
        if (!m_haveHeader)
            return Error::input(Tr::tr("%1 is empty: the first row must name the columns").arg(m_table.fileName));
        return {};
    }

private:
    Error fail(const QString& message) const { return Error::input(Tr::tr("%1: %2").arg(m_table.fileName, message)); }

    Status startRow(QStringView r)
    {
        bool ok = true;
        const qint64 number = r.isEmpty() ? qint64(m_rowNumber) + 1 : r.toLongLong(&ok);
        if (!ok || number < 1 || number > limits::kMaxRows || number <= m_rowNumber)
            return fail(Tr::tr("row number %1 is not valid: rows go forward from 1 to %2 (after row %3)")
                            .arg(r.isEmpty() ? QString::number(number) : r.toString())
                            .arg(limits::kMaxRows)
                            .arg(m_rowNumber));
        m_rowNumber = int(number);
        m_cells.clear();
        m_nextColumn = 0;
        return {};
    }

    Status readCell(QXmlStreamReader& xml)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        int column = m_nextColumn;
        if (attributes.hasAttribute(QLatin1String("r"))) {
            const QStringView reference = attributes.value(QLatin1String("r"));
            column = columnIndex(reference);
            if (column < 0)
                return fail(Tr::tr("row %1: cell reference \"%2\" is not a column from A to XFD")
                                .arg(m_rowNumber)
                                .arg(reference.left(32)));
        } else if (column >= limits::kMaxColumns) {
            return fail(Tr::tr("row %1 has more than %2 columns").arg(m_rowNumber).arg(limits::kMaxColumns));
        }
        m_nextColumn = column + 1;
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
            bool ok = false;
            const int index = value.toInt(&ok);
            value = ok && index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
        } else if (type == QLatin1String("b")) {
            value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            value = numberText(value);
        }
        // An empty cell never widens a row, and nothing goes beyond the header.
        const int width = m_haveHeader ? int(m_table.header.size()) : limits::kMaxColumns;
        if (value.isEmpty() || column >= width)
            return {};
        if (column >= m_cells.size()) {
            if (m_cellCount + column + 1 > limits::kMaxCells)
                return fail(Tr::tr("the worksheet has more than %1 cells").arg(limits::kMaxCells));
            m_cells.resize(column + 1);
        }
        m_cells[column] = value;
        return {};
    }

    Status endRow()
    {
        const bool blank =
            std::all_of(m_cells.begin(), m_cells.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
        if (blank)
            return {};
        m_cellCount += m_cells.size();
        if (!m_haveHeader) {
            m_table.header = std::exchange(m_cells, {});
            m_haveHeader = true;
        } else {
            m_table.rows.append({m_rowNumber, std::exchange(m_cells, {})});
        }
        return {};
    }

    const QStringList& m_shared;
    Table& m_table;
    bool m_haveHeader = false;
    int m_rowNumber = 0; ///< the last row number seen
    QStringList m_cells;
    int m_nextColumn = 0;
    qint64 m_cellCount = 0; ///< cells kept in the table so far
};

} // namespace

Result<Table> parseXlsx(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > limits::kMaxFileBytes)
        return Error::input(Tr::tr("%1 is larger than %2 MB; split it into smaller files")
                                .arg(fileName)
                                .arg(limits::kMaxFileBytes / (1024 * 1024)));
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
    RB_TRY(SheetReader(*shared, table).read(*sheet));
    return table;
}

} // namespace rb::io
