// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/Demo.h"
#include "domain/CreditCode.h"
#include "domain/Region.h"
#include "domain/Text.h"
#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"
#include "repo/RoundSettings.h"
#include "storage/Schema.h"

#include <QHash>
#include <QSet>

using namespace rb;

TEST_CASE("demo: deterministic for a seed, different for another", "[demo]")
{
    demo::DemoSpec spec;
    spec.applications = 120;
    spec.experts = 30;
    const demo::DemoData a = demo::generate(spec);
    const demo::DemoData b = demo::generate(spec);
    REQUIRE(a.applications.rows.size() == 120);
    for (qsizetype i = 0; i < a.applications.rows.size(); ++i)
        CHECK(a.applications.rows[i].cells == b.applications.rows[i].cells);
    spec.seed = 2;
    const demo::DemoData c = demo::generate(spec);
    CHECK(c.applications.rows[0].cells != a.applications.rows[0].cells);
}

TEST_CASE("demo: a believable round with valid data and planted conflicts", "[demo]")
{
    test::TempDir dir;
    demo::DemoSpec spec;
    spec.applications = 400;
    spec.experts = 80;
    spec.perApplication = 7;
    auto round = demo::createDemo(dir.path(QStringLiteral("demo.rbdb")), spec, QStringLiteral("tester"));
    RB_REQUIRE_OK(round);
    auto db = db::schema::open(dir.path(QStringLiteral("demo.rbdb")));
    RB_REQUIRE_OK(db);
    auto apps = ApplicationRepository(**db, round->id).list();
    auto experts = ExpertRepository(**db, round->id).list();
    auto tree = CriteriaRepository(**db, round->id).tree();
    RB_REQUIRE_OK(apps);
    RB_REQUIRE_OK(experts);
    RB_REQUIRE_OK(tree);
    CHECK(apps->size() == 400);
    CHECK(experts->size() == 80);
    CHECK(tree->leafSum() == 100);
    CHECK(RoundSettings(**db, round->id).integer(QStringLiteral("assignment.per_application")) == 7);
    QHash<QString, int> byProvince;
    QSet<QString> sectors;
    QSet<QString> applicantCodes;
    QSet<QString> applicantKeys;
    for (const Application& a : *apps) {
        CHECK(a.code.startsWith(QStringLiteral("2025-FAC-")));
        REQUIRE(Region::find(a.province));
        ++byProvince[a.province];
        sectors.insert(a.sector);
        for (const Applicant& p : a.applicants) {
            CHECK(creditcode::validate(p.creditCode).isEmpty());
            applicantCodes.insert(p.creditCode);
            applicantKeys.insert(text::nameKey(p.name));
        }
    }
    CHECK(sectors.size() == 4);
    CHECK(byProvince.size() > 20);
    // Coastal manufacturing provinces lead, as in the real programme.
    CHECK(byProvince.value(QString::fromUtf8("江苏省")) > byProvince.value(QString::fromUtf8("青海省")));
    int conflictedByCode = 0;
    int conflictedByName = 0;
    for (const Expert& e : *experts) {
        if (!e.organisationCreditCode.isEmpty() && applicantCodes.contains(e.organisationCreditCode))
            ++conflictedByCode;
        else if (applicantKeys.contains(text::nameKey(e.organisation)))
            ++conflictedByName;
    }
    CHECK(conflictedByCode > 0);
    CHECK(conflictedByName > 0);
}
