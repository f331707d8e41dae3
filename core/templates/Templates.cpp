// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/Templates.h"
#include "common/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rb::templates {

namespace {

const char* const kNames[] = {"scenario", "factory", "zone", "reeval"};

QString resourcePath(const QString& name)
{
    return QStringLiteral(":/rb/templates/%1.json").arg(name);
}

QString localized(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return o.value(chinese ? QStringLiteral("zh") : QStringLiteral("en")).toString();
}

QString cellText(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.toString();
}

} // namespace

QList<TemplateInfo> builtIn()
{
    QList<TemplateInfo> list;
    for (const char* name : kNames) {
        QFile file(resourcePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        list.append({QString::fromLatin1(name), localized(o.value(QStringLiteral("title"))),
                     localized(o.value(QStringLiteral("description")))});
    }
    return list;
}

QString defaultFor(Category category)
{
    return category::key(category);
}

Result<io::Table> parseJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error::input(Tr::tr("%1 is not valid JSON: %2").arg(fileName, parseError.errorString()));
    const QJsonArray criteria = doc.object().value(QStringLiteral("criteria")).toArray();
    io::Table table;
    table.fileName = fileName;
    table.encoding = QStringLiteral("UTF-8");
    table.header = {QStringLiteral("code"), QStringLiteral("name"),     QStringLiteral("parent"), QStringLiteral("max"),
                    QStringLiteral("kind"), QStringLiteral("guidance"), QStringLiteral("bands")};
    int row = 1;
    for (const QJsonValue& v : criteria) {
        const QJsonObject c = v.toObject();
        QStringList cells;
        for (const QString& column : table.header)
            cells << cellText(c.value(column));
        table.rows.append({++row, cells});
    }
    return table;
}

Result<io::Table> load(const QString& nameOrPath)
{
    for (const char* name : kNames) {
        if (nameOrPath == QLatin1String(name)) {
            QFile file(resourcePath(nameOrPath));
            if (!file.open(QIODevice::ReadOnly))
                return Error::io(Tr::tr("the built-in template %1 is missing from this build").arg(nameOrPath));
            return parseJson(file.readAll(), nameOrPath);
        }
    }
    const QFileInfo info(nameOrPath);
    if (!info.exists())
        return Error::usage(
            Tr::tr("there is no template or file named %1 (built-in templates: scenario, factory, zone, reeval)")
                .arg(nameOrPath));
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        QFile file(nameOrPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(Tr::tr("cannot read %1: %2").arg(nameOrPath, file.errorString()));
        return parseJson(file.readAll(), info.fileName());
    }
    return io::readTable(nameOrPath);
}

} // namespace rb::templates
