// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Export.h"
#include "common/Tr.h"

#include "export/Tables.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QDateTime>
#include <QFileInfo>

namespace rb::exporting {

namespace {

constexpr std::pair<What, const char*> kWhat[] = {
    {What::Applications, "applications"}, {What::Assignments, "assignments"}, {What::Scores, "scores"},
    {What::Results, "results"},           {What::Decisions, "decisions"},
};

} // namespace

QString key(What what)
{
    for (const auto& [w, k] : kWhat) {
        if (w == what)
            return QString::fromLatin1(k);
    }
    return {};
}

std::optional<What> whatFromKey(const QString& key)
{
    for (const auto& [w, k] : kWhat) {
        if (key == QLatin1String(k))
            return w;
    }
    return std::nullopt;
}

QStringList whatKeys()
{
    QStringList keys;
    for (const auto& entry : kWhat)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

std::optional<Format> formatFromKey(const QString& key)
{
    if (key == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (key == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QStringList Table::headers() const
{
    QStringList list;
    for (const Column& c : columns)
        list << c.header;
    return list;
}

int Table::column(const QString& header) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].header == header)
            return i;
    }
    return -1;
}

Result<Table> buildTable(db::Database& db, const Round& round, What what, const Options& options)
{
    switch (what) {
    case What::Applications: return detail::applications(db, round);
    case What::Assignments: return detail::assignments(db, round, options);
    case What::Scores: return detail::scores(db, round, options);
    case What::Results: return detail::results(db, round);
    case What::Decisions: return detail::decisions(db, round);
    }
    return Error::usage(Tr::tr("unknown export"));
}

Status writeXlsx(const Table& table, const QString& path)
{
    io::XlsxSheet sheet;
    sheet.name = table.name;
    sheet.header = table.headers();
    sheet.rows = table.rows;
    for (const Column& c : table.columns)
        sheet.numberFormats << c.numberFormat;
    return io::writeXlsx(path, {sheet});
}

Status writeCsv(const Table& table, const QString& path)
{
    return io::writeCsv(path, table.headers(), table.rows);
}

Status write(const Table& table, const QString& path, Format format)
{
    return format == Format::Xlsx ? writeXlsx(table, path) : writeCsv(table, path);
}

Status checkNotDatabase(const db::Database& db, const QString& path)
{
    // The output may not exist yet (no canonical path), or be the same file under another name (a link).
    auto same = [](const QFileInfo& x, const QFileInfo& y) {
        return x.absoluteFilePath() == y.absoluteFilePath()
               || (x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath());
    };
    const QFileInfo target(path);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (same(target, QFileInfo(QString(db.path() + suffix))))
            return Error::usage(Tr::tr("%1 is the round database itself; choose another output file").arg(path));
    }
    return {};
}

namespace detail {

QList<Column> columns(std::initializer_list<const char*> headers)
{
    QList<Column> list;
    for (const char* h : headers)
        list.append({header(h), QString()});
    return list;
}

QString localTime(const QString& timestamp)
{
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : timestamp;
}

QString localDate(const QString& timestamp)
{
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().date().toString(Qt::ISODate) : timestamp;
}

QVariant optionalInteger(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace detail

} // namespace rb::exporting
