// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/CommitteeImport.h"

#include "common/Tr.h"
#include "deliberation/Labels.h"
#include "import/Aliases.h"

#include <QHash>

namespace rb::deliberation {

std::optional<QString> roleKey(const QString& text)
{
    const QString t = import::headerKey(text);
    if (t.isEmpty())
        return labels::key(labels::Role::Member);
    for (const QString& key : labels::keys(labels::Kind::Role)) {
        if (t == import::headerKey(key) || t == import::headerKey(labels::official(labels::Kind::Role, key))
            || t == import::headerKey(labels::screen(labels::Kind::Role, key)))
            return key;
    }
    static const QHash<QString, QString> variants = {
        {QStringLiteral("主任"), labels::key(labels::Role::Chair)},
        {QStringLiteral("组长"), labels::key(labels::Role::Chair)},
        {QStringLiteral("专家组组长"), labels::key(labels::Role::Chair)},
        {QStringLiteral("副主任"), labels::key(labels::Role::ViceChair)},
        {QStringLiteral("副组长"), labels::key(labels::Role::ViceChair)},
        {QStringLiteral("成员"), labels::key(labels::Role::Member)},
        {QStringLiteral("组员"), labels::key(labels::Role::Member)},
        {QStringLiteral("专家"), labels::key(labels::Role::Member)},
        {QStringLiteral("秘书长"), labels::key(labels::Role::Secretary)},
        {QStringLiteral("vicechair"), labels::key(labels::Role::ViceChair)},
    };
    const auto it = variants.constFind(t);
    if (it != variants.constEnd())
        return *it;
    return std::nullopt;
}

Result<QList<RosterRow>> readRoster(io::Table table)
{
    Result<import::ColumnMap> map = import::ColumnMap::locate(table, import::fieldsOf(import::Sheet::Committee),
                                                              import::silentlyIgnored(import::Sheet::Committee));
    if (!map)
        return map.takeError();
    QList<RosterRow> rows;
    QList<Issue> issues;
    QHash<QString, int> seen;
    int chairRow = 0;
    auto issue = [&](int row, const QString& key, const QString& message) {
        issues.append(Issue{table.fileName, row, map->label(key), message});
    };
    for (const io::TableRow& r : std::as_const(table.rows)) {
        RosterRow m;
        m.row = r.number;
        m.name = map->value(r, QStringLiteral("name")).simplified();
        m.organisation = map->value(r, QStringLiteral("organisation")).simplified();
        const QString role = map->value(r, QStringLiteral("role"));
        if (m.name.isEmpty()) {
            issue(r.number, QStringLiteral("name"), Tr::tr("the name is empty"));
            continue;
        }
        if (const int first = seen.value(m.name)) {
            issue(r.number, QStringLiteral("name"),
                  Tr::tr("%1 is listed twice (also on row %2)").arg(m.name).arg(first));
            continue;
        }
        seen.insert(m.name, r.number);
        const std::optional<QString> key = roleKey(role);
        if (!key) {
            issue(r.number, QStringLiteral("role"),
                  Tr::tr("“%1” is not a committee role (主任委员, 副主任委员, 委员 or 秘书)").arg(role));
            continue;
        }
        m.role = *key;
        if (labels::is(m.role, labels::Role::Chair)) {
            if (chairRow) {
                issue(r.number, QStringLiteral("role"),
                      Tr::tr("a committee has one chair; row %1 names one already").arg(chairRow));
                continue;
            }
            chairRow = r.number;
        }
        rows.append(m);
    }
    if (!issues.isEmpty())
        return Error::input(
            Tr::tr("%1: the committee roster has %n problem(s); nothing was imported", nullptr, int(issues.size()))
                .arg(table.fileName),
            issues);
    if (rows.isEmpty())
        return Error::input(Tr::tr("%1 holds no member").arg(table.fileName));
    return rows;
}

} // namespace rb::deliberation
