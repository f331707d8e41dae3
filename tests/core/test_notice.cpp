// SPDX-License-Identifier: GPL-3.0-or-later
// Public notice (公示) and dynamic management (issue 5): working days across weekends, holidays and make-up
// working days (调休), objections, approval, due dates and the 90-day dashboard, re-evaluation rounds, and the
// notice / objection / approve / due / status commands of the real reviewbench-cli.
#include "LifecycleFixture.h"

#include "repo/RoundRepository.h"
#include "workflow/Reevaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Driver;
using test::Lifecycle;
using workflow::Calendar;

namespace {

/// National Day 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked instead.
Calendar nationalDay2025()
{
    Calendar c;
    for (QDate day(2025, 10, 1); day <= QDate(2025, 10, 8); day = day.addDays(1))
        c.set(day, Calendar::Kind::Holiday);
    c.set(QDate(2025, 9, 28), Calendar::Kind::Workday);
    c.set(QDate(2025, 10, 11), Calendar::Kind::Workday);
    return c;
}

void storeNationalDay2025(db::Database& db)
{
    for (QDate day(2025, 10, 1); day <= QDate(2025, 10, 8); day = day.addDays(1))
        RB_REQUIRE_OK(Calendar::store(db, day, Calendar::Kind::Holiday, u"国庆节、中秋节"_s));
    RB_REQUIRE_OK(Calendar::store(db, QDate(2025, 9, 28), Calendar::Kind::Workday, u"调休"_s));
    RB_REQUIRE_OK(Calendar::store(db, QDate(2025, 10, 11), Calendar::Kind::Workday, u"调休"_s));
}

/// Applications P1..Pn proposed by a committee of 9 on the fixture's day.
void proposeAll(Driver& d, int n)
{
    QStringList codes;
    for (int i = 1; i <= n; ++i) {
        const QString p = u"P%1"_s.arg(i);
        d.toExpertReview(p);
        d.score(p, {85, 87, 89});
        codes << p;
    }
    d.addCommittee(9);
    d.toProposed(codes, QDate(2025, 3, 3));
}

QStringList dueKeys(const QList<notice::DueItem>& items)
{
    QStringList out;
    for (const notice::DueItem& i : items)
        out << u"%1 %2 %3%4"_s.arg(i.applicationCode, i.kind, i.due.toString(Qt::ISODate),
                                   i.overdue ? u" overdue"_s : QString());
    return out;
}

QJsonArray jsonArray(const test::CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("notice: 5 working days across a weekend", "[notice]")
{
    const Calendar plain;
    CHECK(plain.isWorkingDay(QDate(2025, 3, 7)));                         // Friday
    CHECK_FALSE(plain.isWorkingDay(QDate(2025, 3, 8)));                   // Saturday
    CHECK_FALSE(plain.isWorkingDay(QDate(2025, 3, 9)));                   // Sunday
    CHECK(plain.endOfPeriod(QDate(2025, 3, 3), 5) == QDate(2025, 3, 7));  // Monday → Friday
    CHECK(plain.endOfPeriod(QDate(2025, 3, 5), 5) == QDate(2025, 3, 11)); // Wednesday → next Tuesday
    CHECK(plain.endOfPeriod(QDate(2025, 3, 7), 5) == QDate(2025, 3, 13)); // Friday → next Thursday
    CHECK(plain.endOfPeriod(QDate(2025, 3, 3), 1) == QDate(2025, 3, 3));
    CHECK(plain.endOfPeriod(QDate(2025, 3, 3), 10) == QDate(2025, 3, 14));
    CHECK(plain.workingDaysBetween(QDate(2025, 3, 5), QDate(2025, 3, 11)) == 5);
    CHECK(plain.workingDaysBetween(QDate(2025, 3, 8), QDate(2025, 3, 9)) == 0);
    CHECK(plain.workingDaysBetween(QDate(2025, 3, 3), QDate(2025, 3, 31)) == 21);
    // The period's end always has exactly the asked number of working days from the start.
    for (QDate start(2025, 3, 1); start < QDate(2025, 4, 1); start = start.addDays(1)) {
        const QDate end = plain.endOfPeriod(start, 5);
        INFO(start.toString(Qt::ISODate).toStdString());
        CHECK(plain.isWorkingDay(end));
        CHECK(plain.workingDaysBetween(start, end) == 5);
    }
}

TEST_CASE("notice: working days across the National Day holiday and 调休", "[notice]")
{
    const Calendar c = nationalDay2025();
    CHECK(c.isWorkingDay(QDate(2025, 9, 28)));        // Sunday worked
    CHECK(c.isWorkingDay(QDate(2025, 10, 11)));       // Saturday worked
    CHECK_FALSE(c.isWorkingDay(QDate(2025, 10, 1)));  // Wednesday off
    CHECK_FALSE(c.isWorkingDay(QDate(2025, 10, 8)));  // Wednesday off
    CHECK_FALSE(c.isWorkingDay(QDate(2025, 10, 12))); // an ordinary Sunday
    // From Friday 26 September: 26, 28 (Sunday worked), 29, 30, then 9 October.
    CHECK(c.endOfPeriod(QDate(2025, 9, 26), 5) == QDate(2025, 10, 9));
    // From Tuesday 30 September: 30, 9, 10, 11 (Saturday worked), 13.
    CHECK(c.endOfPeriod(QDate(2025, 9, 30), 5) == QDate(2025, 10, 13));
    // Without the calendar the same notice would end on 6 October, in the middle of the holiday.
    CHECK(Calendar().endOfPeriod(QDate(2025, 9, 30), 5) == QDate(2025, 10, 6));
    CHECK(c.workingDaysBetween(QDate(2025, 9, 27), QDate(2025, 10, 12)) == 6);
    CHECK(c.workingDaysBetween(QDate(2025, 10, 1), QDate(2025, 10, 8)) == 0);
    // Spring Festival 2025: 28 January – 4 February off, 26 January (Sunday) and 8 February (Saturday) worked.
    Calendar spring;
    for (QDate day(2025, 1, 28); day <= QDate(2025, 2, 4); day = day.addDays(1))
        spring.set(day, Calendar::Kind::Holiday);
    spring.set(QDate(2025, 1, 26), Calendar::Kind::Workday);
    spring.set(QDate(2025, 2, 8), Calendar::Kind::Workday);
    // From Friday 24 January: 24, 26, 27, then 5 and 6 February.
    CHECK(spring.endOfPeriod(QDate(2025, 1, 24), 5) == QDate(2025, 2, 6));
}

TEST_CASE("notice: a notice that starts on a holiday or a weekend counts from the next working day", "[notice]")
{
    const Calendar c = nationalDay2025();
    // From 1 October (a holiday): 9, 10, 11, 13, 14.
    CHECK(c.endOfPeriod(QDate(2025, 10, 1), 5) == QDate(2025, 10, 14));
    CHECK(c.endOfPeriod(QDate(2025, 10, 5), 1) == QDate(2025, 10, 9));
    // From Saturday 27 September: 28 (worked), 29, 30, 9, 10.
    CHECK(c.endOfPeriod(QDate(2025, 9, 27), 5) == QDate(2025, 10, 10));
    // An ordinary Saturday start: Monday to Friday.
    CHECK(Calendar().endOfPeriod(QDate(2025, 3, 8), 5) == QDate(2025, 3, 14));
    // A listed working day that is a weekday stays a working day; a listed holiday on a weekend stays off.
    Calendar odd;
    odd.set(QDate(2025, 3, 4), Calendar::Kind::Workday);
    odd.set(QDate(2025, 3, 8), Calendar::Kind::Holiday);
    CHECK(odd.isWorkingDay(QDate(2025, 3, 4)));
    CHECK_FALSE(odd.isWorkingDay(QDate(2025, 3, 8)));
}

TEST_CASE("notice: the file's calendar and the round's notice length set the end of a published notice", "[notice]")
{
    Lifecycle f(Category::Zone, 3, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 3);
    storeNationalDay2025(*f.db);
    Result<Calendar> loaded = Calendar::load(*f.db);
    RB_REQUIRE_OK(loaded);
    CHECK(loaded->endOfPeriod(QDate(2025, 9, 30), 5) == QDate(2025, 10, 13));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log WHERE entity = 'calendar'") == 10);
    // Storing a day again replaces it.
    RB_REQUIRE_OK(Calendar::store(*f.db, QDate(2025, 10, 8), Calendar::Kind::Workday, u"改为上班"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM calendar_day") == 10);
    CHECK(Calendar::load(*f.db)->isWorkingDay(QDate(2025, 10, 8)));
    RB_REQUIRE_OK(Calendar::store(*f.db, QDate(2025, 10, 8), Calendar::Kind::Holiday, u"国庆节"_s));

    // Default length (notice.working_days = 5) from the stored calendar.
    const notice::Notice n1 = d.publish({u"P1"_s}, QDate(2025, 9, 30));
    CHECK(n1.workingDays == 5);
    CHECK(n1.end == QDate(2025, 10, 13));
    CHECK(n1.applications == QStringList({u"P1"_s}));
    // The round's own length.
    d.set(u"notice.working_days"_s, u"7"_s);
    const notice::Notice n2 = d.publish({u"P2"_s}, QDate(2025, 9, 30));
    CHECK(n2.workingDays == 7);
    CHECK(n2.end == QDate(2025, 10, 15));
    // An explicit length wins; a zero length is refused.
    CHECK_FALSE(d.notices().publish({}, QDate(2025, 9, 30), 0, {}, {d.app(u"P3"_s)}).ok());
    const notice::Notice n3 = d.publish({u"P3"_s}, QDate(2025, 9, 26), 3);
    CHECK(n3.end == QDate(2025, 9, 29));
    // Removing a make-up working day moves later notices, not the published ones.
    RB_REQUIRE_OK(Calendar::remove(*f.db, QDate(2025, 9, 28)));
    CHECK(Calendar::load(*f.db)->endOfPeriod(QDate(2025, 9, 26), 3) == QDate(2025, 9, 30));
    Result<QList<notice::Notice>> all = d.notices().notices();
    RB_REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    CHECK(all->first().end == QDate(2025, 9, 29));
    // Nothing left to publish.
    CHECK_FALSE(d.notices().publish({}, QDate(2025, 9, 30), std::nullopt, {}).ok());
}

TEST_CASE("notice: approval waits for the end of the notice and for every objection to be resolved", "[notice]")
{
    Lifecycle f(Category::Zone, 3, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 3);
    storeNationalDay2025(*f.db);
    f.clock.setDay(QDate(2025, 9, 30));
    const notice::Notice n = d.publish({}, QDate(2025, 9, 30)); // every proposed application
    CHECK(n.applications == QStringList({u"P1"_s, u"P2"_s, u"P3"_s}));
    CHECK(n.end == QDate(2025, 10, 13));
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s})
        CHECK(d.state(p) == u"public_notice"_s);

    Result<notice::Objection> o1 = d.notices().addObjection(d.app(u"P1"_s), QDate(2025, 10, 9), u"某某科技有限公司"_s,
                                                            u"sealed"_s, u"申报书所列产线尚未投产"_s);
    RB_REQUIRE_OK(o1);
    CHECK(o1->outcome == u"pending"_s);
    CHECK(o1->applicationCode == u"P1"_s);
    Result<notice::Objection> o2 =
        d.notices().addObjection(d.app(u"P1"_s), QDate(2025, 10, 10), u"李四"_s, u"signed"_s, u"能耗数据存疑"_s);
    RB_REQUIRE_OK(o2);

    // During the notice (its last day included), nothing is approved.
    for (const QDate& day : {QDate(2025, 10, 1), QDate(2025, 10, 13)}) {
        f.clock.setDay(day);
        Result<int> approved = d.notices().approveReady();
        RB_REQUIRE_OK(approved);
        CHECK(*approved == 0);
    }
    // After it: the applications without objections are approved; P1 waits for both objections.
    f.clock.setDay(QDate(2025, 10, 14));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 2);
    CHECK(d.state(u"P1"_s) == u"public_notice"_s);
    CHECK(d.state(u"P2"_s) == u"construction"_s); // a zone's creation period
    CHECK(d.state(u"P3"_s) == u"construction"_s);
    Result<QString> blocker = d.flow().blocker(d.app(u"P1"_s), u"approved"_s);
    RB_REQUIRE_OK(blocker);
    CHECK(*blocker == u"2 objection(s) are not resolved yet"_s);

    // Resolving needs an outcome and a handling; a resolved objection stays resolved.
    CHECK_FALSE(d.notices().resolve(o1->id, u"ignored"_s, u"x"_s).ok());
    CHECK_FALSE(d.notices().resolve(o1->id, u"dismissed"_s, u"  "_s).ok());
    RB_REQUIRE_OK(d.notices().resolve(o1->id, u"dismissed"_s, u"经现场核查，产线已于 2025 年 6 月投产"_s));
    CHECK_FALSE(d.notices().resolve(o1->id, u"upheld"_s, u"改判"_s).ok());
    approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 0);
    RB_REQUIRE_OK(d.notices().resolve(o2->id, u"dismissed"_s, u"能耗数据经第三方核验"_s));
    approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 1);
    CHECK(d.state(u"P1"_s) == u"construction"_s);

    Result<QList<notice::Objection>> list = d.notices().objections(d.app(u"P1"_s));
    RB_REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].outcome == u"dismissed"_s);
    CHECK((*list)[0].handledBy == u"tester"_s);
    CHECK((*list)[0].resolvedOn == QDate(2025, 10, 14));
    CHECK((*list)[0].authenticated == u"sealed"_s);
    CHECK((*list)[1].fromWhom == u"李四"_s);
}

TEST_CASE("notice: an upheld objection withdraws the application", "[notice]")
{
    Lifecycle f(Category::Factory, 2, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 2);
    d.publish({}, QDate(2025, 3, 3));
    Result<notice::Objection> o = d.notices().addObjection(d.app(u"P1"_s), QDate(2025, 3, 4), u"某市工信局"_s,
                                                           u"sealed"_s, u"申报单位近三年发生重大环保事故"_s);
    RB_REQUIRE_OK(o);
    RB_REQUIRE_OK(d.notices().resolve(o->id, u"upheld"_s, u"经核实，2024 年受到环保处罚"_s));
    CHECK(d.state(u"P1"_s) == u"withdrawn"_s);
    const workflow::Event last = d.history(u"P1"_s).last();
    CHECK(last.from == u"public_notice"_s);
    CHECK(last.to == u"withdrawn"_s);
    CHECK(last.reason == u"经核实，2024 年受到环保处罚"_s);
    CHECK(workflow::nextStates(u"withdrawn"_s).isEmpty());
    // It is not approved after the notice; the other one is.
    f.clock.setDay(QDate(2025, 3, 10));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 1);
    CHECK(d.state(u"P1"_s) == u"withdrawn"_s);
    CHECK(d.state(u"P2"_s) == u"construction"_s);
    CHECK_FALSE(d.dueOf(u"P1"_s));
}

TEST_CASE("notice: a notice published again after a correction is the one that counts", "[notice]")
{
    Lifecycle f(Category::Zone, 1, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 1);
    const notice::Notice first = d.publish({u"P1"_s}, QDate(2025, 3, 3));
    CHECK(first.end == QDate(2025, 3, 7));
    CHECK(d.state(u"P1"_s) == u"public_notice"_s);

    // The notice was wrong: the secretariat takes the application off it and publishes it again, longer.
    f.clock.setDay(QDate(2025, 3, 5));
    RB_REQUIRE_OK(d.flow().revert(d.app(u"P1"_s), u"公示期限有误，重新公示"_s));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    CHECK_FALSE(d.dueOf(u"P1"_s));
    const notice::Notice second = d.publish({u"P1"_s}, QDate(2025, 3, 10), 10);
    CHECK(second.end == QDate(2025, 3, 21));
    // It waits for the new notice to start, although the first one has.
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    Result<QString> blocker = d.flow().blocker(d.app(u"P1"_s), u"public_notice"_s);
    RB_REQUIRE_OK(blocker);
    CHECK_FALSE(blocker->isEmpty());
    f.clock.setDay(QDate(2025, 3, 10));
    Result<int> started = d.notices().startDue();
    RB_REQUIRE_OK(started);
    CHECK(*started == 1);
    CHECK(d.dueOf(u"P1"_s) == QDate(2025, 3, 21));
    // Objections go to the new notice.
    Result<notice::Objection> o =
        d.notices().addObjection(d.app(u"P1"_s), QDate(2025, 3, 11), u"孙七"_s, u"signed"_s, u"内容"_s);
    RB_REQUIRE_OK(o);
    CHECK(test::countOf(*f.db, "SELECT notice_id FROM objection WHERE id = ?1", o->id) == second.id);
    RB_REQUIRE_OK(d.notices().resolve(o->id, u"dismissed"_s, u"不属实"_s));

    // After the first notice's end but before the second's: not approved.
    f.clock.setDay(QDate(2025, 3, 12));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 0);
    blocker = d.flow().blocker(d.app(u"P1"_s), u"approved"_s);
    RB_REQUIRE_OK(blocker);
    CHECK(blocker->contains(u"not over"_s));
    f.clock.setDay(QDate(2025, 3, 24));
    approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    CHECK(*approved == 1);
    CHECK(d.state(u"P1"_s) == u"construction"_s);
}

TEST_CASE("notice: objections are in writing, from someone, sealed or signed, against an application on notice",
          "[notice]")
{
    Lifecycle f(Category::Zone, 2, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 2);
    d.publish({u"P1"_s}, QDate(2025, 3, 3));
    notice::NoticeService s = d.notices();
    const qint64 p1 = d.app(u"P1"_s);
    const QDate day(2025, 3, 4);
    CHECK_FALSE(s.addObjection(p1, day, u"  "_s, u"signed"_s, u"内容"_s).ok());       // anonymous
    CHECK_FALSE(s.addObjection(p1, day, u"王五"_s, QString(), u"内容"_s).ok());       // neither sealed nor signed
    CHECK_FALSE(s.addObjection(p1, day, u"王五"_s, u"phoned"_s, u"内容"_s).ok());     // not in writing
    CHECK_FALSE(s.addObjection(p1, day, u"王五"_s, u"signed"_s, u" "_s).ok());        // no content
    CHECK_FALSE(s.addObjection(p1, QDate(), u"王五"_s, u"signed"_s, u"内容"_s).ok()); // no date
    CHECK_FALSE(s.addObjection(d.app(u"P2"_s), day, u"王五"_s, u"signed"_s, u"内容"_s).ok()); // not on notice
    Result<QList<notice::Objection>> none = s.objections();
    RB_REQUIRE_OK(none);
    CHECK(none->isEmpty());
    RB_REQUIRE_OK(s.addObjection(p1, day, u"王五"_s, u"signed"_s, u"内容"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM audit_log WHERE entity = 'objection'") == 1);
}

TEST_CASE("notice: due dates after approval and the 90-day dashboard with overdue items", "[notice]")
{
    Lifecycle f(Category::Factory, 2, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 2);
    d.set(u"construction.months"_s, u"3"_s);
    d.set(u"validity.years"_s, u"1"_s);
    d.set(u"progress_report.months"_s, u"4"_s);
    d.publish({}, QDate(2025, 3, 3)); // ends Friday 7 March
    f.clock.setDay(QDate(2025, 3, 10));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    REQUIRE(*approved == 2);

    // Construction ends 10 June: acceptance falls due then.
    CHECK(d.dueOf(u"P1"_s) == QDate(2025, 6, 10));
    Result<QList<notice::DueItem>> due = d.notices().due(90);
    RB_REQUIRE_OK(due);
    CHECK(due->isEmpty()); // 10 June is 92 days away
    f.clock.setDay(QDate(2025, 3, 12));
    due = d.notices().due(90);
    RB_REQUIRE_OK(due);
    CHECK(dueKeys(*due)
          == QStringList({u"P1 construction_end 2025-06-10"_s, u"P1 acceptance 2025-06-10"_s,
                          u"P2 construction_end 2025-06-10"_s, u"P2 acceptance 2025-06-10"_s}));
    due = d.notices().due(30);
    RB_REQUIRE_OK(due);
    CHECK(due->isEmpty());

    // P1 is accepted on time; P2 is late: its items are overdue.
    f.clock.setDay(QDate(2025, 6, 10));
    d.move(u"P1"_s, u"valid"_s);
    CHECK(d.dueOf(u"P1"_s) == QDate(2026, 6, 10));
    f.clock.setDay(QDate(2025, 6, 20));
    due = d.notices().due(90);
    RB_REQUIRE_OK(due);
    CHECK(dueKeys(*due)
          == QStringList({u"P2 construction_end 2025-06-10 overdue"_s, u"P2 acceptance 2025-06-10 overdue"_s}));
    // The first progress report of P1 falls due after 4 months; then the next, then the validity end.
    f.clock.setDay(QDate(2025, 9, 1));
    due = d.notices().due(90);
    RB_REQUIRE_OK(due);
    CHECK(dueKeys(*due)
          == QStringList({u"P2 construction_end 2025-06-10 overdue"_s, u"P2 acceptance 2025-06-10 overdue"_s,
                          u"P1 progress_report 2025-10-10"_s}));
    due = d.notices().due(365);
    RB_REQUIRE_OK(due);
    CHECK(dueKeys(*due).mid(2)
          == QStringList({u"P1 progress_report 2025-10-10"_s, u"P1 progress_report 2026-02-10"_s,
                          u"P1 validity_end 2026-06-10"_s}));

    // status() shows the same dates.
    Result<QList<workflow::StatusRow>> rows = d.flow().status();
    RB_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0].due == QDate(2026, 6, 10));
    CHECK((*rows)[1].due == QDate(2025, 6, 10));
    // P2 accepted late: its construction items are done, nothing of it is overdue any more.
    d.move(u"P2"_s, u"valid"_s);
    due = d.notices().due(90);
    RB_REQUIRE_OK(due);
    for (const notice::DueItem& i : *due)
        CHECK_FALSE(i.overdue);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM milestone WHERE kind = 'acceptance' AND done_on = '2025-09-01'")
          == 1);
}

TEST_CASE("notice: a re-evaluation round started from the due titles keeps or revokes them", "[notice]")
{
    Lifecycle f(Category::Factory, 3, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 3);
    d.set(u"construction.months"_s, u"1"_s);
    d.set(u"validity.years"_s, u"1"_s);
    d.publish({}, QDate(2025, 3, 3));
    f.clock.setDay(QDate(2025, 3, 10));
    Result<int> approved = d.notices().approveReady();
    RB_REQUIRE_OK(approved);
    REQUIRE(*approved == 3);
    f.clock.setDay(QDate(2025, 4, 10));
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s})
        d.move(p, u"valid"_s);
    CHECK(d.dueOf(u"P1"_s) == QDate(2026, 4, 10));
    workflow::Reevaluation reeval(*f.db);

    // Nothing due within 90 days of 1 December: refused, and nothing changes.
    f.clock.setDay(QDate(2025, 12, 1));
    const qint64 roundsBefore = test::countOf(*f.db, "SELECT count(*) FROM round");
    Result<Round> early = reeval.start(f.round, 2025, u"复评"_s, 90);
    CHECK_FALSE(early.ok());
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM round") == roundsBefore);
    CHECK(d.state(u"P1"_s) == u"valid"_s);

    // P3's title is due already (marked by hand); P1 and P2 end within 180 days of 1 December.
    d.move(u"P3"_s, u"reeval_due"_s);
    Result<Round> r = reeval.start(f.round, 2026, u"2026 年复评"_s, 180);
    RB_REQUIRE_OK(r);
    CHECK(r->category == Category::Reeval);
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s})
        CHECK(d.state(p) == u"reeval_due"_s);
    CHECK(d.history(u"P1"_s).last().reason.contains(u"180"_s));
    Result<QList<notice::DueItem>> due = d.notices().due(180);
    RB_REQUIRE_OK(due);
    CHECK(dueKeys(*due).filter(u"reevaluation"_s).size() == 3);

    // The re-evaluation round holds one linked copy of each title, reviewed like any round.
    Driver re(*f.db, *r);
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM application WHERE round_id = ?1", r->id) == 3);
    CHECK(test::countOf(*f.db,
                        "SELECT count(*) FROM application c JOIN application s ON s.id = "
                        "c.source_application_id WHERE c.round_id = ?1 AND c.code = s.code AND "
                        "c.state = 'recommended' AND s.round_id = ?2",
                        r->id, f.round.id)
          == 3);
    re.importCsv(import::Kind::Criteria, test::kCriteriaCsv);
    re.addExperts(3);
    re.addCommittee(9);
    for (const QString& p : {u"P1"_s, u"P2"_s, u"P3"_s}) {
        re.toExpertReview(p);
        re.score(p, {80, 82, 84});
    }
    f.clock.setDay(QDate(2026, 2, 2));
    const qint64 m = re.meeting(QDate(2026, 2, 2));
    re.agenda(m, {u"P1"_s, u"P2"_s, u"P3"_s});
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        const qint64 c = re.caseOf(m, p);
        re.vote(c, 9, 0);
        re.record(c, p == u"P1"_s ? u"持续提升，保留称号"_s : u"关键指标下滑，建议撤销"_s);
        RB_REQUIRE_OK(re.committee().conclude(c, p == u"P1"_s ? u"proposed"_s : u"rejected"_s));
    }
    // P3 is still under discussion: only the two concluded outcomes apply.
    Result<int> applied = reeval.applyOutcomes(*r);
    RB_REQUIRE_OK(applied);
    CHECK(*applied == 2);
    CHECK(d.state(u"P1"_s) == u"valid"_s);
    CHECK(d.state(u"P2"_s) == u"revoked"_s);
    CHECK(d.state(u"P3"_s) == u"reeval_due"_s);
    CHECK(d.history(u"P1"_s).last().reason.contains(r->code));
    CHECK(d.history(u"P2"_s).last().reason.contains(r->code));
    // The kept title runs for a new validity period from the decision; the revoked one has nothing due.
    CHECK(d.dueOf(u"P1"_s) == QDate(2027, 2, 2));
    CHECK_FALSE(d.dueOf(u"P2"_s));
    // Applying again changes nothing.
    applied = reeval.applyOutcomes(*r);
    RB_REQUIRE_OK(applied);
    CHECK(*applied == 0);

    // The dashboard no longer shows the old validity end of the kept title, nor anything of the revoked one.
    due = d.notices().due(365);
    RB_REQUIRE_OK(due);
    const QStringList keys = dueKeys(*due);
    CHECK(keys.filter(u"P2 "_s).isEmpty());
    CHECK(keys.filter(u"P1 "_s) == QStringList({u"P1 validity_end 2027-02-02"_s}));
    QStringList p3 = keys.filter(u"P3 "_s);
    p3.sort();
    CHECK(p3 == QStringList({u"P3 reevaluation 2026-04-10"_s, u"P3 validity_end 2026-04-10"_s}));
}

TEST_CASE("notice: notice, objection, approve and due through the real reviewbench-cli", "[notice][cli]")
{
    // The CLI runs on the system clock: the round is built on today's date, the notice started 20 days ago.
    const QDate today = QDate::currentDate();
    Lifecycle f(Category::Zone, 2, 3, today);
    Driver& d = f.d;
    for (const QString& p : {u"P1"_s, u"P2"_s}) {
        d.toExpertReview(p);
        d.score(p, {85, 87, 89});
    }
    d.addCommittee(9);
    d.toProposed({u"P1"_s, u"P2"_s}, today);
    const QString db = f.path;
    const QString start = today.addDays(-20).toString(Qt::ISODate);

    test::CliRun run = test::runProcess({u"calendar"_s, db, u"--holiday"_s, u"2025-10-01"_s, u"--workday"_s,
                                         u"2025-10-11"_s, u"--note"_s, u"国庆节"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"2025-10-01 holiday 国庆节"_s));
    CHECK(run.out.contains(u"2025-10-11 workday 国庆节"_s));
    CHECK(test::runProcess({u"calendar"_s, db, u"--holiday"_s, u"2025-13-01"_s}).code == 1);

    run = test::runProcess({u"notice"_s, db, u"--start"_s, start, u"--days"_s, u"5"_s, u"--title"_s,
                            u"拟入选名单公示"_s, u"--contact"_s, u"010-68208888"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"拟入选名单公示: 2 applications"_s));
    CHECK(d.state(u"P1"_s) == u"public_notice"_s);
    CHECK(test::runProcess({u"notice"_s, db, u"--start"_s, u"tomorrow"_s}).code == 1);

    // An objection without a seal or signature is refused; a signed one blocks approval.
    run = test::runProcess({u"objection"_s, db, u"P1"_s, u"--from"_s, u"赵六"_s, u"--content"_s, u"数据不实"_s});
    CHECK(run.code == 2);
    run = test::runProcess({u"objection"_s, db, u"P1"_s, u"--from"_s, u"赵六"_s, u"--signed"_s, u"--content"_s,
                            u"数据不实"_s, u"--received"_s, today.addDays(-18).toString(Qt::ISODate)});
    REQUIRE(run.code == 0);
    run = test::runProcess({u"approve"_s, db});
    REQUIRE(run.code == 0);
    CHECK(run.out.trimmed() == u"1 approved"_s);
    CHECK(d.state(u"P1"_s) == u"public_notice"_s);
    CHECK(d.state(u"P2"_s) == u"construction"_s);
    run = test::runProcess({u"objection"_s, db, u"P2"_s, u"--resolve"_s, u"dismissed"_s, u"--handling"_s, u"x"_s});
    CHECK(run.code == 2);
    run = test::runProcess(
        {u"objection"_s, db, u"P1"_s, u"--resolve"_s, u"upheld"_s, u"--handling"_s, u"经核实数据不实"_s});
    REQUIRE(run.code == 0);
    CHECK(d.state(u"P1"_s) == u"withdrawn"_s);

    // The dashboard: P2's creation period ends in 24 months, beyond 90 days but within 800.
    const QJsonArray soon = jsonArray(test::runProcess({u"due"_s, db, u"--format"_s, u"json"_s}));
    CHECK(soon.isEmpty());
    const QJsonArray later =
        jsonArray(test::runProcess({u"due"_s, db, u"--days"_s, u"800"_s, u"--format"_s, u"json"_s}));
    REQUIRE(later.size() == 2);
    for (const QJsonValue& v : later) {
        CHECK(v[u"application"_s].toString() == u"P2"_s);
        CHECK(v[u"due"_s].toString() == today.addMonths(24).toString(Qt::ISODate));
        CHECK(v[u"overdue"_s].toBool() == false);
    }
    CHECK(test::runProcess({u"due"_s, db, u"--days"_s, u"0"_s}).code != 0);

    // A milestone recorded as met leaves the dashboard; one the application does not have is refused.
    const QString kind = later[0][u"kind"_s].toString();
    run = test::runProcess({u"due"_s, db, u"--met"_s, u"P2"_s, u"--milestone"_s, kind, u"--note"_s, u"第1期"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"P2"_s));
    const QJsonArray after =
        jsonArray(test::runProcess({u"due"_s, db, u"--days"_s, u"800"_s, u"--format"_s, u"json"_s}));
    CHECK(after.size() == 1);
    CHECK(test::runProcess({u"due"_s, db, u"--met"_s, u"P1"_s, u"--milestone"_s, kind}).code == 2);
    CHECK(test::runProcess({u"due"_s, db, u"--met"_s, u"P2"_s}).code == 1);
    CHECK(test::runProcess({u"due"_s, db, u"--met"_s, u"P2"_s, u"--milestone"_s, kind, u"--on"_s, u"x"_s}).code == 1);
}

TEST_CASE("notice: a notice published ahead of time starts on its first day when the round is next touched",
          "[notice][cli]")
{
    // 2025-03-05 is a Wednesday: 5 working days end on Tuesday 2025-03-11.
    Lifecycle f(Category::Zone, 2, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 2);
    test::CliRun run = test::runCli({u"notice"_s, f.path, u"--start"_s, u"2025-03-05"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    CHECK(d.state(u"P2"_s) == u"proposed"_s);
    f.clock.setDay(QDate(2025, 3, 5));

    SECTION("status")
    {
        run = test::runCli({u"status"_s, f.path, u"--format"_s, u"csv"_s});
        CHECK(run.code == 0);
        CHECK(run.out.contains(u"P1,public_notice,"_s));
        CHECK(d.state(u"P1"_s) == u"public_notice"_s);
        CHECK(d.state(u"P2"_s) == u"public_notice"_s);
    }
    SECTION("due")
    {
        CHECK(test::runCli({u"due"_s, f.path}).code == 0);
        CHECK(d.state(u"P2"_s) == u"public_notice"_s);
    }
    SECTION("notice with nothing new to publish does not fail, and publishes no empty notice")
    {
        run = test::runCli({u"notice"_s, f.path, u"--start"_s, u"2025-03-06"_s});
        INFO(run.err.toStdString());
        CHECK(run.code == 0);
        CHECK(run.out.contains(u"2 application(s) went on public notice"_s));
        CHECK(d.state(u"P1"_s) == u"public_notice"_s);
        CHECK(test::countOf(*f.db, "SELECT count(*) FROM notice") == 1);
        // Nothing due and nothing to publish is still refused.
        CHECK(test::runCli({u"notice"_s, f.path, u"--start"_s, u"2025-03-06"_s}).code == 2);
    }
    SECTION("objection")
    {
        run = test::runCli({u"objection"_s, f.path, u"P1"_s, u"--from"_s, u"赵六"_s, u"--signed"_s, u"--content"_s,
                            u"数据不实"_s, u"--received"_s, u"2025-03-05"_s});
        INFO(run.err.toStdString());
        CHECK(run.code == 0);
        CHECK(d.state(u"P1"_s) == u"public_notice"_s);
    }
    SECTION("approve, once the notice is over")
    {
        f.clock.setDay(QDate(2025, 3, 12));
        run = test::runCli({u"approve"_s, f.path});
        CHECK(run.code == 0);
        CHECK(run.out.trimmed() == u"2 approved"_s);
        CHECK(d.state(u"P1"_s) == u"construction"_s);
    }
}

TEST_CASE("notice: objections only against an application on notice, received during its notice period", "[notice]")
{
    Lifecycle f(Category::Zone, 2, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 2);
    const notice::Notice n = d.publish({u"P1"_s, u"P2"_s}, QDate(2025, 3, 5));
    REQUIRE(n.end == QDate(2025, 3, 11));
    f.clock.setDay(QDate(2025, 3, 6));
    RB_REQUIRE_OK(d.notices().startDue());
    notice::NoticeService s = d.notices();
    const qint64 p1 = d.app(u"P1"_s);
    const qint64 p2 = d.app(u"P2"_s);

    // Before the notice started, or after it ended: refused, naming the period.
    for (const QDate& day : {QDate(2025, 3, 4), QDate(2025, 3, 12)}) {
        Result<notice::Objection> o = s.addObjection(p1, day, u"王五"_s, u"signed"_s, u"内容"_s);
        REQUIRE_FALSE(o.ok());
        CHECK(o.error().kind == ErrorKind::Input);
        CHECK(o.error().message.contains(u"2025-03-05"_s));
        CHECK(o.error().message.contains(u"2025-03-11"_s));
    }
    RB_REQUIRE_OK(s.addObjection(p1, QDate(2025, 3, 5), u"王五"_s, u"signed"_s, u"内容"_s));
    RB_REQUIRE_OK(s.addObjection(p1, QDate(2025, 3, 11), u"王五"_s, u"signed"_s, u"内容"_s));

    // An upheld objection withdraws P2: later objections against it are refused.
    Result<notice::Objection> o = s.addObjection(p2, QDate(2025, 3, 6), u"赵六"_s, u"sealed"_s, u"内容"_s);
    RB_REQUIRE_OK(o);
    RB_REQUIRE_OK(s.resolve(o->id, u"upheld"_s, u"属实"_s));
    REQUIRE(d.state(u"P2"_s) == u"withdrawn"_s);
    Result<notice::Objection> late = s.addObjection(p2, QDate(2025, 3, 7), u"孙七"_s, u"signed"_s, u"内容"_s);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(u"withdrawn"_s));
    CHECK(test::countOf(*f.db, "SELECT count(*) FROM objection") == 3);
}

TEST_CASE("notice: an application taken off a running notice by a correction stays off it until published again",
          "[notice]")
{
    Lifecycle f(Category::Zone, 2, 3, QDate(2025, 3, 3));
    Driver& d = f.d;
    proposeAll(d, 2);
    d.publish({u"P1"_s, u"P2"_s}, QDate(2025, 3, 3));
    REQUIRE(d.state(u"P1"_s) == u"public_notice"_s);
    f.clock.setDay(QDate(2025, 3, 4));
    RB_REQUIRE_OK(d.flow().revert(d.app(u"P1"_s), u"误列入公示名单"_s));
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    // Starting the due notices (every command and page does) does not put it back on the notice it was taken off.
    Result<int> started = d.notices().startDue();
    RB_REQUIRE_OK(started);
    CHECK(*started == 0);
    CHECK(d.state(u"P1"_s) == u"proposed"_s);
    CHECK(d.state(u"P2"_s) == u"public_notice"_s);
    // Published again, it goes on the new notice on its first day.
    d.publish({u"P1"_s}, QDate(2025, 3, 10));
    f.clock.setDay(QDate(2025, 3, 10));
    started = d.notices().startDue();
    RB_REQUIRE_OK(started);
    CHECK(*started == 1);
    CHECK(d.state(u"P1"_s) == u"public_notice"_s);
}
