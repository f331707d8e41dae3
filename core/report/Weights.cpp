// SPDX-License-Identifier: GPL-3.0-or-later
// 评价指标权重确定表: the AHP weights the committee applied (issue 15) — each member's pairwise comparison matrix with
// its consistency, the committee's matrix and weights, and the points they gave, from the audit log's record.
#include "common/Tr.h"
#include "report/Builders.h"

#include "repo/AuditLog.h"
#include "repo/CriteriaRepository.h"
#include "weights/Ahp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rb::report::detail {

namespace {

/// A matrix as a table: the codes along the top and down the side.
Table matrixTable(const QStringList& codes, const QJsonArray& rows)
{
    Table t;
    t.columns << Column{QString(), 1.0, Align::Left};
    for (const QString& code : codes)
        t.columns << Column{code, 1.0, Align::Center};
    for (int i = 0; i < codes.size(); ++i) {
        QStringList cells{codes[i]};
        const QJsonArray row = rows.at(i).toArray();
        for (int j = 0; j < codes.size(); ++j)
            cells << ahp::formatJudgment(row.at(j).toDouble());
        t.rows << cells;
    }
    return t;
}

QString consistency(const QJsonObject& o)
{
    return zh("λmax = %1，CI = %2，CR = %3（%4）")
        .arg(number(o.value(QStringLiteral("lambda_max")).toDouble(), 4),
             number(o.value(QStringLiteral("ci")).toDouble(), 4), number(o.value(QStringLiteral("cr")).toDouble(), 4),
             o.value(QStringLiteral("consistent")).toBool() ? zh("一致性可接受") : zh("一致性不足，经确认后应用"));
}

} // namespace

Result<QList<Block>> weights(Context& c)
{
    RB_VALUE(const QList<AuditEntry> entries, AuditLog(c.db).ofAction(c.round.id, QStringLiteral("criteria.weights")));
    if (entries.isEmpty())
        return Error::input(
            Tr::tr("no criteria weights were set by the analytic hierarchy process in round %1").arg(c.round.code));
    RB_VALUE(const CriteriaTree tree, CriteriaRepository(c.db, c.round.id).tree());
    // The latest weighing of each parent is the one in force.
    QList<AuditEntry> latest;
    for (const AuditEntry& e : entries) {
        const QString parent = e.changes.value(QStringLiteral("parent")).toString();
        latest.erase(std::remove_if(latest.begin(), latest.end(),
                                    [&](const AuditEntry& x) {
                                        return x.changes.value(QStringLiteral("parent")).toString() == parent;
                                    }),
                     latest.end());
        latest << e;
    }
    QList<Block> blocks;
    blocks << Paragraph{
        zh("采用层次分析法（AHP）：各委员对同一上级指标下的各指标两两比较，按 Saaty 1–9 标度给出判断"
           "矩阵；以主特征向量为权重，λmax 为最大特征值，CI = (λmax − n)/(n − 1)，CR = CI/RI，CR ≤ 0.10 "
           "为一致性可接受；多位委员的判断按几何平均集结；上级指标分值按权重以半分为单位分配"
           "（最大余数法，合计不变）。"),
        false};
    for (int k = 0; k < latest.size(); ++k) {
        const QJsonObject o = latest[k].changes;
        const QString parent = o.value(QStringLiteral("parent")).toString();
        const Criterion* p = parent.isEmpty() ? nullptr : tree.find(parent);
        if (k > 0)
            blocks << PageBreak{};
        blocks << Heading{2, parent.isEmpty() ? zh("一级指标")
                                              : zh("%1 %2 的下级指标").arg(parent, p ? p->name : QString())};
        const QString when =
            QDateTime::fromString(latest[k].at, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        blocks << Fields{4,
                         {{zh("应用人"), latest[k].user},
                          {zh("应用时间"), when},
                          {zh("参与委员"), QString::number(o.value(QStringLiteral("judges")).toArray().size())},
                          {zh("集结方法"), zh("判断矩阵几何平均（AIJ）")}}};
        QStringList codes;
        Table result;
        result.columns = {{zh("编号"), 1.0, Align::Left},
                          {zh("指标名称"), 3.0, Align::Left},
                          {zh("权重"), 1.2, Align::Right},
                          {zh("分值"), 1.0, Align::Right}};
        double total = 0;
        for (const QJsonValue& v : o.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject x = v.toObject();
            codes << x.value(QStringLiteral("code")).toString();
            total += x.value(QStringLiteral("points")).toDouble();
            result.rows << QStringList{x.value(QStringLiteral("code")).toString(),
                                       x.value(QStringLiteral("name")).toString(),
                                       number(x.value(QStringLiteral("weight")).toDouble(), 4),
                                       number(x.value(QStringLiteral("points")).toDouble())};
        }
        result.total = {zh("合计"), QString(), number(1, 4), number(total)};
        const QJsonArray judges = o.value(QStringLiteral("judges")).toArray();
        for (int j = 0; j < judges.size(); ++j) {
            const QJsonObject judge = judges[j].toObject();
            blocks << Heading{
                3, zh("委员 %1 的判断矩阵（%2）").arg(j + 1).arg(judge.value(QStringLiteral("source")).toString())};
            blocks << matrixTable(codes, judge.value(QStringLiteral("matrix")).toArray());
            blocks << Paragraph{consistency(judge), false};
        }
        if (judges.size() > 1) {
            blocks << Heading{3, zh("集结后的判断矩阵")};
            blocks << matrixTable(codes, o.value(QStringLiteral("matrix")).toArray());
        }
        blocks << Heading{3, zh("权重与分值")};
        blocks << result;
        blocks << Paragraph{consistency(o), true};
        // Undone, or edited by hand since: the page says that these are not the points in force.
        bool current = true;
        for (const QJsonValue& v : o.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject x = v.toObject();
            const QString code = x.value(QStringLiteral("code")).toString();
            current = current && tree.find(code)
                      && std::abs(tree.maxPoints(code) - x.value(QStringLiteral("points")).toDouble()) < 1e-9;
        }
        if (!current)
            blocks << Paragraph{zh("注意：本批次当前的指标分值与本次赋权的结果不一致（应用后已撤销或另行修改），"
                                   "以评价指标表为准。"),
                                true};
    }
    blocks << Signatures{{zh("专家委员会主任（签字）"), zh("日期")}};
    return blocks;
}

} // namespace rb::report::detail
