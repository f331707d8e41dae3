// SPDX-License-Identifier: GPL-3.0-or-later
// 评分汇总表 (per application, one column per counted expert) and 排名表 (拟入选名单).
#include "common/Tr.h"
#include "report/Builders.h"

#include "consolidation/Consolidation.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"

namespace rb::report::detail {

namespace {

/// At most this many expert columns side by side; a larger panel continues in a second table.
constexpr int kExpertsPerTable = 8;

QString methodName(const QString& method)
{
    if (method == QLatin1String("mean"))
        return zh("算术平均");
    if (method == QLatin1String("trimmed"))
        return zh("去掉一个最高分和一个最低分后平均");
    if (method == QLatin1String("median"))
        return zh("中位数");
    if (method == QLatin1String("zscore"))
        return zh("标准分（按专家标准化）");
    return method;
}

QString score2(const std::optional<double>& v)
{
    return v ? number(*v, 2) : QStringLiteral("—");
}

Table expertTable(const Context& c, const CriteriaTree& tree, const consolidation::ApplicationResult& r,
                  const QHash<QString, QHash<QString, double>>& byCriterion, int first, int count, bool withMean)
{
    Table t;
    t.columns = {
        {zh("编号"), 0.6, Align::Center}, {zh("评价指标"), 2.8, Align::Left}, {zh("分值"), 0.6, Align::Center}};
    for (int i = first; i < first + count; ++i) {
        const QString code = r.totals[i].expertCode;
        const QString name = c.expertName(code);
        t.columns << Column{name == code ? code : code + QLatin1Char('\n') + name, 0.8, Align::Center};
    }
    if (withMean)
        t.columns << Column{zh("平均"), 0.8, Align::Center};
    for (const Criterion* cr : tree.leaves()) {
        const bool veto = cr->kind == CriterionKind::Veto;
        QStringList row{cr->code, veto ? cr->name + zh("（否决项）") : cr->name,
                        veto ? QStringLiteral("—") : number(tree.maxPoints(cr->code))};
        const QHash<QString, double> scores = byCriterion.value(cr->code);
        double sum = 0;
        int n = 0;
        for (const consolidation::ExpertTotal& e : r.totals) {
            if (scores.contains(e.expertCode)) {
                sum += scores.value(e.expertCode);
                ++n;
            }
        }
        for (int i = first; i < first + count; ++i) {
            const QString code = r.totals[i].expertCode;
            if (!scores.contains(code))
                row << QString();
            else
                row << (veto ? (scores.value(code) >= 0.5 ? zh("触发") : zh("否")) : number(scores.value(code)));
        }
        if (withMean)
            row << (veto || n == 0 ? QString() : number(sum / n, 2));
        t.rows << row;
    }
    t.total = QStringList{zh("合计"), QString(), number(tree.leafSum())};
    for (int i = first; i < first + count; ++i)
        t.total << number(r.totals[i].total);
    if (withMean)
        t.total << number(r.mean, 2);
    return t;
}

} // namespace

Result<QList<Block>> summary(Context& c)
{
    Result<consolidation::Results> results = consolidation::consolidate(c.db, c.round);
    if (!results)
        return results.takeError();
    Result<CriteriaTree> tree = CriteriaRepository(c.db, c.round.id).tree();
    if (!tree)
        return tree.takeError();
    const int ranked = int(std::count_if(results->applications.cbegin(), results->applications.cend(),
                                         [](const consolidation::ApplicationResult& a) { return a.rank.has_value(); }));
    QList<Block> blocks;
    for (const consolidation::ApplicationResult& r : results->applications) {
        const Application* a = c.application(r.code);
        if (!a || !c.selected(r.code) || (r.experts == 0 && c.request.application.isEmpty()))
            continue;
        Result<QHash<QString, QHash<QString, double>>> byCriterion =
            consolidation::criterionScores(c.db, c.round, r.applicationId);
        if (!byCriterion)
            return byCriterion.takeError();
        if (!blocks.isEmpty())
            blocks << PageBreak{};
        blocks << Heading{1, zh("评分汇总表")};
        Fields f;
        f.pairs = {{zh("申报编号"), a->code},
                   {zh("所在地区"), a->province},
                   {zh("项目名称"), a->title},
                   {zh("申报单位"), applicants(*a)},
                   {zh("评分专家"), zh("%1 人").arg(r.experts)},
                   {zh("计分方法"), methodName(results->method)}};
        blocks << f;
        const int n = int(r.totals.size());
        for (int first = 0; first < n || first == 0; first += kExpertsPerTable) {
            const int count = std::min(kExpertsPerTable, n - first);
            blocks << expertTable(c, *tree, r, *byCriterion, first, count, first + count >= n);
            if (n == 0)
                break;
        }
        QString line =
            zh("综合得分：%1 分　　排名：%2　　专家总分平均 %3，中位数 %4，标准差 %5，极差 %6")
                .arg(score2(r.score), r.rank ? zh("第 %1 名（共 %2 项）").arg(*r.rank).arg(ranked) : zh("不排名"),
                     number(r.mean, 2), number(r.median, 2), number(r.stddev, 2), number(r.range, 2));
        blocks << Paragraph{line, true};
        if (!r.flags.isEmpty())
            blocks << Paragraph{zh("标记：") + flagNames(r.flags)};
        blocks << Signatures{{zh("填写人"), zh("复核人"), zh("日期")}};
    }
    if (blocks.isEmpty())
        return Error::input(Tr::tr("no application has counted scores yet"));
    return blocks;
}

Result<QList<Block>> ranking(Context& c)
{
    Result<consolidation::Results> results = consolidation::consolidate(c.db, c.round);
    if (!results)
        return results.takeError();
    RoundSettings settings(c.db, c.round.id);
    const std::optional<double> passLine = settings.number(QStringLiteral("ranking.pass_line"));
    const int quota = settings.integer(QStringLiteral("ranking.selection_quota"), 0);
    QList<Block> blocks;
    blocks << Heading{1, zh("排名表（拟入选名单）")};
    int ranked = 0;
    for (const consolidation::ApplicationResult& r : results->applications)
        ranked += r.rank ? 1 : 0;
    Fields f;
    f.pairs = {{zh("评审批次"), c.round.code + QLatin1Char(' ') + c.round.title},
               {zh("计分方法"), methodName(results->method)},
               {zh("申报项目"), zh("%1 项").arg(results->applications.size())},
               {zh("参与排名"), zh("%1 项").arg(ranked)},
               {zh("及格线"), passLine ? zh("%1 分").arg(number(*passLine)) : zh("未设")},
               {zh("入选名额"), quota > 0 ? zh("%1 项").arg(quota) : zh("未设")}};
    blocks << f;
    Table t;
    t.columns = {{zh("排名"), 0.55, Align::Center},    {zh("申报编号"), 1.45, Align::Center},
                 {zh("项目名称"), 3.0, Align::Left},   {zh("申报单位"), 2.6, Align::Left},
                 {zh("所在地区"), 1.0, Align::Center}, {zh("所属行业"), 0.9, Align::Center},
                 {zh("综合得分"), 0.85, Align::Right}, {zh("评分专家"), 0.7, Align::Center},
                 {zh("标记"), 1.3, Align::Left}};
    for (const consolidation::ApplicationResult& r : results->applications) {
        if (!c.selected(r.code))
            continue;
        QStringList flags{flagNames(r.flags)};
        if (quota > 0 && r.rank && *r.rank <= quota && !r.flags.contains(QLatin1String("below_pass_line")))
            flags.prepend(zh("拟入选"));
        flags.removeAll(QString());
        t.rows << QStringList{r.rank ? QString::number(*r.rank) : QStringLiteral("—"),
                              r.code,
                              r.title,
                              r.applicant,
                              r.province,
                              r.sector,
                              score2(r.score),
                              QStringLiteral("%1/%2").arg(r.experts).arg(r.assigned),
                              flags.join(zh("、"))};
    }
    blocks << t;
    blocks << Paragraph{
        zh("说明：综合得分保留两位小数，得分相同者并列；被否决或尚无有效评分的项目不参与排名，列于表末。"
           "“评分专家”为有效评分专家数/分配专家数。")};
    blocks << Signatures{{zh("制表人"), zh("复核人"), zh("日期")}};
    return blocks;
}

} // namespace rb::report::detail
