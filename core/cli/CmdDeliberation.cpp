// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "action/DeliberationActions.h"
#include "deliberation/Deliberation.h"
#include "io/Table.h"

#include <QDate>
#include <QRegularExpression>

namespace rb::cli {

namespace {

QStringList names(const QString& list)
{
    QStringList out;
    for (const QString& n : list.split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
        out << n.trimmed();
    return out;
}

int runCommittee(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("committee"), Tr::tr("List the deliberation committee, or add, edit or remove a member."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("add")}, Tr::tr("A member's name."), QStringLiteral("NAME"));
    args.option({QStringLiteral("edit")},
                Tr::tr("Change the member of this name (with --role, --organisation, "
                       "--rename)."),
                QStringLiteral("NAME"));
    args.option({QStringLiteral("remove")},
                Tr::tr("Remove the member of this name (not once they took part in a concluded case)."),
                QStringLiteral("NAME"));
    args.option(
        {QStringLiteral("import")},
        Tr::tr("Add the members of a roster (CSV or .xlsx: 姓名, 工作单位, 职务) and correct those already there; "
               "all or none."),
        QStringLiteral("FILE"));
    args.option({QStringLiteral("rename")}, Tr::tr("With --edit: the member's new name."), QStringLiteral("NEW"));
    args.option({QStringLiteral("organisation")}, Tr::tr("The member's organisation."), QStringLiteral("TEXT"));
    args.option({QStringLiteral("role")}, Tr::tr("chair, vice_chair, member or secretary (default for --add: member)."),
                QStringLiteral("ROLE"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    const int actions = int(args.isSet(QStringLiteral("add"))) + int(args.isSet(QStringLiteral("edit")))
                        + int(args.isSet(QStringLiteral("remove"))) + int(args.isSet(QStringLiteral("import")));
    if (actions > 1)
        return io.fail(Error::usage(Tr::tr("give one of --add, --edit, --remove and --import")));
    Result<Session> s = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!s)
        return io.fail(s.error());
    std::optional<action::Action> change;
    if (args.isSet(QStringLiteral("add"))) {
        change = action::addMember(s->round, args.value(QStringLiteral("add")),
                                   args.value(QStringLiteral("organisation")), args.value(QStringLiteral("role")));
    } else if (args.isSet(QStringLiteral("edit"))) {
        const std::optional<QString> organisation =
            args.isSet(QStringLiteral("organisation"))
                ? std::optional<QString>(args.value(QStringLiteral("organisation")))
                : std::nullopt;
        change = action::editMember(s->round, args.value(QStringLiteral("edit")), args.value(QStringLiteral("rename")),
                                    organisation, args.value(QStringLiteral("role")));
    } else if (args.isSet(QStringLiteral("remove"))) {
        change = action::removeMember(s->round, args.value(QStringLiteral("remove")));
    } else if (args.isSet(QStringLiteral("import"))) {
        Result<io::Table> table = io::readTable(args.value(QStringLiteral("import")));
        if (!table)
            return io.fail(table.error());
        change = action::importCommittee(s->round, *table);
    }
    if (change) {
        Result<action::Done> done = action::perform(*s->db, std::move(*change));
        if (!done)
            return io.fail(done.error());
        if (!done->summary.isEmpty())
            io.err << done->summary << Qt::endl;
    }
    deliberation::DeliberationService service(*s->db, s->round);
    Result<QList<deliberation::Member>> members = service.members();
    if (!members)
        return io.fail(members.error());
    for (const deliberation::Member& m : *members)
        io.out << m.name << '\t' << m.role << '\t' << m.organisation << Qt::endl;
    return Success;
}

int runMeeting(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("meeting"),
              Tr::tr("Hold a deliberation meeting: record who is absent and put the ready applications on the agenda "
                     "(disagreements and cases near the pass line first)."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("title")}, Tr::tr("The meeting's title."), QStringLiteral("TEXT"));
    args.option({QStringLiteral("date")}, Tr::tr("The day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    args.option({QStringLiteral("place")}, Tr::tr("Where."), QStringLiteral("TEXT"));
    args.option({QStringLiteral("absent")}, Tr::tr("Members absent, separated by commas."), QStringLiteral("NAMES"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<Session> s = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!s)
        return io.fail(s.error());
    // Every absent name is checked before anything is written; then the meeting, its attendance and its agenda
    // are one action: a refusal leaves no meeting behind.
    action::MeetingPlan plan{args.value(QStringLiteral("title")),
                             QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate),
                             args.value(QStringLiteral("place")), names(args.value(QStringLiteral("absent"))), true};
    Result<action::Done> done = action::perform(*s->db, action::holdMeeting(s->round, plan));
    if (!done)
        return io.fail(done.error());
    deliberation::DeliberationService service(*s->db, s->round);
    Result<QList<deliberation::Case>> agenda = service.agenda(done->out.value(QStringLiteral("meeting")).toLongLong());
    if (!agenda)
        return io.fail(agenda.error());
    for (const deliberation::Case& c : *agenda)
        io.out << c.position + 1 << '\t' << c.applicationCode << '\t' << c.title << Qt::endl;
    return Success;
}

int runDecide(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("decide"),
              Tr::tr("Record the committee's vote and conclusion on an application's open case (refused when the vote "
                     "does not support the conclusion under the round's rule)."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("APPLICATION"), Tr::tr("The application's code."));
    args.option({QStringLiteral("conclusion")}, Tr::tr("proposed, revise or rejected."), QStringLiteral("CONCLUSION"));
    args.option({QStringLiteral("for")}, Tr::tr("Members voting for, separated by commas."), QStringLiteral("NAMES"));
    args.option({QStringLiteral("against")}, Tr::tr("Members voting against."), QStringLiteral("NAMES"));
    args.option({QStringLiteral("abstain")}, Tr::tr("Members abstaining."), QStringLiteral("NAMES"));
    args.option({QStringLiteral("recused")}, Tr::tr("Members recused for this case, NAME:REASON separated by commas."),
                QStringLiteral("LIST"));
    args.option({QStringLiteral("opinion")},
                Tr::tr("The committee's collective opinion (default: the one already recorded)."),
                QStringLiteral("TEXT"));
    args.option({QStringLiteral("conditions")},
                Tr::tr("What must be revised, for revise (default: the conditions already recorded)."),
                QStringLiteral("TEXT"));
    args.option({QStringLiteral("dissent")}, Tr::tr("A dissenting opinion, NAME:TEXT."), QStringLiteral("TEXT"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 2, 2))
        return *stop;
    Result<Session> s = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!s)
        return io.fail(s.error());
    db::Database& db = *s->db;
    Result<qint64> caseId =
        db.scalar("SELECT max(c.id) FROM deliberation_case c JOIN application a ON a.id = "
                  "c.application_id WHERE a.round_id = ?1 AND a.code = ?2 AND c.concluded_at IS NULL",
                  0, s->round.id, args.positionals()[1]);
    if (!caseId)
        return io.fail(caseId.error());
    if (!*caseId)
        return io.fail(Error::input(Tr::tr("%1 has no open case on a meeting's agenda").arg(args.positionals()[1])));
    deliberation::DeliberationService service(db, s->round);
    Result<deliberation::Case> c = service.caseOf(*caseId);
    if (!c)
        return io.fail(c.error());
    auto find = [&](const QString& name) -> deliberation::Participation* {
        for (deliberation::Participation& p : c->members) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    };
    for (const QString& entry : names(args.value(QStringLiteral("recused")))) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        deliberation::Participation* p = find(colon < 0 ? entry : entry.left(colon));
        if (!p)
            return io.fail(Error::input(Tr::tr("%1 is not a member of the committee").arg(entry)));
        p->recused = true;
        p->recusalReason = colon < 0 ? QString() : entry.mid(colon + 1);
    }
    for (const auto& [option, vote] :
         {std::pair{"for", "for"}, std::pair{"against", "against"}, std::pair{"abstain", "abstain"}}) {
        for (const QString& name : names(args.value(QString::fromLatin1(option)))) {
            deliberation::Participation* p = find(name);
            if (!p)
                return io.fail(Error::input(Tr::tr("%1 is not a member of the committee").arg(name)));
            p->vote = QString::fromLatin1(vote);
        }
    }
    const QString dissent = args.value(QStringLiteral("dissent"));
    if (!dissent.isEmpty()) {
        const qsizetype colon = dissent.indexOf(QLatin1Char(':'));
        deliberation::Participation* p = colon < 0 ? nullptr : find(dissent.left(colon));
        if (!p)
            return io.fail(Error::input(Tr::tr("--dissent is NAME:TEXT, NAME a member of the committee")));
        p->dissent = dissent.mid(colon + 1);
    }
    QList<deliberation::Participation> parts;
    for (const deliberation::Participation& p : c->members) {
        if (p.recused || !p.vote.isEmpty() || !p.dissent.isEmpty())
            parts << p;
    }
    // The record written earlier (e.g. on the case screen) stays unless the command gives a new one.
    auto given = [&](const char* option, const QString& recorded) {
        const QString name = QString::fromLatin1(option);
        return args.isSet(name) ? args.value(name) : recorded;
    };
    const action::CaseRecord record{c->presentation, c->questions, given("opinion", c->collectiveOpinion),
                                    given("conditions", c->conditions)};
    Result<action::Done> done =
        action::perform(db, action::decideCase(s->round, *caseId, args.positionals()[1], parts, record,
                                               args.value(QStringLiteral("conclusion"))));
    if (!done)
        return io.fail(done.error());
    io.out << args.positionals()[1] << QStringLiteral(": ") << args.value(QStringLiteral("conclusion")) << Qt::endl;
    return Success;
}

} // namespace

void registerDeliberationCommands(Registry& registry)
{
    registry.add({QStringLiteral("committee"), Tr::tr("list, add, edit or remove deliberation committee members"),
                  runCommittee});
    registry.add({QStringLiteral("meeting"), Tr::tr("hold a deliberation meeting and prepare its agenda"), runMeeting});
    registry.add({QStringLiteral("decide"), Tr::tr("record the vote and conclusion on a case"), runDecide});
}

} // namespace rb::cli
