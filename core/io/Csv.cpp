// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "io/Limits.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace rb::io {

namespace {

bool isBlank(const QStringList& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
}

QChar detectSeparator(QStringView text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = end < 0 ? text : text.left(end);
    const qsizetype commas = firstLine.count(QLatin1Char(','));
    const qsizetype tabs = firstLine.count(QLatin1Char('\t'));
    const qsizetype semicolons = firstLine.count(QLatin1Char(';'));
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas && semicolons > tabs)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Error tooLarge(const QString& fileName)
{
    return Error::input(Tr::tr("%1 is larger than %2 MB; split it into smaller files")
                            .arg(fileName)
                            .arg(limits::kMaxFileBytes / (1024 * 1024)));
}

} // namespace

QString decodeText(const QByteArray& bytes, QString* encoding)
{
    auto setEncoding = [&](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        setEncoding("UTF-16");
        QStringDecoder decoder(QStringConverter::Utf16);
        return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        setEncoding("UTF-8");
        return text;
    }
    // Excel on Chinese Windows writes CSV in the ANSI code page (GBK), a subset of GB18030.
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        setEncoding("GB18030");
        return gb.decode(bytes);
    }
    setEncoding("System");
    QStringDecoder system(QStringConverter::System);
    return system.decode(bytes);
}

Result<Table> parseCsv(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > limits::kMaxFileBytes)
        return tooLarge(fileName);
    Table table;
    table.fileName = fileName;
    const QString text = decodeText(bytes, &table.encoding);
    const QChar separator = detectSeparator(text);

    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1; // physical line where the current record started
    int currentLine = 1;
    bool haveHeader = false;
    qint64 cellCount = 0; // cells kept in the table so far
    bool tooManyCells = false;

    auto endRecord = [&]() {
        record << field;
        field.clear();
        fieldStarted = false;
        if (!isBlank(record)) {
            cellCount += record.size();
            tooManyCells = tooManyCells || cellCount > limits::kMaxCells;
            if (!haveHeader) {
                table.header = record;
                haveHeader = true;
            } else {
                table.rows.append({line, record});
            }
        }
        record.clear();
        line = currentLine;
    };
    auto tooManyFields = [&]() {
        return Error::input(
            Tr::tr("%1: row %2 has more than %3 fields").arg(fileName).arg(line).arg(limits::kMaxColumns),
            {{fileName, line, QString(),
              Tr::tr("more than %1 fields: is the separator right?").arg(limits::kMaxColumns)}});
    };
    auto cellsError = [&]() {
        return Error::input(
            Tr::tr("%1 has more than %2 cells; split it into smaller files").arg(fileName).arg(limits::kMaxCells));
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++currentLine;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            // A separator starts one more field: the record would hold record.size() + 2.
            if (record.size() + 1 >= limits::kMaxColumns)
                return tooManyFields();
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // CRLF or lone CR both end the record.
            ++currentLine;
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('\n')) {
            ++currentLine;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
        if (tooManyCells)
            return cellsError();
    }
    if (quoted)
        return Error::input(Tr::tr("a quoted field is not closed"),
                            {{fileName, line, QString(), Tr::tr("the quote opened in this row is never closed")}});
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    if (tooManyCells)
        return cellsError();
    if (!haveHeader)
        return Error::input(Tr::tr("%1 is empty: the first row must name the columns").arg(fileName));
    return table;
}

Result<Table> readTable(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > limits::kMaxFileBytes)
        return tooLarge(name);
    QByteArray bytes;
    if (!file.isSequential()) {
        bytes = file.readAll();
    } else { // a pipe or a device: its size is not known beforehand
        for (QByteArray chunk; !(chunk = file.read(1024 * 1024)).isEmpty();) {
            bytes += chunk;
            if (bytes.size() > limits::kMaxFileBytes)
                return tooLarge(name);
        }
    }
    if (bytes.size() > limits::kMaxFileBytes) // it grew while being read
        return tooLarge(name);
    if (bytes.startsWith("PK\x03\x04"))
        return parseXlsx(bytes, name);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xls"))
        return Error::input(Tr::tr("%1 is an old .xls workbook; save it as .xlsx or CSV in Excel first").arg(name));
    if (suffix == QLatin1String("xlsx"))
        return Error::input(Tr::tr("%1 is not a valid .xlsx workbook").arg(name));
    return parseCsv(bytes, name);
}

} // namespace rb::io
