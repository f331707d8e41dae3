// SPDX-License-Identifier: GPL-3.0-or-later
// 论证意见: the record of each case (一事一议) of the round's deliberation meetings.
#include "common/Tr.h"
#include "report/Builders.h"

#include "consolidation/Consolidation.h"
#include "deliberation/Attendance.h"
#include "deliberation/Labels.h"

namespace rb::report::detail {

namespace {

QString roleName(const QString& role)
{
    return labels::official(labels::Kind::Role, role);
}

QString conclusionName(const QString& conclusion)
{
    return labels::official(labels::Kind::Conclusion, conclusion);
}

QString voteName(const deliberation::Participation& p)
{
    if (!p.present)
        return zh("缺席");
    if (p.recused)
        return zh("回避");
    return p.vote.isEmpty() ? zh("未表决") : labels::official(labels::Kind::Vote, p.vote);
}

QString orNone(const QString& text)
{
    return text.trimmed().isEmpty() ? zh("（无）") : text;
}

/// What the committee had before it: the expert review's consolidated result.
QString materials(const consolidation::Results& results, qint64 applicationId)
{
    int ranked = 0;
    for (const consolidation::ApplicationResult& r : results.applications)
        ranked += r.rank ? 1 : 0;
    for (const consolidation::ApplicationResult& r : results.applications) {
        if (r.applicationId != applicationId)
            continue;
        if (!r.score)
            return zh("申报材料、形式审查意见；尚无有效专家评分。");
        QString text = zh("申报材料、形式审查意见及专家评审结果：综合得分 %1 分，%2，有效评分专家 %3 人，"
                          "专家总分极差 %4 分，标准差 %5。")
                           .arg(number(*r.score, 2),
                                r.rank ? zh("排名第 %1 位（共 %2 项）").arg(*r.rank).arg(ranked) : zh("不参与排名"))
                           .arg(r.experts)
                           .arg(number(r.range, 2), number(r.stddev, 2));
        if (!r.flags.isEmpty())
            text += zh("标记：") + flagNames(r.flags) + zh("。");
        return text;
    }
    return zh("申报材料、形式审查意见。");
}

} // namespace

Result<QList<Block>> minutes(Context& c)
{
    deliberation::DeliberationService service(c.db, c.round);
    Result<QList<deliberation::Meeting>> meetings = service.meetings();
    if (!meetings)
        return meetings.takeError();
    if (c.request.meeting < 0 || c.request.meeting > meetings->size())
        return Error::usage(Tr::tr("no meeting %1 in round %2 (it has %3)")
                                .arg(c.request.meeting)
                                .arg(c.round.code)
                                .arg(meetings->size()));
    Result<consolidation::Results> results = consolidation::consolidate(c.db, c.round);
    if (!results)
        return results.takeError();
    QList<Block> blocks;
    for (int m = 0; m < meetings->size(); ++m) {
        if (c.request.meeting > 0 && c.request.meeting != m + 1)
            continue;
        const deliberation::Meeting& meeting = meetings->at(m);
        Result<QList<deliberation::Attendee>> people = deliberation::attendance(c.db, c.round, meeting.id);
        if (!people)
            return people.takeError();
        // Committee members are named by their place on the committee in copies for applicants.
        QHash<qint64, QString> names;
        QHash<qint64, QString> roles;
        QString chair;
        for (int i = 0; i < people->size(); ++i) {
            const deliberation::Member& member = people->at(i).member;
            names.insert(member.id, c.request.expertsByCode ? zh("委员%1").arg(i + 1) : member.name);
            roles.insert(member.id, member.role);
            if (meeting.chairId && *meeting.chairId == member.id)
                chair = names.value(member.id);
        }
        Result<QList<deliberation::Case>> cases = service.agenda(meeting.id);
        if (!cases)
            return cases.takeError();
        for (const deliberation::Case& k : *cases) {
            const Application* a = c.application(k.applicationCode);
            if (!a || !c.selected(a->code))
                continue;
            if (!blocks.isEmpty())
                blocks << PageBreak{};
            blocks << Heading{1, zh("论证意见")};
            Fields f;
            f.pairs = {{zh("会议名称"), meeting.title}, {zh("会议日期"), meeting.heldOn},
                       {zh("会议地点"), meeting.place}, {zh("主持人"), chair},
                       {zh("申报编号"), a->code},       {zh("所在地区"), a->province},
                       {zh("项目名称"), a->title},      {zh("申报单位"), applicants(*a)}};
            blocks << f;
            blocks << Heading{2, zh("一、论证委员会")};
            Table committee;
            committee.columns = {{zh("序号"), 0.5, Align::Center},   {zh("姓名"), 1.2, Align::Center},
                                 {zh("工作单位"), 2.8, Align::Left}, {zh("职务"), 1.1, Align::Center},
                                 {zh("出席"), 0.7, Align::Center},   {zh("回避"), 1.9, Align::Left}};
            QHash<qint64, const deliberation::Participation*> part;
            for (const deliberation::Participation& p : k.members)
                part.insert(p.memberId, &p);
            for (int i = 0; i < people->size(); ++i) {
                const deliberation::Attendee& who = people->at(i);
                const deliberation::Participation* p = part.value(who.member.id);
                const bool recused = p && p->recused;
                committee.rows << QStringList{QString::number(i + 1),
                                              names.value(who.member.id),
                                              c.request.expertsByCode ? QString() : who.member.organisation,
                                              roleName(who.member.role),
                                              who.present ? zh("出席") : zh("缺席"),
                                              recused ? zh("回避：") + p->recusalReason : zh("否")};
            }
            blocks << committee;
            blocks << Heading{2, zh("二、论证材料")} << Paragraph{materials(*results, k.applicationId)};
            blocks << Heading{2, zh("三、项目汇报")} << Paragraph{orNone(k.presentation)};
            blocks << Heading{2, zh("四、专家质询")} << Paragraph{orNone(k.questions)};
            blocks << Heading{2, zh("五、委员意见")};
            Table views;
            views.columns = {
                {zh("委员"), 1.2, Align::Center}, {zh("意见"), 5.0, Align::Left}, {zh("表决"), 0.9, Align::Center}};
            QStringList dissent;
            for (const deliberation::Participation& p : k.members) {
                // The secretary records the meeting and neither speaks to the vote nor votes.
                if (roles.value(p.memberId) == labels::key(labels::Role::Secretary))
                    continue;
                const QString name = names.value(p.memberId, p.name);
                views.rows << QStringList{name, p.opinion, voteName(p)};
                if (!p.dissent.trimmed().isEmpty())
                    dissent << name + zh("：") + p.dissent;
            }
            blocks << views;
            Result<deliberation::Tally> tally = service.tally(k.id);
            if (!tally)
                return tally.takeError();
            blocks << Heading{2, zh("六、表决结果")}
                   << Paragraph{zh("委员 %1 人，回避 %2 人，出席并参加表决 %3 人；赞成 %4 票，反对 %5 票，弃权 %6 票。")
                                    .arg(tally->members)
                                    .arg(tally->recused)
                                    .arg(tally->present)
                                    .arg(tally->votesFor)
                                    .arg(tally->against)
                                    .arg(tally->abstain)};
            blocks << Heading{2, zh("七、论证结论")} << Paragraph{zh("结论：") + conclusionName(k.conclusion), true}
                   << Paragraph{zh("集体意见：") + orNone(k.collectiveOpinion)};
            if (!k.conditions.trimmed().isEmpty())
                blocks << Paragraph{zh("修改完善要求：") + k.conditions};
            blocks << Paragraph{zh("不同意见：") + (dissent.isEmpty() ? zh("无") : dissent.join(zh("；")))};
            blocks << Signatures{{zh("主任委员（签字）"), zh("日期")}};
        }
    }
    if (blocks.isEmpty())
        return Error::input(Tr::tr("no deliberation cases to print"));
    return blocks;
}

} // namespace rb::report::detail
