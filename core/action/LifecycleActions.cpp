// SPDX-License-Identifier: GPL-3.0-or-later
#include "action/LifecycleActions.h"

#include "common/Tr.h"
#include "domain/States.h"
#include "notice/Milestones.h"
#include "notice/PublicNotice.h"
#include "workflow/CalendarFiles.h"
#include "workflow/FormalReview.h"
#include "workflow/Reevaluation.h"
#include "workflow/Workflow.h"

#include <QFileInfo>

namespace rb::action {

namespace {

Action make(std::optional<qint64> roundId, const char* key, QString text, std::function<Status(Context&)> work,
            Kind kind = Kind::Undoable)
{
    return Action{QString::fromLatin1(key), std::move(text), kind, roundId, std::move(work)};
}

QString codeList(const QStringList& codes)
{
    return codes.size() <= 3 ? codes.join(QStringLiteral(", "))
                             : Tr::tr("%1 and %n more", nullptr, int(codes.size() - 2))
                                   .arg(codes.mid(0, 2).join(QStringLiteral(", ")));
}

} // namespace

bool isFinalState(const QString& state)
{
    const std::optional<states::State> s = states::fromKey(state);
    return s && states::isFinal(*s);
}

Action moveApplications(const Round& round, const QList<qint64>& ids, const QStringList& codes, const QString& to,
                        const QString& reason)
{
    return make(
        round.id, "state.move", Tr::tr("Move %1 to %2").arg(codeList(codes), states::displayName(to)),
        [=](Context& c) -> Status {
            if (ids.isEmpty())
                return Error::input(Tr::tr("select the applications to move first"));
            workflow::WorkflowService flow(c.db, round);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (Status s = flow.transition(ids[i], to, reason); !s)
                    return Error::input(QStringLiteral("%1: %2").arg(codes.value(i), s.error().message));
            }
            c.summary = Tr::tr("%n application(s) moved to %1", nullptr, int(ids.size())).arg(states::displayName(to));
            return {};
        },
        isFinalState(to) ? Kind::Barrier : Kind::Undoable);
}

Action revertState(const Round& round, qint64 id, const QString& code, const QString& reason)
{
    return make(round.id, "state.revert", Tr::tr("Reverse the latest change of %1").arg(code),
                [=](Context& c) { return workflow::WorkflowService(c.db, round).revert(id, reason); });
}

Action recordFormal(const Round& round, qint64 id, const QString& code, const QString& item, bool passed,
                    const QString& note)
{
    return make(round.id, "formal.record",
                passed ? Tr::tr("Formal review of %1: %2 met").arg(code, item)
                       : Tr::tr("Formal review of %1: %2 not met").arg(code, item),
                [=](Context& c) { return workflow::FormalReview(c.db, round).record(id, item, passed, note); });
}

Action passFormal(const Round& round, qint64 id, const QString& code, const QString& note)
{
    return make(round.id, "formal.pass_all", Tr::tr("Formal review of %1: every item met").arg(code),
                [=](Context& c) -> Status {
                    workflow::FormalReview review(c.db, round);
                    for (const QString& item : review.checklist())
                        RB_TRY(review.record(id, item, true, note));
                    return {};
                });
}

Action formalReviewBatch(const Round& round, const FormalBatch& batch)
{
    const bool pass = !batch.failedItem;
    const QString text =
        pass ? Tr::tr("Formal review of %1: every item met, on to expert review").arg(codeList(batch.codes))
             : Tr::tr("Formal review of %1: “%2” not met, not accepted").arg(codeList(batch.codes), *batch.failedItem);
    return make(
        round.id, pass ? "formal.batch_pass" : "formal.batch_fail", text,
        [=](Context& c) -> Status {
            if (batch.ids.isEmpty())
                return Error::input(Tr::tr("select the applications first"));
            if (!pass && batch.note.trimmed().isEmpty())
                return Error::input(Tr::tr("say why “%1” is not met: the applicant is told").arg(*batch.failedItem));
            workflow::FormalReview review(c.db, round);
            const QStringList items = review.checklist();
            if (!pass && !items.contains(*batch.failedItem))
                return Error::input(Tr::tr("“%1” is not an item of this round's checklist").arg(*batch.failedItem));
            workflow::WorkflowService flow(c.db, round);
            const QString reviewing = states::key(states::State::FormalReview);
            for (qsizetype i = 0; i < batch.ids.size(); ++i) {
                const qint64 id = batch.ids[i];
                const QString code = batch.codes.value(i);
                const auto named = [&code](const Error& e) {
                    return Error::input(code + QStringLiteral(": ") + e.message);
                };
                Result<QString> state = flow.state(id);
                if (!state)
                    return state.takeError();
                if (states::is(*state, states::State::Recommended)) {
                    if (Status s = flow.transition(id, reviewing, QString()); !s)
                        return named(s.error());
                } else if (*state != reviewing) {
                    return Error::input(
                        Tr::tr("%1 is at “%2”: its formal review is over").arg(code, states::displayName(*state)));
                }
                if (pass) {
                    for (const QString& item : items)
                        RB_TRY(review.record(id, item, true, batch.note));
                    if (Status s = flow.transition(id, states::key(states::State::ExpertReview), QString()); !s)
                        return named(s.error());
                } else {
                    RB_TRY(review.record(id, *batch.failedItem, false, batch.note));
                    const QString reason =
                        Tr::tr("does not meet “%1”: %2").arg(*batch.failedItem, batch.note.trimmed());
                    if (Status s = flow.transition(id, states::key(states::State::NotAccepted), reason); !s)
                        return named(s.error());
                }
            }
            c.summary = pass ? Tr::tr("%n application(s) passed formal review", nullptr, int(batch.ids.size()))
                             : Tr::tr("%n application(s) not accepted", nullptr, int(batch.ids.size()));
            c.out.insert(QStringLiteral("applications"), int(batch.ids.size()));
            return {};
        },
        pass ? Kind::Undoable : Kind::Barrier);
}

Action overrideFormal(const Round& round, qint64 id, const QString& code, const QString& reason)
{
    return make(round.id, "formal.override", Tr::tr("Formal review of %1: failed items overridden").arg(code),
                [=](Context& c) { return workflow::FormalReview(c.db, round).overrideFailure(id, reason); });
}

Action publishNotice(const Round& round, const QString& title, const QDate& start, std::optional<int> workingDays,
                     const QString& contact, const QList<qint64>& applications)
{
    return make(
        round.id, "notice.publish", Tr::tr("Publish notice %1").arg(title),
        [=](Context& c) -> Status {
            Result<notice::Notice> n =
                notice::NoticeService(c.db, round).publish(title, start, workingDays, contact, applications);
            if (!n)
                return n.takeError();
            c.out.insert(QStringLiteral("notice"), n->id);
            return {};
        },
        Kind::Barrier);
}

Action startDueNotices(const Round& round)
{
    return make(round.id, "notice.start", Tr::tr("Put the applications whose notice began on public notice"),
                [=](Context& c) -> Status {
                    Result<int> n = notice::NoticeService(c.db, round).startDue();
                    if (!n)
                        return n.takeError();
                    c.out.insert(QStringLiteral("started"), *n);
                    c.summary = Tr::tr("%n application(s) now on public notice", nullptr, *n);
                    return {};
                });
}

Action addObjection(const Round& round, qint64 applicationId, const QString& code, const QDate& received,
                    const QString& fromWhom, const QString& authenticated, const QString& content)
{
    return make(round.id, "objection.add", Tr::tr("Record an objection to %1").arg(code), [=](Context& c) -> Status {
        Result<notice::Objection> o =
            notice::NoticeService(c.db, round).addObjection(applicationId, received, fromWhom, authenticated, content);
        if (!o)
            return o.takeError();
        c.out.insert(QStringLiteral("objection"), o->id);
        return {};
    });
}

Action resolveObjection(const Round& round, qint64 objectionId, const QString& outcome, const QString& handling)
{
    return make(
        round.id, "objection.resolve", Tr::tr("Resolve an objection"),
        [=](Context& c) { return notice::NoticeService(c.db, round).resolve(objectionId, outcome, handling); },
        Kind::Barrier);
}

Action approveReady(const Round& round)
{
    return make(
        round.id, "notice.approve", Tr::tr("Approve the applications whose notice is over"),
        [=](Context& c) -> Status {
            Result<int> n = notice::NoticeService(c.db, round).approveReady();
            if (!n)
                return n.takeError();
            c.out.insert(QStringLiteral("approved"), *n);
            c.nothingDone = *n == 0; // nothing approved: no barrier on the history
            c.summary = Tr::tr("%n application(s) approved", nullptr, *n);
            return {};
        },
        Kind::Barrier);
}

Action markMilestone(const Round& round, qint64 milestoneId, const QDate& day, const QString& note)
{
    return make(round.id, "milestone.done", Tr::tr("Mark a milestone met on %1").arg(day.toString(Qt::ISODate)),
                [=](Context& c) { return notice::markDone(c.db, round, milestoneId, day, note); });
}

Action setCalendarDay(const QDate& day, workflow::Calendar::Kind kind, const QString& note)
{
    return make(std::nullopt, "calendar.set",
                kind == workflow::Calendar::Kind::Holiday
                    ? Tr::tr("Mark %1 a public holiday").arg(day.toString(Qt::ISODate))
                    : Tr::tr("Mark %1 a make-up working day").arg(day.toString(Qt::ISODate)),
                [=](Context& c) { return workflow::Calendar::store(c.db, day, kind, note); });
}

Action removeCalendarDay(const QDate& day)
{
    return make(std::nullopt, "calendar.remove", Tr::tr("Remove %1 from the calendar").arg(day.toString(Qt::ISODate)),
                [=](Context& c) { return workflow::Calendar::remove(c.db, day); });
}

Action importCalendar(const QList<workflow::CalendarEntry>& entries, const QString& fileName)
{
    return make(std::nullopt, "calendar.import", Tr::tr("Import the calendar %1").arg(QFileInfo(fileName).fileName()),
                [=](Context& c) -> Status {
                    Result<int> stored = workflow::importCalendar(c.db, entries);
                    if (!stored)
                        return stored.takeError();
                    c.out.insert(QStringLiteral("stored"), *stored);
                    return {};
                });
}

Action startReevaluation(const Round& source, int year, const QString& title, int withinDays)
{
    return make(source.id, "reevaluation.start", Tr::tr("Start re-evaluation %1").arg(title),
                [=](Context& c) -> Status {
                    Result<Round> r = workflow::Reevaluation(c.db).start(source, year, title, withinDays);
                    if (!r)
                        return r.takeError();
                    c.out.insert(QStringLiteral("round"), r->code);
                    return {};
                });
}

Action applyReevaluation(const Round& reevalRound)
{
    return make(
        reevalRound.id, "reevaluation.apply", Tr::tr("Apply the re-evaluation's outcomes"),
        [=](Context& c) -> Status {
            Result<int> n = workflow::Reevaluation(c.db).applyOutcomes(reevalRound);
            if (!n)
                return n.takeError();
            c.out.insert(QStringLiteral("applied"), *n);
            c.nothingDone = *n == 0;
            c.summary = Tr::tr("%n title(s) kept or revoked.", nullptr, *n);
            return {};
        },
        Kind::Barrier);
}

} // namespace rb::action
