// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Columns.h"
#include "common/Tr.h"

#include "domain/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rb::import {

QString headerKey(const QString& header)
{
    // NFKC makes （） into () and ＊ into *; nameKey also drops every space and line break.
    static const QRegularExpression remarks(QStringLiteral("\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】"));
    QString key = text::nameKey(header);
    key.remove(remarks);
    key.remove(QLatin1Char('*'));
    while (key.endsWith(QLatin1Char(':')))
        key.chop(1);
    return key;
}

namespace {

/// Header key -> field key, for every name of every field.
QHash<QString, QString> keysOf(const QList<Field>& fields)
{
    QHash<QString, QString> keyOfHeader;
    for (const Field& f : fields) {
        keyOfHeader.insert(headerKey(f.key), f.key);
        keyOfHeader.insert(headerKey(f.chinese), f.key);
        for (const QString& alias : f.aliases)
            keyOfHeader.insert(headerKey(alias), f.key);
    }
    return keyOfHeader;
}

/// How many of the required fields \a cells name, and how many fields in all.
QPair<int, int> matches(const QStringList& cells, const QList<Field>& fields, const QHash<QString, QString>& keys)
{
    QSet<QString> found;
    for (const QString& cell : cells) {
        const QString key = keys.value(headerKey(cell));
        if (!key.isEmpty())
            found.insert(key);
    }
    int required = 0;
    for (const Field& f : fields)
        required += f.required && found.contains(f.key) ? 1 : 0;
    return {required, int(found.size())};
}

/// A row that holds only a remark: its first non-empty cell starts with a note word, and it has at most two.
bool isNote(const io::TableRow& row)
{
    static const QRegularExpression note(
        QString::fromUtf8("^(填表说明|填报说明|说明|注|备注|附注|注意|填写说明)\\s*[:：、.．0-9]?"));
    QStringList filled;
    for (const QString& c : row.cells) {
        if (!c.trimmed().isEmpty())
            filled << c.trimmed();
    }
    return !filled.isEmpty() && filled.size() <= 2 && note.match(filled.first()).hasMatch();
}

QString rowList(const QList<io::TableRow>& rows)
{
    QStringList numbers;
    for (const io::TableRow& r : rows)
        numbers << QString::number(r.number);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

Result<ColumnMap> ColumnMap::locate(io::Table& table, const QList<Field>& fields, const QStringList& silentlyIgnored)
{
    const QHash<QString, QString> keys = keysOf(fields);
    int required = 0;
    for (const Field& f : fields)
        required += f.required ? 1 : 0;
    // Candidates: the header as read (the first non-blank row) and the next nine rows.
    QList<io::TableRow> candidates{{table.headerRow, table.header}};
    for (int i = 0; i < table.rows.size() && candidates.size() < 10; ++i)
        candidates << table.rows[i];
    int chosen = 0;
    QPair<int, int> best{-1, -1};
    for (int i = 0; i < candidates.size(); ++i) {
        const QPair<int, int> m = matches(candidates[i].cells, fields, keys);
        if (m.first == required) {
            chosen = i;
            break;
        }
        if (m > best) { // no row holds them all: the likeliest header, for the message
            best = m;
            chosen = i;
        }
    }
    ColumnMap skipped;
    if (chosen > 0) {
        table.above = candidates.mid(0, chosen);
        table.header = candidates[chosen].cells;
        table.headerRow = candidates[chosen].number;
        table.rows.remove(0, chosen);
        skipped.m_notes << Tr::tr("the header is on row %1; row(s) %2 above it were skipped")
                               .arg(table.headerRow)
                               .arg(rowList(table.above));
    }
    while (!table.rows.isEmpty() && isNote(table.rows.last()))
        table.trailing.prepend(table.rows.takeLast());
    if (!table.trailing.isEmpty())
        skipped.m_notes << Tr::tr("row(s) %1 after the data hold notes and were skipped").arg(rowList(table.trailing));
    Result<ColumnMap> map = resolve(table, fields, silentlyIgnored);
    if (!map)
        return map;
    map->m_notes = skipped.m_notes;
    return map;
}

Result<ColumnMap> ColumnMap::resolve(const io::Table& table, const QList<Field>& fields,
                                     const QStringList& silentlyIgnored)
{
    const QHash<QString, QString> keyOfHeader = keysOf(fields);
    QSet<QString> quiet;
    for (const QString& h : silentlyIgnored)
        quiet.insert(headerKey(h));
    QHash<QString, bool> joined;
    for (const Field& f : fields)
        joined.insert(f.key, f.joined);
    ColumnMap map;
    QList<Issue> issues;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString header = text::clean(table.header[i]);
        if (header.isEmpty())
            continue;
        const QString key = keyOfHeader.value(headerKey(header));
        if (key.isEmpty()) {
            if (!quiet.contains(headerKey(header)))
                map.m_ignored << header;
            continue;
        }
        if (map.m_index.contains(key)) {
            if (joined.value(key)) {
                map.m_more[key] << i;
                continue;
            }
            issues.append(
                {table.fileName, table.headerRow, header,
                 Tr::tr("column %1 appears twice (columns %2 and %3)").arg(key).arg(map.m_index[key] + 1).arg(i + 1)});
            continue;
        }
        map.m_index.insert(key, i);
    }
    for (const Field& f : fields) {
        map.m_labels.insert(f.key, QStringLiteral("%1 (%2)").arg(f.key, f.chinese));
        if (f.required && !map.m_index.contains(f.key))
            issues.append({table.fileName, table.headerRow, map.label(f.key),
                           Tr::tr("the required column %1 is missing").arg(map.label(f.key))});
    }
    if (!issues.isEmpty())
        return Error::input(Tr::tr("%1: the columns are not right").arg(table.fileName), issues);
    return map;
}

QString ColumnMap::value(const io::TableRow& row, const QString& key) const
{
    const QString first = text::clean(row.cell(column(key)));
    const auto more = m_more.constFind(key);
    if (more == m_more.constEnd())
        return first;
    QStringList parts;
    if (!first.isEmpty())
        parts << first;
    for (int c : *more) {
        const QString v = text::clean(row.cell(c));
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QString::fromUtf8("；"));
}

QString ColumnMap::label(const QString& key) const
{
    return m_labels.value(key, key);
}

} // namespace rb::import
