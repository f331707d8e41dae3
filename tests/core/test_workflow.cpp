// SPDX-License-Identifier: GPL-3.0-or-later
// The programme lifecycle (issue 5): the transition table, every forbidden transition refused without a
// trace, real applications driven through every allowed transition, reasons, counter-transitions, status.
#include "LifecycleFixture.h"

#include "notice/Milestones.h"
#include "repo/AuditLog.h"
#include "round/RoundSetup.h"
#include "workflow/Reevaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Driver;
using test::Lifecycle;

namespace {

using Pair = QPair<QString, QString>;

/// The lifecycle as issue 5 describes it, written out independently of workflow::transitions().
const QMap<QString, QStringList>& expectedNext()
{
    static const QMap<QString, QStringList> next = {
        {u"recommended"_s, {u"formal_review"_s}},
        {u"formal_review"_s, {u"expert_review"_s, u"not_accepted"_s}},
        {u"not_accepted"_s, {}},
        {u"expert_review"_s, {u"deliberation"_s}},
        {u"deliberation"_s, {u"proposed"_s, u"revise"_s, u"rejected"_s}},
        {u"proposed"_s, {u"public_notice"_s}},
        {u"revise"_s, {u"deliberation"_s}},
        {u"rejected"_s, {}},
        {u"public_notice"_s, {u"approved"_s, u"withdrawn"_s}},
        {u"approved"_s, {u"construction"_s, u"valid"_s}},
        {u"withdrawn"_s, {}},
        {u"construction"_s, {u"valid"_s, u"acceptance_failed"_s}},
        {u"acceptance_failed"_s, {}},
        {u"valid"_s, {u"reeval_due"_s, u"revoked"_s}},
        {u"reeval_due"_s, {u"valid"_s, u"revoked"_s}},
        {u"revoked"_s, {}},
    };
    return next;
}

/// The negative outcomes: reaching them needs a reason.
const QSet<QString> kNegative = {u"not_accepted"_s, u"rejected"_s, u"withdrawn"_s, u"acceptance_failed"_s,
                                 u"revoked"_s};

void forceState(db::Database& db, qint64 app, const QString& state)
{
    RB_REQUIRE_OK(db.exec("UPDATE application SET state = ?2 WHERE id = ?1", app, state));
}

/// The open milestones of an application, "kind due", sorted.
QStringList openMilestones(db::Database& db, qint64 app)
{
    Result<db::Statement> st =
        db.prepare("SELECT kind, due_on FROM milestone WHERE application_id = ?1 AND done_on IS NULL ORDER BY 1, 2");
    RB_REQUIRE_OK(st);
    st->bind(1, app);
    QStringList out;
    RB_REQUIRE_OK(st->forEach([&](const db::Statement& r) { out << r.text(0) + u' ' + r.text(1); }));
    return out;
}

/// Every (from, to) recorded by forward transitions of the round's applications.
QSet<Pair> taken(db::Database& db, const Round& round)
{
    Result<db::Statement> st = db.prepare("SELECT e.from_state, e.to_state FROM workflow_event e JOIN application a "
                                          "ON a.id = e.application_id WHERE a.round_id = ?1 AND e.reverses_event_id "
                                          "IS NULL");
    RB_REQUIRE_OK(st);
    st->bind(1, round.id);
    QSet<Pair> out;
    RB_REQUIRE_OK(st->forEach([&](const db::Statement& r) { out.insert({r.text(0), r.text(1)}); }));
    return out;
}

} // namespace

TEST_CASE("workflow: the transition table is the issue's lifecycle, checked for every pair of states", "[workflow]")
{
    const QStringList& all = states::all();
    REQUIRE(all.size() == 16);
    REQUIRE(QSet<QString>(all.begin(), all.end()) == QSet<QString>(expectedNext().keyBegin(), expectedNext().keyEnd()));
    CHECK(all.first() == u"recommended"_s);
    CHECK(all.last() == u"revoked"_s);

    QSet<Pair> table;
    for (const workflow::Transition& t : workflow::transitions()) {
        INFO(t.from.toStdString() << " -> " << t.to.toStdString());
        CHECK(all.contains(t.from));
        CHECK(all.contains(t.to));
        CHECK(t.from != t.to);
        CHECK(t.needsReason == kNegative.contains(t.to));
        CHECK_FALSE(table.contains({t.from, t.to}));
        table.insert({t.from, t.to});
    }
    CHECK(table.size() == 19);

    int allowedPairs = 0;
    for (const QString& from : all) {
        const QStringList& expected = expectedNext().value(from);
        for (const QString& to : all) {
            INFO(from.toStdString() << " -> " << to.toStdString());
            const bool ok = workflow::allowed(from, to);
            CHECK(ok == expected.contains(to));
            CHECK(ok == table.contains({from, to}));
            allowedPairs += ok ? 1 : 0;
        }
        const QStringList next = workflow::nextStates(from);
        CHECK(QSet<QString>(next.begin(), next.end()) == QSet<QString>(expected.begin(), expected.end()));
        CHECK(next.size() == expected.size());
        // Terminal states lead nowhere; every other state leads somewhere.
        CHECK(next.isEmpty() == (kNegative.contains(from)));
    }
    CHECK(allowedPairs == 19);
    CHECK_FALSE(workflow::allowed(u"recommended"_s, u"bogus"_s));
    CHECK_FALSE(workflow::allowed(u"bogus"_s, u"recommended"_s));

    // Every state is reachable from recommended.
    QSet<QString> reached = {u"recommended"_s};
    QStringList queue = {u"recommended"_s};
    while (!queue.isEmpty()) {
        for (const QString& n : workflow::nextStates(queue.takeFirst())) {
            if (!reached.contains(n)) {
                reached.insert(n);
                queue << n;
            }
        }
    }
    CHECK(reached.size() == all.size());

    // Names for people, not keys (English without a translator); an unknown key is shown as it is.
    for (const QString& s : all) {
        CHECK_FALSE(states::displayName(s).isEmpty());
        CHECK(states::displayName(s) != s);
    }
    CHECK(states::displayName(u"revise"_s) == u"Revise and reconsider"_s);
    CHECK(states::displayName(u"nonsense"_s) == u"nonsense"_s);
}

TEST_CASE("workflow: every forbidden transition is refused with a clear message and changes nothing", "[workflow]")
{
    Lifecycle f(Category::Factory, 2);
    const qint64 app = f.d.app(u"P1"_s);
    int refused = 0;
    for (const QString& from : states::all()) {
        forceState(*f.db, app, from);
        const QString before = test::footprint(*f.db, app);
        for (const QString& to : states::all()) {
            if (workflow::allowed(from, to))
                continue;
            INFO(from.toStdString() << " -> " << to.toStdString());
            // A reason does not make a forbidden move possible.
            const Status s = f.d.flow().transition(app, to, u"误操作测试"_s);
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().kind == ErrorKind::Input);
            CHECK(s.error().message.contains(states::displayName(from)));
            CHECK(s.error().message.contains(states::displayName(to)));
            Result<QString> blocker = f.d.flow().blocker(app, to);
            RB_REQUIRE_OK(blocker);
            CHECK(*blocker == s.error().message);
            CHECK(test::footprint(*f.db, app) == before);
            ++refused;
        }
    }
    CHECK(refused == 16 * 16 - 19);

    // Unknown states and applications of other rounds are refused too.
    forceState(*f.db, app, u"recommended"_s);
    Result<Round> other = round::addRound(*f.db, {Category::Zone, 2025, u"另一批次"_s, u"none"_s});
    RB_REQUIRE_OK(other);
    const QString before = test::footprint(*f.db, app);
    CHECK_FALSE(f.d.flow().transition(app, u"bogus"_s, {}).ok());
    CHECK_FALSE(f.d.flow().transition(999999, u"formal_review"_s, {}).ok());
    const Status foreign = workflow::WorkflowService(*f.db, *other).transition(app, u"formal_review"_s, {});
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(u"no such application"_s));
    CHECK(test::footprint(*f.db, app) == before);
    CHECK(f.d.history(u"P1"_s).isEmpty());
}

TEST_CASE("workflow: negative decisions need a reason, which is kept in the history and the audit log", "[workflow]")
{
    Lifecycle f(Category::Factory, 3);
    Driver& d = f.d;

    // Formal review not accepted (不予受理): refused without a reason, blank reasons included.
    d.move(u"P1"_s, u"formal_review"_s);
    const QString before = test::footprint(*f.db, d.app(u"P1"_s));
    for (const QString& blank : {QString(), u"   "_s}) {
        const Status s = d.flow().transition(d.app(u"P1"_s), u"not_accepted"_s, blank);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(states::displayName(u"not_accepted"_s)));
        CHECK(test::footprint(*f.db, d.app(u"P1"_s)) == before);
    }
    d.move(u"P1"_s, u"not_accepted"_s, u"  近三年发生重大安全事故  "_s);
    const QList<workflow::Event> h = d.history(u"P1"_s);
    REQUIRE(h.size() == 2);
    CHECK(h[0].from == u"recommended"_s);
    CHECK(h[0].to == u"formal_review"_s);
    CHECK(h[0].reason.isEmpty());
    CHECK(h[1].from == u"formal_review"_s);
    CHECK(h[1].to == u"not_accepted"_s);
    CHECK(h[1].reason == u"近三年发生重大安全事故"_s);
    CHECK(h[1].by == u"tester"_s);
    CHECK(h[1].at.startsWith(u"2025-03-03T"_s));
    CHECK_FALSE(h[1].reverses);
    Result<QList<AuditEntry>> audit = AuditLog(*f.db).entries(f.round.id);
    RB_REQUIRE_OK(audit);
    const auto entry = std::find_if(audit->begin(), audit->end(), [](const AuditEntry& e) {
        return e.action == u"transition"_s && e.entityCode == u"P1"_s
               && e.changes.value(u"state"_s).toArray() == QJsonArray{u"formal_review"_s, u"not_accepted"_s};
    });
    REQUIRE(entry != audit->end());
    CHECK(entry->changes.value(u"reason"_s).toString() == u"近三年发生重大安全事故"_s);
    // Not accepted is final.
    CHECK(workflow::nextStates(u"not_accepted"_s).isEmpty());

    // Rejected by the committee: the conclusion carries the collective opinion as the reason.
    d.addCommittee(9);
    d.toExpertReview(u"P2"_s);
    d.score(u"P2"_s, {55, 58, 52});
    const qint64 m = d.meeting(QDate(2025, 3, 10));
    d.agenda(m, {u"P2"_s});
    const qint64 c = d.caseOf(m, u"P2"_s);
    // A bare transition to rejected is refused: no reason and no conclusion.
    CHECK_FALSE(d.flow().transition(d.app(u"P2"_s), u"rejected"_s, {}).ok());
    CHECK_FALSE(d.flow().transition(d.app(u"P2"_s), u"rejected"_s, u"分数低"_s).ok());
    CHECK(d.state(u"P2"_s) == u"deliberation"_s);
    d.vote(c, 9, 0);
    d.record(c, u"建设目标不清晰，关键环节缺少数据支撑"_s);
    RB_REQUIRE_OK(d.committee().conclude(c, u"rejected"_s));
    CHECK(d.state(u"P2"_s) == u"rejected"_s);
    CHECK(d.history(u"P2"_s).last().reason == u"建设目标不清晰，关键环节缺少数据支撑"_s);
    CHECK(workflow::nextStates(u"rejected"_s).isEmpty());

    // Revocation of a valid title needs a reason too.
    forceState(*f.db, d.app(u"P3"_s), u"valid"_s);
    CHECK_FALSE(d.flow().transition(d.app(u"P3"_s), u"revoked"_s, {}).ok());
    CHECK(d.state(u"P3"_s) == u"valid"_s);
    d.move(u"P3"_s, u"revoked"_s, u"发生重大质量事故"_s);
}

TEST_CASE("workflow: a factory's full lifecycle with its dates, from recommendation to revocation", "[workflow]")
{
    Lifecycle f(Category::Factory, 1);
    Driver& d = f.d;
    const QString p = u"P1"_s;
    RB_REQUIRE_OK(workflow::Calendar::store(*f.db, QDate(2025, 9, 28), workflow::Calendar::Kind::Workday, u"调休"_s));
    for (QDate day(2025, 10, 1); day <= QDate(2025, 10, 8); day = day.addDays(1))
        RB_REQUIRE_OK(workflow::Calendar::store(*f.db, day, workflow::Calendar::Kind::Holiday, u"国庆节"_s));
    RB_REQUIRE_OK(workflow::Calendar::store(*f.db, QDate(2025, 10, 11), workflow::Calendar::Kind::Workday, u"调休"_s));

    CHECK(d.state(p) == u"recommended"_s);
    d.toExpertReview(p);
    d.score(p, {86, 90, 88});
    d.addCommittee(9);
    f.clock.setDay(QDate(2025, 6, 10));
    d.toProposed({p}, QDate(2025, 6, 10));
    CHECK_FALSE(d.dueOf(p));

    // Public notice from the Tuesday before National Day: 5 working days end on Monday 13 October.
    f.clock.setDay(QDate(2025, 9, 30));
    const notice::Notice n = d.publish({p}, QDate(2025, 9, 30));
    CHECK(n.end == QDate(2025, 10, 13));
    CHECK(d.state(p) == u"public_notice"_s);
    CHECK(d.dueOf(p) == QDate(2025, 10, 13));

    // The last day of the notice: not over yet.
    f.clock.setDay(QDate(2025, 10, 13));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 0);
    CHECK(d.state(p) == u"public_notice"_s);
    f.clock.setDay(QDate(2025, 10, 14));
    approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 1);
    CHECK(d.state(p) == u"construction"_s);
    CHECK(d.dueOf(p) == QDate(2027, 10, 14));

    // Acceptance (验收) only after the 2-year construction period.
    f.clock.setDay(QDate(2027, 10, 13));
    const Status early = d.flow().transition(d.app(p), u"valid"_s, {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(u"2027-10-14"_s));
    f.clock.setDay(QDate(2027, 10, 14));
    d.move(p, u"valid"_s);
    CHECK(d.dueOf(p) == QDate(2030, 10, 14));

    // Re-evaluation falls due; the title is kept (a new validity period from the decision), later revoked.
    f.clock.setDay(QDate(2030, 6, 1));
    d.move(p, u"reeval_due"_s);
    CHECK(d.dueOf(p) == QDate(2030, 10, 14));
    f.clock.setDay(QDate(2030, 9, 1));
    d.move(p, u"valid"_s);
    CHECK(d.dueOf(p) == QDate(2033, 9, 1));
    f.clock.setDay(QDate(2033, 5, 1));
    d.move(p, u"reeval_due"_s);
    f.clock.setDay(QDate(2033, 8, 1));
    d.move(p, u"revoked"_s, u"复评不合格"_s);
    CHECK_FALSE(d.dueOf(p));

    const QList<workflow::Event> h = d.history(p);
    const QStringList path = {u"recommended"_s, u"formal_review"_s, u"expert_review"_s, u"deliberation"_s,
                              u"proposed"_s,    u"public_notice"_s, u"approved"_s,      u"construction"_s,
                              u"valid"_s,       u"reeval_due"_s,    u"valid"_s,         u"reeval_due"_s,
                              u"revoked"_s};
    REQUIRE(h.size() == path.size() - 1);
    for (int i = 0; i < h.size(); ++i) {
        INFO(i);
        CHECK(h[i].from == path[i]);
        CHECK(h[i].to == path[i + 1]);
        CHECK(h[i].by == u"tester"_s);
        CHECK_FALSE(h[i].reverses);
        if (i > 0)
            CHECK(h[i].at >= h[i - 1].at);
    }
    CHECK(h.last().reason == u"复评不合格"_s);
    CHECK(h[5].at.startsWith(u"2025-10-14"_s)); // approved and into construction the day after the notice
    CHECK(h[6].at.startsWith(u"2025-10-14"_s));
    CHECK(h[7].at.startsWith(u"2027-10-14"_s)); // accepted
    // Every change is in the audit log.
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log WHERE action = 'transition' AND entity_code = ?1", p)
          == h.size());
    // Revoked is final; nothing is due any more.
    CHECK(workflow::nextStates(u"revoked"_s).isEmpty());
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM milestone WHERE application_id = ?1 AND done_on IS NULL", d.app(p))
          == 0);
}

TEST_CASE("workflow: every allowed transition is taken by a real application", "[workflow]")
{
    // A factory round for the paths with construction, a scenario round for approval straight to a title.
    Lifecycle f(Category::Factory, 7, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    d.addCommittee(9);
    for (int i = 1; i <= 7; ++i) {
        const QString p = u"P%1"_s.arg(i);
        if (i == 2) {
            d.move(p, u"formal_review"_s);
            d.move(p, u"not_accepted"_s, u"不具有独立法人资格"_s);
            continue;
        }
        d.toExpertReview(p);
        d.score(p, {80.0 + i, 82.0 + i, 84.0 + i});
    }
    // Meeting 1: P3 rejected, P4 sent back, the others proposed.
    const qint64 m1 = d.meeting(QDate(2025, 3, 10));
    d.agenda(m1, {u"P1"_s, u"P3"_s, u"P4"_s, u"P5"_s, u"P6"_s, u"P7"_s});
    for (const QString& p : {u"P1"_s, u"P3"_s, u"P4"_s, u"P5"_s, u"P6"_s, u"P7"_s}) {
        const qint64 c = d.caseOf(m1, p);
        d.vote(c, 9, 0);
        const QString conclusion = p == u"P3"_s ? u"rejected"_s : p == u"P4"_s ? u"revise"_s : u"proposed"_s;
        d.record(c, u"集体意见"_s, p == u"P4"_s ? u"补充能耗数据"_s : QString());
        RB_REQUIRE_OK(d.committee().conclude(c, conclusion));
        CHECK(d.state(p) == conclusion);
    }
    // Meeting 2: P4 comes back and is proposed.
    const qint64 m2 = d.meeting(QDate(2025, 4, 10));
    d.agenda(m2, {u"P4"_s});
    d.vote(d.caseOf(m2, u"P4"_s), 9, 0);
    RB_REQUIRE_OK(d.committee().conclude(d.caseOf(m2, u"P4"_s), u"proposed"_s));
    // Notice; P5 withdrawn after an upheld objection.
    f.clock.setDay(QDate(2025, 5, 5));
    d.publish({u"P1"_s, u"P4"_s, u"P5"_s, u"P6"_s, u"P7"_s}, QDate(2025, 5, 6));
    f.clock.setDay(QDate(2025, 5, 6));
    RB_REQUIRE_OK(d.notices().startDue());
    Result<notice::Objection> o =
        d.notices().addObjection(d.app(u"P5"_s), QDate(2025, 5, 7), u"某公司"_s, u"sealed"_s, u"申报数据不实"_s);
    RB_REQUIRE_OK(o);
    RB_REQUIRE_OK(d.notices().resolve(o->id, u"upheld"_s, u"经核查属实"_s));
    CHECK(d.state(u"P5"_s) == u"withdrawn"_s);
    f.clock.setDay(QDate(2025, 6, 1));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 4);
    // Acceptance passed (P1, P7), failed (P6); P1 re-evaluated, kept, then revoked; P7 revoked while valid.
    f.clock.setDay(QDate(2027, 6, 1));
    d.move(u"P1"_s, u"valid"_s);
    d.move(u"P7"_s, u"valid"_s);
    d.move(u"P6"_s, u"acceptance_failed"_s, u"关键环节未建成"_s);
    d.move(u"P1"_s, u"reeval_due"_s);
    d.move(u"P1"_s, u"valid"_s);
    d.move(u"P1"_s, u"reeval_due"_s);
    d.move(u"P1"_s, u"revoked"_s, u"复评不合格"_s);
    d.move(u"P7"_s, u"revoked"_s, u"弄虚作假"_s);
    QSet<Pair> all = taken(*f.db, f.round);

    Lifecycle s(Category::Scenario, 1, 3, QDate(2025, 3, 3));
    s.d.addCommittee(9);
    s.d.toExpertReview(u"P1"_s);
    s.d.score(u"P1"_s, {90, 91, 92});
    s.d.toProposed({u"P1"_s}, QDate(2025, 3, 10));
    s.d.publish({u"P1"_s}, QDate(2025, 3, 3));
    s.clock.setDay(QDate(2025, 3, 20));
    approved = s.d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 1);
    CHECK(s.d.state(u"P1"_s) == u"valid"_s); // scenarios have no construction period
    all.unite(taken(*s.db, s.round));

    QSet<Pair> table;
    for (const workflow::Transition& t : workflow::transitions())
        table.insert({t.from, t.to});
    CHECK(all == table);
}

TEST_CASE("workflow: revert is a counter-transition with a reason; history is never rewritten", "[workflow]")
{
    Lifecycle f(Category::Zone, 2);
    Driver& d = f.d;
    const QString p = u"P1"_s;
    const qint64 app = d.app(p);

    // Nothing to reverse yet.
    const Status nothing = d.flow().revert(app, u"误操作"_s);
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message.contains(u"no change"_s));

    d.move(p, u"formal_review"_s);
    d.move(p, u"not_accepted"_s, u"材料不全"_s);
    const QList<workflow::Event> before = d.history(p);
    REQUIRE(before.size() == 2);

    // A correction must say why, and then changes nothing.
    const QString untouched = test::footprint(*f.db, app);
    CHECK_FALSE(d.flow().revert(app, {}).ok());
    CHECK_FALSE(d.flow().revert(app, u"  "_s).ok());
    CHECK(test::footprint(*f.db, app) == untouched);

    f.clock.setDay(QDate(2025, 3, 4));
    RB_REQUIRE_OK(d.flow().revert(app, u"材料已补齐，误判不予受理"_s));
    CHECK(d.state(p) == u"formal_review"_s);
    QList<workflow::Event> h = d.history(p);
    REQUIRE(h.size() == 3);
    // The earlier events are exactly as they were.
    for (int i = 0; i < 2; ++i) {
        CHECK(h[i].id == before[i].id);
        CHECK(h[i].uid == before[i].uid);
        CHECK(h[i].from == before[i].from);
        CHECK(h[i].to == before[i].to);
        CHECK(h[i].at == before[i].at);
        CHECK(h[i].reason == before[i].reason);
        CHECK(h[i].reverses == before[i].reverses);
    }
    CHECK(h[2].from == u"not_accepted"_s);
    CHECK(h[2].to == u"formal_review"_s);
    CHECK(h[2].reverses == before[1].id);
    CHECK(h[2].reason == u"材料已补齐，误判不予受理"_s);
    CHECK(h[2].at.startsWith(u"2025-03-04"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log WHERE action = 'revert' AND entity_code = ?1", p) == 1);

    // The next revert reverses the change before it (not the correction itself).
    RB_REQUIRE_OK(d.flow().revert(app, u"应先补充材料"_s));
    CHECK(d.state(p) == u"recommended"_s);
    h = d.history(p);
    REQUIRE(h.size() == 4);
    CHECK(h[3].reverses == before[0].id);
    CHECK(h[3].from == u"formal_review"_s);
    CHECK(h[3].to == u"recommended"_s);
    // Everything has been reversed now.
    CHECK_FALSE(d.flow().revert(app, u"再来一次"_s).ok());
    CHECK(d.history(p).size() == 4);

    // The application goes on normally from where the corrections left it.
    d.move(p, u"formal_review"_s);
    d.passFormal(p);
    d.move(p, u"expert_review"_s);
    CHECK(d.history(p).size() == 6);

    // A revert of a step into a dated state restores the earlier due date.
    const qint64 app2 = d.app(u"P2"_s);
    forceState(*f.db, app2, u"approved"_s);
    d.move(u"P2"_s, u"construction"_s);
    CHECK(d.dueOf(u"P2"_s) == QDate(2027, 3, 4));
    RB_REQUIRE_OK(d.flow().revert(app2, u"批复文件尚未下达"_s));
    CHECK(d.state(u"P2"_s) == u"approved"_s);
    CHECK_FALSE(d.dueOf(u"P2"_s));
    // Nothing is left due for a construction period that never began.
    Result<QList<notice::DueItem>> due = d.notices().due(3650);
    RB_REQUIRE_OK(due);
    CHECK(due->isEmpty());
    CHECK(openMilestones(*f.db, app2).isEmpty());

    // Reversing an acceptance reopens the construction items and drops the validity period it began.
    d.move(u"P2"_s, u"construction"_s);
    f.clock.setDay(QDate(2027, 3, 4));
    d.move(u"P2"_s, u"valid"_s);
    CHECK(openMilestones(*f.db, app2)
          == QStringList(
              {u"progress_report 2028-03-04"_s, u"progress_report 2029-03-04"_s, u"validity_end 2030-03-04"_s}));
    RB_REQUIRE_OK(d.flow().revert(app2, u"验收结论尚未批复"_s));
    CHECK(d.state(u"P2"_s) == u"construction"_s);
    CHECK(d.dueOf(u"P2"_s) == QDate(2027, 3, 4));
    CHECK(openMilestones(*f.db, app2) == QStringList({u"acceptance 2027-03-04"_s, u"construction_end 2027-03-04"_s}));

    // Reversing a kept title restores the re-evaluation and the old validity period.
    d.move(u"P2"_s, u"valid"_s);
    f.clock.setDay(QDate(2029, 12, 1));
    d.move(u"P2"_s, u"reeval_due"_s);
    f.clock.setDay(QDate(2030, 1, 10));
    d.move(u"P2"_s, u"valid"_s);
    CHECK(d.dueOf(u"P2"_s) == QDate(2033, 1, 10));
    const QStringList owedAndDue = {u"progress_report 2028-03-04"_s, u"progress_report 2029-03-04"_s,
                                    u"reevaluation 2030-03-04"_s, u"validity_end 2030-03-04"_s};
    RB_REQUIRE_OK(d.flow().revert(app2, u"复评结论录错"_s));
    CHECK(d.state(u"P2"_s) == u"reeval_due"_s);
    CHECK(d.dueOf(u"P2"_s) == QDate(2030, 3, 4));
    CHECK(openMilestones(*f.db, app2) == owedAndDue);

    // A revocation closes everything that was due; reversing it reopens the same items.
    f.clock.setDay(QDate(2030, 2, 1));
    d.move(u"P2"_s, u"revoked"_s, u"复评不合格"_s);
    CHECK_FALSE(d.dueOf(u"P2"_s));
    CHECK(openMilestones(*f.db, app2).isEmpty());
    // Closed, not met: the dashboard's list of met items tells them apart by their outcome.
    Result<QList<notice::Milestone>> closed = notice::milestones(*f.db, f.round, QDate(), true);
    RB_REQUIRE_OK(closed);
    CHECK(std::count_if(closed->begin(), closed->end(),
                        [&](const notice::Milestone& m) {
                            return m.applicationId == app2 && m.outcome == u"revoked"_s
                                   && m.doneOn == QDate(2030, 2, 1);
                        })
          == 4);
    RB_REQUIRE_OK(d.flow().revert(app2, u"撤销决定被复议撤回"_s));
    CHECK(d.state(u"P2"_s) == u"reeval_due"_s);
    CHECK(d.dueOf(u"P2"_s) == QDate(2030, 3, 4));
    CHECK(openMilestones(*f.db, app2) == owedAndDue);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM milestone WHERE application_id = ?1 AND outcome = 'revoked'", app2)
          == 0);
    // The history holds every step and every correction.
    const QList<workflow::Event> h2 = d.history(u"P2"_s);
    CHECK(std::count_if(h2.begin(), h2.end(), [](const workflow::Event& e) { return e.reverses.has_value(); }) == 4);
}

TEST_CASE("workflow: status lists each application's state and next due date", "[workflow]")
{
    Lifecycle f(Category::Zone, 3);
    Driver& d = f.d;
    d.addCommittee(9);
    d.toExpertReview(u"P1"_s);
    d.score(u"P1"_s, {88, 90, 92});
    d.toProposed({u"P1"_s}, QDate(2025, 3, 5));
    d.publish({u"P1"_s}, QDate(2025, 3, 3)); // Monday: 5 working days end on Friday
    d.move(u"P2"_s, u"formal_review"_s);

    Result<QList<workflow::StatusRow>> rows = d.flow().status();
    RB_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0].code == u"P1"_s);
    CHECK((*rows)[0].state == u"public_notice"_s);
    CHECK((*rows)[0].due == QDate(2025, 3, 7));
    CHECK((*rows)[0].since.startsWith(u"2025-03-03"_s));
    CHECK((*rows)[1].code == u"P2"_s);
    CHECK((*rows)[1].state == u"formal_review"_s);
    CHECK_FALSE((*rows)[1].due);
    CHECK((*rows)[2].code == u"P3"_s);
    CHECK((*rows)[2].state == u"recommended"_s);
    CHECK_FALSE((*rows)[2].due);
    CHECK((*rows)[2].title == u"智能制造项目3"_s);

    // After approval the due date is the end of the creation period (construction.months).
    d.set(u"construction.months"_s, u"18"_s);
    f.clock.setDay(QDate(2025, 3, 10));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    REQUIRE(*approved == 1);
    rows = d.flow().status();
    RB_REQUIRE_OK(rows);
    CHECK((*rows)[0].state == u"construction"_s);
    CHECK((*rows)[0].due == QDate(2026, 9, 10));
}

TEST_CASE("workflow: status, transition, formal and revert through the real reviewbench-cli", "[workflow][cli]")
{
    // The CLI runs on the system clock: build the round on today's date.
    const QDate today = QDate::currentDate();
    Lifecycle f(Category::Zone, 3, 3, today);
    Driver& d = f.d;
    d.addCommittee(9);
    d.toExpertReview(u"P1"_s);
    d.score(u"P1"_s, {85, 86, 87});
    d.toProposed({u"P1"_s}, today);
    d.publish({u"P1"_s}, today);
    const QDate noticeEnd = workflow::Calendar().endOfPeriod(today, 5);
    REQUIRE(d.dueOf(u"P1"_s) == noticeEnd);
    const QString db = f.path;

    auto status = [&]() {
        const test::CliRun run = test::runProcess({u"status"_s, db, u"--format"_s, u"json"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isArray());
        return doc.array();
    };
    QJsonArray rows = status();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][u"application"_s].toString() == u"P1"_s);
    CHECK(rows[0][u"state"_s].toString() == u"public_notice"_s);
    CHECK(rows[0][u"due"_s].toString() == noticeEnd.toString(Qt::ISODate));
    CHECK(rows[1][u"application"_s].toString() == u"P2"_s);
    CHECK(rows[1][u"state"_s].toString() == u"recommended"_s);
    CHECK(rows[1].toObject().contains(u"due"_s));
    CHECK(rows[1][u"due"_s].isNull());
    CHECK(rows[2][u"state"_s].toString() == u"recommended"_s);

    // An allowed transition, recorded with the CLI's user.
    test::CliRun run = test::runProcess({u"transition"_s, db, u"P2"_s, u"--to"_s, u"formal_review"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.trimmed() == u"P2: formal_review"_s);
    CHECK(d.state(u"P2"_s) == u"formal_review"_s);
    REQUIRE(d.history(u"P2"_s).size() == 1);
    CHECK(d.history(u"P2"_s).first().by == u"cli-tester"_s);

    // Refused transitions: exit 2, the message names the application, nothing changes.
    const QString p3 = test::footprint(*f.db, d.app(u"P3"_s));
    run = test::runProcess({u"transition"_s, db, u"P3"_s, u"--to"_s, u"approved"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"P3"_s));
    CHECK(run.err.contains(u"Recommended"_s));
    CHECK(run.err.contains(u"Approved"_s));
    CHECK(test::footprint(*f.db, d.app(u"P3"_s)) == p3);
    run = test::runProcess({u"transition"_s, db, u"P2"_s, u"--to"_s, u"not_accepted"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"P2"_s));
    CHECK(d.state(u"P2"_s) == u"formal_review"_s);
    CHECK(test::runProcess({u"transition"_s, db, u"P2"_s, u"--to"_s, u"bogus"_s}).code == 1);
    run = test::runProcess({u"transition"_s, db, u"P9"_s, u"--to"_s, u"formal_review"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"P9"_s));

    // Formal review: every item passed, then one failed; expert review waits for an override.
    run = test::runProcess({u"formal"_s, db, u"P2"_s, u"--all-pass"_s});
    REQUIRE(run.code == 0);
    CHECK(run.out.count(u"[✓] "_s) == 3);
    const QString item = workflow::FormalReview::defaultChecklist(Category::Zone).at(1);
    run = test::runProcess(
        {u"formal"_s, db, u"P2"_s, u"--item"_s, item, u"--fail"_s, u"--note"_s, u"缺少产业发展规划"_s});
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"[✗] "_s + item + u" — 缺少产业发展规划"_s));
    run = test::runProcess({u"transition"_s, db, u"P2"_s, u"--to"_s, u"expert_review"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(item));
    CHECK(test::runProcess({u"formal"_s, db, u"P2"_s, u"--override"_s, u"专家组同意补交"_s}).code == 0);
    CHECK(test::runProcess({u"transition"_s, db, u"P2"_s, u"--to"_s, u"expert_review"_s}).code == 0);
    CHECK(d.state(u"P2"_s) == u"expert_review"_s);

    // Revert: refused without a reason, then a counter-transition.
    CHECK(test::runProcess({u"revert"_s, db, u"P2"_s}).code == 2);
    CHECK(test::runProcess({u"revert"_s, db, u"P2"_s, u"--reason"_s, u"补交材料未到"_s}).code == 0);
    rows = status();
    CHECK(rows[1][u"state"_s].toString() == u"formal_review"_s);
    const QList<workflow::Event> h = d.history(u"P2"_s);
    REQUIRE(h.size() == 3);
    CHECK(h[2].reverses == h[1].id);
    CHECK(h[2].reason == u"补交材料未到"_s);
}
