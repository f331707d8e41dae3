// SPDX-License-Identifier: GPL-3.0-or-later
// Assignment: the solver on random rounds (property test) and `assign` on a demo round.
#include "ReviewFixture.h"

#include "review/AssignmentSolver.h"
#include "review/Conflicts.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A random instance: 5–40 experts, 1–120 applications, K 1–7, a conflict density from none to dense.
assignment::Problem randomProblem(QRandomGenerator& rng)
{
    assignment::Problem p;
    p.experts = int(rng.bounded(5, 41));
    const int apps = int(rng.bounded(1, 121));
    p.perApplication = int(rng.bounded(1, 8));
    p.seed = rng.generate64();
    // A third of the instances have no conflicts; the others up to 60 % conflicted pairs.
    const int density = rng.bounded(3) == 0 ? 0 : int(rng.bounded(1, 61));
    p.conflicts.resize(apps);
    p.existing.resize(apps);
    for (int a = 0; a < apps; ++a) {
        for (int e = 0; e < p.experts; ++e) {
            if (int(rng.bounded(100)) < density)
                p.conflicts[a].insert(e);
        }
        p.sector << int(rng.bounded(-1, 4));
    }
    for (int e = 0; e < p.experts; ++e) {
        QSet<int> sectors;
        for (int s = 0; s < 4; ++s) {
            if (rng.bounded(3) == 0)
                sectors.insert(s);
        }
        p.expertSectors << sectors;
    }
    return p;
}

bool hasConflicts(const assignment::Problem& p)
{
    return std::any_of(p.conflicts.begin(), p.conflicts.end(), [](const QSet<int>& s) { return !s.isEmpty(); });
}

} // namespace

TEST_CASE("assignment: property over 200 random rounds", "[assignment]")
{
    QRandomGenerator rng(20250301);
    int solved = 0;
    int impossible = 0;
    int conflictFree = 0;
    for (int round = 0; round < 200; ++round) {
        const assignment::Problem p = randomProblem(rng);
        const auto apps = p.conflicts.size();
        INFO("round " << round << ": " << p.experts << " experts, " << apps << " applications, K " << p.perApplication);
        QList<int> expectedImpossible;
        for (int a = 0; a < int(apps); ++a) {
            if (p.experts - p.conflicts[a].size() < p.perApplication)
                expectedImpossible << a;
        }
        const assignment::Solution s = assignment::solve(p);
        REQUIRE(s.impossible == expectedImpossible);
        if (!expectedImpossible.isEmpty()) {
            ++impossible;
            // Nothing is assigned at all.
            CHECK(std::all_of(s.experts.begin(), s.experts.end(), [](const QList<int>& l) { return l.isEmpty(); }));
            continue;
        }
        ++solved;
        REQUIRE(s.experts.size() == apps);
        for (int a = 0; a < int(apps); ++a) {
            const QList<int>& list = s.experts[a];
            REQUIRE(list.size() == p.perApplication);
            REQUIRE(QSet<int>(list.begin(), list.end()).size() == p.perApplication);
            for (int e : list) {
                REQUIRE(e >= 0);
                REQUIRE(e < p.experts);
                REQUIRE_FALSE(p.conflicts[a].contains(e));
            }
        }
        const QList<int> load = s.loads(p.experts);
        const auto [minIt, maxIt] = std::minmax_element(load.begin(), load.end());
        CHECK(std::accumulate(load.begin(), load.end(), 0) == int(apps) * p.perApplication);
        if (!hasConflicts(p)) {
            ++conflictFree;
            CHECK(*maxIt - *minIt <= 1);
            continue;
        }
        // With conflicts the spread may exceed one only where no assignment of a most loaded expert
        // can move to a least loaded one.
        if (*maxIt - *minIt > 1) {
            const int heavy = int(maxIt - load.begin());
            const int light = int(minIt - load.begin());
            for (int a = 0; a < int(apps); ++a) {
                const QList<int>& list = s.experts[a];
                const bool movable = list.contains(heavy) && !list.contains(light) && !p.conflicts[a].contains(light);
                INFO("application " << a << " could move from expert " << heavy << " to " << light);
                CHECK_FALSE(movable);
            }
        }
    }
    // The generator really covered every kind of instance.
    CHECK(solved > 50);
    CHECK(impossible > 5);
    CHECK(conflictFree > 20);
}

TEST_CASE("assignment: deterministic for a seed, another seed gives another solution", "[assignment]")
{
    QRandomGenerator rng(7);
    assignment::Problem p;
    p.experts = 30;
    p.perApplication = 5;
    p.conflicts.resize(100);
    p.existing.resize(100);
    for (int a = 0; a < 100; ++a) {
        p.conflicts[a].insert(int(rng.bounded(30)));
        p.sector << a % 4;
    }
    for (int e = 0; e < 30; ++e)
        p.expertSectors << QSet<int>{e % 4};
    p.seed = 42;
    const assignment::Solution first = assignment::solve(p);
    REQUIRE(first.impossible.isEmpty());
    CHECK(assignment::solve(p).experts == first.experts);
    int differ = 0;
    for (quint64 seed : {1ULL, 2ULL, 3ULL, 43ULL, 1ULL << 40}) {
        p.seed = seed;
        const assignment::Solution other = assignment::solve(p);
        CHECK(assignment::solve(p).experts == other.experts);
        if (other.experts != first.experts)
            ++differ;
    }
    CHECK(differ >= 4);
}

TEST_CASE("assignment: a matching field is preferred among equally loaded experts, balance comes first", "[assignment]")
{
    assignment::Problem p;
    p.experts = 10;
    p.perApplication = 1;
    p.conflicts.resize(10);
    p.existing.resize(10);
    p.sector = QList<int>(10, 2);
    p.expertSectors = QList<QSet<int>>(10);
    p.expertSectors[3] = {2};
    p.expertSectors[7] = {1, 2};
    for (quint64 seed = 1; seed <= 20; ++seed) {
        p.seed = seed;
        const assignment::Solution s = assignment::solve(p);
        REQUIRE(s.impossible.isEmpty());
        // The two matching experts get one application each, then the others (balance wins).
        CHECK(s.loads(10) == QList<int>(10, 1));
        QSet<int> firstPicks;
        for (const QList<int>& l : s.experts)
            firstPicks.insert(l.first());
        CHECK(firstPicks.size() == 10);
    }
    // One application only: always a matching expert.
    p.conflicts.resize(1);
    p.existing.resize(1);
    for (quint64 seed = 1; seed <= 20; ++seed) {
        p.seed = seed;
        const int pick = assignment::solve(p).experts.value(0).value(0);
        CHECK((pick == 3 || pick == 7));
    }
}

TEST_CASE("assignment: where conflicts forbid balance, every other expert stays within one", "[assignment]")
{
    // Expert 0 may review only application 0; expert 1 none of the first half.
    assignment::Problem p;
    p.experts = 6;
    p.perApplication = 2;
    p.conflicts.resize(30);
    p.existing.resize(30);
    for (int a = 1; a < 30; ++a)
        p.conflicts[a].insert(0);
    for (int a = 0; a < 15; ++a)
        p.conflicts[a].insert(1);
    for (quint64 seed = 1; seed <= 10; ++seed) {
        p.seed = seed;
        const assignment::Solution s = assignment::solve(p);
        REQUIRE(s.impossible.isEmpty());
        const QList<int> load = s.loads(6);
        INFO("loads " << load[0] << " " << load[1] << " " << load[2] << " " << load[3] << " " << load[4] << " "
                      << load[5]);
        CHECK(load[0] <= 1);
        CHECK(load[1] <= 15);
        const auto [minIt, maxIt] = std::minmax_element(load.begin() + 2, load.end());
        CHECK(*maxIt - *minIt <= 1);
        // No single assignment could move to a less loaded expert it is allowed for.
        for (int a = 0; a < 30; ++a) {
            for (int from : s.experts[a]) {
                for (int to = 0; to < 6; ++to) {
                    const bool better =
                        load[from] - load[to] >= 2 && !s.experts[a].contains(to) && !p.conflicts[a].contains(to);
                    CHECK_FALSE(better);
                }
            }
        }
    }
}

TEST_CASE("assignment: existing assignments are kept, solveAll gives every non-conflicted expert", "[assignment]")
{
    assignment::Problem p;
    p.experts = 6;
    p.perApplication = 3;
    p.conflicts = {{0}, {}, {1, 2, 3}};
    p.existing = {{4}, {0, 1}, {}};
    const assignment::Solution s = assignment::solve(p);
    REQUIRE(s.impossible.isEmpty());
    CHECK(s.experts[0].first() == 4);
    CHECK(s.experts[1].mid(0, 2) == QList<int>{0, 1});
    CHECK(QSet<int>(s.experts[2].begin(), s.experts[2].end()) == QSet<int>{0, 4, 5});
    const assignment::Solution all = assignment::solveAll(p);
    CHECK(all.impossible.isEmpty());
    CHECK(QSet<int>(all.experts[0].begin(), all.experts[0].end()) == QSet<int>{1, 2, 3, 4, 5});
    CHECK(all.experts[1].size() == 6);
    CHECK(QSet<int>(all.experts[2].begin(), all.experts[2].end()) == QSet<int>{0, 4, 5});
}

TEST_CASE("assignment: assign on a demo round", "[assignment]")
{
    test::DemoRound demo(120, 30, 5);
    Result<QList<Conflict>> conflicts = ConflictService(*demo.db, demo.round).all();
    RB_REQUIRE_OK(conflicts);
    REQUIRE_FALSE(conflicts->isEmpty()); // the demo plants experts working for applicants
    QSet<QString> conflicted;
    QHash<QString, int> conflictsPerApp;
    for (const Conflict& c : *conflicts) {
        const QString key = c.expertCode + u'|' + c.applicationCode;
        if (!conflicted.contains(key))
            ++conflictsPerApp[c.applicationCode];
        conflicted.insert(key);
    }
    const char* const countSql = "SELECT count(*) FROM assignment";

    SECTION("K experts each, never a conflicted pair, balanced, fields preferred, deterministic")
    {
        const test::CliRun run = test::runCli({u"assign"_s, demo.path, u"--seed"_s, u"9"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        const QJsonArray list = test::listJson(u"assignments"_s, demo.path);
        CHECK(list.size() == 120 * 5);
        QHash<QString, int> perApp;
        QHash<QString, int> perExpert;
        for (const QJsonValue& v : list) {
            const QString e = v[u"expert"_s].toString();
            const QString a = v[u"application"_s].toString();
            CHECK_FALSE(conflicted.contains(e + u'|' + a));
            ++perApp[a];
            ++perExpert[e];
        }
        CHECK(perApp.size() == 120);
        CHECK(std::all_of(perApp.begin(), perApp.end(), [](int n) { return n == 5; }));
        REQUIRE(perExpert.size() == 30);
        const auto [minIt, maxIt] = std::minmax_element(perExpert.begin(), perExpert.end());
        CHECK(*maxIt - *minIt <= 1);

        // The same data and seed in another file give the same assignments.
        test::DemoRound twin(120, 30, 5);
        const AssignReport report = twin.assign(5, 9);
        CHECK(report.created == 600);
        CHECK(report.maxLoad - report.minLoad <= 1);
        CHECK(report.fieldMatched > 0);
        CHECK(test::pairsOf(test::listJson(u"assignments"_s, twin.path)) == test::pairsOf(list));
    }

    SECTION("impossible: the applications are listed and nothing is written")
    {
        // With every expert needed, each application with a conflict is impossible.
        Result<AssignReport> report = AssignmentRepository(*demo.db, demo.round).assign(30, false, 1);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Input);
        QSet<QString> listed;
        for (const Issue& i : report.error().issues)
            listed.insert(i.message.section(u':', 0, 0));
        CHECK(listed == QSet<QString>(conflictsPerApp.keyBegin(), conflictsPerApp.keyEnd()));
        for (const Issue& i : report.error().issues) {
            const QString app = i.message.section(u':', 0, 0);
            CHECK(i.message.contains(u"only %1 experts"_s.arg(30 - conflictsPerApp.value(app))));
        }
        CHECK(*demo.db->scalar(countSql, 0) == 0);
        const test::CliRun run = test::runCli({u"assign"_s, demo.path, u"--per-application"_s, u"30"_s});
        CHECK(run.code == 2);
        for (auto it = conflictsPerApp.keyBegin(); it != conflictsPerApp.keyEnd(); ++it)
            CHECK(run.err.contains(*it));
        CHECK(*demo.db->scalar(countSql, 0) == 0);
        // After a successful assign, an impossible one leaves the rows as they are.
        demo.assign(3);
        const qint64 before = *demo.db->scalar(countSql, 0);
        CHECK(before == 360);
        CHECK(test::runCli({u"assign"_s, demo.path, u"--per-application"_s, u"30"_s}).code == 2);
        CHECK(*demo.db->scalar(countSql, 0) == before);
    }

    SECTION("--all: every non-conflicted pair")
    {
        const test::CliRun run = test::runCli({u"assign"_s, demo.path, u"--all"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        const QSet<QString> pairs = test::pairsOf(test::listJson(u"assignments"_s, demo.path));
        CHECK(pairs.size() == 120 * 30 - conflicted.size());
        CHECK_FALSE(pairs.intersects(conflicted));
    }

    SECTION("a second assign keeps the existing assignments")
    {
        demo.assign(3, 5);
        Result<QList<Assignment>> first = AssignmentRepository(*demo.db, demo.round).list();
        RB_REQUIRE_OK(first);
        REQUIRE(first->size() == 360);
        const AssignReport report = demo.assign(5, 6);
        CHECK(report.kept == 360);
        CHECK(report.created == 240);
        CHECK(report.maxLoad - report.minLoad <= 1);
        Result<QList<Assignment>> second = AssignmentRepository(*demo.db, demo.round).list();
        RB_REQUIRE_OK(second);
        CHECK(second->size() == 600);
        QHash<QString, QString> uidOf;
        for (const Assignment& a : *second)
            uidOf.insert(a.expertCode + u'|' + a.applicationCode, a.uid);
        for (const Assignment& a : *first)
            CHECK(uidOf.value(a.expertCode + u'|' + a.applicationCode) == a.uid);
        // Filling up to the same K again creates nothing.
        const AssignReport again = demo.assign(5, 7);
        CHECK(again.created == 0);
        CHECK(again.kept == 600);
    }
}
