// SPDX-License-Identifier: GPL-3.0-or-later
// Case-by-case deliberation (一事一议, issue 5): the quorum and pass rule at their boundaries, recusals, refused
// conclusions that change nothing, conditions and opinions, per-round rules, cases sent back to a later meeting,
// the agenda order, and the committee / meeting / decide commands of the real reviewbench-cli.
#include "LifecycleFixture.h"

#include "deliberation/Attendance.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using deliberation::judge;
using deliberation::Rule;
using deliberation::Tally;
using deliberation::Verdict;
using test::Driver;
using test::Lifecycle;

namespace {

Tally tally(int members, int recused, int present, int votesFor, int against, int abstain = 0)
{
    Tally t;
    t.members = members;
    t.recused = recused;
    t.present = present;
    t.votesFor = votesFor;
    t.against = against;
    t.abstain = abstain;
    return t;
}

/// What a conclusion touches: the application, the case and the audit log.
QString caseFootprint(Driver& d, qint64 caseId, const QString& code)
{
    Result<deliberation::Case> c = d.committee().caseOf(caseId);
    RB_REQUIRE_OK(c);
    return test::footprint(d.db, d.app(code)) + c->conclusion + u'|' + c->concludedAt + u'|'
           + QString::number(test::countOf(d.db, "SELECT count(*) FROM audit_log WHERE action = 'conclude'"));
}

} // namespace

TEST_CASE("deliberation: the quorum and 3/4 rule at their exact boundaries", "[deliberation]")
{
    const Rule rule;
    CHECK(rule.quorum == Approx(2.0 / 3.0));
    CHECK(rule.passRatio == Approx(0.75));

    // 9 members: 6 present is a quorum, 5 is not.
    Verdict v = judge(tally(9, 0, 6, 6, 0), rule);
    CHECK(v.supported);
    CHECK(v.quorumNeeded == 6);
    CHECK(v.votesNeeded == 5); // 3/4 of 6 = 4.5
    v = judge(tally(9, 0, 5, 5, 0), rule);
    CHECK_FALSE(v.supported);
    CHECK(v.quorumNeeded == 6);
    CHECK(v.reason.contains(u"no quorum"_s));
    CHECK(v.reason.contains(u"5 of 9"_s));

    // 8 present: 3/4 is exactly 6.
    v = judge(tally(9, 0, 8, 6, 2), rule);
    CHECK(v.supported);
    CHECK(v.votesNeeded == 6);
    v = judge(tally(9, 0, 8, 5, 2, 1), rule);
    CHECK_FALSE(v.supported);
    CHECK(v.votesNeeded == 6);
    CHECK(v.reason.contains(u"5 votes for the conclusion, 6 needed"_s));
    // 6 present: 5 needed; abstentions count as present but not for.
    CHECK(judge(tally(9, 0, 6, 5, 0, 1), rule).supported);
    CHECK_FALSE(judge(tally(9, 0, 6, 4, 1, 1), rule).supported);
    // 9 present: 7 needed (6.75).
    CHECK(judge(tally(9, 0, 9, 7, 2), rule).votesNeeded == 7);
    CHECK_FALSE(judge(tally(9, 0, 9, 6, 3), rule).supported);

    // 12 members: 8 is exactly 2/3; 15 members: 10.
    CHECK(judge(tally(12, 0, 8, 6, 2), rule).supported);
    CHECK_FALSE(judge(tally(12, 0, 7, 7, 0), rule).supported);
    CHECK(judge(tally(15, 0, 10, 8, 2), rule).supported);
    CHECK_FALSE(judge(tally(15, 0, 10, 7, 3), rule).supported);
    CHECK(judge(tally(15, 0, 9, 9, 0), rule).quorumNeeded == 10);

    // Recused members do not count toward the quorum: 9 members, 3 recused → 6 may vote, 4 needed.
    v = judge(tally(9, 3, 4, 3, 1), rule);
    CHECK(v.supported);
    CHECK(v.quorumNeeded == 4);
    CHECK(v.votesNeeded == 3);
    v = judge(tally(9, 3, 3, 3, 0), rule);
    CHECK_FALSE(v.supported);
    CHECK(v.reason.contains(u"3 of 6"_s));
    // Everybody recused: nobody can decide.
    v = judge(tally(3, 3, 0, 0, 0), rule);
    CHECK_FALSE(v.supported);
    CHECK(v.reason.contains(u"recused"_s));

    // Every present member votes, and nobody else (no proxies).
    v = judge(tally(9, 0, 7, 6, 0), rule);
    CHECK_FALSE(v.supported);
    CHECK(v.reason.contains(u"have not voted"_s));
    v = judge(tally(9, 0, 6, 7, 0), rule);
    CHECK_FALSE(v.supported);
    CHECK(v.reason.contains(u"no proxies"_s));

    // Another rule: half present, two thirds for.
    const Rule loose{0.5, 2.0 / 3.0};
    v = judge(tally(9, 0, 5, 4, 1), loose);
    CHECK(v.supported);
    CHECK(v.quorumNeeded == 5);
    CHECK(v.votesNeeded == 4);
    CHECK_FALSE(judge(tally(9, 0, 5, 4, 1), rule).supported);
    CHECK_FALSE(judge(tally(9, 0, 4, 4, 0), loose).supported);
    // Unanimity.
    CHECK_FALSE(judge(tally(9, 0, 9, 8, 0, 1), Rule{2.0 / 3.0, 1.0}).supported);
    CHECK(judge(tally(9, 0, 9, 9, 0), Rule{2.0 / 3.0, 1.0}).supported);
}

TEST_CASE("deliberation: a committee of 9 at a meeting with absences, and the 3/4 rule through the service",
          "[deliberation]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    // A secretary added first still comes last; the chair first.
    RB_REQUIRE_OK(d.committee().addMember(u"秘书甲"_s, u"秘书处"_s, u"secretary"_s));
    d.addCommittee(9);
    Result<QList<deliberation::Member>> members = d.committee().members();
    RB_REQUIRE_OK(members);
    REQUIRE(members->size() == 10);
    CHECK(members->first().name == u"委员1"_s);
    CHECK(members->first().role == u"chair"_s);
    CHECK(members->last().role == u"secretary"_s);
    CHECK_FALSE(d.committee().addMember(u"  "_s, {}, {}).ok());

    // 委员9 is absent: 8 of 9 members present.
    const qint64 m = d.meeting(QDate(2025, 3, 10), {8});
    Result<int> present = d.committee().presentCount(m);
    RB_REQUIRE_OK(present);
    CHECK(*present == 8); // the secretary, present, does not count toward the quorum
    d.agenda(m, {u"P1"_s, u"P2"_s});
    const qint64 c1 = d.caseOf(m, u"P1"_s);

    // The absent member cannot vote; neither can the secretary.
    deliberation::Participation absent;
    absent.memberId = d.members.at(8);
    absent.vote = u"for"_s;
    const Status s = d.committee().setParticipation(c1, absent);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(u"委员9"_s));
    deliberation::Participation secretary;
    secretary.memberId = members->last().id;
    secretary.vote = u"for"_s;
    const Status secretaryVote = d.committee().setParticipation(c1, secretary);
    REQUIRE_FALSE(secretaryVote.ok());
    CHECK(secretaryVote.error().message.contains(u"secretary"_s));
    // The attendance list keeps the secretary (for the minutes), marked as not voting.
    Result<QList<deliberation::Attendee>> people = deliberation::attendance(*f.db, f.round, m);
    RB_REQUIRE_OK(people);
    REQUIRE(people->size() == 10);
    CHECK(people->last().member.role == u"secretary"_s);
    CHECK_FALSE(people->last().votes);
    CHECK(std::count_if(people->begin(), people->end(),
                        [](const deliberation::Attendee& a) { return a.votes && a.present; })
          == *present);
    deliberation::Participation bogus;
    bogus.memberId = d.members.at(0);
    bogus.vote = u"yes"_s;
    CHECK_FALSE(d.committee().setParticipation(c1, bogus).ok());

    // 5 for of 8 present: refused, 6 needed.
    d.vote(c1, 5, 3);
    Result<Tally> t = d.committee().tally(c1);
    RB_REQUIRE_OK(t);
    CHECK(t->members == 9);
    CHECK(t->present == 8);
    CHECK(t->votesFor == 5);
    CHECK(t->against == 3);
    const QString before = caseFootprint(d, c1, u"P1"_s);
    const Status refused = d.committee().conclude(c1, u"proposed"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Input);
    CHECK(refused.error().message.contains(u"5 votes for the conclusion, 6 needed"_s));
    CHECK(caseFootprint(d, c1, u"P1"_s) == before);
    CHECK(d.state(u"P1"_s) == u"deliberation"_s);

    // 6 for, 2 against: proposed; the tally is stored with the case.
    d.vote(c1, 6, 2);
    RB_REQUIRE_OK(d.committee().conclude(c1, u"proposed"_s));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    Result<deliberation::Case> c = d.committee().caseOf(c1);
    RB_REQUIRE_OK(c);
    CHECK(c->conclusion == u"proposed"_s);
    CHECK(c->concludedAt.startsWith(u"2025-03-03"_s));
    CHECK(test::countOf(*f.db,
                        "SELECT count(*) FROM deliberation_case WHERE id = ?1 AND votes_for = 6 AND "
                        "votes_against = 2 AND votes_abstain = 0",
                        c1)
          == 1);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log WHERE action = 'conclude' AND entity_code = 'P1'") == 1);

    // Four more absent: 4 of 9 present is no quorum, whatever the vote.
    for (int i : {4, 5, 6, 7})
        RB_REQUIRE_OK(d.committee().setAttendance(m, d.members.at(i), false));
    present = d.committee().presentCount(m);
    RB_REQUIRE_OK(present);
    CHECK(*present == 4);
    const qint64 c2 = d.caseOf(m, u"P2"_s);
    d.vote(c2, 4, 0);
    const Status noQuorum = d.committee().conclude(c2, u"proposed"_s);
    REQUIRE_FALSE(noQuorum.ok());
    CHECK(noQuorum.error().message.contains(u"no quorum: 4 of 9"_s));
    CHECK(d.state(u"P2"_s) == u"deliberation"_s);
}

TEST_CASE("deliberation: recused members neither vote nor count toward that case's quorum", "[deliberation]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    d.addCommittee(9);
    // Three absent: 6 of 9 present, exactly the quorum.
    const qint64 m = d.meeting(QDate(2025, 3, 10), {6, 7, 8});
    d.agenda(m, {u"P1"_s, u"P2"_s});
    const qint64 c1 = d.caseOf(m, u"P1"_s);
    const qint64 c2 = d.caseOf(m, u"P2"_s);

    // A recusal needs its reason; a recused member cannot vote.
    deliberation::Participation p;
    p.memberId = d.members.at(1);
    p.recused = true;
    CHECK_FALSE(d.committee().setParticipation(c1, p).ok());
    p.recusalReason = u"曾为申报城市编制规划"_s;
    p.vote = u"for"_s;
    CHECK_FALSE(d.committee().setParticipation(c1, p).ok());

    // P1: a present member recused → 5 of the 8 who may vote are present; 6 needed → no quorum.
    d.vote(c1, 5, 0, {1});
    Result<Tally> t = d.committee().tally(c1);
    RB_REQUIRE_OK(t);
    CHECK(t->members == 9);
    CHECK(t->recused == 1);
    CHECK(t->present == 5);
    const Verdict v = judge(*t, d.committee().rule());
    CHECK_FALSE(v.supported);
    CHECK(v.quorumNeeded == 6);
    const Status refused = d.committee().conclude(c1, u"proposed"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"no quorum: 5 of 8"_s));
    Result<deliberation::Case> c = d.committee().caseOf(c1);
    RB_REQUIRE_OK(c);
    const auto recused = std::find_if(c->members.begin(), c->members.end(), [&](const deliberation::Participation& x) {
        return x.memberId == d.members.at(1);
    });
    REQUIRE(recused != c->members.end());
    CHECK(recused->recused);
    CHECK(recused->recusalReason == u"曾为申报单位提供咨询"_s);
    CHECK(recused->vote.isEmpty());

    // P2: an absent member recused → 6 of the 8 who may vote are present; 5 of 6 for passes (4.5 needed).
    d.vote(c2, 5, 1, {8});
    t = d.committee().tally(c2);
    RB_REQUIRE_OK(t);
    CHECK(t->recused == 1);
    CHECK(t->present == 6);
    RB_REQUIRE_OK(d.committee().conclude(c2, u"proposed"_s));
    CHECK(d.state(u"P2"_s) == u"proposed"_s);
    // The recusal is for that case only.
    t = d.committee().tally(c1);
    RB_REQUIRE_OK(t);
    CHECK(t->recused == 1);
}

TEST_CASE("deliberation: revise needs conditions, rejection the collective opinion; a concluded case is closed",
          "[deliberation]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {70, 72, 74});
    }
    d.addCommittee(9);
    const qint64 m = d.meeting(QDate(2025, 3, 10));
    d.agenda(m, {u"P1"_s, u"P2"_s});
    const qint64 c1 = d.caseOf(m, u"P1"_s);
    const qint64 c2 = d.caseOf(m, u"P2"_s);
    d.vote(c1, 9, 0);
    d.vote(c2, 8, 1);

    CHECK_FALSE(d.committee().conclude(c1, u"approved"_s).ok());
    const QString before = caseFootprint(d, c1, u"P1"_s);
    const Status noConditions = d.committee().conclude(c1, u"revise"_s);
    REQUIRE_FALSE(noConditions.ok());
    CHECK(noConditions.error().message.contains(u"conditions"_s));
    CHECK(caseFootprint(d, c1, u"P1"_s) == before);
    d.record(c1, u"方案总体可行"_s, u"补充分年度建设目标和资金安排"_s);
    RB_REQUIRE_OK(d.committee().conclude(c1, u"revise"_s));
    CHECK(d.state(u"P1"_s) == u"revise"_s);
    CHECK(d.history(u"P1"_s).last().reason == u"补充分年度建设目标和资金安排"_s);

    CHECK_FALSE(d.committee().conclude(c2, u"rejected"_s).ok());
    CHECK(d.state(u"P2"_s) == u"deliberation"_s);
    d.record(c2, u"创建基础薄弱"_s);
    RB_REQUIRE_OK(d.committee().conclude(c2, u"rejected"_s));
    CHECK(d.state(u"P2"_s) == u"rejected"_s);

    // A concluded case keeps its record.
    CHECK_FALSE(d.committee().conclude(c1, u"proposed"_s).ok());
    CHECK_FALSE(d.committee().setRecord(c1, {}, {}, u"改写"_s, {}).ok());
    deliberation::Participation change;
    change.memberId = d.members.at(0);
    change.vote = u"against"_s;
    CHECK_FALSE(d.committee().setParticipation(c1, change).ok());
    Result<deliberation::Case> c = d.committee().caseOf(c1);
    RB_REQUIRE_OK(c);
    CHECK(c->collectiveOpinion == u"方案总体可行"_s);
    CHECK(c->conditions == u"补充分年度建设目标和资金安排"_s);
    CHECK(c->members.first().vote == u"for"_s);
}

TEST_CASE("deliberation: the round's quorum and pass rule settings change the outcome", "[deliberation]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    d.addCommittee(9);
    const qint64 m1 = d.meeting(QDate(2025, 3, 10));
    d.agenda(m1, {u"P1"_s});
    const qint64 c1 = d.caseOf(m1, u"P1"_s);
    // 6 of 9 for: the default 3/4 needs 7.
    d.vote(c1, 6, 3);
    const Status refused = d.committee().conclude(c1, u"proposed"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"7 needed"_s));
    // Two thirds for is enough once the round says so.
    d.set(u"deliberation.pass_ratio"_s, u"2/3"_s);
    CHECK(d.committee().rule().passRatio == Approx(2.0 / 3.0));
    RB_REQUIRE_OK(d.committee().conclude(c1, u"proposed"_s));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);

    // A stricter quorum (0.8 of 9 = 7.2 → 8) refuses a meeting with 7 present.
    d.set(u"deliberation.quorum"_s, u"0.8"_s);
    const qint64 m2 = d.meeting(QDate(2025, 3, 11), {7, 8});
    d.agenda(m2, {u"P2"_s});
    const qint64 c2 = d.caseOf(m2, u"P2"_s);
    d.vote(c2, 7, 0);
    const Status noQuorum = d.committee().conclude(c2, u"proposed"_s);
    REQUIRE_FALSE(noQuorum.ok());
    CHECK(noQuorum.error().message.contains(u"8 are needed"_s));
    d.set(u"deliberation.quorum"_s, u"default"_s);
    RB_REQUIRE_OK(d.committee().conclude(c2, u"proposed"_s));

    // Nonsense rules are refused by the settings.
    CHECK_FALSE(RoundSettings(*f.db, f.round.id).set(u"deliberation.pass_ratio"_s, u"1.5"_s).ok());
    CHECK_FALSE(RoundSettings(*f.db, f.round.id).set(u"deliberation.quorum"_s, u"0"_s).ok());
}

TEST_CASE("deliberation: a case sent back comes to a later meeting linked to its earlier record", "[deliberation]")
{
    Lifecycle f(Category::Zone, 1);
    Driver& d = f.d;
    d.toExpertReview(u"P1"_s);
    d.score(u"P1"_s, {72, 75, 78});
    d.addCommittee(9);
    const qint64 m1 = d.meeting(QDate(2025, 3, 10));
    d.agenda(m1, {u"P1"_s});
    const qint64 c1 = d.caseOf(m1, u"P1"_s);
    Result<deliberation::Case> first = d.committee().caseOf(c1);
    RB_REQUIRE_OK(first);
    CHECK_FALSE(first->previousCaseId);
    d.vote(c1, 8, 1);
    d.record(c1, u"总体可行，数据不足"_s, u"补充能耗与产值基线数据"_s);
    RB_REQUIRE_OK(d.committee().conclude(c1, u"revise"_s));

    // Not again at the same meeting.
    Result<QList<deliberation::Case>> same = d.committee().prepareAgenda(m1);
    RB_REQUIRE_OK(same);
    CHECK(same->size() == 1);
    CHECK(d.state(u"P1"_s) == u"revise"_s);

    // The next meeting's agenda takes it by default, linked to the earlier case.
    f.clock.setDay(QDate(2025, 4, 10));
    const qint64 m2 = d.meeting(QDate(2025, 4, 10));
    Result<QList<deliberation::Case>> agenda = d.committee().prepareAgenda(m2);
    RB_REQUIRE_OK(agenda);
    REQUIRE(agenda->size() == 1);
    const deliberation::Case& second = agenda->first();
    CHECK(second.applicationCode == u"P1"_s);
    CHECK(second.previousCaseId == std::optional<qint64>(c1));
    CHECK(second.conclusion.isEmpty());
    Result<QList<deliberation::Case>> earlier = d.committee().earlierCases(d.app(u"P1"_s), second.id);
    RB_REQUIRE_OK(earlier);
    REQUIRE(earlier->size() == 1);
    CHECK(earlier->first().id == c1);
    CHECK(earlier->first().conclusion == u"revise"_s);
    CHECK(earlier->first().conditions == u"补充能耗与产值基线数据"_s);

    d.vote(second.id, 9, 0);
    RB_REQUIRE_OK(d.committee().conclude(second.id, u"proposed"_s));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    QStringList path;
    for (const workflow::Event& e : d.history(u"P1"_s))
        path << e.to;
    CHECK(path
          == QStringList({u"formal_review"_s, u"expert_review"_s, u"deliberation"_s, u"revise"_s, u"deliberation"_s,
                          u"proposed"_s}));
    CHECK(d.history(u"P1"_s).last().at.startsWith(u"2025-04-10"_s));
}

TEST_CASE("deliberation: an application moved to deliberation by hand goes on the next agenda", "[deliberation]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    d.addCommittee(9);
    d.move(u"P2"_s, u"deliberation"_s); // by hand, without a meeting
    const qint64 m = d.meeting(QDate(2025, 3, 10));
    Result<QList<deliberation::Case>> agenda = d.committee().prepareAgenda(m);
    RB_REQUIRE_OK(agenda);
    QStringList codes;
    for (const deliberation::Case& c : *agenda)
        codes << c.applicationCode;
    codes.sort();
    CHECK(codes == QStringList({u"P1"_s, u"P2"_s}));
    // Its case can be concluded; the history shows one move into deliberation, not two.
    const qint64 c2 = d.caseOf(m, u"P2"_s);
    d.vote(c2, 9, 0);
    RB_REQUIRE_OK(d.committee().conclude(c2, u"proposed"_s));
    CHECK(d.state(u"P2"_s) == u"proposed"_s);
    QStringList path;
    for (const workflow::Event& e : d.history(u"P2"_s))
        path << e.to;
    CHECK(path.count(u"deliberation"_s) == 1);
    // A case already open is not put on a second agenda.
    const qint64 later = d.meeting(QDate(2025, 3, 20));
    Result<QList<deliberation::Case>> next = d.committee().prepareAgenda(later);
    RB_REQUIRE_OK(next);
    for (const deliberation::Case& c : *next)
        CHECK(c.applicationCode != u"P1"_s);
}

TEST_CASE("deliberation: the agenda puts disagreements and cases near the pass line first; the chair reorders",
          "[deliberation]")
{
    Lifecycle f(Category::Zone, 4);
    Driver& d = f.d;
    const QList<QList<double>> totals = {{90, 91, 92}, {60, 85, 90}, {69, 70, 72}, {79, 80, 81}};
    for (int i = 0; i < 4; ++i) {
        const QString p = u"P%1"_s.arg(i + 1);
        d.toExpertReview(p);
        d.score(p, totals[i]);
    }
    d.set(u"ranking.pass_line"_s, u"70"_s);
    d.addCommittee(9);
    const qint64 m = d.meeting(QDate(2025, 3, 10));
    Result<QList<deliberation::Case>> agenda = d.committee().prepareAgenda(m);
    RB_REQUIRE_OK(agenda);
    auto order = [&]() {
        Result<QList<deliberation::Case>> cases = d.committee().agenda(m);
        RB_REQUIRE_OK(cases);
        QStringList codes;
        for (const deliberation::Case& c : *cases)
            codes << c.applicationCode;
        return codes;
    };
    // P2 (experts disagree by 30 points), then by distance to 70: P3, P4, P1.
    CHECK(order() == QStringList({u"P2"_s, u"P3"_s, u"P4"_s, u"P1"_s}));
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s})
        CHECK(d.state(p) == u"deliberation"_s);

    // The chair moves P1 to the top, and P2 down past the end (clamped).
    RB_REQUIRE_OK(d.committee().moveCase(d.caseOf(m, u"P1"_s), -3));
    CHECK(order() == QStringList({u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s}));
    RB_REQUIRE_OK(d.committee().moveCase(d.caseOf(m, u"P2"_s), 10));
    CHECK(order() == QStringList({u"P1"_s, u"P3"_s, u"P4"_s, u"P2"_s}));
    Result<QList<deliberation::Case>> cases = d.committee().agenda(m);
    RB_REQUIRE_OK(cases);
    for (int i = 0; i < cases->size(); ++i)
        CHECK((*cases)[i].position == i);

    // Without a pass line the rest follow the score.
    Lifecycle g(Category::Zone, 4);
    for (int i = 0; i < 4; ++i) {
        const QString p = u"P%1"_s.arg(i + 1);
        g.d.toExpertReview(p);
        g.d.score(p, totals[i]);
    }
    g.d.addCommittee(9);
    const qint64 gm = g.d.meeting(QDate(2025, 3, 10));
    Result<QList<deliberation::Case>> byScore = g.d.committee().prepareAgenda(gm);
    RB_REQUIRE_OK(byScore);
    QStringList codes;
    for (const deliberation::Case& c : *byScore)
        codes << c.applicationCode;
    CHECK(codes == QStringList({u"P2"_s, u"P1"_s, u"P4"_s, u"P3"_s}));
}

TEST_CASE("deliberation: committee, meeting and decide through the real reviewbench-cli", "[deliberation][cli]")
{
    // The CLI runs on the system clock: build the round on today's date.
    Lifecycle f(Category::Zone, 3, 3, QDate::currentDate());
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    const QString db = f.path;
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    test::CliRun run = test::runProcess(
        {u"committee"_s, db, u"--add"_s, u"委员1"_s, u"--role"_s, u"chair"_s, u"--organisation"_s, u"清华大学"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    for (int i = 2; i <= 9; ++i) {
        run = test::runProcess({u"committee"_s, db, u"--add"_s, u"委员%1"_s.arg(i)});
        REQUIRE(run.code == 0);
    }
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 9);
    CHECK(lines.first().startsWith(u"委员1\tchair\t清华大学"_s));
    CHECK(test::runProcess({u"committee"_s, db, u"--add"_s, u"委员X"_s, u"--role"_s, u"boss"_s}).code != 0);

    run = test::runProcess({u"meeting"_s, db, u"--title"_s, u"第一次论证会"_s, u"--date"_s, today, u"--place"_s,
                            u"北京"_s, u"--absent"_s, u"委员9"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(u"1\tP"_s));
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s})
        CHECK(d.state(p) == u"deliberation"_s);
    CHECK(
        test::runProcess({u"meeting"_s, db, u"--title"_s, u"x"_s, u"--date"_s, today, u"--absent"_s, u"无名氏"_s}).code
        == 2);

    // 5 of the 8 present for: refused (6 needed), nothing recorded.
    const QString five = u"委员1,委员2,委员3,委员4,委员5"_s;
    run = test::runProcess({u"decide"_s, db, u"P1"_s, u"--conclusion"_s, u"proposed"_s, u"--for"_s, five,
                            u"--against"_s, u"委员6,委员7,委员8"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"6 needed"_s));
    CHECK(d.state(u"P1"_s) == u"deliberation"_s);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM case_member WHERE vote IS NOT NULL") == 0);
    // The absent member cannot vote.
    run = test::runProcess({u"decide"_s, db, u"P1"_s, u"--conclusion"_s, u"proposed"_s, u"--for"_s,
                            five + u",委员6,委员9"_s, u"--against"_s, u"委员7,委员8"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"委员9"_s));
    // A dissent must name a member.
    run =
        test::runProcess({u"decide"_s, db, u"P1"_s, u"--conclusion"_s, u"proposed"_s, u"--for"_s, five + u",委员6"_s,
                          u"--against"_s, u"委员7"_s, u"--abstain"_s, u"委员8"_s, u"--dissent"_s, u"无名氏:不同意"_s});
    CHECK(run.code == 2);
    CHECK(d.state(u"P1"_s) == u"deliberation"_s);
    // 6 of 8: proposed.
    run = test::runProcess({u"decide"_s, db, u"P1"_s, u"--conclusion"_s, u"proposed"_s, u"--for"_s, five + u",委员6"_s,
                            u"--against"_s, u"委员7"_s, u"--abstain"_s, u"委员8"_s, u"--opinion"_s, u"同意入选"_s,
                            u"--dissent"_s, u"委员7:产值测算偏乐观"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.trimmed() == u"P1: proposed"_s);
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM case_member WHERE dissent = '产值测算偏乐观'") == 1);

    // Revise without conditions is refused; with them the case goes back.
    const QString all8 = five + u",委员6,委员7,委员8"_s;
    run = test::runProcess({u"decide"_s, db, u"P2"_s, u"--conclusion"_s, u"revise"_s, u"--for"_s, all8});
    CHECK(run.code == 2);
    CHECK(d.state(u"P2"_s) == u"deliberation"_s);
    run = test::runProcess({u"decide"_s, db, u"P2"_s, u"--conclusion"_s, u"revise"_s, u"--for"_s, all8,
                            u"--conditions"_s, u"补充投资明细"_s});
    REQUIRE(run.code == 0);
    CHECK(d.state(u"P2"_s) == u"revise"_s);

    // The collective opinion written on the case screen stays when decide does not give one. A recused member:
    // 7 may vote and are present, 6 for of 7 passes (5.25 needed).
    Result<qint64> open =
        f.db->scalar("SELECT max(id) FROM deliberation_case WHERE application_id = ?1", 0, d.app(u"P3"_s));
    RB_REQUIRE_OK(open);
    d.record(*open, u"基础条件不足"_s);
    run =
        test::runProcess({u"decide"_s, db, u"P3"_s, u"--conclusion"_s, u"rejected"_s, u"--recused"_s,
                          u"委员8:曾为申报城市提供咨询"_s, u"--for"_s, five + u",委员6"_s, u"--against"_s, u"委员7"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(d.state(u"P3"_s) == u"rejected"_s);
    CHECK(d.history(u"P3"_s).last().reason == u"基础条件不足"_s);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM case_member WHERE recused = 1 AND recusal_reason = "
                               "'曾为申报城市提供咨询'")
          == 1);
    // No open case any more.
    run = test::runProcess({u"decide"_s, db, u"P3"_s, u"--conclusion"_s, u"proposed"_s, u"--for"_s, all8});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"P3"_s));
}

TEST_CASE("deliberation: committee members are checked: a known role, one name once, one chair", "[deliberation][cli]")
{
    Lifecycle f(Category::Zone, 1);
    deliberation::DeliberationService s(*f.db, f.round);
    RB_REQUIRE_OK(s.addMember(u"委员1"_s, u"清华大学"_s, u"chair"_s));
    const Result<deliberation::Member> boss = s.addMember(u"委员2"_s, {}, u"boss"_s);
    REQUIRE_FALSE(boss.ok());
    CHECK(boss.error().kind == ErrorKind::Input);
    CHECK_FALSE(boss.error().message.contains(u"CHECK constraint"_s));
    CHECK(boss.error().message.contains(u"boss"_s));
    CHECK_FALSE(s.addMember(u" 委员1 "_s, u"北京大学"_s, u"member"_s).ok()); // the same name
    const Result<deliberation::Member> second = s.addMember(u"委员3"_s, {}, u"chair"_s);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(u"委员1"_s));
    RB_REQUIRE_OK(s.addMember(u"委员3"_s, {}, u"vice_chair"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM committee_member") == 2);

    const test::CliRun run = test::runCli({u"committee"_s, f.path, u"--add"_s, u"委员4"_s, u"--role"_s, u"boss"_s});
    CHECK(run.code == 2);
    CHECK_FALSE(run.err.contains(u"CHECK constraint"_s));
    CHECK(test::runCli({u"committee"_s, f.path, u"--add"_s, u"委员3"_s}).code == 2);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM committee_member") == 2);
}

TEST_CASE("deliberation: a meeting refused for an unknown absent name leaves nothing behind", "[deliberation][cli]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    d.addCommittee(9);
    const qint64 audited = test::countOf(*f.db, "SELECT count(*) FROM audit_log");
    const test::CliRun run = test::runCli({u"meeting"_s, f.path, u"--title"_s, u"论证会"_s, u"--date"_s,
                                           u"2025-03-03"_s, u"--absent"_s, u"委员9,无名氏"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"无名氏"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM meeting") == 0);
    CHECK(d.state(u"P1"_s) == u"expert_review"_s);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM meeting_attendance") == 0);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log") == audited);
    // With the right names it is held.
    CHECK(test::runCli({u"meeting"_s, f.path, u"--title"_s, u"论证会"_s, u"--date"_s, u"2025-03-03"_s, u"--absent"_s,
                        u"委员9"_s})
              .code
          == 0);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM meeting") == 1);
    CHECK(d.state(u"P1"_s) == u"deliberation"_s);
}

TEST_CASE("deliberation: committee members are edited and removed, never losing a record or the single chair",
          "[deliberation][committee]")
{
    Lifecycle f(Category::Zone, 1);
    Driver& d = f.d;
    const test::CliRun added = test::runCli({u"committee"_s, f.path, u"--add"_s, u"主任甲"_s, u"--role"_s, u"chair"_s});
    REQUIRE(added.code == 0);
    REQUIRE(test::runCli({u"committee"_s, f.path, u"--add"_s, u"委员乙"_s, u"--organisation"_s, u"示例大学"_s}).code
            == 0);
    // One chair at most; names stay unique.
    CHECK(test::runCli({u"committee"_s, f.path, u"--edit"_s, u"委员乙"_s, u"--role"_s, u"chair"_s}).code == 2);
    CHECK(test::runCli({u"committee"_s, f.path, u"--edit"_s, u"委员乙"_s, u"--rename"_s, u"主任甲"_s}).code == 2);
    CHECK(test::runCli({u"committee"_s, f.path, u"--edit"_s, u"无此人"_s, u"--role"_s, u"member"_s}).code == 2);
    CHECK(test::runCli({u"committee"_s, f.path, u"--add"_s, u"x"_s, u"--remove"_s, u"委员乙"_s}).code == 1);
    // A wrong click mended: the chair becomes vice chair, the member the chair, an organisation corrected.
    REQUIRE(test::runCli({u"committee"_s, f.path, u"--edit"_s, u"主任甲"_s, u"--role"_s, u"vice_chair"_s}).code == 0);
    const test::CliRun edited = test::runCli({u"committee"_s, f.path, u"--edit"_s, u"委员乙"_s, u"--role"_s, u"chair"_s,
                                              u"--organisation"_s, u"示例理工大学"_s, u"--rename"_s, u"委员丙"_s});
    INFO(edited.err.toStdString());
    REQUIRE(edited.code == 0);
    CHECK(edited.out.contains(u"委员丙\tchair\t示例理工大学"_s));
    CHECK(edited.out.contains(u"主任甲\tvice_chair"_s));
    CHECK(test::countOf(d.db, "SELECT count(*) FROM audit_log WHERE entity = 'committee_member' AND action = "
                              "'update'")
          == 2);
    // Removed while they have no part in a concluded case.
    REQUIRE(test::runCli({u"committee"_s, f.path, u"--add"_s, u"委员丁"_s}).code == 0);
    const test::CliRun removed = test::runCli({u"committee"_s, f.path, u"--remove"_s, u"委员丁"_s});
    REQUIRE(removed.code == 0);
    CHECK_FALSE(removed.out.contains(u"委员丁"_s));
    CHECK(test::countOf(d.db, "SELECT count(*) FROM audit_log WHERE entity = 'committee_member' AND action = "
                              "'delete'")
          == 1);
}
