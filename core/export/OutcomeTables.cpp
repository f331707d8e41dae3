// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of what the committee concluded: consolidated results and decisions.
#include "common/Tr.h"
#include "export/Tables.h"

#include "consolidation/Consolidation.h"
#include "domain/States.h"

#include <cmath>

namespace rb::exporting::detail {

namespace {

/// Two decimals, as the ranking compares scores and the committee reads them.
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString methodName(const QString& method)
{
    if (method == QLatin1String("mean"))
        return Tr::tr("mean");
    if (method == QLatin1String("trimmed"))
        return Tr::tr("mean without the highest and lowest");
    if (method == QLatin1String("median"))
        return Tr::tr("median");
    if (method == QLatin1String("zscore"))
        return Tr::tr("z-score (standardised per expert)");
    return method;
}

QString flagNames(const QStringList& flags)
{
    QStringList names;
    for (const QString& f : flags) {
        if (f == QLatin1String("disagreement"))
            names << Tr::tr("disagreement");
        else if (f == QLatin1String("veto"))
            names << Tr::tr("veto");
        else if (f == QLatin1String("incomplete"))
            names << Tr::tr("incomplete");
        else if (f == QLatin1String("below_pass_line"))
            names << Tr::tr("below the pass line");
        else
            names << f;
    }
    return names.join(QStringLiteral("; "));
}

} // namespace

Result<Table> results(db::Database& db, const Round& round)
{
    Result<consolidation::Results> consolidated = consolidation::consolidate(db, round);
    if (!consolidated)
        return consolidated.takeError();
    Table t;
    t.name = header("评审结果");
    t.columns = columns({"排名", "申报编号", "项目名称", "申报单位", "所在地区", "所属行业", "综合得分", "计分方法",
                         "评分专家数", "分配专家数", "平均分", "去掉最高最低分后平均分", "中位数", "标准差", "极差",
                         "否决", "标记"});
    for (int c : {6, 10, 11, 12, 13, 14})
        t.columns[c].numberFormat = QStringLiteral("0.00");
    const QString method = methodName(consolidated->method);
    for (const consolidation::ApplicationResult& a : consolidated->applications) {
        // Statistics of an application nobody scored are not zeros: leave them empty.
        auto stat = [&](double v) { return a.experts > 0 ? QVariant(round2(v)) : QVariant(); };
        t.rows.append({a.rank ? QVariant(qint64(*a.rank)) : QVariant(), a.code, a.title, a.applicant, a.province,
                       a.sector, a.score ? QVariant(round2(*a.score)) : QVariant(), method, qint64(a.experts),
                       qint64(a.assigned), stat(a.mean), stat(a.trimmedMean), stat(a.median), stat(a.stddev),
                       stat(a.range), a.veto ? Tr::tr("yes") : QString(), flagNames(a.flags)});
    }
    return t;
}

Result<Table> decisions(db::Database& db, const Round& round)
{
    // One row per application: its latest case (a case sent back for revision is discussed again at a later
    // meeting), its latest notice, its objections and the approval that was not reversed.
    Result<db::Statement> st = db.prepare(
        "SELECT a.code, a.title, (SELECT group_concat(p.name, ';') FROM application_applicant aa JOIN applicant p "
        "ON p.id = aa.applicant_id WHERE aa.application_id = a.id), a.state, m.title, m.held_on, "
        "(SELECT count(*) FROM deliberation_case k WHERE k.application_id = a.id), c.conclusion, c.votes_for, "
        "c.votes_against, c.votes_abstain, c.conditions, c.collective_opinion, n.title, n.start_date, n.end_date, "
        "(SELECT count(*) FROM objection o WHERE o.application_id = a.id), "
        "(SELECT count(*) FROM objection o WHERE o.application_id = a.id AND o.outcome = 'pending'), "
        "(SELECT max(e.at) FROM workflow_event e WHERE e.application_id = a.id AND e.to_state = 'approved' AND NOT "
        "EXISTS (SELECT 1 FROM workflow_event r WHERE r.reverses_event_id = e.id)) "
        "FROM application a "
        "LEFT JOIN deliberation_case c ON c.id = (SELECT k.id FROM deliberation_case k JOIN meeting km ON km.id = "
        "k.meeting_id WHERE k.application_id = a.id ORDER BY km.held_on DESC, k.id DESC LIMIT 1) "
        "LEFT JOIN meeting m ON m.id = c.meeting_id "
        "LEFT JOIN notice n ON n.id = (SELECT i.notice_id FROM notice_item i JOIN notice ni ON ni.id = i.notice_id "
        "WHERE i.application_id = a.id ORDER BY ni.start_date DESC, ni.id DESC LIMIT 1) "
        "WHERE a.round_id = ?1 ORDER BY a.code");
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    Table t;
    t.name = header("评审决定");
    t.columns = columns({"申报编号", "项目名称", "申报单位", "当前状态", "论证会议", "会议日期", "论证次数", "论证结论",
                         "赞成票", "反对票", "弃权票", "修改完善要求", "论证意见", "公示名称", "公示开始日期",
                         "公示截止日期", "异议数", "未处理异议数", "批复日期"});
    RB_TRY(st->forEach([&](const db::Statement& r) {
        const QString conclusion = r.text(7);
        t.rows.append({r.text(0), r.text(1), r.text(2), states::displayName(r.text(3)), r.text(4), r.text(5),
                       r.integer(6), conclusion.isEmpty() ? QString() : states::displayName(conclusion),
                       optionalInteger(r.optInteger(8)), optionalInteger(r.optInteger(9)),
                       optionalInteger(r.optInteger(10)), r.text(11), r.text(12), r.text(13), r.text(14), r.text(15),
                       r.integer(16), r.integer(17), r.isNull(18) ? QString() : localDate(r.text(18))});
    }));
    return t;
}

} // namespace rb::exporting::detail
