// SPDX-License-Identifier: GPL-3.0-or-later
// The order of the work (issue 13): the round's steps with what is done, waiting and blocked, and the next step —
// formal review comes first, and a step waits until the one before it has let the applications through.
#include "LifecycleFixture.h"

#include "action/DeliberationActions.h"
#include "repo/RoundSettings.h"
#include "workflow/RoundProgress.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Lifecycle;
using workflow::Step;

namespace {
workflow::StepStatus stepOf(const workflow::RoundProgress& p, Step step)
{
    for (const workflow::StepStatus& s : p.steps) {
        if (s.step == step)
            return s;
    }
    FAIL("no step " << workflow::stepKey(step).toStdString());
    return {};
}

workflow::RoundProgress progress(Lifecycle& f)
{
    Result<workflow::RoundProgress> p = workflow::roundProgress(*f.db, f.round);
    RB_REQUIRE_OK(p);
    REQUIRE(p->steps.size() == 8);
    return *p;
}
} // namespace

TEST_CASE("round progress: formal review first, then the scores, the committee, the notice", "[workflow][progress]")
{
    Lifecycle f(Category::Factory, 4, 3);
    test::Driver& d = f.d;
    RB_REQUIRE_OK(RoundSettings(*f.db, f.round.id).set(u"assignment.per_application"_s, u"3"_s));

    // Imported, nothing reviewed: the next step is the formal review of all four.
    workflow::RoundProgress p = progress(f);
    CHECK(stepOf(p, Step::Import).done == 4);
    CHECK(stepOf(p, Step::Import).waiting == 0);
    CHECK(stepOf(p, Step::FormalReview).waiting == 4);
    REQUIRE(p.next == Step::FormalReview);
    CHECK(stepOf(p, Step::FormalReview).hint.contains(u"4"_s));

    // Two through, one failed an item (a decision is needed), one still waiting.
    d.toExpertReview(u"P1"_s);
    d.toExpertReview(u"P2"_s);
    d.move(u"P3"_s, u"formal_review"_s);
    RB_REQUIRE_OK(
        workflow::FormalReview(*f.db, f.round)
            .record(d.app(u"P3"_s), workflow::FormalReview(*f.db, f.round).checklist().first(), false, u"缺少材料"_s));
    p = progress(f);
    CHECK(stepOf(p, Step::FormalReview).done == 2);
    CHECK(stepOf(p, Step::FormalReview).waiting == 1);
    CHECK(stepOf(p, Step::FormalReview).blocked == 1);
    CHECK(p.next == Step::FormalReview);
    // The two in expert review have no experts yet.
    CHECK(stepOf(p, Step::Assignment).waiting == 2);

    // Formal review over (one not accepted); the four… three left are scored on paper.
    d.move(u"P3"_s, u"not_accepted"_s, u"缺少材料"_s);
    d.toExpertReview(u"P4"_s);
    p = progress(f);
    CHECK(stepOf(p, Step::FormalReview).done == 4);
    CHECK(stepOf(p, Step::FormalReview).waiting == 0);
    CHECK(p.next == Step::Assignment);
    for (const QString& code : {u"P1"_s, u"P2"_s, u"P4"_s})
        d.score(code, {80, 85, 90});
    p = progress(f);
    CHECK(stepOf(p, Step::Assignment).waiting == 0);
    CHECK(stepOf(p, Step::Assignment).done == 3);
    CHECK(stepOf(p, Step::Returns).done == 9);
    CHECK(stepOf(p, Step::Returns).waiting == 0);
    CHECK(stepOf(p, Step::Packages).waiting == 0); // paper scores need no package
    CHECK(stepOf(p, Step::Deliberation).waiting == 3);
    CHECK(p.next == Step::Deliberation);

    // The committee proposes all three: the notice is next.
    d.addCommittee(3);
    d.toProposed({u"P1"_s, u"P2"_s, u"P4"_s}, QDate(2025, 3, 3));
    p = progress(f);
    CHECK(stepOf(p, Step::Deliberation).done == 3);
    CHECK(stepOf(p, Step::Deliberation).waiting == 0);
    CHECK(stepOf(p, Step::Notice).waiting == 3);
    CHECK(p.next == Step::Notice);
    for (const workflow::StepStatus& s : p.steps)
        CHECK_FALSE(workflow::stepName(s.step).isEmpty());
}

TEST_CASE("round progress: an agenda refused names the real cause, the formal review never done",
          "[workflow][progress][deliberation]")
{
    Lifecycle f(Category::Factory, 3, 3);
    f.d.addCommittee(3);
    const qint64 meeting = f.d.meeting(QDate(2025, 3, 3));
    Result<action::Done> refused = action::perform(*f.db, action::prepareAgenda(f.round, meeting));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"formal review"_s));
    CHECK(refused.error().message.contains(u"3"_s));
}
