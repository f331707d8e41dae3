// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "import/Aliases.h"
#include "import/Importer.h"

#include <QHash>

namespace rb::import::detail {

Status prepareConflicts(db::Database& db, const Round& round, Plan& plan)
{
    Result<ColumnMap> columns =
        ColumnMap::locate(plan.table, fieldsOf(Sheet::Conflicts), silentlyIgnored(Sheet::Conflicts));
    const io::Table& table = plan.table;
    if (!columns) {
        plan.issues = columns.error().issues;
        return {};
    }
    const ColumnMap& map = *columns;
    plan.notes << map.notes();
    for (const QString& h : map.ignored())
        plan.notes << Tr::tr("column '%1' is not used and was ignored").arg(h);
    auto ids = [&](const char* sql) -> Result<QHash<QString, qint64>> {
        Result<db::Statement> st = db.prepare(sql);
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        QHash<QString, qint64> out;
        RB_TRY(st->forEach([&](const db::Statement& r) { out.insert(r.text(0), r.integer(1)); }));
        return out;
    };
    Result<QHash<QString, qint64>> experts = ids("SELECT code, id FROM expert WHERE round_id = ?1");
    Result<QHash<QString, qint64>> apps = ids("SELECT code, id FROM application WHERE round_id = ?1");
    Result<QHash<QString, qint64>> known =
        ids("SELECT e.code || '|' || a.code || '|' || c.reason, c.id FROM conflict c "
            "JOIN expert e ON e.id = c.expert_id JOIN application a ON a.id = "
            "c.application_id WHERE e.round_id = ?1 AND c.type = 'declared'");
    Result<QHash<QString, qint64>> pairs = ids("SELECT e.code || '|' || a.code, c.id FROM conflict c JOIN expert e ON "
                                               "e.id = c.expert_id JOIN application a ON a.id = c.application_id WHERE "
                                               "e.round_id = ?1 AND c.type = 'declared'");
    for (const auto* r : {&experts, &apps, &known, &pairs}) {
        if (!r->ok())
            return r->error();
    }
    QHash<QString, int> rowOfPair;
    for (const io::TableRow& row : table.rows) {
        const int before = int(plan.issues.size());
        auto issue = [&](const QString& key, const QString& message) {
            plan.issues.append({table.fileName, row.number, map.label(key), message});
        };
        Conflict c;
        c.type = Conflict::Type::Declared;
        c.expertCode = map.value(row, QStringLiteral("expert"));
        c.applicationCode = map.value(row, QStringLiteral("application"));
        c.reason = map.value(row, QStringLiteral("reason"));
        if (!experts->contains(c.expertCode))
            issue(QStringLiteral("expert"), c.expertCode.isEmpty()
                                                ? Tr::tr("the expert code is empty")
                                                : Tr::tr("there is no expert %1 in this round").arg(c.expertCode));
        if (!apps->contains(c.applicationCode))
            issue(QStringLiteral("application"),
                  c.applicationCode.isEmpty()
                      ? Tr::tr("the application code is empty")
                      : Tr::tr("there is no application %1 in this round").arg(c.applicationCode));
        if (c.reason.isEmpty())
            issue(QStringLiteral("reason"), Tr::tr("the reason is empty; every conflict keeps its reason"));
        const QString pair = c.expertCode + QLatin1Char('|') + c.applicationCode;
        if (rowOfPair.contains(pair))
            issue(QStringLiteral("application"), Tr::tr("%1 and %2 appear twice (also row %3)")
                                                     .arg(c.expertCode, c.applicationCode)
                                                     .arg(rowOfPair[pair]));
        rowOfPair.insert(pair, row.number);
        if (plan.issues.size() != before)
            continue;
        c.expertId = experts->value(c.expertCode);
        c.applicationId = apps->value(c.applicationCode);
        plan.conflicts << c;
        if (known->contains(pair + QLatin1Char('|') + c.reason))
            ++plan.expected.unchanged;
        else if (pairs->contains(pair))
            ++plan.expected.updated;
        else
            ++plan.expected.created;
    }
    return {};
}

} // namespace rb::import::detail
