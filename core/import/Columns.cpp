// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Columns.h"
#include "common/Tr.h"

#include "domain/Text.h"

#include <QCoreApplication>

namespace rb::import {

namespace {

QString headerKey(QString header)
{
    header = text::nameKey(header);
    while (header.endsWith(QLatin1Char('*')))
        header.chop(1);
    while (header.startsWith(QLatin1Char('*')))
        header.remove(0, 1);
    return header;
}

} // namespace

Result<ColumnMap> ColumnMap::resolve(const io::Table& table, const QList<Field>& fields)
{
    QHash<QString, QString> keyOfHeader;
    for (const Field& f : fields) {
        keyOfHeader.insert(headerKey(f.key), f.key);
        keyOfHeader.insert(headerKey(f.chinese), f.key);
        for (const QString& alias : f.aliases)
            keyOfHeader.insert(headerKey(alias), f.key);
    }
    ColumnMap map;
    QList<Issue> issues;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString header = text::clean(table.header[i]);
        if (header.isEmpty())
            continue;
        const QString key = keyOfHeader.value(headerKey(header));
        if (key.isEmpty()) {
            map.m_ignored << header;
            continue;
        }
        if (map.m_index.contains(key)) {
            issues.append(
                {table.fileName, 1, header,
                 Tr::tr("column %1 appears twice (columns %2 and %3)").arg(key).arg(map.m_index[key] + 1).arg(i + 1)});
            continue;
        }
        map.m_index.insert(key, i);
    }
    for (const Field& f : fields) {
        map.m_labels.insert(f.key, QStringLiteral("%1 (%2)").arg(f.key, f.chinese));
        if (f.required && !map.m_index.contains(f.key))
            issues.append({table.fileName, 1, map.label(f.key),
                           Tr::tr("the required column %1 is missing").arg(map.label(f.key))});
    }
    if (!issues.isEmpty())
        return Error::input(Tr::tr("%1: the columns are not right").arg(table.fileName), issues);
    return map;
}

QString ColumnMap::value(const io::TableRow& row, const QString& key) const
{
    return text::clean(row.cell(column(key)));
}

QString ColumnMap::label(const QString& key) const
{
    return m_labels.value(key, key);
}

} // namespace rb::import
