// SPDX-License-Identifier: GPL-3.0-or-later
// The whole round merges (issue 12): two secretariat copies that went on separately — one concluded a case and
// added a committee member, the other concluded another case, held a second meeting, published a notice, took an
// objection, approved, passed a formal review — merge both ways to the same content, by stable ids. A state only
// travels with what justifies it, and a row removed on one side since the copies split does not come back.
#include "LifecycleFixture.h"
#include "MergeFixture.h"

#include "merge/Backup.h"
#include "merge/DatabaseMerge.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Driver;
using test::Lifecycle;

namespace {

std::unique_ptr<db::Database> open(const QString& path)
{
    Result<std::unique_ptr<db::Database>> db = db::schema::open(path);
    RB_REQUIRE_OK(db);
    (*db)->setUser(u"tester"_s);
    return std::move(*db);
}

/// Every row of the deliberation, notice and lifecycle tables, by uids and codes (no local ids): one text.
QString roundContent(db::Database& db)
{
    const QList<QPair<const char*, int>> sections = {
        {"SELECT code, state FROM application ORDER BY code", 2},
        {"SELECT e.uid, a.code, coalesce(e.from_state, ''), e.to_state, e.at, e.reason FROM workflow_event e JOIN "
         "application a ON a.id = e.application_id ORDER BY e.uid",
         6},
        {"SELECT uid, name, organisation, role, position FROM committee_member ORDER BY uid", 5},
        {"SELECT m.uid, m.title, m.held_on, m.place, m.status, coalesce(c.uid, '') FROM meeting m LEFT JOIN "
         "committee_member c ON c.id = m.chair_id ORDER BY m.uid",
         6},
        {"SELECT m.uid, c.uid, x.present, x.note FROM meeting_attendance x JOIN meeting m ON m.id = x.meeting_id "
         "JOIN committee_member c ON c.id = x.member_id ORDER BY 1, 2",
         4},
        {"SELECT c.uid, m.uid, a.code, c.position, coalesce(p.uid, ''), c.presentation, c.questions, "
         "c.collective_opinion, coalesce(c.conclusion, ''), c.conditions, coalesce(c.votes_for, -1), "
         "coalesce(c.votes_against, -1), coalesce(c.concluded_at, '') FROM deliberation_case c JOIN meeting m ON "
         "m.id = c.meeting_id JOIN application a ON a.id = c.application_id LEFT JOIN deliberation_case p ON p.id = "
         "c.previous_case_id ORDER BY c.uid",
         13},
        {"SELECT c.uid, m.uid, x.recused, x.recusal_reason, x.opinion, coalesce(x.vote, ''), x.dissent FROM "
         "case_member x JOIN deliberation_case c ON c.id = x.case_id JOIN committee_member m ON m.id = x.member_id "
         "ORDER BY 1, 2",
         7},
        {"SELECT uid, title, start_date, working_days, end_date, contact FROM notice ORDER BY uid", 6},
        {"SELECT n.uid, a.code FROM notice_item x JOIN notice n ON n.id = x.notice_id JOIN application a ON a.id = "
         "x.application_id ORDER BY 1, 2",
         2},
        {"SELECT o.uid, coalesce(n.uid, ''), a.code, o.from_whom, o.content, o.outcome, o.handling FROM objection o "
         "LEFT JOIN notice n ON n.id = o.notice_id JOIN application a ON a.id = o.application_id ORDER BY o.uid",
         7},
        {"SELECT m.uid, a.code, m.kind, m.due_on, coalesce(m.done_on, '') FROM milestone m JOIN application a ON "
         "a.id = m.application_id ORDER BY m.uid",
         5},
        {"SELECT a.code, f.item_key, coalesce(f.passed, -1), f.note FROM formal_check f JOIN application a ON a.id = "
         "f.application_id ORDER BY 1, 2",
         4},
        {"SELECT day, kind, note FROM calendar_day ORDER BY day", 3},
    };
    QString out;
    for (const auto& [sql, columns] : sections) {
        for (const QStringList& row : test::query(db, QString::fromLatin1(sql), columns))
            out += row.join(u'|') + u'\n';
        out += u"--\n"_s;
    }
    return out;
}

qint64 count(db::Database& db, const char* sql)
{
    Result<qint64> n = db.scalar(sql, -1);
    RB_REQUIRE_OK(n);
    return *n;
}

merge::DatabaseMergeReport mergeInto(db::Database& db, const QString& other)
{
    Result<merge::DatabaseMergeReport> r = merge::mergeDatabase(db, other);
    RB_REQUIRE_OK(r);
    for (const merge::Difference& d : r->differences)
        UNSCOPED_INFO(d.table.toStdString() << " " << d.key.toStdString() << " " << d.field.toStdString() << ": "
                                            << d.ours.toStdString() << " / " << d.theirs.toStdString());
    return *r;
}

} // namespace

TEST_CASE("database merge: the whole round — committee, meetings, cases, votes, notices, objections, milestones, "
          "formal review, calendar — merges both ways to the same content",
          "[merge][database][lifecycle]")
{
    Lifecycle f(Category::Scenario, 5);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s}) {
        d.toExpertReview(p);
        d.score(p, {80, 82, 84});
    }
    d.addCommittee(3);
    const qint64 meeting = d.meeting(QDate(2025, 3, 10));
    d.agenda(meeting, {u"P1"_s, u"P2"_s});
    // Two copies from here.
    const QString oursPath = f.dir.path(u"ours.rbdb"_s);
    const QString theirsPath = f.dir.path(u"theirs.rbdb"_s);
    RB_REQUIRE_OK(merge::copyDatabase(*f.db, oursPath));
    RB_REQUIRE_OK(merge::copyDatabase(*f.db, theirsPath));
    f.db.reset();

    // Ours: P1 proposed, a fourth member (after the meeting), a holiday.
    {
        auto db = open(oursPath);
        Driver o(*db, f.round);
        o.members = d.members;
        const qint64 c = o.caseOf(meeting, u"P1"_s);
        o.vote(c, 3, 0);
        o.record(c, u"建议入选"_s);
        RB_REQUIRE_OK(o.committee().conclude(c, u"proposed"_s));
        RB_REQUIRE_OK(o.committee().addMember(u"委员4"_s, u"第4大学"_s, u"member"_s));
        RB_REQUIRE_OK(workflow::Calendar::store(*db, QDate(2031, 5, 6), workflow::Calendar::Kind::Holiday, u"甲"_s));
    }
    // Theirs: P2 proposed, on notice, objected to (dismissed), approved with its milestones; a second meeting with
    // an absence; P5's formal review; another calendar day.
    {
        auto db = open(theirsPath);
        Driver t(*db, f.round);
        t.members = d.members;
        const qint64 c = t.caseOf(meeting, u"P2"_s);
        t.vote(c, 3, 0);
        t.record(c, u"同意"_s);
        RB_REQUIRE_OK(t.committee().conclude(c, u"proposed"_s));
        f.clock.setDay(QDate(2025, 3, 12));
        t.publish({u"P2"_s}, QDate(2025, 3, 12), 5);
        Result<notice::Objection> o =
            t.notices().addObjection(t.app(u"P2"_s), QDate(2025, 3, 13), u"某公司"_s, u"sealed"_s, u"知识产权"_s);
        RB_REQUIRE_OK(o);
        RB_REQUIRE_OK(t.notices().resolve(o->id, u"dismissed"_s, u"经核实不属实"_s));
        f.clock.setDay(QDate(2025, 3, 31));
        Result<int> approved = t.notices().approveReady();
        RB_REQUIRE_OK(approved);
        REQUIRE(*approved == 1);
        const qint64 second = t.meeting(QDate(2025, 4, 2), {2});
        CHECK(second > 0);
        t.move(u"P5"_s, u"formal_review"_s);
        t.passFormal(u"P5"_s);
        RB_REQUIRE_OK(workflow::Calendar::store(*db, QDate(2031, 5, 9), workflow::Calendar::Kind::Workday, u"乙"_s));
        REQUIRE(count(*db, "SELECT count(*) FROM milestone") > 0);
    }

    // Merged both ways, with copies of each side.
    const QString oursCopy = f.dir.path(u"ours-copy.rbdb"_s);
    const QString theirsCopy = f.dir.path(u"theirs-copy.rbdb"_s);
    REQUIRE(QFile::copy(oursPath, oursCopy));
    REQUIRE(QFile::copy(theirsPath, theirsCopy));
    auto ours = open(oursPath);
    auto theirs = open(theirsPath);
    const merge::DatabaseMergeReport intoOurs = mergeInto(*ours, theirsCopy);
    const merge::DatabaseMergeReport intoTheirs = mergeInto(*theirs, oursCopy);
    CHECK(intoOurs.differences.isEmpty());
    CHECK(intoTheirs.differences.isEmpty());
    const QString content = roundContent(*ours);
    CHECK(content == roundContent(*theirs));

    // Every table travelled.
    for (const char* table : {"meeting", "meeting_attendance", "case_member", "notice", "notice_item", "objection",
                              "milestone", "formal_check", "calendar_day", "workflow_event"}) {
        INFO(table);
        CHECK(intoOurs.added.value(QString::fromLatin1(table)) > 0);
    }
    INFO(QStringList(intoOurs.added.keys()).join(u' ').toStdString());
    INFO(QStringList(intoOurs.updated.keys()).join(u' ').toStdString());
    CHECK(intoOurs.updated.value(u"deliberation_case"_s) == 1); // P2 concluded there, with its votes
    CHECK(intoTheirs.updated.value(u"deliberation_case"_s) == 1);
    CHECK(intoTheirs.added.value(u"committee_member"_s) == 1);
    // The states came with the cases and events that justify them.
    CHECK(*ours->scalarText("SELECT state FROM application WHERE code = 'P1'") == u"proposed"_s);
    CHECK(*ours->scalarText("SELECT state FROM application WHERE code = 'P2'") == u"valid"_s);
    CHECK(*ours->scalarText("SELECT state FROM application WHERE code = 'P5'") == u"formal_review"_s);
    CHECK(count(*ours, "SELECT count(*) FROM deliberation_case c JOIN application a ON a.id = c.application_id WHERE "
                       "a.code = 'P2' AND c.conclusion = 'proposed' AND c.votes_for = 3")
          == 1);
    CHECK(count(*ours, "SELECT count(*) FROM objection WHERE outcome = 'dismissed'") == 1);
    CHECK(count(*ours, "SELECT count(*) FROM calendar_day WHERE day IN ('2031-05-06', '2031-05-09')") == 2);
    CHECK(count(*ours, "SELECT count(*) FROM meeting") == 2);

    // Merging again changes nothing, either way.
    const merge::DatabaseMergeReport again = mergeInto(*ours, theirsCopy);
    CHECK(again.differences.isEmpty());
    CHECK(again.added.isEmpty());
    CHECK(roundContent(*ours) == content);
}

TEST_CASE("database merge: a state without the case or event that justifies it stays ours and is listed; a member "
          "removed here does not come back",
          "[merge][database][lifecycle]")
{
    Lifecycle f(Category::Scenario, 2);
    Driver& d = f.d;
    d.toExpertReview(u"P1"_s);
    d.score(u"P1"_s, {80, 82, 84});
    d.addCommittee(3);
    RB_REQUIRE_OK(d.committee().addMember(u"多余的人"_s, {}, u"member"_s));
    const qint64 meeting = d.meeting(QDate(2025, 3, 10));
    d.agenda(meeting, {u"P1"_s});
    const QString theirsPath = f.dir.path(u"theirs.rbdb"_s);
    RB_REQUIRE_OK(merge::copyDatabase(*f.db, theirsPath));

    // Here: the member added by mistake is removed, the case's record typed, and a new member added (whom the
    // other copy adds too).
    RB_REQUIRE_OK(d.committee().removeMember(u"多余的人"_s));
    RB_REQUIRE_OK(d.committee().addMember(u"新委员"_s, u"某大学"_s, u"member"_s));
    const qint64 c = d.caseOf(meeting, u"P1"_s);
    RB_REQUIRE_OK(d.committee().setRecord(c, u"汇报甲"_s, {}, {}, {}));
    // There: someone writes "proposed" (with an event and an audit entry as a real transition would) but holds no
    // concluded case for it.
    {
        auto db = open(theirsPath);
        Driver t(*db, f.round);
        RB_REQUIRE_OK(t.committee().setRecord(c, u"汇报乙"_s, {}, {}, {}));
        RB_REQUIRE_OK(t.committee().addMember(u"新委员"_s, u"某大学"_s, u"member"_s));
        test::forceState(t, u"P1"_s, u"proposed"_s);
        RB_REQUIRE_OK(db->exec("INSERT INTO workflow_event (uid, application_id, from_state, to_state, at, by_user, "
                               "reason) VALUES ('forged-event', ?1, 'deliberation', 'proposed', "
                               "'2025-03-04T12:00:00', 'x', '')",
                               t.app(u"P1"_s)));
        RB_REQUIRE_OK(db->exec("INSERT INTO audit_log (at, user, round_id, action, entity, entity_uid, entity_code, "
                               "changes) SELECT '2025-03-04T12:00:00', 'x', round_id, 'transition', 'application', "
                               "uid, code, '{\"state\":[\"deliberation\",\"proposed\"]}' FROM application WHERE "
                               "code = 'P1'"));
    }
    const merge::DatabaseMergeReport report = mergeInto(*f.db, theirsPath);
    CHECK(*f.db->scalarText("SELECT state FROM application WHERE code = 'P1'") == u"deliberation"_s);
    const auto listed = std::find_if(report.differences.begin(), report.differences.end(),
                                     [](const merge::Difference& x) { return x.field == u"state"_s; });
    REQUIRE(listed != report.differences.end());
    CHECK(listed->key == u"P1"_s);
    CHECK(listed->theirs.contains(u"justifies"_s));
    // The record typed differently on both sides is listed, ours kept.
    CHECK(std::any_of(report.differences.begin(), report.differences.end(), [](const merge::Difference& x) {
        return x.table == u"deliberation_case"_s && x.field == u"presentation"_s && x.ours == u"汇报甲"_s
               && x.theirs == u"汇报乙"_s;
    }));
    CHECK(count(*f.db, "SELECT count(*) FROM deliberation_case WHERE presentation = '汇报甲'") == 1);
    CHECK(count(*f.db, "SELECT count(*) FROM committee_member WHERE name = '多余的人'") == 0);
    // The member both copies added is one member, not two of the same name.
    CHECK(count(*f.db, "SELECT count(*) FROM committee_member WHERE name = '新委员'") == 1);
    CHECK(count(*f.db, "SELECT count(*) FROM committee_member") == 4);
}
