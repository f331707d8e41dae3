// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/Criteria.h"
#include "import/Importer.h"
#include "templates/Templates.h"

#include <QLocale>

using namespace rb;

namespace {
Criterion points(const char* code, const char* parent, std::optional<double> max)
{
    Criterion c;
    c.code = QString::fromLatin1(code);
    c.name = QStringLiteral("指标") + c.code;
    c.parentCode = QString::fromLatin1(parent);
    c.maxPoints = max;
    return c;
}
Criterion veto(const char* code)
{
    Criterion c = points(code, "", std::nullopt);
    c.kind = CriterionKind::Veto;
    return c;
}
QStringList messages(const QList<Issue>& issues)
{
    QStringList out;
    for (const Issue& i : issues)
        out << i.message;
    return out;
}
} // namespace

TEST_CASE("criteria: points leaves must sum to 100, the sum is shown", "[criteria]")
{
    QList<Criterion> items{points("1", "", {}), points("1.1", "1", 60), points("2", "", {}), points("2.1", "2", 35),
                           veto("V")};
    QList<Issue> issues = CriteriaTree::validate(items);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message.contains(QStringLiteral("add up to 95")));
    items[3].maxPoints = 40;
    CHECK(CriteriaTree::validate(items).isEmpty());
    const CriteriaTree tree(items);
    CHECK(tree.leafSum() == 100);
    CHECK(tree.maxPoints(QStringLiteral("1")) == 60);
    CHECK(tree.maxPoints(QStringLiteral("V")) == 0);
    CHECK(tree.leaves().size() == 3);
    CHECK(tree.depth(QStringLiteral("2.1")) == 1);
}

TEST_CASE("criteria: structural mistakes are named with their rows", "[criteria]")
{
    QList<Criterion> items{points("1", "", 50), points("1.1", "1", 30), points("1.1", "1", 20), points("2", "9", 50)};
    QList<Issue> issues = CriteriaTree::validate(items, {2, 3, 4, 5}, QStringLiteral("c.csv"));
    const QStringList m = messages(issues);
    CHECK(m.contains(QStringLiteral("code 1.1 is used twice (also row 3)")));
    CHECK(m.contains(QStringLiteral("the parent 9 is not a criterion of this list")));
    REQUIRE(issues.size() >= 2);
    CHECK(issues[0].row == 4);
    CHECK(issues[0].file == QStringLiteral("c.csv"));

    Criterion v = veto("V");
    v.maxPoints = 5;
    items = {points("1", "", 70), points("1.1", "1", 60), points("1.2", "1", 40), v};
    const QStringList m2 = messages(CriteriaTree::validate(items));
    CHECK(m2.contains(QStringLiteral("the maximum of 1 is 70 but its sub-criteria add up to 100")));
    CHECK(m2.contains(QStringLiteral("veto item V has no points; leave the maximum empty")));

    items = {points("1", "2", {}), points("2", "1", {})};
    CHECK(messages(CriteriaTree::validate(items)).join(QLatin1Char(' ')).contains(QStringLiteral("loop")));

    items = {points("1", "", {})};
    CHECK(messages(CriteriaTree::validate(items))
              .contains(QStringLiteral("criterion 1 is scored but has no maximum points")));
}

TEST_CASE("criteria: bands parse, order and locate scores", "[criteria]")
{
    auto parsed = bands::parse(bands::kDefault);
    RB_REQUIRE_OK(parsed);
    REQUIRE(parsed->size() == 4);
    CHECK(parsed->first().label == QString::fromUtf8("优"));
    CHECK(*bands::indexOf(*parsed, 10, 10) == 0);  // 100 %
    CHECK(*bands::indexOf(*parsed, 8.5, 10) == 0); // a boundary belongs to the higher band
    CHECK(*bands::indexOf(*parsed, 7, 10) == 1);
    CHECK(*bands::indexOf(*parsed, 0, 10) == 3);
    CHECK(bands::format(*parsed) == bands::kDefault);
    auto fullWidth = bands::parse(QString::fromUtf8("良：60～85；优：85-100"));
    RB_REQUIRE_OK(fullWidth);
    CHECK(fullWidth->first().label == QString::fromUtf8("优"));
    CHECK_FALSE(bands::parse(QStringLiteral("A:50-100;B:40-60")).ok());
    CHECK_FALSE(bands::parse(QStringLiteral("A:50-120")).ok());
    CHECK_FALSE(bands::parse(QStringLiteral("nonsense")).ok());
}

TEST_CASE("criteria: kinds accept English and Chinese words", "[criteria]")
{
    CHECK(criterionkind::parse(QStringLiteral("points")) == CriterionKind::Points);
    CHECK(criterionkind::parse(QString::fromUtf8("一票否决")) == CriterionKind::Veto);
    CHECK(criterionkind::parse(QStringLiteral("VETO")) == CriterionKind::Veto);
    CHECK_FALSE(criterionkind::parse(QStringLiteral("bonus")).has_value());
}

TEST_CASE("templates: every built-in template is valid and says it is a proposal", "[criteria][templates]")
{
    for (const char* language : {"zh_CN", "en_US"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(language)));
        const QList<templates::TemplateInfo> all = templates::builtIn();
        REQUIRE(all.size() == 4);
        for (const templates::TemplateInfo& t : all) {
            INFO(t.name.toStdString() << " " << language);
            CHECK_FALSE(t.title.isEmpty());
            if (QLatin1String(language) == QLatin1String("zh_CN"))
                CHECK(t.description.contains(QString::fromUtf8("建议")));
            else
                CHECK(t.description.contains(QStringLiteral("proposal")));
        }
    }
    QLocale::setDefault(QLocale(QLocale::English));
    for (const char* name : {"scenario", "factory", "zone", "reeval"}) {
        INFO(name);
        test::RoundFixture f(Category::Scenario, QString::fromLatin1(name));
        auto table = templates::load(QString::fromLatin1(name));
        RB_REQUIRE_OK(table);
        auto plan = import::prepare(*f.db, f.round, import::Kind::Criteria, *table);
        RB_REQUIRE_OK(plan);
        CHECK(plan->ok());
        const CriteriaTree tree(plan->criteria);
        CHECK(tree.leafSum() == 100);
        CHECK(tree.leaves().size() >= 12);
        CHECK(std::any_of(tree.items().begin(), tree.items().end(),
                          [](const Criterion& c) { return c.kind == CriterionKind::Veto; }));
        for (const Criterion* leaf : tree.leaves())
            CHECK_FALSE(leaf->guidance.isEmpty());
    }
}

#include "domain/CriteriaEdits.h"

TEST_CASE("criteria edits: insert, remove, move and rename keep tree order", "[criteria]")
{
    using namespace criteriaedits;
    QList<Criterion> items = CriteriaTree({points("1", "", {}), points("1.1", "1", 60), points("1.2", "1", 10),
                                           points("2", "", {}), points("2.1", "2", 30)})
                                 .items();
    auto codes = [](const QList<Criterion>& list) {
        QStringList out;
        for (const Criterion& c : list)
            out << c.code;
        return out.join(QLatin1Char(' '));
    };
    CHECK(nextCode(items, QStringLiteral("1")) == QStringLiteral("1.3"));
    CHECK(nextCode(items, QString()) == QStringLiteral("3"));
    CHECK(codes(insert(items, points("1.3", "1", 5), QStringLiteral("1.1"))) == QStringLiteral("1 1.1 1.3 1.2 2 2.1"));
    CHECK(codes(insert(items, points("3", "", 5))) == QStringLiteral("1 1.1 1.2 2 2.1 3"));
    CHECK(codes(remove(items, QStringLiteral("1"))) == QStringLiteral("2 2.1"));
    CHECK(codes(move(items, QStringLiteral("2"), -1)) == QStringLiteral("2 2.1 1 1.1 1.2"));
    CHECK(codes(move(items, QStringLiteral("1.2"), -1)) == QStringLiteral("1 1.2 1.1 2 2.1"));
    CHECK(codes(move(items, QStringLiteral("1.1"), -1)) == codes(items)); // already first
    Criterion renamed = items[0];
    renamed.code = QStringLiteral("A");
    const QList<Criterion> after = update(items, QStringLiteral("1"), renamed);
    CHECK(codes(after) == QStringLiteral("A 1.1 1.2 2 2.1"));
    CHECK(after[1].parentCode == QStringLiteral("A"));
    CHECK(CriteriaTree::validate(after).isEmpty());
}
