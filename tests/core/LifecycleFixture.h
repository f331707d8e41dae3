// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the workflow, deliberation and notice tests: a round driven through its lifecycle by the real
// services (formal review, paper scores, committee votes, public notice, approval) under a fixed clock, and
// raw reads of what changed (state, history, audit, milestones) so refusals can be shown to change nothing.
#pragma once

#include "TestSupport.h"

#include "common/Clock.h"
#include "deliberation/Deliberation.h"
#include "domain/CreditCode.h"
#include "domain/States.h"
#include "import/Importer.h"
#include "io/Table.h"
#include "merge/PaperEntry.h"
#include "notice/PublicNotice.h"
#include "repo/RoundSettings.h"
#include "review/Assignments.h"
#include "workflow/FormalReview.h"
#include "workflow/Workflow.h"
#include "workflow/WorkingDays.h"

#include <QDate>
#include <QProcess>
#include <QProcessEnvironment>

namespace rb::test {

using namespace Qt::Literals::StringLiterals;

/// Replaces the process clock for one test with a fixed local noon, and restores the system clock after.
class TestClock {
public:
    explicit TestClock(const QDate& day) : m_clock(noon(day)) { Clock::setCurrent(&m_clock); }
    ~TestClock() { Clock::setCurrent(nullptr); }
    TestClock(const TestClock&) = delete;
    TestClock& operator=(const TestClock&) = delete;

    void setDay(const QDate& day) { m_clock.set(noon(day)); }
    [[nodiscard]] QDate day() const { return m_clock.now().toLocalTime().date(); }

private:
    static QDateTime noon(const QDate& day) { return QDateTime(day, QTime(12, 0)); }
    FixedClock m_clock;
};

/// The A 60 + B 40 points and V veto criteria of the hand-sized rounds.
inline const char* const kCriteriaCsv = "code,name,parent,max,kind,guidance\n"
                                        "A,建设方案,,60,points,方案完整\n"
                                        "B,预期成效,,40,points,成效可量化\n"
                                        "V,重大事故,,,veto,一票否决\n";

/// Drives the applications of one round through the lifecycle with the real services.
struct Driver {
    Driver(db::Database& database, Round r) : db(database), round(std::move(r)) {}

    void importCsv(import::Kind kind, const QByteArray& csv)
    {
        Result<io::Table> table = io::parseCsv(csv, import::kindName(kind) + u".csv"_s);
        RB_REQUIRE_OK(table);
        Result<import::Plan> plan = import::prepare(db, round, kind, *table);
        RB_REQUIRE_OK(plan);
        INFO(plan->error().toString().toStdString());
        REQUIRE(plan->ok());
        RB_REQUIRE_OK(import::apply(db, round, *plan));
    }

    /// Experts E1..En.
    void addExperts(int n)
    {
        QByteArray csv = "code,name,organisation,province\n";
        for (int e = 1; e <= n; ++e)
            csv += "E" + QByteArray::number(e) + ",专家" + QByteArray::number(e) + ",第" + QByteArray::number(e)
                   + "研究院,北京市\n";
        importCsv(import::Kind::Experts, csv);
    }

    /// Applications P1..Pn (with valid credit codes where the category needs them).
    void addApplications(int n)
    {
        QString csv = u"code,applicant,credit_code,province,sector,title\n"_s;
        for (int a = 1; a <= n; ++a) {
            const QString first17 = u"91330100MA2AA%1"_s.arg(a, 4, 10, QLatin1Char('0'));
            const QString code = round.category == Category::Zone
                                     ? QString()
                                     : first17 + QLatin1Char(creditcode::checkCharacter(first17));
            csv += u"P%1,示例智能制造第%1有限公司,%2,浙江省,装备制造,智能制造项目%1\n"_s.arg(a).arg(code);
        }
        importCsv(import::Kind::Applications, csv.toUtf8());
    }

    qint64 idOf(const char* table, const QString& code)
    {
        Result<qint64> id =
            db.scalar(std::string("SELECT id FROM ") + table + " WHERE code = ?1 AND round_id = ?2", 0, code, round.id);
        RB_REQUIRE_OK(id);
        REQUIRE(*id > 0);
        return *id;
    }
    qint64 app(const QString& code) { return idOf("application", code); }

    workflow::WorkflowService flow() { return workflow::WorkflowService(db, round); }
    deliberation::DeliberationService committee() { return deliberation::DeliberationService(db, round); }
    notice::NoticeService notices() { return notice::NoticeService(db, round); }

    QString state(const QString& code)
    {
        Result<QString> s = flow().state(app(code));
        RB_REQUIRE_OK(s);
        return *s;
    }

    std::optional<QDate> dueOf(const QString& code)
    {
        Result<QString> due = db.scalarText("SELECT coalesce(due_date, '') FROM application WHERE id = ?1", app(code));
        RB_REQUIRE_OK(due);
        if (due->isEmpty())
            return std::nullopt;
        return QDate::fromString(*due, Qt::ISODate);
    }

    /// One allowed transition that must succeed.
    void move(const QString& code, const QString& to, const QString& reason = {})
    {
        INFO(code.toStdString() << " -> " << to.toStdString());
        RB_REQUIRE_OK(flow().transition(app(code), to, reason));
        REQUIRE(state(code) == to);
    }

    void passFormal(const QString& code)
    {
        workflow::FormalReview review(db, round);
        for (const QString& item : review.checklist())
            RB_REQUIRE_OK(review.record(app(code), item, true, {}));
    }

    /// recommended → formal review (every item passed) → expert review.
    void toExpertReview(const QString& code)
    {
        move(code, u"formal_review"_s);
        passFormal(code);
        move(code, u"expert_review"_s);
    }

    /// Every expert E1..E(totals) scores \a code with the given totals (paper entry, single entry).
    void score(const QString& code, const QList<double>& totals)
    {
        QString rows;
        {
            db::Transaction tx(db);
            RB_REQUIRE_OK(tx.status());
            AssignmentRepository repo(db, round);
            for (int e = 0; e < totals.size(); ++e) {
                const QString expert = u"E%1"_s.arg(e + 1);
                RB_REQUIRE_OK(repo.add(idOf("expert", expert), app(code)));
                const double a = std::min(60.0, totals[e]);
                rows += u"%1,%2,A,%3\n%1,%2,B,%4\n%1,%2,V,0\n"_s.arg(expert, code).arg(a).arg(totals[e] - a);
            }
            RB_REQUIRE_OK(tx.commit());
        }
        Result<io::Table> table = io::parseCsv((u"expert,application,criterion,score\n"_s + rows).toUtf8(), u"p.csv"_s);
        RB_REQUIRE_OK(table);
        Result<merge::PaperReport> report = merge::importPaperScores(db, round, *table, u"录入员"_s);
        RB_REQUIRE_OK(report);
        REQUIRE(report->counted == 3 * totals.size());
    }

    /// A committee of \a n members: 委员1 chairs, the others are members.
    QList<qint64> addCommittee(int n)
    {
        QList<qint64> ids;
        for (int i = 1; i <= n; ++i) {
            Result<deliberation::Member> m =
                committee().addMember(u"委员%1"_s.arg(i), u"第%1大学"_s.arg(i), i == 1 ? u"chair"_s : u"member"_s);
            RB_REQUIRE_OK(m);
            ids << m->id;
        }
        members = ids;
        return ids;
    }

    /// A meeting with the members at the given 0-based positions absent.
    qint64 meeting(const QDate& day, const QList<int>& absent = {})
    {
        Result<deliberation::Meeting> m =
            committee().createMeeting(u"论证会 %1"_s.arg(day.toString(Qt::ISODate)), day, u"北京"_s);
        RB_REQUIRE_OK(m);
        for (int i : absent)
            RB_REQUIRE_OK(committee().setAttendance(m->id, members.at(i), false));
        return m->id;
    }

    /// Puts applications on a meeting's agenda and returns their cases in agenda order.
    QList<deliberation::Case> agenda(qint64 meetingId, const QStringList& codes = {})
    {
        QList<qint64> ids;
        for (const QString& c : codes)
            ids << app(c);
        Result<QList<deliberation::Case>> cases = committee().prepareAgenda(meetingId, ids);
        RB_REQUIRE_OK(cases);
        return *cases;
    }

    qint64 caseOf(qint64 meetingId, const QString& code)
    {
        Result<qint64> id = db.scalar("SELECT id FROM deliberation_case WHERE meeting_id = ?1 AND application_id = ?2",
                                      0, meetingId, app(code));
        RB_REQUIRE_OK(id);
        REQUIRE(*id > 0);
        return *id;
    }

    /// Records votes of the present, non-recused members of addCommittee() in committee order: \a votesFor for, then \a
    /// against against, the rest abstain. \a recused: 0-based member positions recused for this case.
    void vote(qint64 caseId, int votesFor, int against, const QList<int>& recused = {})
    {
        Result<deliberation::Case> c = committee().caseOf(caseId);
        RB_REQUIRE_OK(c);
        for (int i : recused) {
            deliberation::Participation p;
            p.memberId = members.at(i);
            p.recused = true;
            p.recusalReason = u"曾为申报单位提供咨询"_s;
            RB_REQUIRE_OK(committee().setParticipation(caseId, p));
        }
        int n = 0;
        for (const deliberation::Participation& m : c->members) {
            const int position = int(members.indexOf(m.memberId));
            if (position < 0 || !m.present || recused.contains(position)) // not a voting member, absent, recused
                continue;
            deliberation::Participation p;
            p.memberId = m.memberId;
            p.vote = n < votesFor ? u"for"_s : n < votesFor + against ? u"against"_s : u"abstain"_s;
            p.opinion = u"同意专家组意见"_s;
            RB_REQUIRE_OK(committee().setParticipation(caseId, p));
            ++n;
        }
    }

    void record(qint64 caseId, const QString& opinion, const QString& conditions = {})
    {
        RB_REQUIRE_OK(committee().setRecord(caseId, u"申报单位汇报"_s, u"专家提问"_s, opinion, conditions));
    }

    /// recommended → … → proposed through a meeting held on \a day where every member votes for.
    void toProposed(const QStringList& codes, const QDate& day)
    {
        const qint64 m = meeting(day);
        agenda(m, codes);
        for (const QString& code : codes) {
            const qint64 c = caseOf(m, code);
            vote(c, int(members.size()), 0);
            record(c, u"建议入选"_s);
            RB_REQUIRE_OK(committee().conclude(c, u"proposed"_s));
            REQUIRE(state(code) == u"proposed"_s);
        }
    }

    notice::Notice publish(const QStringList& codes, const QDate& start, std::optional<int> days = std::nullopt)
    {
        QList<qint64> ids;
        for (const QString& c : codes)
            ids << app(c);
        Result<notice::Notice> n = notices().publish(u"公示"_s, start, days, u"010-12345678"_s, ids);
        RB_REQUIRE_OK(n);
        return *n;
    }

    void set(const QString& key, const QString& value) { RB_REQUIRE_OK(RoundSettings(db, round.id).set(key, value)); }

    QList<workflow::Event> history(const QString& code)
    {
        Result<QList<workflow::Event>> h = flow().history(app(code));
        RB_REQUIRE_OK(h);
        return *h;
    }

    db::Database& db;
    Round round;
    QList<qint64> members;
};

/// Puts an application straight into a state: a precondition for testing what follows, not a transition.
inline void forceState(Driver& d, const QString& code, const QString& state)
{
    RB_REQUIRE_OK(d.db.exec("UPDATE application SET state = ?2 WHERE id = ?1", d.app(code), state));
}

/// Counts rows of a query with one bound value.
template <typename... Args>
qint64 countOf(db::Database& db, std::string_view sql, const Args&... args)
{
    Result<qint64> n = db.scalar(sql, 0, args...);
    RB_REQUIRE_OK(n);
    return *n;
}

/// Everything a state change touches for one application, as text: a refused change must leave it alone.
inline QString footprint(db::Database& db, qint64 applicationId)
{
    QString out;
    auto add = [&](std::string_view sql, int columns) {
        Result<db::Statement> st = db.prepare(sql);
        RB_REQUIRE_OK(st);
        st->bind(1, applicationId);
        RB_REQUIRE_OK(st->forEach([&](const db::Statement& r) {
            for (int c = 0; c < columns; ++c)
                out += r.text(c) + u'|';
            out += u'\n';
        }));
        out += u"--\n"_s;
    };
    add("SELECT state, coalesce(due_date, '-') FROM application WHERE id = ?1", 2);
    add("SELECT id, uid, coalesce(from_state, ''), to_state, at, by_user, reason, coalesce(reverses_event_id, 0) FROM "
        "workflow_event WHERE application_id = ?1 ORDER BY id",
        8);
    add("SELECT kind, due_on, coalesce(done_on, '') FROM milestone WHERE application_id = ?1 ORDER BY id", 3);
    add("SELECT count(*), coalesce(max(id), 0) FROM audit_log WHERE ?1 IS NOT NULL", 2);
    return out;
}

/// A lifecycle round of \a category with applications P1..Pn and experts E1..Em, on a fixed day.
struct Lifecycle : RoundFixture {
    Lifecycle(Category category, int applications, int experts = 3, const QDate& today = QDate(2025, 3, 3))
        : RoundFixture(category, u"none"_s), clock(today), d(*db, round)
    {
        d.importCsv(import::Kind::Criteria, kCriteriaCsv);
        d.addExperts(experts);
        d.addApplications(applications);
    }

    TestClock clock;
    Driver d;
};

/// Runs the real reviewbench-cli (a separate process, English messages) and captures its streams.
inline CliRun runProcess(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REVIEWBENCH_LANG"_s, u"en"_s);
    env.insert(u"REVIEWBENCH_USER"_s, u"cli-tester"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RB_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace rb::test
