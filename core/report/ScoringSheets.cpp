// SPDX-License-Identifier: GPL-3.0-or-later
// 专家评分表 (blank for paper panels, or filled with the counted scores) and 专家评审意见表.
#include "common/Tr.h"
#include "report/Builders.h"

#include "export/Export.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "review/Assignments.h"

namespace rb::report::detail {

namespace {

/// A score and its comment as an expert gave them.
struct Given {
    double value = 0;
    QString comment;
};
/// Scores by "application|expert", then by criterion code.
using Sheets = QHash<QString, QHash<QString, Given>>;

/// The counted scores, read through the scores export (the same rows consolidation counts).
Result<Sheets> countedScores(db::Database& db, const Round& round, QList<QPair<QString, QString>>& order)
{
    exporting::Options byCode;
    byCode.expertsByCode = true;
    Result<exporting::Table> table = exporting::buildTable(db, round, exporting::What::Scores, byCode);
    if (!table)
        return table.takeError();
    const int app = table->column(zh("申报编号"));
    const int expert = table->column(zh("专家编号"));
    const int criterion = table->column(zh("指标编号"));
    const int score = table->column(zh("得分"));
    const int comment = table->column(zh("意见"));
    if (app < 0 || expert < 0 || criterion < 0 || score < 0 || comment < 0)
        return Error::database(Tr::tr("the scores table lacks a column"));
    Sheets sheets;
    for (const QVariantList& row : table->rows) {
        const QString k = pairKey(row[app].toString(), row[expert].toString());
        if (!sheets.contains(k))
            order.append({row[app].toString(), row[expert].toString()});
        sheets[k].insert(row[criterion].toString(), {row[score].toDouble(), row[comment].toString()});
    }
    return sheets;
}

/// "优 51–60；良 36–51 …" in points of the criterion's maximum.
QString bandText(const Criterion& c, double max, const QList<Band>& roundBands)
{
    QList<Band> list = roundBands;
    if (!c.bands.isEmpty()) {
        if (Result<QList<Band>> own = bands::parse(c.bands))
            list = *own;
    }
    QStringList parts;
    for (const Band& b : list)
        parts << QStringLiteral("%1 %2–%3")
                     .arg(b.label, number(max * b.fromPercent / 100.0), number(max * b.toPercent / 100.0));
    return parts.join(zh("；"));
}

Fields heading(const Application& a, const QString& expert)
{
    Fields f;
    f.columns = 4;
    f.pairs = {{zh("申报编号"), a.code},        {zh("评审专家"), expert},     {zh("项目名称"), a.title},
               {zh("申报单位"), applicants(a)}, {zh("所在地区"), a.province}, {zh("所属行业"), a.sector}};
    return f;
}

const char* const kPledge =
    "诚信承诺：本人承诺遵守评审工作纪律，与所评项目及申报单位不存在利益冲突；独立、客观、公正地开展评审，"
    "不接受申报单位的宴请、礼品和任何形式的请托；对评审材料和评审结果保密；对所填评分和意见负责。";

struct SheetInput {
    const Application* application = nullptr;
    QString expertCode; ///< empty: a blank sheet for whoever scores it
    const QHash<QString, Given>* scores = nullptr;
    const Opinion* opinion = nullptr;
};

void appendSheet(QList<Block>& blocks, const Context& c, const CriteriaTree& tree, const QList<Band>& roundBands,
                 const SheetInput& in)
{
    if (!blocks.isEmpty())
        blocks << PageBreak{};
    blocks << Heading{1, zh("专家评分表")};
    blocks << heading(*in.application, in.expertCode.isEmpty() ? QString() : c.expertLabel(in.expertCode));
    Table t;
    t.columns = {
        {zh("编号"), 0.6, Align::Center},  {zh("评价指标"), 1.5, Align::Left},       {zh("评分要点"), 2.6, Align::Left},
        {zh("分值"), 0.55, Align::Center}, {zh("评分档次（分）"), 1.5, Align::Left}, {zh("得分"), 0.6, Align::Center},
        {zh("意见"), 1.6, Align::Left}};
    Table veto;
    veto.columns = {{zh("编号"), 0.6, Align::Center},
                    {zh("否决项"), 1.5, Align::Left},
                    {zh("说明"), 4.2, Align::Left},
                    {zh("是否触发"), 1.2, Align::Center}};
    double total = 0;
    bool anyScore = false;
    for (const Criterion& cr : tree.items()) {
        const Given* given = nullptr;
        if (in.scores) {
            const auto it = in.scores->constFind(cr.code);
            given = it == in.scores->constEnd() ? nullptr : &*it;
        }
        if (cr.kind == CriterionKind::Veto) {
            veto.rows << QStringList{cr.code, cr.name, cr.guidance,
                                     given ? yesNo(given->value >= 0.5) : zh("□是　□否")};
            continue;
        }
        const double max = tree.maxPoints(cr.code);
        if (!tree.isLeaf(cr.code)) {
            t.rows << QStringList{cr.code, cr.name, cr.guidance, number(max), QString(), QString(), QString()};
            continue;
        }
        if (given) {
            total += given->value;
            anyScore = true;
        }
        t.rows << QStringList{cr.code,
                              cr.name,
                              cr.guidance,
                              number(max),
                              bandText(cr, max, roundBands),
                              given ? number(given->value) : QString(),
                              given ? given->comment : QString()};
    }
    t.total = {
        zh("合计"), QString(), QString(), number(tree.leafSum()), QString(), anyScore ? number(total) : QString(),
        QString()};
    blocks << t;
    if (!veto.rows.isEmpty()) {
        blocks << Paragraph{zh("一票否决项（触发任一项即不予推荐）："), true};
        blocks << veto;
    }
    if (in.opinion && in.opinion->recused)
        blocks << Paragraph{zh("是否回避：是　　回避理由：") + in.opinion->recusalReason};
    else if (in.scores)
        blocks << Paragraph{zh("是否回避：否")};
    else
        blocks << Paragraph{zh("是否回避：□是　□否　　回避理由：________________________________")};
    blocks << Paragraph{zh(kPledge)};
    blocks << Signatures{{zh("评审专家（签字）"), zh("日期")}};
}

bool wanted(const Context& c, const QString& application, const QString& expert)
{
    return (c.request.expert.isEmpty() || c.request.expert == expert) && c.selected(application);
}

} // namespace

Result<QList<Block>> scoringSheets(Context& c)
{
    Result<CriteriaTree> tree = CriteriaRepository(c.db, c.round.id).tree();
    if (!tree)
        return tree.takeError();
    Result<QList<Band>> roundBands =
        bands::parse(RoundSettings(c.db, c.round.id).text(QStringLiteral("scoring.bands")));
    const QList<Band> defaultBands = roundBands ? *roundBands : QList<Band>{};
    QList<Block> blocks;
    if (c.request.blank) {
        Result<QList<Assignment>> all = AssignmentRepository(c.db, c.round).list();
        if (!all)
            return all.takeError();
        QHash<QString, QStringList> byApplication;
        for (const Assignment& a : *all) {
            if (a.active() && wanted(c, a.applicationCode, a.expertCode))
                byApplication[a.applicationCode] << a.expertCode;
        }
        for (const Application& a : c.applications) {
            if (!c.selected(a.code))
                continue;
            QStringList experts = byApplication.value(a.code);
            std::sort(experts.begin(), experts.end());
            // Without assignments (a paper panel not yet assigned): one sheet whoever scores it.
            if (experts.isEmpty() && c.request.expert.isEmpty())
                experts << QString();
            for (const QString& e : experts)
                appendSheet(blocks, c, *tree, defaultBands, {&a, e, nullptr, nullptr});
        }
        return blocks;
    }
    QList<QPair<QString, QString>> order;
    Result<Sheets> sheets = countedScores(c.db, c.round, order);
    if (!sheets)
        return sheets.takeError();
    Result<QHash<QString, Opinion>> ops = opinions(c.db, c.round);
    if (!ops)
        return ops.takeError();
    for (const auto& [application, expert] : order) {
        if (!wanted(c, application, expert))
            continue;
        const QString k = pairKey(application, expert);
        const auto op = ops->constFind(k);
        appendSheet(blocks, c, *tree, defaultBands,
                    {c.application(application), expert, &(*sheets)[k], op == ops->constEnd() ? nullptr : &*op});
    }
    if (blocks.isEmpty())
        return Error::input(Tr::tr("no counted scores to print; use --blank for blank scoring sheets"));
    return blocks;
}

Result<QList<Block>> opinionSheets(Context& c)
{
    Result<QHash<QString, Opinion>> ops = opinions(c.db, c.round);
    if (!ops)
        return ops.takeError();
    QList<const Opinion*> list;
    for (const Opinion& o : std::as_const(*ops)) {
        if (wanted(c, o.application, o.expert)
            && (!o.strengths.isEmpty() || !o.problems.isEmpty() || !o.recommendation.isEmpty()))
            list << &o;
    }
    std::sort(list.begin(), list.end(), [](const Opinion* x, const Opinion* y) {
        return std::tie(x->application, x->expert) < std::tie(y->application, y->expert);
    });
    QList<Block> blocks;
    for (const Opinion* o : list) {
        if (!blocks.isEmpty())
            blocks << PageBreak{};
        blocks << Heading{1, zh("专家评审意见表")};
        blocks << heading(*c.application(o->application), c.expertLabel(o->expert));
        blocks << Heading{2, zh("一、主要优点")} << Paragraph{o->strengths.isEmpty() ? zh("（无）") : o->strengths};
        blocks << Heading{2, zh("二、存在问题及建议")} << Paragraph{o->problems.isEmpty() ? zh("（无）") : o->problems};
        QStringList verdict;
        for (const char* key : {"recommend", "not_recommend", "revise"}) {
            const QString k = QString::fromLatin1(key);
            verdict << (o->recommendation == k ? zh("☑") : zh("□")) + recommendationName(k);
        }
        blocks << Heading{2, zh("三、评审结论")} << Paragraph{verdict.join(zh("　　"))};
        blocks << Signatures{{zh("评审专家（签字）"), zh("日期")}};
    }
    if (blocks.isEmpty())
        return Error::input(Tr::tr("no expert opinions to print"));
    return blocks;
}

} // namespace rb::report::detail
