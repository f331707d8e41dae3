// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "io/Limits.h"
#include "io/Table.h"
#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
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

/// How the workbook shows numbers (xl/styles.xml): which cell styles are dates, and which pad with zeros ("000"
/// makes 1 into 001: expert codes are often numbers shown that way).
class Styles {
public:
    static Result<Styles> read(ZipReader& zip);

    /// The text a spreadsheet shows for the number \a raw in cell style \a style.
    [[nodiscard]] QString show(const QString& raw, int style) const;

private:
    enum class Kind { Plain, Date, DateTime, Padded };
    struct Format {
        Kind kind = Kind::Plain;
        int width = 0; ///< Padded: digits
    };
    QList<Format> m_cellFormats; ///< by cell style index
};

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

Result<Styles> Styles::read(ZipReader& zip)
{
    Styles styles;
    if (!zip.contains(QStringLiteral("xl/styles.xml")))
        return styles;
    Result<QByteArray> data = zip.read(QStringLiteral("xl/styles.xml"));
    if (!data)
        return data.takeError();
    QHash<int, QString> custom; // numFmtId -> formatCode
    QList<int> ids;             // numFmtId of each cellXfs entry
    bool inCellXfs = false;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                          xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            if (ids.size() >= 65536)
                return Error::input(Tr::tr("the workbook has more than %1 cell styles").arg(65536));
            ids << xml.attributes().value(QLatin1String("numFmtId")).toInt();
        }
    }
    if (xml.hasError())
        return Error::input(Tr::tr("the styles of the workbook are damaged: %1").arg(xml.errorString()));
    // Quoted text, [colours] and [$-804] locales, and escaped characters say nothing about dates.
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    static const QRegularExpression zeros(QStringLiteral("^0+$"));
    for (int id : std::as_const(ids)) {
        Format f;
        // Excel's built-in date formats.
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
            f.kind = Kind::Date;
        else if (id == 22)
            f.kind = Kind::DateTime;
        else if (custom.contains(id)) {
            QString code = custom.value(id).section(QLatin1Char(';'), 0, 0);
            code.remove(quoted);
            const QString lower = code.toLower();
            if (zeros.match(code).hasMatch()) {
                f.kind = Kind::Padded;
                f.width = int(code.size());
            } else if (lower.contains(QLatin1Char('y')) || lower.contains(QLatin1Char('d'))) {
                f.kind = lower.contains(QLatin1Char('h')) ? Kind::DateTime : Kind::Date;
            }
        }
        styles.m_cellFormats << f;
    }
    return styles;
}

QString Styles::show(const QString& raw, int style) const
{
    const Format f = style >= 0 && style < m_cellFormats.size() ? m_cellFormats[style] : Format{};
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok || f.kind == Kind::Plain)
        return numberText(raw);
    if (f.kind == Kind::Padded) {
        if (v < 0 || v >= 1e15 || v != std::floor(v))
            return numberText(raw);
        return QStringLiteral("%1").arg(qint64(v), f.width, 10, QLatin1Char('0'));
    }
    // Serial days since 1899-12-30 (Excel's 1900 system, right from March 1900 on).
    if (v < 1 || v > 2958465)
        return numberText(raw);
    const QDate date = QDate(1899, 12, 30).addDays(qint64(std::floor(v)));
    if (f.kind == Kind::Date)
        return date.toString(Qt::ISODate);
    const int seconds = int(std::lround((v - std::floor(v)) * 86400.0));
    return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// Reads the rows of a worksheet into a table with memory in proportion to its real content: a row
/// holds cells only up to its last non-empty one, and no wider than the table's header, found among the first ten
/// non-blank rows (below a title or an 附件 line) as the first with the most non-empty cells. Merged cells give their
/// value to every cell they cover; numbers are shown as their cell's format shows them (zero-padded codes, dates).
class SheetReader {
public:
    SheetReader(const QStringList& shared, const Styles& styles, Table& table)
        : m_shared(shared), m_styles(styles), m_table(table)
    {}

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
            } else if (xml.isStartElement() && xml.name() == QLatin1String("mergeCell")) {
                RB_TRY(addMerge(xml.attributes().value(QLatin1String("ref"))));
            }
        }
        if (xml.hasError())
            return fail(Tr::tr("the worksheet is damaged: %1").arg(xml.errorString()));
        if (!m_haveHeader)
            return Error::input(Tr::tr("%1 is empty: the first row must name the columns").arg(m_table.fileName));
        if (m_widthRows < kWidthRows)
            fixWidth();
        return applyMerges();
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

    /// "A3:B10" as columns and rows (0-based columns, row numbers); kept within bounds.
    Status addMerge(QStringView ref)
    {
        const qsizetype colon = ref.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return {};
        auto cellOf = [](QStringView r) -> std::optional<QPair<int, int>> {
            const int column = columnIndex(r);
            qsizetype digits = 0;
            while (digits < r.size() && r[digits].isLetter())
                ++digits;
            bool ok = false;
            const qint64 row = r.mid(digits).toLongLong(&ok);
            if (column < 0 || !ok || row < 1 || row > limits::kMaxRows)
                return std::nullopt;
            return QPair<int, int>{column, int(row)};
        };
        const auto from = cellOf(ref.left(colon));
        const auto to = cellOf(ref.mid(colon + 1));
        if (!from || !to || to->first < from->first || to->second < from->second)
            return fail(Tr::tr("merged cells \"%1\" are not a range of cells").arg(ref.left(32)));
        if (m_merges.size() >= kMaxMerges)
            return fail(Tr::tr("the worksheet has more than %1 merged ranges").arg(kMaxMerges));
        m_merges.append({from->first, from->second, to->first, to->second});
        return {};
    }

    /// Gives each merged range's value (its top-left cell's) to the other cells it covers, in rows that exist and
    /// within the table's width.
    Status applyMerges()
    {
        if (m_merges.isEmpty())
            return {};
        QHash<int, QStringList*> rowOf;
        rowOf.insert(m_table.headerRow, &m_table.header);
        for (TableRow& r : m_table.rows)
            rowOf.insert(r.number, &r.cells);
        const int width = m_widthRows >= kWidthRows ? m_width : limits::kMaxColumns;
        for (const Merge& m : std::as_const(m_merges)) {
            QStringList* top = rowOf.value(m.firstRow);
            const QString value = top && m.firstColumn < top->size() ? top->at(m.firstColumn) : QString();
            if (value.isEmpty())
                continue;
            const int lastColumn = std::min(m.lastColumn, width - 1);
            for (int row = m.firstRow; row <= m.lastRow; ++row) {
                QStringList* cells = rowOf.value(row);
                if (!cells)
                    continue;
                for (int column = m.firstColumn; column <= lastColumn; ++column) {
                    if (column >= cells->size()) {
                        if (m_cellCount + column + 1 - cells->size() > limits::kMaxCells)
                            return fail(Tr::tr("the worksheet has more than %1 cells").arg(limits::kMaxCells));
                        m_cellCount += column + 1 - cells->size();
                        cells->resize(column + 1);
                    }
                    if ((*cells)[column].isEmpty())
                        (*cells)[column] = value;
                }
            }
        }
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
            bool ok = false;
            const int style = attributes.value(QLatin1String("s")).toInt(&ok);
            value = m_styles.show(value, ok ? style : 0);
        }
        // An empty cell never widens a row, and after the first rows nothing goes beyond their width.
        const int width = m_widthRows >= kWidthRows ? m_width : limits::kMaxColumns;
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
        if (m_widthRows < kWidthRows) {
            const int filled = int(
                std::count_if(m_cells.begin(), m_cells.end(), [](const QString& c) { return !c.trimmed().isEmpty(); }));
            if (filled > m_headerCells) { // the first row with the most cells is the likeliest header
                m_headerCells = filled;
                m_width = int(m_cells.size());
            }
        }
        if (!m_haveHeader) {
            m_table.header = std::exchange(m_cells, {});
            m_table.headerRow = m_rowNumber;
            m_haveHeader = true;
        } else {
            m_table.rows.append({m_rowNumber, std::exchange(m_cells, {})});
        }
        if (m_widthRows < kWidthRows && ++m_widthRows == kWidthRows)
            fixWidth();
        return {};
    }

    /// The first rows were read at any width; now that the header is known, none is wider.
    void fixWidth()
    {
        m_widthRows = kWidthRows;
        auto cut = [&](QStringList& cells) {
            qsizetype keep = std::min<qsizetype>(cells.size(), m_width);
            while (keep > 0 && cells[keep - 1].isEmpty()) // a row ends at its last non-empty cell
                --keep;
            m_cellCount -= cells.size() - keep;
            cells.resize(keep);
        };
        cut(m_table.header);
        for (TableRow& r : m_table.rows)
            cut(r.cells);
    }

    static constexpr int kWidthRows = 10;    ///< the rows that set the table's width
    static constexpr int kMaxMerges = 65536; ///< merged ranges of one worksheet
    struct Merge {
        int firstColumn, firstRow, lastColumn, lastRow;
    };

    const QStringList& m_shared;
    const Styles& m_styles;
    Table& m_table;
    bool m_haveHeader = false;
    int m_widthRows = 0;   ///< non-blank rows seen of the first kWidthRows (kWidthRows once the width is fixed)
    int m_headerCells = 0; ///< the most non-empty cells of one of them
    int m_width = 0;       ///< the width of the first row with that many
    QList<Merge> m_merges;
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

    Result<Styles> styles = Styles::read(**zip);
    if (!styles)
        return fail(styles.error());

    Table table;
    table.fileName = fileName;
    table.encoding = QStringLiteral("xlsx");
    RB_TRY(SheetReader(*shared, *styles, table).read(*sheet));
    return table;
}

} // namespace rb::io
