// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ScoreSheet.h"
#include "common/Tr.h"

#include "import/Aliases.h"
#include "io/XlsxWriter.h"

#include <QHash>
#include <QSet>

namespace rb::package {

Status writeSheet(Package& p, const QString& path)
{
    io::XlsxSheet sheet;
    sheet.name = QString::fromUtf8("评分表");
    sheet.header = {QString::fromUtf8("专家编号"), QString::fromUtf8("申报编号"), QString::fromUtf8("指标编号"),
                    QString::fromUtf8("得分"),     QString::fromUtf8("意见"),     QString::fromUtf8("项目名称"),
                    QString::fromUtf8("指标名称"), QString::fromUtf8("分值上限"), QString::fromUtf8("评分要点")};
    sheet.numberFormats = {QString(), QString(), QString(), QStringLiteral("0.0"),
                           QString(), QString(), QString(), QStringLiteral("0.0")};
    for (const Item& item : p.items()) {
        Result<Opinion> o = p.opinion(item.uid);
        if (!o)
            return o.takeError();
        if (o->handedBack)
            continue;
        Result<QHash<QString, ScoreEntry>> scores = p.scores(item.uid);
        if (!scores)
            return scores.takeError();
        for (const Criterion* c : p.criteria().leaves()) {
            const ScoreEntry e = scores->value(c->uid);
            const bool veto = c->kind == CriterionKind::Veto;
            sheet.rows.append({p.info().expertCode, item.code, c->code, e.value ? QVariant(*e.value) : QVariant(),
                               e.comment, item.title,
                               veto ? c->name + QString::fromUtf8("（否决项：1=触发，0=未触发）") : c->name,
                               veto ? QVariant() : QVariant(c->maxPoints.value_or(0)), c->guidance});
        }
    }
    return io::writeXlsx(path, {sheet});
}

Result<int> importScores(Package& p, const io::Table& table)
{
    if (p.info().submitted)
        return Error::input(
            Tr::tr("the package was submitted on %1; its scores can no longer be changed").arg(p.info().submittedAt));
    io::Table located = table;
    Result<import::ColumnMap> columns = import::ColumnMap::locate(located, import::fieldsOf(import::Sheet::Scores),
                                                                  import::silentlyIgnored(import::Sheet::Scores));
    if (!columns)
        return columns.takeError();
    const import::ColumnMap& map = *columns;
    QList<Issue> issues;
    struct Row {
        QString item;
        QString criterion;
        std::optional<double> value;
        std::optional<QString> comment;
    };
    QList<Row> rows;
    QHash<QString, int> seen;
    QHash<QString, bool> handedBack;
    for (const io::TableRow& row : located.rows) {
        auto issue = [&](const QString& key, const QString& message) {
            issues.append({table.fileName, row.number, map.label(key), message});
        };
        const int before = int(issues.size());
        const QString expert = map.value(row, QStringLiteral("expert"));
        const QString appCode = map.value(row, QStringLiteral("application"));
        const QString critCode = map.value(row, QStringLiteral("criterion"));
        const QString scoreText = map.value(row, QStringLiteral("score"));
        if (expert != p.info().expertCode)
            issue(QStringLiteral("expert"),
                  Tr::tr("this package belongs to expert %1, not '%2'").arg(p.info().expertCode, expert));
        const Item* item = p.itemByCode(appCode);
        if (!item) {
            issue(QStringLiteral("application"), Tr::tr("application '%1' is not in this package").arg(appCode));
        } else {
            if (!handedBack.contains(item->uid)) {
                Result<Opinion> o = p.opinion(item->uid);
                if (!o)
                    return o.takeError();
                handedBack.insert(item->uid, o->handedBack);
            }
            if (handedBack.value(item->uid))
                issue(QStringLiteral("application"),
                      Tr::tr("application %1 was handed back (declared conflict)").arg(appCode));
        }
        const Criterion* c = p.criteria().find(critCode);
        if (!c || !p.criteria().isLeaf(critCode))
            issue(QStringLiteral("criterion"), Tr::tr("'%1' is not a scored criterion of this round").arg(critCode));
        std::optional<double> value;
        if (!scoreText.isEmpty()) {
            bool ok = false;
            const double v = scoreText.toDouble(&ok);
            if (!ok)
                issue(QStringLiteral("score"), Tr::tr("'%1' is not a number").arg(scoreText));
            else if (c) {
                const QString problem = p.checkValue(*c, v);
                if (!problem.isEmpty())
                    issue(QStringLiteral("score"), problem);
                value = v;
            }
        }
        const QString key = appCode + QLatin1Char('|') + critCode;
        if (seen.contains(key))
            issue(QStringLiteral("criterion"),
                  Tr::tr("%1 / %2 appears twice (also row %3)").arg(appCode, critCode).arg(seen[key]));
        seen.insert(key, row.number);
        if (issues.size() != before)
            continue;
        rows.append({item->uid, c->uid, value,
                     map.has(QStringLiteral("comment"))
                         ? std::optional<QString>(map.value(row, QStringLiteral("comment")))
                         : std::nullopt});
    }
    if (!issues.isEmpty())
        return Error::input(
            Tr::tr("%1: %2 problem(s) found; nothing was imported").arg(table.fileName).arg(issues.size()), issues);
    db::Transaction tx(p.db());
    RB_TRY(tx.status());
    for (const Row& r : rows) {
        RB_TRY(p.setScore(r.item, r.criterion, r.value));
        if (r.comment)
            RB_TRY(p.setComment(r.item, r.criterion, *r.comment));
    }
    RB_TRY(tx.commit());
    return int(rows.size());
}

} // namespace rb::package
