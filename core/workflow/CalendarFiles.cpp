// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/CalendarFiles.h"
#include "common/Tr.h"

#include "domain/Text.h"
#include "import/Aliases.h"
#include "io/Table.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rb::workflow {

namespace {

constexpr qint64 kMaxCalendarBytes = 10 * 1024 * 1024;
constexpr int kMaxEntries = 20000;

std::optional<Calendar::Kind> kindOf(const QString& text)
{
    const QString k = text::nameKey(text);
    for (const char* h : {"holiday", "假日", "节假日", "休", "放假", "休息", "假"}) {
        if (k == text::nameKey(QString::fromUtf8(h)))
            return Calendar::Kind::Holiday;
    }
    for (const char* w : {"workday", "上班", "补班", "调休上班", "班", "工作日", "调休"}) {
        if (k == text::nameKey(QString::fromUtf8(w)))
            return Calendar::Kind::Workday;
    }
    return std::nullopt;
}

QDate dateOf(const QString& text)
{
    const QString t = text::clean(text);
    for (const char* format : {"yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    static const QRegularExpression chinese(QString::fromUtf8("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    const QRegularExpressionMatch m = chinese.match(t);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

Result<QList<CalendarEntry>> fromTable(io::Table table)
{
    Result<import::ColumnMap> columns = import::ColumnMap::locate(table, import::fieldsOf(import::Sheet::Calendar));
    if (!columns)
        return columns.takeError();
    QList<CalendarEntry> entries;
    QList<Issue> issues;
    for (const io::TableRow& row : table.rows) {
        const QString dateText = columns->value(row, QStringLiteral("date"));
        const QString kindText = columns->value(row, QStringLiteral("kind"));
        const QDate day = dateOf(dateText);
        const std::optional<Calendar::Kind> kind = kindOf(kindText);
        if (!day.isValid())
            issues.append({table.fileName, row.number, columns->label(QStringLiteral("date")),
                           Tr::tr("'%1' is not a date (2026-10-01)").arg(dateText)});
        if (!kind)
            issues.append({table.fileName, row.number, columns->label(QStringLiteral("kind")),
                           Tr::tr("'%1' is neither a holiday (节假日) nor a working day (上班)").arg(kindText)});
        if (day.isValid() && kind)
            entries.append({day, *kind, columns->value(row, QStringLiteral("note"))});
        if (entries.size() > kMaxEntries)
            return Error::input(Tr::tr("%1 has more than %2 days").arg(table.fileName).arg(kMaxEntries));
    }
    if (!issues.isEmpty())
        return Error::input(
            Tr::tr("%1: %n problem(s) found; nothing was imported", nullptr, int(issues.size())).arg(table.fileName),
            issues);
    return entries;
}

/// A DATE or DATE-TIME value of iCalendar ("20261001", "20261001T000000Z") as a date.
QDate icsDate(const QString& value)
{
    return QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
}

} // namespace

Result<QList<CalendarEntry>> parseICalendar(const QByteArray& bytes, const QString& fileName)
{
    // Lines folded with a leading space or tab continue the line before (RFC 5545, 3.1).
    const QString text = QString::fromUtf8(bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !lines.isEmpty())
            lines.last() += line.mid(1);
        else
            lines << line;
    }
    QList<CalendarEntry> entries;
    bool inEvent = false;
    QDate start;
    QDate end;
    QString summary;
    int lineNumber = 0;
    int eventLine = 0;
    for (const QString& line : std::as_const(lines)) {
        ++lineNumber;
        if (line == QLatin1String("BEGIN:VEVENT")) {
            inEvent = true;
            start = end = {};
            summary.clear();
            eventLine = lineNumber;
            continue;
        }
        if (!inEvent)
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        if (name == QLatin1String("DTSTART"))
            start = icsDate(value);
        else if (name == QLatin1String("DTEND"))
            end = icsDate(value);
        else if (name == QLatin1String("SUMMARY"))
            summary = value.replace(QLatin1String("\\,"), QLatin1String(","))
                          .replace(QLatin1String("\\n"), QLatin1String(" "));
        else if (line == QLatin1String("END:VEVENT")) {
            inEvent = false;
            if (!start.isValid())
                return Error::input(Tr::tr("%1: the event of line %2 has no date").arg(fileName).arg(eventLine));
            if (!end.isValid() || end <= start)
                end = start.addDays(1); // DTEND is exclusive
            if (start.daysTo(end) > 366)
                return Error::input(
                    Tr::tr("%1: the event of line %2 lasts more than a year").arg(fileName).arg(eventLine));
            // "春节 休" is a holiday, "春节 班" (or 上班, 补班) a make-up working day.
            const bool work = summary.contains(QString::fromUtf8("班")) && !summary.contains(QString::fromUtf8("休"));
            for (QDate d = start; d < end; d = d.addDays(1))
                entries.append({d, work ? Calendar::Kind::Workday : Calendar::Kind::Holiday, summary});
            if (entries.size() > kMaxEntries)
                return Error::input(Tr::tr("%1 has more than %2 days").arg(fileName).arg(kMaxEntries));
        }
    }
    if (entries.isEmpty())
        return Error::input(Tr::tr("%1 holds no all-day events").arg(fileName));
    return entries;
}

Result<QList<CalendarEntry>> readCalendarFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        if (file.size() > kMaxCalendarBytes)
            return Error::input(Tr::tr("%1 is too large for a calendar").arg(name));
        return parseICalendar(file.readAll(), name);
    }
    Result<io::Table> table = io::readTable(path);
    if (!table)
        return table.takeError();
    return fromTable(*table);
}

Result<int> importCalendar(db::Database& db, const QList<CalendarEntry>& entries)
{
    db::Transaction tx(db);
    RB_TRY(tx.status());
    for (const CalendarEntry& e : entries)
        RB_TRY(Calendar::store(db, e.day, e.kind, e.note));
    RB_TRY(tx.commit());
    return int(entries.size());
}

QList<CalendarEntry> shippedCalendar()
{
    QList<CalendarEntry> entries;
    const QDir folder(QStringLiteral(":/rb/calendars"));
    for (const QString& name : folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Result<io::Table> table = io::parseCsv(file.readAll(), name);
        if (!table)
            continue;
        Result<QList<CalendarEntry>> read = fromTable(*table);
        if (read)
            entries << *read;
    }
    return entries;
}

Status loadShippedCalendar(db::Database& db)
{
    Result<int> stored = importCalendar(db, shippedCalendar());
    return stored ? Status() : Status(stored.takeError());
}

Result<QList<int>> yearsWithoutCalendar(db::Database& db, const QDate& from, const QDate& to)
{
    QList<int> missing;
    for (int year = from.year(); year <= to.year(); ++year) {
        Result<qint64> n =
            db.scalar("SELECT count(*) FROM calendar_day WHERE day LIKE ?1", 0, QStringLiteral("%1-%").arg(year));
        if (!n)
            return n.takeError();
        if (*n == 0)
            missing << year;
    }
    return missing;
}

QString missingYearsWarning(const QList<int>& years)
{
    if (years.isEmpty())
        return {};
    QStringList list;
    for (int y : years)
        list << QString::number(y);
    return Tr::tr("the calendar has no holidays for %1: working days there are counted as Monday to Friday; import "
                  "the State Council's arrangement for that year (calendar DB --import FILE, or Notice ▸ Calendar)")
        .arg(list.join(QStringLiteral(", ")));
}

} // namespace rb::workflow
