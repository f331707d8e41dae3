// SPDX-License-Identifier: GPL-3.0-or-later
// The guards of the lifecycle (issue 5): formal review checklist and overrides, scores before deliberation,
// a committee conclusion before leaving deliberation, a started notice, the end of the notice and resolved
// objections before approval, the end of construction before acceptance, construction for factories and zones.
#include "LifecycleFixture.h"

#include "repo/AuditLog.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Driver;
using test::Lifecycle;

namespace {

/// The refusal of a guarded transition: refused as input, with \a words in the message, nothing changed.
void requireBlocked(Driver& d, const QString& code, const QString& to, const QString& words,
                    const QString& reason = u"理由"_s)
{
    INFO(code.toStdString() << " -> " << to.toStdString());
    const QString before = test::footprint(d.db, d.app(code));
    Result<QString> blocker = d.flow().blocker(d.app(code), to);
    RB_REQUIRE_OK(blocker);
    CHECK(blocker->contains(words));
    const Status s = d.flow().transition(d.app(code), to, reason);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Input);
    CHECK(s.error().message == *blocker);
    CHECK(test::footprint(d.db, d.app(code)) == before);
}

void requireOpen(Driver& d, const QString& code, const QString& to)
{
    INFO(code.toStdString() << " -> " << to.toStdString());
    Result<QString> blocker = d.flow().blocker(d.app(code), to);
    RB_REQUIRE_OK(blocker);
    CHECK(*blocker == QString());
}

} // namespace

TEST_CASE("workflow: formal review items unchecked or failed block expert review unless overridden with a reason",
          "[workflow]")
{
    Lifecycle f(Category::Factory, 2);
    Driver& d = f.d;
    workflow::FormalReview review(*f.db, f.round);
    const QStringList items = review.checklist();
    // The factory list of the programme's rules, including the CMMM level and no second 揭榜 task.
    CHECK(items == workflow::FormalReview::defaultChecklist(Category::Factory));
    CHECK(items.size() == 8);
    CHECK(items.contains(u"按 GB/T 39116 自评估达到二级及以上"_s));
    CHECK(items.contains(u"未承担过揭榜任务（不得重复申报）"_s));
    CHECK(workflow::FormalReview::defaultChecklist(Category::Scenario).contains(u"场景描述不超过 3000 字"_s));
    CHECK_FALSE(workflow::FormalReview::defaultChecklist(Category::Scenario).contains(items[6]));
    CHECK(workflow::FormalReview::defaultChecklist(Category::Zone).size() == 3);

    d.move(u"P1"_s, u"formal_review"_s);
    const qint64 app = d.app(u"P1"_s);
    // Nothing checked: every item is listed as unchecked.
    requireBlocked(d, u"P1"_s, u"expert_review"_s, u"not checked yet"_s);
    CHECK(d.flow().blocker(app, u"expert_review"_s)->contains(items.last()));

    // Recording: only the round's items; a failed item needs a note.
    CHECK_FALSE(review.record(app, u"不存在的条目"_s, true, {}).ok());
    CHECK_FALSE(review.record(app, items[1], false, u"  "_s).ok());
    for (const QString& item : items)
        RB_REQUIRE_OK(
            review.record(app, item, item != items[1], item == items[1] ? u"2023 年发生一般安全事故"_s : QString()));
    requireBlocked(d, u"P1"_s, u"expert_review"_s, u"not met: "_s + items[1]);
    Result<QList<workflow::FormalItem>> listed = review.items(app);
    RB_REQUIRE_OK(listed);
    REQUIRE(listed->size() == items.size());
    CHECK((*listed)[1].passed == std::optional<bool>(false));
    CHECK((*listed)[1].note == u"2023 年发生一般安全事故"_s);
    CHECK((*listed)[1].checkedBy == u"tester"_s);
    CHECK((*listed)[0].passed == std::optional<bool>(true));

    // An override needs a reason; with one, the application may go on, and the override is audited.
    CHECK_FALSE(review.overrideFailure(app, u"  "_s).ok());
    requireBlocked(d, u"P1"_s, u"expert_review"_s, u"not met"_s);
    RB_REQUIRE_OK(review.overrideFailure(app, u"事故已整改并经主管部门认定不属重大事故"_s));
    requireOpen(d, u"P1"_s, u"expert_review"_s);
    d.move(u"P1"_s, u"expert_review"_s);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log WHERE action = 'formal_override' AND entity_code = ?1",
                        u"P1"_s)
          == 1);
    // The override is not a checklist item.
    listed = review.items(app);
    RB_REQUIRE_OK(listed);
    CHECK(listed->size() == items.size());

    // A failed item corrected to passed needs no override.
    d.move(u"P2"_s, u"formal_review"_s);
    for (const QString& item : items)
        RB_REQUIRE_OK(review.record(d.app(u"P2"_s), item, item != items[0], u"待核实"_s));
    requireBlocked(d, u"P2"_s, u"expert_review"_s, items[0]);
    RB_REQUIRE_OK(review.record(d.app(u"P2"_s), items[0], true, u"已核实"_s));
    requireOpen(d, u"P2"_s, u"expert_review"_s);
}

TEST_CASE("workflow: the round's own formal review checklist replaces the default one", "[workflow]")
{
    Lifecycle f(Category::Scenario, 1);
    Driver& d = f.d;
    d.set(u"formal.checklist"_s, u"具有独立法人资格；信用记录良好"_s);
    workflow::FormalReview review(*f.db, f.round);
    CHECK(review.checklist() == QStringList({u"具有独立法人资格"_s, u"信用记录良好"_s}));
    d.move(u"P1"_s, u"formal_review"_s);
    // An item of the default list is not an item of this round.
    CHECK_FALSE(review.record(d.app(u"P1"_s), u"场景描述不超过 3000 字"_s, true, {}).ok());
    RB_REQUIRE_OK(review.record(d.app(u"P1"_s), u"具有独立法人资格"_s, true, {}));
    requireBlocked(d, u"P1"_s, u"expert_review"_s, u"信用记录良好"_s);
    RB_REQUIRE_OK(review.record(d.app(u"P1"_s), u"信用记录良好"_s, true, {}));
    d.move(u"P1"_s, u"expert_review"_s);
}

TEST_CASE("workflow: deliberation needs the consolidated scores", "[workflow]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    d.addCommittee(9);
    d.toExpertReview(u"P1"_s);
    d.toExpertReview(u"P2"_s);
    requireBlocked(d, u"P1"_s, u"deliberation"_s, u"scores"_s);

    // Assigned but not scored yet: still blocked, and a meeting cannot take the case.
    {
        db::Transaction tx(*f.db);
        RB_REQUIRE_OK(tx.status());
        RB_REQUIRE_OK(AssignmentRepository(*f.db, f.round).add(d.idOf("expert", u"E1"_s), d.app(u"P1"_s)));
        RB_REQUIRE_OK(tx.commit());
    }
    requireBlocked(d, u"P1"_s, u"deliberation"_s, u"scores"_s);
    const qint64 m = d.meeting(QDate(2025, 3, 10));
    Result<QList<deliberation::Case>> refused = d.committee().prepareAgenda(m, {d.app(u"P1"_s)});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"scores"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM deliberation_case WHERE meeting_id = ?1", m) == 0);
    CHECK(d.state(u"P1"_s) == u"expert_review"_s);

    // The default agenda leaves out what has no score, and takes what has one.
    d.score(u"P2"_s, {70, 75, 80});
    Result<QList<deliberation::Case>> agenda = d.committee().prepareAgenda(m);
    RB_REQUIRE_OK(agenda);
    REQUIRE(agenda->size() == 1);
    CHECK(agenda->first().applicationCode == u"P2"_s);
    CHECK(d.state(u"P2"_s) == u"deliberation"_s);
    CHECK(d.state(u"P1"_s) == u"expert_review"_s);
}

TEST_CASE("workflow: leaving deliberation needs the committee's conclusion of the current case", "[workflow]")
{
    Lifecycle f(Category::Zone, 1);
    Driver& d = f.d;
    d.addCommittee(9);
    d.toExpertReview(u"P1"_s);
    d.score(u"P1"_s, {75, 78, 80});
    const qint64 m1 = d.meeting(QDate(2025, 3, 10));
    d.agenda(m1, {u"P1"_s});
    for (const QString& to : {u"proposed"_s, u"revise"_s, u"rejected"_s})
        requireBlocked(d, u"P1"_s, to, u"has not concluded"_s);

    const qint64 c1 = d.caseOf(m1, u"P1"_s);
    d.vote(c1, 9, 0);
    d.record(c1, u"方案需完善"_s, u"补充区域协同机制"_s);
    RB_REQUIRE_OK(d.committee().conclude(c1, u"revise"_s));
    CHECK(d.state(u"P1"_s) == u"revise"_s);

    // Back at a later meeting: the earlier "revise" does not let the application leave without a new vote.
    const qint64 m2 = d.meeting(QDate(2025, 4, 10));
    d.agenda(m2, {u"P1"_s});
    CHECK(d.state(u"P1"_s) == u"deliberation"_s);
    for (const QString& to : {u"proposed"_s, u"revise"_s, u"rejected"_s})
        requireBlocked(d, u"P1"_s, to, u"has not concluded"_s);
    const qint64 c2 = d.caseOf(m2, u"P1"_s);
    d.vote(c2, 9, 0);
    RB_REQUIRE_OK(d.committee().conclude(c2, u"proposed"_s));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
}

TEST_CASE("workflow: public notice needs a notice that has started", "[workflow]")
{
    Lifecycle f(Category::Zone, 1);
    Driver& d = f.d;
    d.addCommittee(9);
    d.toExpertReview(u"P1"_s);
    d.score(u"P1"_s, {85, 86, 87});
    d.toProposed({u"P1"_s}, QDate(2025, 3, 3));
    requireBlocked(d, u"P1"_s, u"public_notice"_s, u"no public notice"_s);
    // Published ahead of time: the application waits for the first day.
    const notice::Notice n = d.publish({u"P1"_s}, QDate(2025, 3, 10));
    CHECK(n.end == QDate(2025, 3, 14));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    requireBlocked(d, u"P1"_s, u"public_notice"_s, u"no public notice"_s);
    f.clock.setDay(QDate(2025, 3, 10));
    Result<int> started = d.notices().startDue();
    RB_REQUIRE_OK(started);
    CHECK(*started == 1);
    CHECK(d.state(u"P1"_s) == u"public_notice"_s);
    CHECK(d.dueOf(u"P1"_s) == QDate(2025, 3, 14));
    // Only proposed applications go on notice.
    Result<notice::Notice> again = d.notices().publish({}, QDate(2025, 3, 10), 5, {}, {d.app(u"P1"_s)});
    CHECK_FALSE(again.ok());
}

TEST_CASE("workflow: approval is refused while the notice runs and while an objection is unresolved", "[workflow]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    d.addCommittee(9);
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {85, 86, 87});
    }
    d.toProposed({u"P1"_s, u"P2"_s}, QDate(2025, 3, 3));
    d.publish({u"P1"_s, u"P2"_s}, QDate(2025, 3, 3)); // Mon 3 to Fri 7 March
    Result<notice::Objection> o =
        d.notices().addObjection(d.app(u"P1"_s), QDate(2025, 3, 5), u"张三"_s, u"signed"_s, u"产值数据有误"_s);
    RB_REQUIRE_OK(o);

    f.clock.setDay(QDate(2025, 3, 7)); // the last day
    requireBlocked(d, u"P2"_s, u"approved"_s, u"not over"_s);
    requireBlocked(d, u"P1"_s, u"approved"_s, u"not resolved"_s);
    // Withdrawal needs an upheld objection.
    requireBlocked(d, u"P2"_s, u"withdrawn"_s, u"no objection"_s);

    f.clock.setDay(QDate(2025, 3, 10));
    requireOpen(d, u"P2"_s, u"approved"_s);
    requireBlocked(d, u"P1"_s, u"approved"_s, u"1 objection(s) are not resolved"_s);
    RB_REQUIRE_OK(d.notices().resolve(o->id, u"dismissed"_s, u"经核实数据无误"_s));
    requireOpen(d, u"P1"_s, u"approved"_s);
    d.move(u"P1"_s, u"approved"_s);
    d.move(u"P2"_s, u"approved"_s);
}

TEST_CASE("workflow: acceptance is refused while construction is not over", "[workflow]")
{
    Lifecycle f(Category::Factory, 2);
    Driver& d = f.d;
    d.set(u"construction.months"_s, u"6"_s);
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        test::forceState(d, p, u"approved"_s);
        d.move(p, u"construction"_s);
        CHECK(d.dueOf(p) == QDate(2025, 9, 3));
    }
    f.clock.setDay(QDate(2025, 9, 2));
    requireBlocked(d, u"P1"_s, u"valid"_s, u"2025-09-03"_s);
    requireBlocked(d, u"P2"_s, u"acceptance_failed"_s, u"2025-09-03"_s);
    f.clock.setDay(QDate(2025, 9, 3));
    requireOpen(d, u"P1"_s, u"valid"_s);
    d.move(u"P1"_s, u"valid"_s);
    // A failed acceptance says why.
    const Status noReason = d.flow().transition(d.app(u"P2"_s), u"acceptance_failed"_s, {});
    CHECK_FALSE(noReason.ok());
    CHECK(d.state(u"P2"_s) == u"construction"_s);
    d.move(u"P2"_s, u"acceptance_failed"_s, u"智能制造能力成熟度自评估未达到三级"_s);
    CHECK(workflow::nextStates(u"acceptance_failed"_s).isEmpty());
}

TEST_CASE("workflow: factories and zones are accepted after construction; scenarios have no construction", "[workflow]")
{
    for (Category category : {Category::Factory, Category::Zone}) {
        Lifecycle f(category, 1);
        test::forceState(f.d, u"P1"_s, u"approved"_s);
        requireBlocked(f.d, u"P1"_s, u"valid"_s, u"construction"_s);
        requireOpen(f.d, u"P1"_s, u"construction"_s);
    }
    Lifecycle s(Category::Scenario, 1);
    test::forceState(s.d, u"P1"_s, u"approved"_s);
    requireBlocked(s.d, u"P1"_s, u"construction"_s, u"no construction period"_s);
    requireOpen(s.d, u"P1"_s, u"valid"_s);
    s.d.move(u"P1"_s, u"valid"_s);
    CHECK(s.d.dueOf(u"P1"_s) == QDate(2028, 3, 3));
}

TEST_CASE("workflow: a checklist item's own 、 does not split it; new lines and semicolons do", "[workflow]")
{
    Lifecycle f(Category::Scenario, 1);
    Driver& d = f.d;
    const QString accident = u"近三年未发生重大安全、环保、质量事故"_s;
    // The default list as the round's own, one item a line, and again separated by semicolons.
    const QStringList defaults = workflow::FormalReview::defaultChecklist(Category::Scenario);
    REQUIRE(defaults.contains(accident));
    workflow::FormalReview review(*f.db, f.round);
    d.set(u"formal.checklist"_s, defaults.join(u'\n'));
    CHECK(review.checklist() == defaults);
    d.set(u"formal.checklist"_s, u"具有独立法人资格；%1;信用记录良好"_s.arg(accident));
    CHECK(review.checklist() == QStringList({u"具有独立法人资格"_s, accident, u"信用记录良好"_s}));
    d.move(u"P1"_s, u"formal_review"_s);
    RB_REQUIRE_OK(review.record(d.app(u"P1"_s), accident, true, {}));
    CHECK_FALSE(review.record(d.app(u"P1"_s), u"环保"_s, true, {}).ok());
}

TEST_CASE("workflow: revert says what changed, like transition", "[workflow][cli]")
{
    Lifecycle f(Category::Zone, 1);
    Driver& d = f.d;
    d.move(u"P1"_s, u"formal_review"_s);
    const test::CliRun run = test::runCli({u"revert"_s, f.path, u"P1"_s, u"--reason"_s, u"误操作"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.trimmed() == u"P1: formal_review → recommended (reverted)"_s);
    CHECK(d.state(u"P1"_s) == u"recommended"_s);
}
