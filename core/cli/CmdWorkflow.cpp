// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "action/LifecycleActions.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "domain/States.h"
#include "notice/Milestones.h"
#include "notice/PublicNotice.h"
#include "repo/RoundRepository.h"
#include "workflow/FormalReview.h"
#include "workflow/Reevaluation.h"
#include "workflow/Workflow.h"
#include "workflow/WorkingDays.h"

#include "workflow/CalendarFiles.h"

#include <QDate>
#include <QFileInfo>

#include <climits>

namespace rb::cli {

namespace {

/// A round command's common part: parse, open, resolve the round.
struct Command {
    Args args;
    std::optional<Session> session;
    Command(const char* name, const QString& description) : args(QString::fromLatin1(name), description)
    {
        args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    }
    /// Parses and opens DB (the first positional); returns an exit code when the command must stop.
    std::optional<int> start(const QStringList& argv, Io& io, int min, int max)
    {
        if (std::optional<int> stop = args.parse(argv, io, min, max))
            return stop;
        Result<Session> s = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
        if (!s)
            return io.fail(s.error());
        session = std::move(*s);
        return std::nullopt;
    }
    /// Starts the notices whose first day has come (published ahead of time): their applications go on public
    /// notice. Returns an exit code when the command must stop.
    std::optional<int> startDueNotices(Io& io)
    {
        if (Result<int> started = notice::NoticeService(db(), round()).startDue(); !started)
            return io.fail(started.error());
        return std::nullopt;
    }
    /// Applies a user action (the same the desktop program applies).
    Status perform(action::Action action)
    {
        Result<action::Done> done = action::perform(db(), std::move(action));
        return done ? Status() : Status(done.takeError());
    }
    db::Database& db() { return *session->db; }
    const Round& round() { return session->round; }
    Result<qint64> application(const QString& code)
    {
        Result<qint64> id =
            db().scalar("SELECT id FROM application WHERE round_id = ?1 AND code = ?2", 0, round().id, code);
        if (id && !*id)
            return Error::input(Tr::tr("there is no application %1 in this round").arg(code));
        return id;
    }
};

/// A refusal about one application, named in the message ("P3: …").
Error about(const QString& code, Error error)
{
    error.message = Tr::tr("%1: %2").arg(code, error.message);
    return error;
}

Result<QDate> parseDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return Error::usage(Tr::tr("'%1' is not a date (write YYYY-MM-DD)").arg(text));
    return d;
}

int runStatus(const QStringList& argv, Io& io)
{
    Command c("status", Tr::tr("Each application's place in the lifecycle and its next due date."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                  QStringLiteral("table"));
    if (std::optional<int> stop = c.start(argv, io, 1, 1))
        return *stop;
    Result<Format> format = parseFormat(c.args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    if (std::optional<int> stop = c.startDueNotices(io))
        return *stop;
    Result<QList<workflow::StatusRow>> rows = workflow::WorkflowService(c.db(), c.round()).status();
    if (!rows)
        return io.fail(rows.error());
    QList<QJsonObject> records;
    for (const workflow::StatusRow& r : *rows)
        records.append({{QStringLiteral("application"), r.code},
                        {QStringLiteral("state"), r.state},
                        {QStringLiteral("state_name"), states::displayName(r.state)},
                        {QStringLiteral("due"), r.due ? QJsonValue(r.due->toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("since"), r.since},
                        {QStringLiteral("title"), r.title}});
    writeRecords(io.out, *format,
                 {QStringLiteral("application"), QStringLiteral("state"), QStringLiteral("state_name"),
                  QStringLiteral("due"), QStringLiteral("since"), QStringLiteral("title")},
                 records);
    return Success;
}

int runTransition(const QStringList& argv, Io& io)
{
    Command c("transition", Tr::tr("Move an application to another state (only along an allowed transition whose "
                                   "conditions hold; negative decisions need --reason)."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.positional(QStringLiteral("APPLICATION"), Tr::tr("The application's code."));
    c.args.option({QStringLiteral("to")}, Tr::tr("The new state."), QStringLiteral("STATE"));
    c.args.option({QStringLiteral("reason")}, Tr::tr("Why."), QStringLiteral("TEXT"));
    if (std::optional<int> stop = c.start(argv, io, 2, 2))
        return *stop;
    Result<qint64> app = c.application(c.args.positionals()[1]);
    if (!app)
        return io.fail(app.error());
    const QString to = c.args.value(QStringLiteral("to"));
    if (!states::all().contains(to))
        return io.fail(Error::usage(Tr::tr("--to must be one of %1").arg(states::all().join(QStringLiteral(", ")))));
    if (Status s = c.perform(action::moveApplications(c.round(), {*app}, {c.args.positionals()[1]}, to,
                                                      c.args.value(QStringLiteral("reason"))));
        !s)
        return io.fail(s.error());
    io.out << c.args.positionals()[1] << QStringLiteral(": ") << to << Qt::endl;
    return Success;
}

int runRevert(const QStringList& argv, Io& io)
{
    Command c("revert", Tr::tr("Reverse an application's latest state change by a counter-transition (history is "
                               "never rewritten)."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.positional(QStringLiteral("APPLICATION"), Tr::tr("The application's code."));
    c.args.option({QStringLiteral("reason")}, Tr::tr("Why the change was a mistake."), QStringLiteral("TEXT"));
    if (std::optional<int> stop = c.start(argv, io, 2, 2))
        return *stop;
    Result<qint64> app = c.application(c.args.positionals()[1]);
    if (!app)
        return io.fail(app.error());
    Result<QString> before = c.db().scalarText("SELECT state FROM application WHERE id = ?1", *app);
    if (!before)
        return io.fail(before.error());
    if (Status s = c.perform(
            action::revertState(c.round(), *app, c.args.positionals()[1], c.args.value(QStringLiteral("reason"))));
        !s)
        return io.fail(about(c.args.positionals()[1], s.error()));
    Result<QString> after = c.db().scalarText("SELECT state FROM application WHERE id = ?1", *app);
    if (!after)
        return io.fail(after.error());
    io.out << Tr::tr("%1: %2 → %3 (reverted)").arg(c.args.positionals()[1], *before, *after) << Qt::endl;
    return Success;
}

int runFormal(const QStringList& argv, Io& io)
{
    Command c("formal", Tr::tr("Record the formal review: one checklist item passed or failed (with a note), or "
                               "an override of failed items with a reason. Without an item, lists the checklist."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.positional(QStringLiteral("APPLICATION"), Tr::tr("The application's code."));
    c.args.option({QStringLiteral("item")}, Tr::tr("The checklist item (its text)."), QStringLiteral("TEXT"));
    c.args.option({QStringLiteral("pass")}, Tr::tr("The item is met."));
    c.args.option({QStringLiteral("fail")}, Tr::tr("The item is not met (needs --note)."));
    c.args.option({QStringLiteral("note")}, Tr::tr("A note."), QStringLiteral("TEXT"));
    c.args.option({QStringLiteral("all-pass")}, Tr::tr("Every item is met."));
    c.args.option({QStringLiteral("override")}, Tr::tr("Let the application go on despite failed items."),
                  QStringLiteral("REASON"));
    if (std::optional<int> stop = c.start(argv, io, 2, 2))
        return *stop;
    Result<qint64> app = c.application(c.args.positionals()[1]);
    if (!app)
        return io.fail(app.error());
    const QString code = c.args.positionals()[1];
    const QString note = c.args.value(QStringLiteral("note"));
    Status s;
    if (c.args.isSet(QStringLiteral("all-pass"))) {
        s = c.perform(action::passFormal(c.round(), *app, code, note));
    } else if (c.args.isSet(QStringLiteral("item"))) {
        if (c.args.isSet(QStringLiteral("pass")) == c.args.isSet(QStringLiteral("fail")))
            return io.fail(Error::usage(Tr::tr("give --pass or --fail")));
        s = c.perform(action::recordFormal(c.round(), *app, code, c.args.value(QStringLiteral("item")),
                                           c.args.isSet(QStringLiteral("pass")), note));
    } else if (c.args.isSet(QStringLiteral("override"))) {
        s = c.perform(action::overrideFormal(c.round(), *app, code, c.args.value(QStringLiteral("override"))));
    }
    if (!s)
        return io.fail(s.error());
    workflow::FormalReview review(c.db(), c.round());
    Result<QList<workflow::FormalItem>> items = review.items(*app);
    if (!items)
        return io.fail(items.error());
    for (const workflow::FormalItem& i : *items)
        io.out << (i.passed ? (*i.passed ? QStringLiteral("[✓] ") : QStringLiteral("[✗] ")) : QStringLiteral("[ ] "))
               << i.key << (i.note.isEmpty() ? QString() : QStringLiteral(" — ") + i.note) << Qt::endl;
    return Success;
}

int runFormalBatch(const QStringList& argv, Io& io)
{
    Command c("formal-batch", Tr::tr("The formal review of many applications as one action: every item met and on to "
                                     "expert review (--pass), or one item not met and not accepted (--fail ITEM "
                                     "--note TEXT). All or none."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.positional(QStringLiteral("APPLICATION"), Tr::tr("The applications' codes (or --all)."),
                      QStringLiteral("[APPLICATION...]"));
    c.args.option({QStringLiteral("all")}, Tr::tr("Every application still recommended or in formal review."));
    c.args.option({QStringLiteral("pass")}, Tr::tr("Every checklist item is met."));
    c.args.option({QStringLiteral("fail")}, Tr::tr("This checklist item (its text) is not met."),
                  QStringLiteral("ITEM"));
    c.args.option({QStringLiteral("note")}, Tr::tr("A note; the reason when an item is not met."),
                  QStringLiteral("TEXT"));
    if (std::optional<int> stop = c.start(argv, io, 1, INT_MAX))
        return *stop;
    if (c.args.isSet(QStringLiteral("pass")) == c.args.isSet(QStringLiteral("fail")))
        return io.fail(Error::usage(Tr::tr("give --pass or --fail ITEM")));
    const QStringList given = c.args.positionals().mid(1);
    if (c.args.isSet(QStringLiteral("all")) == !given.isEmpty())
        return io.fail(Error::usage(Tr::tr("name the applications or give --all")));
    action::FormalBatch batch;
    if (c.args.isSet(QStringLiteral("all"))) {
        Result<db::Statement> st = c.db().prepare(
            "SELECT id, code FROM application WHERE round_id = ?1 AND state IN ('recommended', 'formal_review') "
            "ORDER BY code");
        if (!st)
            return io.fail(st.error());
        st->bind(1, c.round().id);
        if (Status s = st->forEach([&](const db::Statement& r) {
                batch.ids << r.integer(0);
                batch.codes << r.text(1);
            });
            !s)
            return io.fail(s.error());
    } else {
        for (const QString& code : given) {
            Result<qint64> app = c.application(code);
            if (!app)
                return io.fail(app.error());
            batch.ids << *app;
            batch.codes << code;
        }
    }
    if (c.args.isSet(QStringLiteral("fail")))
        batch.failedItem = c.args.value(QStringLiteral("fail"));
    batch.note = c.args.value(QStringLiteral("note"));
    Result<action::Done> done = action::perform(c.db(), action::formalReviewBatch(c.round(), batch));
    if (!done)
        return io.fail(done.error());
    io.out << done->summary << Qt::endl;
    return Success;
}

int runCalendar(const QStringList& argv, Io& io)
{
    Command c("calendar", Tr::tr("Holidays and make-up working days (调休) for working-day arithmetic; lists them."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.option({QStringLiteral("holiday")}, Tr::tr("A public holiday (repeatable)."), QStringLiteral("DATE"));
    c.args.option({QStringLiteral("workday")}, Tr::tr("A weekend day worked instead (repeatable)."),
                  QStringLiteral("DATE"));
    c.args.option({QStringLiteral("note")}, Tr::tr("e.g. 国庆节."), QStringLiteral("TEXT"));
    c.args.option({QStringLiteral("import")},
                  Tr::tr("A year's arrangement from a file: CSV or .xlsx with date, kind, note (日期, 类型, 说明), "
                         "or iCalendar (.ics)."),
                  QStringLiteral("FILE"));
    if (std::optional<int> stop = c.start(argv, io, 1, 1))
        return *stop;
    if (c.args.isSet(QStringLiteral("import"))) {
        Result<QList<workflow::CalendarEntry>> read =
            workflow::readCalendarFile(c.args.value(QStringLiteral("import")));
        if (!read)
            return io.fail(read.error());
        Result<action::Done> stored = action::perform(
            c.db(), action::importCalendar(*read, QFileInfo(c.args.value(QStringLiteral("import"))).fileName()));
        if (!stored)
            return io.fail(stored.error());
        io.err << Tr::tr("%1 day(s) imported").arg(stored->out.value(QStringLiteral("stored")).toInt()) << Qt::endl;
    }
    // Every day given is one action, all in one transaction: a bad date changes nothing.
    QList<std::pair<QDate, workflow::Calendar::Kind>> days;
    for (const auto& [option, kind] : {std::pair{"holiday", workflow::Calendar::Kind::Holiday},
                                       std::pair{"workday", workflow::Calendar::Kind::Workday}}) {
        for (const QString& text : c.args.values(QString::fromLatin1(option))) {
            Result<QDate> day = parseDate(text);
            if (!day)
                return io.fail(day.error());
            days.append({*day, kind});
        }
    }
    if (!days.isEmpty()) {
        db::Transaction tx(c.db());
        Status s = tx.status();
        for (const auto& [day, kind] : days)
            if (s)
                s = c.perform(action::setCalendarDay(day, kind, c.args.value(QStringLiteral("note"))));
        if (s)
            s = tx.commit();
        if (!s)
            return io.fail(s.error());
    }
    Result<db::Statement> st = c.db().prepare("SELECT day, kind, note FROM calendar_day ORDER BY day");
    if (!st)
        return io.fail(st.error());
    (void)st->forEach(
        [&](const db::Statement& r) { io.out << r.text(0) << ' ' << r.text(1) << ' ' << r.text(2) << Qt::endl; });
    return Success;
}

int runNotice(const QStringList& argv, Io& io)
{
    Command c("notice", Tr::tr("Publish the proposed applications (or the ones named) on public notice for N working "
                               "days from a start date."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.positional(QStringLiteral("APPLICATION"), Tr::tr("Applications (default: every proposed one)."),
                      QStringLiteral("[APPLICATION...]"));
    c.args.option({QStringLiteral("start")}, Tr::tr("First day of the notice."), QStringLiteral("DATE"));
    c.args.option({QStringLiteral("days")}, Tr::tr("Working days (default: setting notice.working_days)."),
                  QStringLiteral("N"));
    c.args.option({QStringLiteral("title")}, Tr::tr("The notice's title."), QStringLiteral("TEXT"));
    c.args.option({QStringLiteral("contact")}, Tr::tr("How to object (address, telephone)."), QStringLiteral("TEXT"));
    if (std::optional<int> stop = c.start(argv, io, 1, -1))
        return *stop;
    Result<QDate> start = parseDate(c.args.value(QStringLiteral("start")));
    if (!start)
        return io.fail(start.error());
    QList<qint64> apps;
    for (const QString& code : c.args.positionals().mid(1)) {
        Result<qint64> id = c.application(code);
        if (!id)
            return io.fail(id.error());
        apps << *id;
    }
    std::optional<int> days;
    if (c.args.isSet(QStringLiteral("days"))) {
        Result<int> n = c.args.integer(QStringLiteral("days"), 1, 60);
        if (!n)
            return io.fail(n.error());
        days = *n;
    }
    // One transaction: the notices whose first day has come start, then the new one is published.
    db::Transaction tx(c.db());
    if (Status s = tx.status(); !s)
        return io.fail(s.error());
    notice::NoticeService service(c.db(), c.round());
    Result<action::Done> startedDone = action::perform(c.db(), action::startDueNotices(c.round()));
    if (!startedDone)
        return io.fail(startedDone.error());
    const int started = startedDone->out.value(QStringLiteral("started")).toInt();
    Result<QList<qint64>> publishable = service.publishable();
    if (!publishable)
        return io.fail(publishable.error());
    const auto reportStarted = [&] {
        if (started > 0)
            io.out << Tr::tr("%1 application(s) went on public notice: their notice has begun").arg(started)
                   << Qt::endl;
    };
    if (apps.isEmpty() && publishable->isEmpty() && started > 0) {
        // Nothing new to publish, but notices published ahead of time have begun: that is what was due.
        if (Status s = tx.commit(); !s)
            return io.fail(s.error());
        reportStarted();
        return Success;
    }
    Result<action::Done> published =
        action::perform(c.db(), action::publishNotice(c.round(), c.args.value(QStringLiteral("title")), *start, days,
                                                      c.args.value(QStringLiteral("contact")), apps));
    if (!published)
        return io.fail(published.error());
    Result<QList<notice::Notice>> notices = service.notices();
    if (!notices)
        return io.fail(notices.error());
    const qint64 noticeId = published->out.value(QStringLiteral("notice")).toLongLong();
    const auto n =
        std::find_if(notices->cbegin(), notices->cend(), [&](const notice::Notice& x) { return x.id == noticeId; });
    if (n == notices->cend())
        return io.fail(Error::database(QStringLiteral("the notice just published is missing")));
    if (Status s = tx.commit(); !s)
        return io.fail(s.error());
    reportStarted();
    Result<QList<int>> unknownYears = workflow::yearsWithoutCalendar(c.db(), n->start, n->end);
    if (unknownYears && !unknownYears->isEmpty())
        io.err << Tr::tr("warning: %1").arg(workflow::missingYearsWarning(*unknownYears)) << Qt::endl;
    io.out << Tr::tr("%1: %2 applications, %3 to %4 (%5 working days)")
                  .arg(n->title)
                  .arg(n->applications.size())
                  .arg(n->start.toString(Qt::ISODate), n->end.toString(Qt::ISODate))
                  .arg(n->workingDays)
           << Qt::endl;
    return Success;
}

int runObjection(const QStringList& argv, Io& io)
{
    Command c("objection", Tr::tr("Record a written objection against an application on public notice (sealed by "
                                  "an organisation or signed with a real name), or resolve one with --resolve."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.positional(QStringLiteral("APPLICATION"), Tr::tr("The application's code."));
    c.args.option({QStringLiteral("from")}, Tr::tr("Who raises it."), QStringLiteral("NAME"));
    c.args.option({QStringLiteral("sealed")}, Tr::tr("Sealed by an organisation."));
    c.args.option({QStringLiteral("signed")}, Tr::tr("Signed with a real name."));
    c.args.option({QStringLiteral("received")}, Tr::tr("Date received (default today)."), QStringLiteral("DATE"));
    c.args.option({QStringLiteral("content")}, Tr::tr("What it says."), QStringLiteral("TEXT"));
    c.args.option({QStringLiteral("resolve")},
                  Tr::tr("Resolve the application's pending objection: upheld or dismissed."),
                  QStringLiteral("OUTCOME"));
    c.args.option({QStringLiteral("handling")}, Tr::tr("How it was handled."), QStringLiteral("TEXT"));
    if (std::optional<int> stop = c.start(argv, io, 2, 2))
        return *stop;
    Result<qint64> app = c.application(c.args.positionals()[1]);
    if (!app)
        return io.fail(app.error());
    // One transaction: the notices whose first day has come start (the objection may be against one of them),
    // then the objection is recorded or resolved; a refusal changes nothing.
    db::Transaction tx(c.db());
    if (Status s = tx.status(); !s)
        return io.fail(s.error());
    if (std::optional<int> stop = c.startDueNotices(io))
        return *stop;
    notice::NoticeService service(c.db(), c.round());
    if (c.args.isSet(QStringLiteral("resolve"))) {
        Result<QList<notice::Objection>> list = service.objections(*app);
        if (!list)
            return io.fail(list.error());
        for (const notice::Objection& o : *list) {
            if (o.outcome == QLatin1String("pending")) {
                if (Status s =
                        c.perform(action::resolveObjection(c.round(), o.id, c.args.value(QStringLiteral("resolve")),
                                                           c.args.value(QStringLiteral("handling"))));
                    !s)
                    return io.fail(s.error());
                if (Status s = tx.commit(); !s)
                    return io.fail(s.error());
                return Success;
            }
        }
        return io.fail(Error::input(Tr::tr("the application has no pending objection")));
    }
    const QDate received = c.args.isSet(QStringLiteral("received"))
                               ? QDate::fromString(c.args.value(QStringLiteral("received")), Qt::ISODate)
                               : workflow::WorkflowService(c.db(), c.round()).today();
    const QString how = c.args.isSet(QStringLiteral("sealed"))   ? QStringLiteral("sealed")
                        : c.args.isSet(QStringLiteral("signed")) ? QStringLiteral("signed")
                                                                 : QString();
    if (Status s = c.perform(action::addObjection(c.round(), *app, c.args.positionals()[1], received,
                                                  c.args.value(QStringLiteral("from")), how,
                                                  c.args.value(QStringLiteral("content"))));
        !s)
        return io.fail(s.error());
    if (Status s = tx.commit(); !s)
        return io.fail(s.error());
    return Success;
}

int runApprove(const QStringList& argv, Io& io)
{
    Command c("approve",
              Tr::tr("Approve every application whose public notice is over and whose objections are all "
                     "resolved; they go on to construction (factories, zones) or become valid (scenarios)."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    if (std::optional<int> stop = c.start(argv, io, 1, 1))
        return *stop;
    Result<action::Done> done = action::perform(c.db(), action::approveReady(c.round()));
    if (!done)
        return io.fail(done.error());
    io.out << Tr::tr("%1 approved").arg(done->out.value(QStringLiteral("approved")).toInt()) << Qt::endl;
    return Success;
}

/// `due --met APPLICATION --milestone KIND`: the earliest open milestone of that kind is met.
int markMet(Command& c, Io& io)
{
    const QString code = c.args.value(QStringLiteral("met"));
    const QString kind = c.args.value(QStringLiteral("milestone"));
    if (kind.isEmpty())
        return io.fail(Error::usage(Tr::tr("say which milestone was met: --milestone KIND")));
    QDate day = QDate::currentDate();
    if (c.args.isSet(QStringLiteral("on"))) {
        day = QDate::fromString(c.args.value(QStringLiteral("on")), Qt::ISODate);
        if (!day.isValid())
            return io.fail(Error::usage(Tr::tr("--on takes a date as YYYY-MM-DD")));
    }
    Result<QList<notice::Milestone>> open = notice::milestones(c.db(), c.round(), QDate());
    if (!open)
        return io.fail(open.error());
    for (const notice::Milestone& m : *open) {
        if (m.applicationCode != code || m.kind != kind)
            continue;
        if (Status s = c.perform(action::markMilestone(c.round(), m.id, day, c.args.value(QStringLiteral("note")))); !s)
            return io.fail(s.error());
        io.out << Tr::tr("%1: %2 due %3 met on %4")
                      .arg(code, notice::milestoneName(kind), m.due.toString(Qt::ISODate), day.toString(Qt::ISODate))
               << Qt::endl;
        return Success;
    }
    return io.fail(Error::input(Tr::tr("%1 has no open milestone '%2'").arg(code, kind)));
}

int runDue(const QStringList& argv, Io& io)
{
    Command c("due", Tr::tr("What falls due after approval in the coming days (construction end, acceptance, progress "
                            "reports, validity end), and what is overdue."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.option({QStringLiteral("days")}, Tr::tr("How far ahead (default 90)."), QStringLiteral("N"),
                  QStringLiteral("90"));
    c.args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                  QStringLiteral("table"));
    c.args.option({QStringLiteral("met")},
                  Tr::tr("Record that APPLICATION met its earliest open milestone of --milestone (e.g. a progress "
                         "report received) instead of listing."),
                  QStringLiteral("APPLICATION"));
    c.args.option({QStringLiteral("milestone")},
                  Tr::tr("With --met: construction_end, acceptance, progress_report, validity_end or reevaluation."),
                  QStringLiteral("KIND"));
    c.args.option({QStringLiteral("on")}, Tr::tr("With --met: the day it was met (default today)."),
                  QStringLiteral("DATE"));
    c.args.option({QStringLiteral("note")}, Tr::tr("With --met: a note (e.g. the report's reference)."),
                  QStringLiteral("TEXT"));
    if (std::optional<int> stop = c.start(argv, io, 1, 1))
        return *stop;
    if (c.args.isSet(QStringLiteral("met")))
        return markMet(c, io);
    Result<int> days = c.args.integer(QStringLiteral("days"), 1, 3650);
    Result<Format> format = parseFormat(c.args.value(QStringLiteral("format")));
    if (!days || !format)
        return io.fail(days ? format.error() : days.error());
    if (std::optional<int> stop = c.startDueNotices(io))
        return *stop;
    Result<QList<notice::DueItem>> items = notice::NoticeService(c.db(), c.round()).due(*days);
    if (!items)
        return io.fail(items.error());
    QList<QJsonObject> rows;
    for (const notice::DueItem& d : *items)
        rows.append({{QStringLiteral("application"), d.applicationCode},
                     {QStringLiteral("kind"), d.kind},
                     {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                     {QStringLiteral("overdue"), d.overdue},
                     {QStringLiteral("title"), d.title}});
    writeRecords(io.out, *format,
                 {QStringLiteral("application"), QStringLiteral("kind"), QStringLiteral("due"),
                  QStringLiteral("overdue"), QStringLiteral("title")},
                 rows);
    return Success;
}

int runReeval(const QStringList& argv, Io& io)
{
    Command c("reeval", Tr::tr("Start a re-evaluation round from the titles that are due (--year, --title), or apply a "
                               "re-evaluation round's conclusions to the titles (--apply)."));
    c.args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    c.args.option({QStringLiteral("year")}, Tr::tr("The new round's year."), QStringLiteral("YEAR"));
    c.args.option({QStringLiteral("title")}, Tr::tr("The new round's title."), QStringLiteral("TITLE"));
    c.args.option({QStringLiteral("within")}, Tr::tr("Include titles ending within N days (default 180)."),
                  QStringLiteral("N"), QStringLiteral("180"));
    c.args.option({QStringLiteral("apply")},
                  Tr::tr("Apply the conclusions of the re-evaluation round given by --round."));
    if (std::optional<int> stop = c.start(argv, io, 1, 1))
        return *stop;
    if (c.args.isSet(QStringLiteral("apply"))) {
        Result<action::Done> done = action::perform(c.db(), action::applyReevaluation(c.round()));
        if (!done)
            return io.fail(done.error());
        io.out << Tr::tr("%1 titles kept or revoked").arg(done->out.value(QStringLiteral("applied")).toInt())
               << Qt::endl;
        return Success;
    }
    Result<int> year = c.args.integer(QStringLiteral("year"), 2000, 2100);
    Result<int> within = c.args.integer(QStringLiteral("within"), 0, 3650);
    if (!year || !within)
        return io.fail(year ? within.error() : year.error());
    Result<action::Done> done = action::perform(
        c.db(), action::startReevaluation(c.round(), *year, c.args.value(QStringLiteral("title")), *within));
    if (!done)
        return io.fail(done.error());
    io.out << done->out.value(QStringLiteral("round")).toString() << Qt::endl;
    return Success;
}

} // namespace

void registerWorkflowCommands(Registry& registry)
{
    registry.add({QStringLiteral("status"), Tr::tr("each application's state and next due date"), runStatus});
    registry.add({QStringLiteral("transition"), Tr::tr("move an application to another state"), runTransition});
    registry.add({QStringLiteral("revert"), Tr::tr("reverse an application's latest state change"), runRevert});
    registry.add({QStringLiteral("formal"), Tr::tr("record the formal review of an application"), runFormal});
    registry.add(
        {QStringLiteral("formal-batch"), Tr::tr("formal review of many applications in one action"), runFormalBatch});
    registry.add({QStringLiteral("calendar"), Tr::tr("holidays and make-up working days"), runCalendar});
    registry.add({QStringLiteral("notice"), Tr::tr("publish applications on public notice"), runNotice});
    registry.add({QStringLiteral("objection"), Tr::tr("record or resolve an objection"), runObjection});
    registry.add({QStringLiteral("approve"), Tr::tr("approve applications whose notice is over"), runApprove});
    registry.add({QStringLiteral("due"), Tr::tr("what falls due after approval"), runDue});
    registry.add({QStringLiteral("reeval"), Tr::tr("start or apply a re-evaluation round"), runReeval});
}

} // namespace rb::cli
