// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "repo/AuditLog.h"
#include "repo/RoundRepository.h"
#include "repo/RoundSettings.h"
#include "settings/SettingsLabels.h"
#include "settings/SettingsRegistry.h"

#include <QJsonArray>
#include <QSet>

using namespace rb;

TEST_CASE("settings: defaults, validation, canonical values and the audit", "[settings][audit]")
{
    test::RoundFixture f;
    RoundSettings s(*f.db, f.round.id);
    CHECK(s.text(QStringLiteral("aggregation.method")) == QStringLiteral("trimmed"));
    CHECK(s.integer(QStringLiteral("aggregation.trim_min_experts")) == 5);
    CHECK_FALSE(s.number(QStringLiteral("ranking.pass_line")).has_value());
    CHECK(*s.number(QStringLiteral("deliberation.pass_ratio")) == Approx(0.75));

    auto changed = s.set(QStringLiteral("aggregation.method"), QStringLiteral("MEDIAN"));
    RB_REQUIRE_OK(changed);
    CHECK(changed->value == QStringLiteral("median"));
    CHECK_FALSE(s.set(QStringLiteral("aggregation.method"), QStringLiteral("max")).ok());
    CHECK_FALSE(s.set(QStringLiteral("aggregation.trim_min_experts"), QStringLiteral("2")).ok());
    CHECK_FALSE(s.set(QStringLiteral("deliberation.quorum"), QStringLiteral("3/2")).ok());
    RB_REQUIRE_OK(s.set(QStringLiteral("conflict.same_province"), QString::fromUtf8("是")));
    CHECK(s.flag(QStringLiteral("conflict.same_province")));
    RB_REQUIRE_OK(s.set(QStringLiteral("ranking.pass_line"), QStringLiteral("60")));
    CHECK(*s.number(QStringLiteral("ranking.pass_line")) == 60);
    RB_REQUIRE_OK(s.set(QStringLiteral("ranking.pass_line"), QStringLiteral("none")));
    CHECK_FALSE(s.number(QStringLiteral("ranking.pass_line")).has_value());
    auto unknown = s.set(QStringLiteral("no.such.key"), QStringLiteral("1"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::Usage);

    auto entries = AuditLog(*f.db).entries(f.round.id);
    RB_REQUIRE_OK(entries);
    const auto method = std::find_if(entries->begin(), entries->end(), [](const AuditEntry& e) {
        return e.entityCode == QStringLiteral("aggregation.method");
    });
    REQUIRE(method != entries->end());
    CHECK(method->changes.value(QStringLiteral("value")).toArray()
          == QJsonArray{QStringLiteral("trimmed"), QStringLiteral("median")});
}

TEST_CASE("settings: quotas per authority through the same mechanism", "[settings]")
{
    test::RoundFixture f;
    RoundSettings s(*f.db, f.round.id);
    CHECK_FALSE(s.quotaFor(QString::fromUtf8("浙江省")).has_value());
    RB_REQUIRE_OK(s.set(QStringLiteral("quota.default"), QStringLiteral("30")));
    auto zj = s.set(QString::fromUtf8("quota.浙江"), QStringLiteral("40"));
    RB_REQUIRE_OK(zj);
    CHECK(zj->definition.key == QString::fromUtf8("quota.浙江省"));
    CHECK(*s.quotaFor(QString::fromUtf8("浙江省")) == 40);
    CHECK(*s.quotaFor(QString::fromUtf8("江苏省")) == 30);
    CHECK_FALSE(s.set(QString::fromUtf8("quota.火星"), QStringLiteral("1")).ok());
    auto all = s.all();
    RB_REQUIRE_OK(all);
    CHECK(std::any_of(all->begin(), all->end(),
                      [](const SettingValue& v) { return v.definition.key == QString::fromUtf8("quota.浙江省"); }));
}

TEST_CASE("rounds: several rounds in one file, codes unique, --round resolution", "[rounds]")
{
    test::RoundFixture f(Category::Factory);
    CHECK(f.round.code == QStringLiteral("2025-FAC"));
    RoundRepository rounds(*f.db);
    auto second = rounds.create(Category::Factory, 2025, QStringLiteral("第二批"), QString());
    RB_REQUIRE_OK(second);
    CHECK(second->code == QStringLiteral("2025-FAC-2"));
    auto ambiguous = rounds.resolve(QString());
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().kind == ErrorKind::Usage);
    CHECK(ambiguous.error().message.contains(QStringLiteral("2025-FAC, 2025-FAC-2")));
    auto named = rounds.resolve(QStringLiteral("2025-FAC-2"));
    RB_REQUIRE_OK(named);
    CHECK(named->title == QString::fromUtf8("第二批"));
    CHECK_FALSE(rounds.resolve(QStringLiteral("1999-X")).ok());
}

TEST_CASE("settings: every setting has its group and its name, every choice its own words", "[settings][labels]")
{
    QSet<settings::Group> used;
    for (const settings::Definition& d : settings::definitions()) {
        INFO(d.key.toStdString());
        CHECK(settings::label(d.key) != d.key);
        CHECK_FALSE(settings::label(d.key).contains(u'.'));
        used.insert(settings::groupOf(d.key));
        for (const QString& c : d.choices)
            CHECK(settings::choiceLabel(d.key, c) != c);
    }
    CHECK(used.size() == settings::groups().size());
    CHECK(settings::groupOf(QStringLiteral("quota.江苏省")) == settings::Group::Quotas);
    CHECK(settings::label(QStringLiteral("quota.江苏省")).contains(QStringLiteral("江苏省")));
    for (settings::Group g : settings::groups())
        CHECK_FALSE(settings::groupName(g).isEmpty());
}
