// SPDX-License-Identifier: GPL-3.0-or-later
// The formal review of a national round in a few actions (issue 13): many applications pass every item and go on
// to expert review in one undoable action, or fail one item with its reason and are not accepted in one barrier;
// all or none — one application past formal review refuses the whole batch and changes nothing.
#include "LifecycleFixture.h"

#include "action/LifecycleActions.h"
#include "workflow/FormalReview.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using test::Lifecycle;

namespace {
qint64 count(db::Database& db, const char* sql)
{
    return *db.scalar(sql, -1);
}
} // namespace

TEST_CASE("formal batch: many pass in one undoable action, states and every checklist item recorded",
          "[workflow][formal]")
{
    Lifecycle f(Category::Factory, 6);
    test::Driver& d = f.d;
    d.move(u"P2"_s, u"formal_review"_s); // one already taken into formal review by hand
    action::FormalBatch batch;
    for (const QString& code : {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s}) {
        batch.ids << d.app(code);
        batch.codes << code;
    }
    Result<action::Done> done = action::perform(*f.db, action::formalReviewBatch(f.round, batch));
    RB_REQUIRE_OK(done);
    CHECK(done->kind == action::Kind::Undoable);
    for (const QString& code : batch.codes)
        CHECK(d.state(code) == u"expert_review"_s);
    CHECK(d.state(u"P5"_s) == u"recommended"_s);
    const qint64 items = workflow::FormalReview(*f.db, f.round).checklist().size();
    REQUIRE(items > 3);
    CHECK(count(*f.db, "SELECT count(*) FROM formal_check WHERE passed = 1") == 4 * items);
    // Undone, the four are back where they were, their checks gone.
    RB_REQUIRE_OK(action::undo(*f.db, *done));
    CHECK(d.state(u"P1"_s) == u"recommended"_s);
    CHECK(d.state(u"P2"_s) == u"formal_review"_s);
    CHECK(count(*f.db, "SELECT count(*) FROM formal_check") == 0);
}

TEST_CASE("formal batch: one item failed for all is a barrier with the reason; a batch with one application past "
          "formal review changes nothing",
          "[workflow][formal]")
{
    Lifecycle f(Category::Factory, 4);
    test::Driver& d = f.d;
    const QString item = workflow::FormalReview(*f.db, f.round).checklist().first();
    d.toExpertReview(u"P3"_s);
    const qint64 events = count(*f.db, "SELECT count(*) FROM workflow_event");

    action::FormalBatch batch{
        {d.app(u"P1"_s), d.app(u"P2"_s), d.app(u"P3"_s)}, {u"P1"_s, u"P2"_s, u"P3"_s}, item, u"营业执照已过期"_s};
    Result<action::Done> refused = action::perform(*f.db, action::formalReviewBatch(f.round, batch));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"P3"_s));
    CHECK(d.state(u"P1"_s) == u"recommended"_s);
    CHECK(count(*f.db, "SELECT count(*) FROM workflow_event") == events);
    CHECK(count(*f.db, "SELECT count(*) FROM formal_check WHERE application_id <> (SELECT id FROM application "
                       "WHERE code = 'P3')")
          == 0);

    // Without a reason, or with an item the checklist does not have: refused.
    batch.ids.removeLast();
    batch.codes.removeLast();
    action::FormalBatch noReason = batch;
    noReason.note.clear();
    CHECK_FALSE(action::perform(*f.db, action::formalReviewBatch(f.round, noReason)).ok());
    action::FormalBatch unknown = batch;
    unknown.failedItem = u"不存在的条件"_s;
    CHECK_FALSE(action::perform(*f.db, action::formalReviewBatch(f.round, unknown)).ok());

    Result<action::Done> failed = action::perform(*f.db, action::formalReviewBatch(f.round, batch));
    RB_REQUIRE_OK(failed);
    CHECK(failed->kind == action::Kind::Barrier);
    CHECK(d.state(u"P1"_s) == u"not_accepted"_s);
    CHECK(d.state(u"P2"_s) == u"not_accepted"_s);
    Result<QString> reason = f.db->scalarText(
        "SELECT reason FROM workflow_event WHERE to_state = 'not_accepted' AND application_id = ?1", d.app(u"P1"_s));
    RB_REQUIRE_OK(reason);
    CHECK(reason->contains(item));
    CHECK(reason->contains(u"营业执照已过期"_s));
}

TEST_CASE("formal batch: the CLI passes every application still waiting with --all", "[workflow][formal][cli]")
{
    Lifecycle f(Category::Scenario, 5);
    f.d.toExpertReview(u"P5"_s);
    f.db.reset(); // the CLI opens the file itself
    test::CliRun run = test::runProcess({u"formal-batch"_s, f.path, u"--all"_s, u"--pass"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    // "4 applications" with the English plural built in, "4 application(s)" in a build without translations.
    CHECK(run.out.contains(u"4 application"_s));
    CHECK(run.out.contains(u"passed formal review"_s));
    run = test::runProcess({u"formal-batch"_s, f.path, u"P1"_s, u"--pass"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"P1"_s));
    run = test::runProcess({u"formal-batch"_s, f.path, u"--pass"_s});
    CHECK(run.code == 1);
}
