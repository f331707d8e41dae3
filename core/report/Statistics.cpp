// SPDX-License-Identifier: GPL-3.0-or-later
// 评审统计: counts by state, province and sector, the score distribution, means by group, expert bias.
#include "common/Tr.h"
#include "report/Builders.h"

#include "consolidation/Consolidation.h"
#include "consolidation/Sensitivity.h"
#include "repo/ApplicationRepository.h"
#include "repo/RoundSettings.h"

#include <QMap>

#include <cmath>

namespace rb::report::detail {

namespace {

/// Sum and count of the consolidated scores of one group.
struct Group {
    int applications = 0;
    int scored = 0;
    double sum = 0;
};

QString percent(int part, int whole)
{
    return whole > 0 ? number(100.0 * part / whole, 1) + QLatin1Char('%') : QString();
}

/// A table of counts and mean scores per group, and the bar chart of the means.
void appendGroups(QList<Block>& blocks, const QString& what, const QList<QPair<QString, int>>& counts,
                  const QHash<QString, Group>& groups, int total)
{
    Table t;
    t.columns = {{what, 2.0, Align::Left},
                 {zh("申报数"), 1.0, Align::Right},
                 {zh("占比"), 1.0, Align::Right},
                 {zh("已评分"), 1.0, Align::Right},
                 {zh("平均综合得分"), 1.4, Align::Right}};
    Chart chart;
    chart.type = Chart::Type::Bar;
    chart.title = zh("平均综合得分（按%1）").arg(what);
    chart.decimals = 1;
    for (const auto& [name, count] : counts) {
        const Group g = groups.value(name);
        const QString label = name.isEmpty() ? zh("（未填）") : name;
        t.rows << QStringList{label, QString::number(count), percent(count, total), QString::number(g.scored),
                              g.scored ? number(g.sum / g.scored, 2) : QString()};
        if (g.scored) {
            chart.labels << label;
            chart.values << g.sum / g.scored;
        }
    }
    blocks << t;
    if (!chart.values.isEmpty())
        blocks << chart;
}

/// 六、排名稳健性: the applications whose rank interval crosses the quota line when the first-level weights move by up
/// to 20 % (200 samples, seed 1), and the applications whose selection or rank hangs on one expert.
Status appendRobustness(Context& c, QList<Block>& blocks)
{
    blocks << Heading{2, zh("六、排名稳健性")};
    consolidation::SensitivityOptions options;
    options.samples = 200;
    RB_VALUE(const consolidation::Robustness r, consolidation::robustness(c.db, c.round, options, true));
    const QList<consolidation::SensitivityRow>& rows = r.sensitivity;
    const QList<consolidation::PivotalRow>& pivotal = r.pivotal;
    const int quota = r.quota;
    blocks << Paragraph{
        zh("将各一级指标权重在 ±20% 范围内随机变动并重新归一，按本批次汇总规则重复汇总 %1 次；名次区间为"
           "第 5 至第 95 百分位。另依次去掉每位有效评分专家重新排名。")
            .arg(options.samples)};
    if (quota > 0) {
        Table borderline;
        borderline.columns = {{zh("项目编号"), 1.4, Align::Left},
                              {zh("名次"), 0.8, Align::Right},
                              {zh("名次区间"), 1.2, Align::Center},
                              {zh("入选比例"), 1.0, Align::Right}};
        for (const consolidation::SensitivityRow& r : rows)
            if (r.rankP5 && r.rankP95 && *r.rankP5 <= quota && *r.rankP95 > quota)
                borderline.rows << QStringList{r.application, r.rank ? QString::number(*r.rank) : QString(),
                                               QStringLiteral("%1–%2").arg(*r.rankP5).arg(*r.rankP95),
                                               number(100 * r.selectedShare.value_or(0), 1) + QLatin1Char('%')};
        blocks << Paragraph{
            zh("拟入选名额 %1 个。名次区间跨越名额线的临界项目 %2 个：").arg(quota).arg(borderline.rows.size())};
        if (!borderline.rows.isEmpty())
            blocks << borderline;
    } else {
        blocks << Paragraph{zh("本批次未设定拟入选名额，不列临界项目。")};
    }
    if (pivotal.isEmpty()) {
        blocks << Paragraph{
            zh("没有项目的入选与否或名次（变化超过 %1 位）取决于某一位专家。")
                .arg(RoundSettings(c.db, c.round.id).integer(QStringLiteral("flags.pivotal_rank_change"), 3))};
        return {};
    }
    Table t;
    t.columns = {{zh("项目编号"), 1.4, Align::Left},
                 {zh("专家"), 1.4, Align::Left},
                 {zh("名次"), 0.8, Align::Right},
                 {zh("去掉该专家后的名次"), 1.4, Align::Right}};
    for (const consolidation::PivotalRow& p : pivotal)
        t.rows << QStringList{p.application, c.expertLabel(p.expert), p.rank ? QString::number(*p.rank) : zh("—"),
                              p.rankWithout ? QString::number(*p.rankWithout) : zh("—")};
    blocks << Paragraph{zh("结果取决于某一位专家的项目（关键专家）：")};
    blocks << t;
    return {};
}

} // namespace

Result<QList<Block>> statistics(Context& c)
{
    Result<Breakdown> breakdown = ApplicationRepository(c.db, c.round.id).breakdown();
    if (!breakdown)
        return breakdown.takeError();
    Result<consolidation::Results> results = consolidation::consolidate(c.db, c.round);
    if (!results)
        return results.takeError();
    const int total = int(results->applications.size());
    QHash<QString, Group> byProvince;
    QHash<QString, Group> bySector;
    QList<double> scores;
    for (const consolidation::ApplicationResult& r : results->applications) {
        for (QHash<QString, Group>* groups : {&byProvince, &bySector}) {
            Group& g = (*groups)[groups == &byProvince ? r.province : r.sector];
            ++g.applications;
            if (r.score) {
                ++g.scored;
                g.sum += *r.score;
            }
        }
        if (r.score)
            scores << *r.score;
    }
    double mean = 0;
    for (double s : scores)
        mean += s / double(scores.size());

    QList<Block> blocks;
    blocks << Heading{1, zh("评审统计")};
    Fields f;
    f.pairs = {{zh("申报项目"), zh("%1 项").arg(total)},
               {zh("已有有效评分"), zh("%1 项").arg(scores.size())},
               {zh("评分专家"), zh("%1 人").arg(results->bias.size())},
               {zh("平均综合得分"), scores.isEmpty() ? QStringLiteral("—") : number(mean, 2)},
               {zh("肯德尔和谐系数 W"), results->kendallW ? number(*results->kendallW, 3) : QStringLiteral("—")},
               {zh("显著性 p"), results->kendallP ? number(*results->kendallP, 4) : QStringLiteral("—")}};
    blocks << f;
    if (!results->kendallW)
        blocks << Paragraph{zh("注：肯德尔和谐系数仅在每位有效评分专家评阅了全部项目时计算。")};

    blocks << Heading{2, zh("一、项目状态")};
    Table states;
    states.columns = {
        {zh("状态"), 2.0, Align::Left}, {zh("项目数"), 1.0, Align::Right}, {zh("占比"), 1.0, Align::Right}};
    for (const auto& [state, count] : breakdown->byState)
        states.rows << QStringList{stateName(state), QString::number(count), percent(count, total)};
    blocks << states;

    blocks << Heading{2, zh("二、综合得分分布")};
    if (scores.isEmpty()) {
        blocks << Paragraph{zh("尚无有效评分。")};
    } else {
        // Five-point bins from the lowest score's bin up to 100.
        const double low = std::floor(*std::min_element(scores.cbegin(), scores.cend()) / 5.0) * 5.0;
        const double high =
            std::max(low + 5.0, std::ceil(*std::max_element(scores.cbegin(), scores.cend()) / 5.0) * 5.0);
        Chart histogram;
        histogram.type = Chart::Type::Histogram;
        histogram.title = zh("项目数（按综合得分，每 5 分一组）");
        for (double from = low; from < high; from += 5.0) {
            histogram.labels << QStringLiteral("%1–%2").arg(from).arg(from + 5.0);
            histogram.values << 0;
        }
        for (double s : scores) {
            const qsizetype bin = std::min<qsizetype>(histogram.values.size() - 1, qsizetype((s - low) / 5.0));
            histogram.values[bin] += 1;
        }
        blocks << histogram;
    }

    blocks << Heading{2, zh("三、按地区")};
    appendGroups(blocks, zh("地区"), breakdown->byProvince, byProvince, total);
    blocks << Heading{2, zh("四、按行业")};
    appendGroups(blocks, zh("行业"), breakdown->bySector, bySector, total);

    blocks << Heading{2, zh("五、专家评分偏差")};
    if (results->bias.isEmpty()) {
        blocks << Paragraph{zh("尚无有效评分。")};
    } else {
        blocks << Paragraph{
            zh("偏差为该专家所评项目的总分与同组专家平均总分之差的平均值；正值表示偏宽，负值表示偏严。")};
        Chart bias;
        bias.type = Chart::Type::Bar;
        bias.title = zh("专家评分偏差（分）");
        bias.decimals = 2;
        for (const consolidation::ExpertBias& b : results->bias) {
            bias.labels << c.expertLabel(b.expertCode);
            bias.values << b.bias;
        }
        blocks << bias;
    }
    RB_TRY(appendRobustness(c, blocks));
    return blocks;
}

} // namespace rb::report::detail
