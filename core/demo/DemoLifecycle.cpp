// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoLifecycle.h"

#include "common/Clock.h"
#include "consolidation/Consolidation.h"
#include "deliberation/Attendance.h"
#include "deliberation/Deliberation.h"
#include "deliberation/Labels.h"
#include "domain/States.h"
#include "notice/PublicNotice.h"
#include "review/Assignments.h"
#include "workflow/FormalReview.h"
#include "workflow/Workflow.h"
#include "workflow/WorkingDays.h"

#include <QRandomGenerator>

using rb::states::State;

namespace rb::demo {

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

/// Sets the process clock for a scope (the demo's earlier round happened two years ago).
class ClockAt {
public:
    explicit ClockAt(const QDateTime& time) : m_previous(&Clock::current()), m_clock(time)
    {
        Clock::setCurrent(&m_clock);
    }
    ~ClockAt() { Clock::setCurrent(m_previous); }
    ClockAt(const ClockAt&) = delete;
    ClockAt& operator=(const ClockAt&) = delete;
    void set(const QDate& day) { m_clock.set(QDateTime(day, QTime(9, 30), Qt::UTC)); }

private:
    const Clock* m_previous;
    FixedClock m_clock;
};

class Dice {
public:
    explicit Dice(quint64 seed)
    {
        const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
        m_rng = QRandomGenerator(words, 2);
    }
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    QString pick(const QStringList& list) { return list[below(int(list.size()))]; }

private:
    QRandomGenerator m_rng;
};

const QStringList& memberOpinions()
{
    static const QStringList list = {u8("建设内容完整，关键指标可量化，同意。"),
                                     u8("技术路线清晰，示范带动作用明显。"),
                                     u8("数据采集与系统集成基础较好，建议加强安全防护。"),
                                     u8("投入产出测算合理，经济效益可信。"),
                                     u8("创新点突出，建议补充与同行业对标情况。"),
                                     u8("场景覆盖较全，个别指标口径需说明。"),
                                     u8("实施基础扎实，团队经验丰富。"),
                                     u8("建议进一步明确推广复制路径。")};
    return list;
}

const QStringList& questions()
{
    static const QStringList list = {u8("问：关键工序数控化率的统计口径？答：按在用关键设备台数计，已附清单。"),
                                     u8("问：工业软件是否自主可控？答：核心系统为国产软件，接口已开放。"),
                                     u8("问：能耗下降数据的测算依据？答：以近三年同口径能源审计报告为基础。"),
                                     u8("问：网络安全等级保护情况？答：已通过三级等保测评。"),
                                     u8("问：项目资金来源及到位情况？答：企业自筹为主，已到位百分之七十。")};
    return list;
}

/// Nine members: a chair, a vice chair and seven members from universities and institutes.
Status formCommittee(db::Database& db, const Round& round, quint64 seed)
{
    deliberation::DeliberationService service(db, round);
    Dice dice(seed ^ 0x636f6d6dULL);
    const auto& places = detail::institutions();
    QSet<QString> used;
    for (int i = 0; i < 9; ++i) {
        QString name;
        do {
            name = dice.pick(detail::surnames()) + dice.pick(detail::givenNameCharacters());
            if (dice.chance(60))
                name += dice.pick(detail::givenNameCharacters());
        } while (used.contains(name));
        used.insert(name);
        const QString role = i == 0   ? labels::key(labels::Role::Chair)
                             : i == 1 ? labels::key(labels::Role::ViceChair)
                                      : labels::key(labels::Role::Member);
        Result<deliberation::Member> m = service.addMember(name, places[dice.below(int(places.size()))].first, role);
        if (!m)
            return m.takeError();
    }
    return {};
}

/// Records every present member's vote so that \a conclusion is supported under the round's rule.
Status vote(deliberation::DeliberationService& service, qint64 caseId, const QString& conclusion, Dice& dice)
{
    Result<deliberation::Case> c = service.caseOf(caseId);
    if (!c)
        return c.takeError();
    // One case in eight: a member recuses (a past cooperation with the applicant).
    int recusedIndex = dice.chance(12) ? 2 + dice.below(int(c->members.size()) - 2) : -1;
    int present = 0;
    for (int i = 0; i < c->members.size(); ++i)
        present += c->members[i].present && i != recusedIndex ? 1 : 0;
    const int needed = int(std::ceil(service.rule().passRatio * present - 1e-9));
    int dissenters = dice.below(present - needed + 1);
    for (int i = 0; i < c->members.size(); ++i) {
        deliberation::Participation p = c->members[i];
        if (i == recusedIndex) {
            p.recused = true;
            p.recusalReason = u8("近三年与申报单位有项目合作，主动回避");
        } else if (p.present) {
            const bool dissent = dissenters > 0 && i > 0 && dice.chance(50);
            p.vote = dissent
                         ? (dice.chance(50) ? labels::key(labels::Vote::Against) : labels::key(labels::Vote::Abstain))
                         : labels::key(labels::Vote::For);
            if (dissent) {
                --dissenters;
                p.dissent = labels::is(conclusion, labels::Conclusion::Proposed) ? u8("示范性不够突出，建议暂缓。")
                                                                                 : u8("建议直接入选，无需再议。");
            }
            p.opinion = dice.pick(memberOpinions());
        }
        RB_TRY(service.setParticipation(caseId, p));
    }
    return {};
}

/// One meeting: the selection on the agenda, each case recorded and (except \a leaveOpen at the end) concluded.
Status holdMeeting(db::Database& db, const Round& round, quint64 seed, const QString& title, const QString& place,
                   bool wholeField, int leaveOpen)
{
    deliberation::DeliberationService service(db, round);
    Result<QList<deliberation::Member>> members = service.members();
    if (!members)
        return members.takeError();
    Dice dice(seed ^ 0x6d656574ULL);
    const QDate today = workflow::WorkflowService(db, round).today();
    Result<deliberation::Meeting> meeting = service.createMeeting(title, today, place);
    if (!meeting)
        return meeting.takeError();
    RB_TRY(service.setAttendance(meeting->id, members->last().id, false));

    Result<consolidation::Results> results = consolidation::consolidate(db, round);
    if (!results)
        return results.takeError();
    struct Pick {
        qint64 id;
        bool disagreement;
        int rank;
    };
    QList<Pick> ready;
    for (const auto& a : results->applications) {
        Result<QString> state = db.scalarText("SELECT state FROM application WHERE id = ?1", a.applicationId);
        if (!state)
            return state.takeError();
        if (states::is(*state, State::ExpertReview) && a.score)
            ready.append({a.applicationId, a.flags.contains(QLatin1String("disagreement")), a.rank.value_or(99999)});
    }
    // The strongest fifth (at most 30), plus the cases of disagreement among the next ones.
    const int strong = wholeField ? int(ready.size()) : std::min(30, std::max(6, int(ready.size()) / 5));
    QList<Pick> agenda;
    for (const Pick& p : ready) {
        if (int(agenda.size()) < strong || (!wholeField && p.disagreement && p.rank <= strong * 2))
            agenda.append(p);
    }
    std::stable_sort(agenda.begin(), agenda.end(), [](const Pick& x, const Pick& y) {
        return x.disagreement != y.disagreement ? x.disagreement : x.rank < y.rank;
    });
    QList<qint64> ids;
    for (const Pick& p : agenda)
        ids << p.id;
    Result<QList<deliberation::Case>> cases = service.prepareAgenda(meeting->id, ids);
    if (!cases)
        return cases.takeError();

    const int proposedQuota = wholeField ? std::max(1, int(cases->size()) * 2 / 5) : strong;
    // In a selective meeting the weakest concluded case is rejected and the next two (or the cases of
    // disagreement) are sent back for revision.
    const int concluded = std::max(0, int(cases->size()) - leaveOpen);
    QList<int> byWeakness;
    for (int i = 0; i < concluded; ++i)
        byWeakness << i;
    std::stable_sort(byWeakness.begin(), byWeakness.end(),
                     [&](int x, int y) { return agenda[x].rank > agenda[y].rank; });
    QHash<int, QString> outcome;
    if (!wholeField && concluded >= 6) {
        outcome.insert(byWeakness[0], labels::key(labels::Conclusion::Rejected));
        int revise = 0;
        for (int i = 0; i < concluded && revise < 2; ++i) {
            if (agenda[i].disagreement && !outcome.contains(i)) {
                outcome.insert(i, labels::key(labels::Conclusion::Revise));
                ++revise;
            }
        }
        for (int k = 1; k < byWeakness.size() && revise < 2; ++k) {
            if (!outcome.contains(byWeakness[k])) {
                outcome.insert(byWeakness[k], labels::key(labels::Conclusion::Revise));
                ++revise;
            }
        }
    }
    for (int i = 0; i < concluded; ++i) {
        const deliberation::Case& c = cases->at(i);
        const Pick& pick = agenda[i];
        const QString conclusion =
            outcome.value(i, pick.rank > proposedQuota ? labels::key(labels::Conclusion::Rejected)
                                                       : labels::key(labels::Conclusion::Proposed));
        const QString opinion =
            labels::is(conclusion, labels::Conclusion::Proposed)
                ? u8("该项目建设目标明确，智能化水平较高，关键指标先进，具有较好的示范引领作用，同意列为拟入选项目。")
            : labels::is(conclusion, labels::Conclusion::Revise)
                ? u8("专家评分分歧较大，部分指标佐证材料不足，建议修改完善后再议。")
                : u8("综合得分未达到入选线，示范带动作用不够突出，不建议入选。");
        RB_TRY(service.setRecord(c.id, u8("申报单位介绍了项目建设背景、主要建设内容、关键技术指标和实施成效。"),
                                 dice.pick(questions()), opinion,
                                 labels::is(conclusion, labels::Conclusion::Revise)
                                     ? u8("补充关键指标的第三方检测报告，说明数据采集口径；一个月内提交修改稿。")
                                     : QString()));
        RB_TRY(vote(service, c.id, conclusion, dice));
        RB_TRY(service.conclude(c.id, conclusion));
    }
    // The cases still to come stay open with the presentation recorded, as in a meeting under way.
    for (int i = int(cases->size()) - leaveOpen; i < cases->size(); ++i) {
        if (i >= 0)
            RB_TRY(service.setRecord(cases->at(i).id, u8("申报单位介绍了项目总体情况。"), QString(), QString(),
                                     QString()));
    }
    return deliberation::setMeetingStatus(db, round, meeting->id,
                                          leaveOpen > 0 ? QStringLiteral("open") : QStringLiteral("closed"));
}

Status objections(db::Database& db, const Round& round, quint64 seed)
{
    notice::NoticeService notices(db, round);
    Result<QList<notice::Notice>> list = notices.notices();
    if (!list)
        return list.takeError();
    if (list->isEmpty() || list->last().applications.size() < 4)
        return {};
    Dice dice(seed ^ 0x6f626a65ULL);
    const QStringList& codes = list->last().applications;
    const QDate today = workflow::WorkflowService(db, round).today();
    auto id = [&](const QString& code) {
        // 0 when it cannot be read: the objection below is then refused and its error returned.
        Result<qint64> found =
            db.scalar("SELECT id FROM application WHERE round_id = ?1 AND code = ?2", 0, round.id, code);
        return found ? *found : qint64(0);
    };
    const qint64 first = id(codes[1 + dice.below(int(codes.size()) - 1)]);
    Result<notice::Objection> dismissed =
        notices.addObjection(first, today, u8("某装备制造有限公司"), QStringLiteral("sealed"),
                             u8("反映该企业申报的部分生产线尚未投产，关键指标存在夸大。"));
    if (!dismissed)
        return dismissed.takeError();
    RB_TRY(notices.resolve(dismissed->id, QStringLiteral("dismissed"),
                           u8("经现场核查，相关生产线已于上年投产，指标有检测报告佐证，异议不成立。")));
    const qint64 second = id(codes[0]);
    Result<notice::Objection> upheld =
        notices.addObjection(second, today, u8("张某（实名）"), QStringLiteral("signed"),
                             u8("反映该企业近三年发生较大安全生产事故，不符合申报条件。"));
    if (!upheld)
        return upheld.takeError();
    RB_TRY(
        notices.resolve(upheld->id, QStringLiteral("upheld"),
                        u8("经向应急管理部门核实，该企业申报前两年内发生较大安全事故，异议成立，撤销其拟入选资格。")));
    const qint64 third = id(codes.last());
    Result<notice::Objection> pending =
        notices.addObjection(third, today, u8("某科技股份有限公司"), QStringLiteral("sealed"),
                             u8("认为该项目核心软件与我公司产品存在知识产权纠纷。"));
    if (!pending)
        return pending.takeError();
    return {};
}

/// The 2025 holidays and make-up working days (国务院办公厅通知), for the working-day arithmetic.
Status calendar(db::Database& db)
{
    struct Day {
        const char* date;
        bool workday;
        const char* note;
    };
    static const Day days[] = {
        {"2025-01-01", false, "元旦"},           {"2025-01-26", true, "春节调休"},
        {"2025-01-28", false, "春节"},           {"2025-01-29", false, "春节"},
        {"2025-01-30", false, "春节"},           {"2025-01-31", false, "春节"},
        {"2025-02-03", false, "春节"},           {"2025-02-04", false, "春节"},
        {"2025-02-08", true, "春节调休"},        {"2025-04-04", false, "清明节"},
        {"2025-04-27", true, "劳动节调休"},      {"2025-05-01", false, "劳动节"},
        {"2025-05-02", false, "劳动节"},         {"2025-05-05", false, "劳动节"},
        {"2025-06-02", false, "端午节"},         {"2025-09-28", true, "国庆节调休"},
        {"2025-10-01", false, "国庆节、中秋节"}, {"2025-10-02", false, "国庆节、中秋节"},
        {"2025-10-03", false, "国庆节、中秋节"}, {"2025-10-06", false, "国庆节、中秋节"},
        {"2025-10-07", false, "国庆节、中秋节"}, {"2025-10-08", false, "国庆节、中秋节"},
        {"2025-10-11", true, "国庆节调休"},
    };
    for (const Day& d : days)
        RB_TRY(workflow::Calendar::store(
            db, QDate::fromString(QString::fromLatin1(d.date), Qt::ISODate),
            d.workday ? workflow::Calendar::Kind::Workday : workflow::Calendar::Kind::Holiday, u8(d.note)));
    return {};
}

} // namespace

Status formalReview(db::Database& db, const Round& round, quint64 seed)
{
    workflow::WorkflowService flow(db, round);
    workflow::FormalReview review(db, round);
    const QStringList checklist = review.checklist();
    Dice dice(seed ^ 0x666f726dULL);
    Result<db::Statement> st = db.prepare("SELECT id FROM application WHERE round_id = ?1 ORDER BY code");
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    QList<qint64> ids;
    RB_TRY(st->forEach([&](const db::Statement& r) { ids << r.integer(0); }));
    Result<QList<Assignment>> assignments = AssignmentRepository(db, round).list();
    if (!assignments)
        return assignments.takeError();
    db::Transaction tx(db);
    RB_TRY(tx.status());
    for (qint64 id : ids) {
        RB_TRY(flow.transition(id, states::key(State::FormalReview), QString()));
        const int failed = dice.chance(3) && !checklist.isEmpty() ? dice.below(int(checklist.size())) : -1;
        for (int i = 0; i < checklist.size(); ++i)
            RB_TRY(review.record(id, checklist[i], i != failed,
                                 i == failed ? u8("佐证材料缺失，经补正仍不满足要求") : QString()));
        if (failed < 0) {
            RB_TRY(flow.transition(id, states::key(State::ExpertReview), QString()));
            continue;
        }
        RB_TRY(flow.transition(id, states::key(State::NotAccepted), u8("不满足申报条件：") + checklist[failed]));
        for (const Assignment& a : *assignments) {
            if (a.applicationId == id)
                RB_TRY(AssignmentRepository(db, round).remove(a.id));
        }
    }
    return tx.commit();
}

Status deliberateAndPublish(db::Database& db, const Round& round, quint64 seed)
{
    db::Transaction tx(db);
    RB_TRY(tx.status());
    RB_TRY(calendar(db));
    RB_TRY(formCommittee(db, round, seed));
    RB_TRY(holdMeeting(db, round, seed, u8("第一次专家论证会"), u8("北京 · 评审中心第一会议室"), false, 2));
    notice::NoticeService notices(db, round);
    const QDate today = workflow::WorkflowService(db, round).today();
    Result<notice::Notice> published = notices.publish(u8("%1拟入选名单公示").arg(round.title), today, std::nullopt,
                                                       u8("电话 010-6820XXXX，电子邮箱 zhizao@example.cn"));
    if (!published)
        return published.takeError();
    RB_TRY(objections(db, round, seed));
    deliberation::DeliberationService service(db, round);
    Result<QList<deliberation::Member>> members = service.members();
    if (!members)
        return members.takeError();
    Result<deliberation::Meeting> next =
        service.createMeeting(u8("第二次专家论证会（再议）"), today.addDays(14), u8("北京 · 评审中心第二会议室"));
    if (!next)
        return next.takeError();
    return tx.commit();
}

Status addEarlierRound(db::Database& db, const DemoSpec& spec)
{
    DemoSpec earlier = spec;
    earlier.year = spec.year - 2;
    earlier.applications = std::max(12, spec.applications / 10);
    earlier.experts = std::max(9, spec.experts / 2);
    earlier.perApplication = std::min(spec.perApplication, 3);
    earlier.seed = spec.seed + 2;
    earlier.lifecycle = true;
    // Approved 24 months minus three weeks ago: construction ends in three weeks.
    const QDate now = Clock::current().now().toLocalTime().date();
    const QDate approval = now.addMonths(-24).addDays(21);
    ClockAt clock(QDateTime(approval.addDays(-60), QTime(9, 30), Qt::UTC));
    Result<Round> round = addDemoRound(db, earlier);
    if (!round)
        return round.takeError();
    db::Transaction tx(db);
    RB_TRY(tx.status());
    RB_TRY(formCommittee(db, *round, earlier.seed));
    clock.set(approval.addDays(-30));
    RB_TRY(holdMeeting(db, *round, earlier.seed, u8("专家论证会"), u8("北京 · 评审中心第一会议室"), true, 0));
    clock.set(approval.addDays(-20));
    Result<notice::Notice> published =
        notice::NoticeService(db, *round)
            .publish(u8("%1拟入选名单公示").arg(round->title), approval.addDays(-20), std::nullopt, QString());
    if (!published)
        return published.takeError();
    clock.set(approval);
    Result<int> approved = notice::NoticeService(db, *round).approveReady();
    if (!approved)
        return approved.takeError();
    return tx.commit();
}

} // namespace rb::demo
