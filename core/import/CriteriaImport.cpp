// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "import/Aliases.h"
#include "import/Importer.h"

#include "domain/Criteria.h"
#include "repo/CriteriaRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace rb::import::detail {

Status prepareCriteria(db::Database& db, const Round& round, Plan& plan)
{
    Result<ColumnMap> columns =
        ColumnMap::locate(plan.table, fieldsOf(Sheet::Criteria), silentlyIgnored(Sheet::Criteria));
    const io::Table& table = plan.table;
    if (!columns) {
        plan.issues = columns.error().issues;
        return {};
    }
    const ColumnMap& map = *columns;
    plan.notes << map.notes();
    for (const QString& h : map.ignored())
        plan.notes << Tr::tr("column '%1' is not used and was ignored").arg(h);

    QList<Criterion> items;
    QList<int> rows;
    auto issue = [&](int row, const QString& key, const QString& message) {
        plan.issues.append({table.fileName, row, map.label(key), message});
    };
    for (const io::TableRow& row : table.rows) {
        Criterion c;
        c.code = map.value(row, QStringLiteral("code"));
        c.name = map.value(row, QStringLiteral("name"));
        c.parentCode = map.value(row, QStringLiteral("parent"));
        c.guidance = map.value(row, QStringLiteral("guidance"));
        const QString kindText = map.value(row, QStringLiteral("kind"));
        const std::optional<CriterionKind> kind = criterionkind::parse(kindText);
        if (!kind)
            issue(row.number, QStringLiteral("kind"),
                  kindText.isEmpty() ? Tr::tr("the kind is empty; write points or veto")
                                     : Tr::tr("'%1' is not a kind; write points (分值) or veto (否决)").arg(kindText));
        else
            c.kind = *kind;
        const QString maxText = map.value(row, QStringLiteral("max"));
        if (!maxText.isEmpty()) {
            bool ok = false;
            const double max = maxText.toDouble(&ok);
            if (!ok)
                issue(row.number, QStringLiteral("max"), Tr::tr("'%1' is not a number").arg(maxText));
            else
                c.maxPoints = max;
        }
        const QString bandText = map.value(row, QStringLiteral("bands"));
        if (!bandText.isEmpty()) {
            Result<QList<Band>> parsed = bands::parse(bandText);
            if (!parsed)
                issue(row.number, QStringLiteral("bands"), parsed.error().message);
            else
                c.bands = bands::format(*parsed);
        }
        items << c;
        rows << row.number;
    }
    if (items.isEmpty())
        issue(0, QStringLiteral("code"), Tr::tr("the file holds no criteria"));
    if (!plan.issues.isEmpty())
        return {};
    for (Issue i : CriteriaTree::validate(items, rows, table.fileName)) {
        i.column = map.label(i.column);
        plan.issues << i;
    }
    if (!plan.issues.isEmpty())
        return {};
    const CriteriaTree tree(items);
    plan.criteria = tree.items();

    Result<CriteriaTree> current = CriteriaRepository(db, round.id).tree();
    if (!current)
        return current.takeError();
    QHash<QString, const Criterion*> existing;
    for (const Criterion& c : current->items())
        existing.insert(c.code, &c);
    for (const Criterion& c : plan.criteria) {
        const Criterion* old = existing.take(c.code);
        if (!old)
            ++plan.expected.created;
        else if (old->name == c.name && old->parentCode == c.parentCode && old->kind == c.kind
                 && old->maxPoints == c.maxPoints && old->guidance == c.guidance && old->bands == c.bands)
            ++plan.expected.unchanged;
        else
            ++plan.expected.updated;
    }
    plan.expected.removed = int(existing.size());
    return {};
}

} // namespace rb::import::detail
