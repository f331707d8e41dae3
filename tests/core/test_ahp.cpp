// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria weights by AHP (issue 15). The reference values come from tests/data/ahp/reference.py, which computes them
// another way (the largest root of the characteristic polynomial by bisection, the weights by elimination).
#include "TestSupport.h"

#include "action/Action.h"
#include "action/ReviewActions.h"
#include "demo/Demo.h"
#include "repo/AuditLog.h"
#include "repo/CriteriaRepository.h"
#include "report/Document.h"
#include "weights/Ahp.h"
#include "weights/CriteriaWeights.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using Catch::Detail::Approx;

namespace {

ahp::Matrix matrix(const QStringList& codes, std::initializer_list<double> values)
{
    ahp::Matrix m;
    m.codes = codes;
    m.values = values;
    return m;
}

void checkWeights(const ahp::Weights& w, std::initializer_list<double> expected, double lambda, double cr)
{
    REQUIRE(w.weights.size() == expected.size());
    std::size_t i = 0;
    for (double e : expected)
        CHECK(w.weights[i++] == Approx(e).margin(1e-5));
    CHECK(w.lambdaMax == Approx(lambda).margin(1e-5));
    CHECK(w.cr == Approx(cr).margin(1e-5));
}

Result<ahp::Matrix> parse(const QList<QStringList>& table, const QStringList& expected)
{
    return ahp::parseMatrix(u"p.csv"_s, table.first(), table.mid(1), expected);
}

QString errorText(const Error& e)
{
    QStringList lines{e.message};
    for (const Issue& i : e.issues)
        lines << i.toString();
    return lines.join(u'\n');
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// A consistent judgment of the five first-level criteria of the scenario template: weights 15, 25, 35, 15, 10.
QString consistentFile(const test::TempDir& dir, const QString& name = u"member.csv"_s)
{
    const double w[] = {15, 25, 35, 15, 10};
    QString csv = u"指标,1,2,3,4,5\n"_s;
    for (int i = 0; i < 5; ++i) {
        csv += QString::number(i + 1);
        for (int j = 0; j < 5; ++j)
            csv += u","_s + (j < i ? QString() : QString::number(w[i] / w[j], 'g', 17));
        csv += u"\n"_s;
    }
    return dir.writeText(name, csv);
}

} // namespace

TEST_CASE("ahp: Saaty's 3×3 and 4×4 examples, a consistent matrix and a strongly inconsistent one", "[ahp]")
{
    const QStringList abc{u"A"_s, u"B"_s, u"C"_s};
    checkWeights(ahp::weigh(matrix(abc, {1, 3, 5, 1.0 / 3, 1, 3, 1.0 / 5, 1.0 / 3, 1})), {0.636986, 0.258285, 0.104729},
                 3.038511, 0.033199);
    const ahp::Weights four =
        ahp::weigh(matrix({u"A"_s, u"B"_s, u"C"_s, u"D"_s},
                          {1, 5, 6, 7, 1.0 / 5, 1, 4, 6, 1.0 / 6, 1.0 / 4, 1, 4, 1.0 / 7, 1.0 / 6, 1.0 / 4, 1}));
    checkWeights(four, {0.618669, 0.235323, 0.100934, 0.045074}, 4.390730, 0.144715);
    CHECK_FALSE(four.consistent());
    CHECK(four.ci == Approx(0.130243).margin(1e-5));

    const ahp::Matrix consistentMatrix = matrix(abc, {1, 2, 4, 0.5, 1, 2, 0.25, 0.5, 1});
    const ahp::Weights consistent = ahp::weigh(consistentMatrix);
    checkWeights(consistent, {4.0 / 7, 2.0 / 7, 1.0 / 7}, 3, 0);
    CHECK(consistent.cr == 0);
    CHECK(consistent.consistent());
    CHECK_FALSE(ahp::mostInconsistent(consistentMatrix, consistent).has_value());

    // A cycle: A ≫ B ≫ C ≫ A.
    const ahp::Matrix cycle = matrix(abc, {1, 9, 1.0 / 9, 1.0 / 9, 1, 9, 9, 1.0 / 9, 1});
    const ahp::Weights w = ahp::weigh(cycle);
    checkWeights(w, {1.0 / 3, 1.0 / 3, 1.0 / 3}, 10.111111, 6.130268);
    CHECK_FALSE(w.consistent());
    const std::optional<ahp::Judgment> worst = ahp::mostInconsistent(cycle, w);
    REQUIRE(worst);
    CHECK(worst->suggested == 1); // equal weights: the judgment that fits them is "equally important"

    // One judgment out of line in an otherwise consistent matrix (8 : 4 : 2 : 1, with B against C written 9 instead
    // of 2) is the one named, with the value on the scale nearest to what the weights imply (w_B / w_C = 4.43).
    const QStringList abcd{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    const ahp::Matrix oneOff = matrix(abcd, {1, 2, 4, 8, 0.5, 1, 9, 4, 0.25, 1.0 / 9, 1, 2, 1.0 / 8, 0.25, 0.5, 1});
    const std::optional<ahp::Judgment> off = ahp::mostInconsistent(oneOff, ahp::weigh(oneOff));
    REQUIRE(off);
    CHECK(off->row == 1);
    CHECK(off->column == 2);
    CHECK(off->given == 9);
    CHECK(off->suggested == 4);

    CHECK(ahp::randomIndex(2) == 0);
    CHECK(ahp::randomIndex(3) == 0.58);
    CHECK(ahp::randomIndex(10) == 1.49);
    CHECK(ahp::weigh(matrix({u"A"_s, u"B"_s}, {1, 3, 1.0 / 3, 1})).cr == 0); // n = 2: always consistent
}

TEST_CASE("ahp: two members' judgments are aggregated by the geometric mean of each judgment (AIJ)", "[ahp]")
{
    const QStringList abc{u"A"_s, u"B"_s, u"C"_s};
    const ahp::Matrix one = matrix(abc, {1, 3, 5, 1.0 / 3, 1, 3, 1.0 / 5, 1.0 / 3, 1});
    // The second member wrote the same criteria in another order: B, A, C.
    const ahp::Matrix two = matrix({u"B"_s, u"A"_s, u"C"_s}, {1, 1, 2, 1, 1, 3, 0.5, 1.0 / 3, 1});
    const ahp::Matrix combined = ahp::aggregate({one, two});
    CHECK(combined.codes == abc);
    CHECK(combined.at(0, 2) == Approx(std::sqrt(15.0)));
    CHECK(combined.at(2, 0) * combined.at(0, 2) == Approx(1)); // still reciprocal
    checkWeights(ahp::weigh(combined), {0.541819, 0.322471, 0.13571}, 3.000923, 0.000796);
}

TEST_CASE("ahp: largest remainders keep the points and the weights summing exactly", "[ahp]")
{
    CHECK(ahp::apportion(100, {1, 1, 1}, 0.5) == std::vector<double>{33.5, 33.5, 33});
    CHECK(ahp::apportion(35, {12, 10, 8}, 0.5) == std::vector<double>{14, 11.5, 9.5});
    CHECK(ahp::apportion(10, {6, 4, 5}, 0.5) == std::vector<double>{4, 2.5, 3.5});
    for (const std::vector<double>& weights :
         {std::vector<double>{0.636986, 0.258285, 0.104729}, std::vector<double>{1, 2, 3, 4, 5, 6, 7},
          std::vector<double>{0.3333, 0.3333, 0.3334}, std::vector<double>{5, 0, 5}}) {
        for (const double step : {0.5, 1.0, 0.0001}) {
            const double total = step < 0.01 ? 1 : 100;
            const std::vector<double> parts = ahp::apportion(total, weights, step);
            CHECK(std::accumulate(parts.begin(), parts.end(), 0.0) == Approx(total).margin(1e-9));
            for (double p : parts)
                CHECK(std::abs(p / step - std::round(p / step)) < 1e-6);
        }
    }
}

TEST_CASE("ahp: a matrix file is read by its codes; a bad cell is refused naming it", "[ahp]")
{
    const QStringList expected{u"1"_s, u"2"_s, u"3"_s};
    // Upper triangle only, codes in another order than the criteria, fractions and decimals.
    Result<ahp::Matrix> m = parse({{u"code"_s, u"2"_s, u"1"_s, u"3"_s},
                                   {u"2"_s, u"1"_s, u"1/3"_s, u"0.5"_s},
                                   {u"1"_s, u""_s, u"1"_s, u"2"_s},
                                   {u"3"_s, u""_s, u""_s, u""_s}},
                                  expected);
    RB_REQUIRE_OK(m);
    CHECK(m->at(1, 0) == Approx(3));
    CHECK(m->at(2, 0) == Approx(2));
    CHECK(m->at(2, 2) == 1);

    struct Bad {
        QList<QStringList> table;
        QString says;
    };
    const QList<Bad> bad = {
        {{{u"c"_s, u"1"_s, u"2"_s, u"3"_s},
          {u"1"_s, u"2"_s, u"3"_s, u"3"_s},
          {u"2"_s, u""_s, u"1"_s, u"3"_s},
          {u"3"_s, u""_s, u""_s, u"1"_s}},
         u"row 2, column 1"_s}, // a diagonal of 2
        {{{u"c"_s, u"1"_s, u"2"_s, u"3"_s},
          {u"1"_s, u"1"_s, u"10"_s, u"3"_s},
          {u"2"_s, u""_s, u"1"_s, u"3"_s},
          {u"3"_s, u""_s, u""_s, u"1"_s}},
         u"row 2, column 2"_s}, // 10 is off the scale
        {{{u"c"_s, u"1"_s, u"2"_s, u"3"_s},
          {u"1"_s, u"1"_s, u"3"_s, u"3"_s},
          {u"2"_s, u"3"_s, u"1"_s, u"3"_s},
          {u"3"_s, u""_s, u""_s, u"1"_s}},
         u"row 3, column 1"_s}, // 3 both ways
        {{{u"c"_s, u"1"_s, u"2"_s}, {u"1"_s, u"1"_s, u"3"_s}, {u"2"_s, u""_s, u"1"_s}}, u"'3' is missing"_s},
        {{{u"c"_s, u"1"_s, u"2"_s, u"9"_s},
          {u"1"_s, u"1"_s, u"3"_s, u"3"_s},
          {u"2"_s, u""_s, u"1"_s, u"3"_s},
          {u"9"_s, u""_s, u""_s, u"1"_s}},
         u"'9' is not one of the criteria"_s},
        {{{u"c"_s, u"1"_s, u"2"_s, u"3"_s},
          {u"1"_s, u"1"_s, u""_s, u"3"_s},
          {u"2"_s, u""_s, u"1"_s, u"3"_s},
          {u"3"_s, u""_s, u""_s, u"1"_s}},
         u"row 2, column 2"_s}, // an empty upper cell
        {{{u"c"_s, u"1"_s, u"2"_s, u"3"_s},
          {u"1"_s, u"1"_s, u"x"_s, u"3"_s},
          {u"2"_s, u""_s, u"1"_s, u"3"_s},
          {u"3"_s, u""_s, u""_s, u"1"_s}},
         u"'x' is not a judgment"_s},
    };
    for (const Bad& b : bad) {
        Result<ahp::Matrix> r = parse(b.table, expected);
        REQUIRE_FALSE(r.ok());
        INFO(errorText(r.error()).toStdString());
        CHECK(errorText(r.error()).contains(b.says));
        CHECK(errorText(r.error()).contains(u"p.csv"_s));
    }
}

TEST_CASE("ahp: weights through the CLI, applied to the criteria with their sub-criteria in proportion", "[ahp][cli]")
{
    test::RoundFixture f;
    const QString file = consistentFile(f.dir);
    const test::CliRun shown = test::runCli({u"weights"_s, f.path, u"--pairwise"_s, file, u"--format"_s, u"json"_s});
    INFO(shown.err.toStdString());
    REQUIRE(shown.code == 0);
    const QJsonObject o = json(shown.out);
    const QJsonArray criteria = o.value(u"criteria"_s).toArray();
    REQUIRE(criteria.size() == 5); // the veto items are not weighed
    double sum = 0;
    const double points[] = {15, 25, 35, 15, 10};
    for (int k = 0; k < 5; ++k) {
        sum += criteria[k].toObject().value(u"weight"_s).toDouble();
        CHECK(criteria[k].toObject().value(u"points"_s).toDouble() == points[k]);
    }
    CHECK(sum == Approx(1).margin(1e-9));
    CHECK(o.value(u"cr"_s).toDouble() == Approx(0).margin(1e-4));
    CHECK(o.value(u"consistent"_s).toBool());
    CHECK(o.value(u"judges"_s).toArray().size() == 1);
    CHECK(o.value(u"parent"_s).isNull());
    // Showing changes nothing.
    Result<CriteriaTree> before = CriteriaRepository(*f.db, f.round.id).tree();
    RB_REQUIRE_OK(before);
    CHECK(before->maxPoints(u"3.1"_s) == 12);

    const test::CliRun applied = test::runCli({u"weights"_s, f.path, u"--pairwise"_s, file, u"--apply"_s});
    INFO(applied.err.toStdString());
    REQUIRE(applied.code == 0);
    Result<CriteriaTree> after = CriteriaRepository(*f.db, f.round.id).tree();
    RB_REQUIRE_OK(after);
    CHECK(after->maxPoints(u"3"_s) == 35);
    CHECK(after->maxPoints(u"3.1"_s) == 14); // 12 : 10 : 8 of 35, in half points
    CHECK(after->maxPoints(u"3.2"_s) == 11.5);
    CHECK(after->maxPoints(u"3.3"_s) == 9.5);
    CHECK(after->maxPoints(u"5.1"_s) == 4); // 6 : 4 : 5 of 10
    CHECK(after->maxPoints(u"5.2"_s) == 2.5);
    CHECK(after->maxPoints(u"5.3"_s) == 3.5);
    CHECK(after->leafSum() == 100);
    CHECK(after->find(u"3"_s)->guidance.contains(u"CR"_s));
    CHECK(after->find(u"3"_s)->guidance.contains(u"0.3500"_s)); // its weight
    Result<QList<AuditEntry>> log = AuditLog(*f.db).entries(f.round.id);
    RB_REQUIRE_OK(log);
    const auto weights =
        std::find_if(log->begin(), log->end(), [](const AuditEntry& e) { return e.action == u"criteria.weights"_s; });
    REQUIRE(weights != log->end());
    CHECK(weights->changes.value(u"judges"_s).toArray().first().toObject().contains(u"matrix"_s));

    // A sub-criteria level under --parent.
    const QString sub = f.dir.writeText(u"sub.csv"_s, u"c,3.1,3.2,3.3\n3.1,1,1,2\n3.2,,1,2\n3.3,,,1\n"_s);
    const test::CliRun level = test::runCli(
        {u"weights"_s, f.path, u"--pairwise"_s, sub, u"--parent"_s, u"3"_s, u"--apply"_s, u"--format"_s, u"json"_s});
    INFO(level.err.toStdString());
    REQUIRE(level.code == 0);
    CHECK(json(level.out).value(u"parent"_s).toString() == u"3"_s);
    after = CriteriaRepository(*f.db, f.round.id).tree();
    CHECK(after->maxPoints(u"3.1"_s) == 14);
    CHECK(after->maxPoints(u"3.3"_s) == 7);
    CHECK(after->maxPoints(u"3"_s) == 35);
}

TEST_CASE("ahp: an inconsistent committee is refused unless forced; once scores count, weights are refused",
          "[ahp][cli]")
{
    test::RoundFixture f;
    const QString good = consistentFile(f.dir, u"a.csv"_s);
    // 1 against 2 written 9 instead of 0.6, 2 against 3 as 1/9.
    const QString bad = f.dir.writeText(u"b.csv"_s, u"c,1,2,3,4,5\n1,1,9,3/7,1,1.5\n2,,1,1/9,5/3,2.5\n3,,,1,7/3,3.5\n"
                                                    "4,,,,1,1.5\n5,,,,,1\n"_s);
    const test::CliRun refused =
        test::runCli({u"weights"_s, f.path, u"--pairwise"_s, bad, u"--apply"_s, u"--format"_s, u"json"_s});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"0.10"_s));
    Result<CriteriaTree> tree = CriteriaRepository(*f.db, f.round.id).tree();
    CHECK(tree->maxPoints(u"3.1"_s) == 12); // nothing changed
    // Two members: each one's own CR is reported beside the committee's.
    const test::CliRun both =
        test::runCli({u"weights"_s, f.path, u"--pairwise"_s, good, u"--pairwise"_s, bad, u"--format"_s, u"json"_s});
    REQUIRE(both.code == 0);
    const QJsonArray judges = json(both.out).value(u"judges"_s).toArray();
    REQUIRE(judges.size() == 2);
    CHECK(judges[0].toObject().value(u"consistent"_s).toBool());
    CHECK_FALSE(judges[1].toObject().value(u"consistent"_s).toBool());
    CHECK(test::runCli({u"weights"_s, f.path, u"--pairwise"_s, bad, u"--apply"_s, u"--force"_s}).code == 0);
    tree = CriteriaRepository(*f.db, f.round.id).tree();
    CHECK(tree->leafSum() == 100);
    // A matrix with a criterion the round does not have changes nothing and names the cell.
    const QString unknown = f.dir.writeText(u"u.csv"_s, u"c,1,2\n1,1,2\n2,,1\n"_s);
    const test::CliRun missing = test::runCli({u"weights"_s, f.path, u"--pairwise"_s, unknown});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(u"u.csv"_s));
    CHECK(missing.err.contains(u"'3'"_s));

    // A round whose scores count: the points can no longer change.
    test::TempDir dir;
    demo::DemoSpec spec;
    spec.applications = 4;
    spec.experts = 4;
    spec.perApplication = 2;
    spec.scored = true;
    spec.category = Category::Scenario;
    const QString scored = dir.path(u"scored.rbdb"_s);
    RB_REQUIRE_OK(demo::createDemo(scored, spec, u"tester"_s));
    const test::CliRun late = test::runCli({u"weights"_s, scored, u"--pairwise"_s, consistentFile(dir), u"--apply"_s});
    CHECK(late.code == 2);
    CHECK(late.err.contains(u"counted score"_s));
}

TEST_CASE("ahp: the weights document prints each member's matrix, the committee's weights and points", "[ahp][report]")
{
    test::RoundFixture f;
    report::Request request;
    request.kind = report::Kind::Weights;
    CHECK_FALSE(report::build(*f.db, f.round, request).ok()); // nothing weighed yet: nothing to print
    const QString a = consistentFile(f.dir, u"委员甲.csv"_s);
    const QString b = f.dir.writeText(u"委员乙.csv"_s, u"c,1,2,3,4,5\n1,1,1,1,1,1\n2,,1,1,1,1\n3,,,1,1,1\n4,,,,1,1\n"
                                                       "5,,,,,1\n"_s);
    REQUIRE(test::runCli({u"weights"_s, f.path, u"--pairwise"_s, a, u"--pairwise"_s, b, u"--apply"_s}).code == 0);
    Result<report::Document> doc = report::build(*f.db, f.round, request);
    RB_REQUIRE_OK(doc);
    QList<report::Table> tables;
    QStringList text;
    for (const report::Block& block : doc->blocks) {
        if (const auto* t = std::get_if<report::Table>(&block))
            tables << *t;
        if (const auto* p = std::get_if<report::Paragraph>(&block))
            text << p->text;
        if (const auto* h = std::get_if<report::Heading>(&block))
            text << h->text;
    }
    REQUIRE(tables.size() == 4); // two members' matrices, the aggregated one, the weights
    CHECK(tables[0].rows.size() == 5);
    CHECK(tables[0].rows[0][2] == u"0.6"_s); // 15 : 25 as the member wrote it
    CHECK(tables[1].rows[2][1] == u"1"_s);
    const report::Table& result = tables.last();
    CHECK(result.rows.size() == 5);
    CHECK(result.total.last() == u"100"_s);
    CHECK(text.join(u'\n').contains(u"委员乙"_s));
    CHECK(text.join(u'\n').contains(u"CR = "_s));
}

TEST_CASE("ahp: hostile matrix files are refused, naming the cell, and change nothing", "[ahp][security]")
{
    test::RoundFixture f;
    const QString header = u"c,1,2,3,4,5\n"_s;
    auto matrixWith = [&](const QString& cell) -> QString {
        return header + u"1,1,"_s + cell + u",1,1,1\n2,,1,1,1,1\n3,,,1,1,1\n4,,,,1,1\n5,,,,,1\n"_s;
    };
    int n = 0;
    for (const QString& cell : {u"nan"_s, u"inf"_s, u"-inf"_s, u"1e309"_s, u"=1/3"_s, u"-3"_s, u"1/0"_s, u"0"_s,
                                u"0/5"_s, u"3/-1"_s, u"9.0001"_s, u"0.1"_s, u"１/３"_s, u"3 3"_s}) {
        const QString file = f.dir.writeText(u"h%1.csv"_s.arg(n++), matrixWith(cell));
        const test::CliRun r = test::runCli({u"weights"_s, f.path, u"--pairwise"_s, file, u"--apply"_s});
        INFO(cell.toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(u"row 2"_s));
    }
    // A header of 20,000 columns: refused at once by its codes, without building a 20,000 × 20,000 matrix.
    QString wide = u"c"_s;
    for (int i = 0; i < 20000; ++i)
        wide += u",X"_s + QString::number(i);
    const test::CliRun r =
        test::runCli({u"weights"_s, f.path, u"--pairwise"_s, f.dir.writeText(u"wide.csv"_s, wide + u"\n"_s)});
    CHECK(r.code == 2);
    Result<CriteriaTree> tree = CriteriaRepository(*f.db, f.round.id).tree();
    RB_REQUIRE_OK(tree);
    CHECK(tree->maxPoints(u"3.1"_s) == 12); // nothing was applied
    Result<QList<AuditEntry>> log = AuditLog(*f.db).ofAction(f.round.id, u"criteria.weights"_s);
    RB_REQUIRE_OK(log);
    CHECK(log->isEmpty());
}

TEST_CASE("ahp: the weights document says when the weights were undone or the points changed since", "[ahp][report]")
{
    test::RoundFixture f;
    Result<CriteriaTree> tree = CriteriaRepository(*f.db, f.round.id).tree();
    RB_REQUIRE_OK(tree);
    Result<QStringList> codes = ahp::comparedCodes(*tree, QString());
    RB_REQUIRE_OK(codes);
    Result<ahp::Matrix> m = ahp::readMatrix(consistentFile(f.dir), *codes);
    RB_REQUIRE_OK(m);
    Result<ahp::Analysis> a = ahp::analyse(*tree, QString(), {*m});
    RB_REQUIRE_OK(a);
    Result<action::Done> done = action::perform(*f.db, action::applyWeights(f.round, *a, false));
    RB_REQUIRE_OK(done);
    report::Request request;
    request.kind = report::Kind::Weights;
    auto says = [&](const QString& text) {
        Result<report::Document> doc = report::build(*f.db, f.round, request);
        REQUIRE(doc.ok());
        for (const report::Block& block : doc->blocks)
            if (const auto* p = std::get_if<report::Paragraph>(&block); p && p->text.contains(text))
                return true;
        return false;
    };
    CHECK_FALSE(says(u"不一致"_s));
    RB_REQUIRE_OK(action::undo(*f.db, *done));
    CHECK(says(u"不一致"_s)); // the record stays in the audit log, the points went back
}
