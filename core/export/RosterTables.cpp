// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of what the round holds: applications, assignments and the scores experts gave.
#include "common/Tr.h"
#include "export/Tables.h"

#include "domain/States.h"
#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "review/Conflicts.h"

#include <QHash>

#include <tuple>

namespace rb::exporting::detail {

namespace {

QString assignmentStatusName(const QString& status)
{
    if (status == QLatin1String("assigned"))
        return Tr::tr("assigned, not yet returned");
    if (status == QLatin1String("submitted"))
        return Tr::tr("submitted");
    if (status == QLatin1String("entered"))
        return Tr::tr("entered from paper");
    return status;
}

QString sourceName(const QString& source)
{
    if (source == QLatin1String("package"))
        return Tr::tr("review package");
    if (source == QLatin1String("paper"))
        return Tr::tr("paper sheet");
    return source;
}

} // namespace

Result<Table> applications(db::Database& db, const Round& round)
{
    Result<QList<Application>> list = ApplicationRepository(db, round.id).list();
    if (!list)
        return list.takeError();
    Table t;
    t.name = header("申报项目");
    // The first headers are those `import applications` reads, so an export can be imported into a new round.
    t.columns = columns({"申报编号", "项目名称", "申报单位", "统一社会信用代码", "所在地区", "推荐单位", "推荐顺序",
                         "类别", "所属行业", "状态"});
    const QString category = category::chineseName(round.category);
    for (const Application& a : *list) {
        t.rows.append({a.code, a.title, a.applicantNames(), a.creditCodes(), a.province, a.recommender,
                       a.priority ? QVariant(qint64(*a.priority)) : QVariant(), category, a.sector,
                       states::displayName(a.state)});
    }
    return t;
}

Result<Table> assignments(db::Database& db, const Round& round, const Options& options)
{
    Table t;
    t.name = header("评审分配");
    t.columns =
        options.expertsByCode
            ? columns({"申报编号", "项目名称", "专家编号", "评审状态", "提交方式", "提交时间"})
            : columns({"申报编号", "项目名称", "专家编号", "专家姓名", "专家单位", "评审状态", "提交方式", "提交时间"});
    Result<db::Statement> st = db.prepare(
        "SELECT a.code, a.title, e.code, e.name, e.organisation, s.status, coalesce(s.source, ''), "
        "coalesce(s.submitted_at, '') FROM assignment s JOIN expert e ON e.id = s.expert_id JOIN application a ON "
        "a.id = s.application_id WHERE a.round_id = ?1 AND s.status NOT IN ('void', 'handed_back') "
        "ORDER BY a.code, e.code");
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    RB_TRY(st->forEach([&](const db::Statement& r) {
        QVariantList row{r.text(0), r.text(1), r.text(2)};
        if (!options.expertsByCode)
            row << r.text(3) << r.text(4);
        row << assignmentStatusName(r.text(5)) << sourceName(r.text(6)) << localTime(r.text(7));
        t.rows << row;
    }));
    return t;
}

Result<Table> scores(db::Database& db, const Round& round, const Options& options)
{
    Result<CriteriaTree> tree = CriteriaRepository(db, round.id).tree();
    if (!tree)
        return tree.takeError();
    // Experts score the leaves in tree order; the export keeps that order within each sheet.
    struct Leaf {
        int order = 0;
        QString name;
        QVariant max;
    };
    QHash<QString, Leaf> leaves;
    int order = 0;
    for (const Criterion* c : tree->leaves()) {
        const bool veto = c->kind == CriterionKind::Veto;
        leaves.insert(c->code, {order++, veto ? c->name + Tr::tr(" (veto item: 1 = triggered, 0 = not)") : c->name,
                                veto ? QVariant() : QVariant(tree->maxPoints(c->code))});
    }
    // The scores consolidation counts: pairs found conflicted after scoring are void, whatever the status says.
    Result<ConflictSet> conflicted = ConflictService(db, round).pairs();
    if (!conflicted)
        return conflicted.takeError();
    Result<db::Statement> st = db.prepare(
        "SELECT a.code, a.title, e.code, e.name, c.code, x.value, coalesce(x.comment, ''), e.id, a.id FROM score x "
        "JOIN assignment s ON s.id = x.assignment_id JOIN expert e ON e.id = s.expert_id JOIN application a ON "
        "a.id = s.application_id JOIN criterion c ON c.id = x.criterion_id WHERE a.round_id = ?1 AND s.status IN "
        "('submitted', 'entered')");
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    struct Row {
        QString application;
        QString expert;
        int order;
        QVariantList cells;
    };
    QList<Row> rows;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (conflicted->contains(r.integer(7), r.integer(8)))
            return;
        const Leaf leaf = leaves.value(r.text(4));
        QVariantList cells{r.text(0), r.text(1), r.text(2)};
        if (!options.expertsByCode)
            cells << r.text(3);
        cells << r.text(4) << leaf.name << leaf.max << r.real(5) << r.text(6);
        rows.append({r.text(0), r.text(2), leaf.order, cells});
    }));
    // Each sheet lists the criteria in the order the expert scored them, not by code.
    std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        return std::tie(x.application, x.expert, x.order) < std::tie(y.application, y.expert, y.order);
    });
    Table t;
    t.name = header("专家评分");
    t.columns = options.expertsByCode
                    ? columns({"申报编号", "项目名称", "专家编号", "指标编号", "指标名称", "分值上限", "得分", "意见"})
                    : columns({"申报编号", "项目名称", "专家编号", "专家姓名", "指标编号", "指标名称", "分值上限",
                               "得分", "意见"});
    t.rows.reserve(rows.size());
    for (Row& r : rows)
        t.rows << std::move(r.cells);
    return t;
}

} // namespace rb::exporting::detail
