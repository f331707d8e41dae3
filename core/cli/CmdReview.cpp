// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "repo/RoundSettings.h"
#include "review/Assignments.h"
#include "review/Dossiers.h"

namespace rb::cli {

namespace {

int runAssign(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("assign"),
              Tr::tr("Assign experts to applications: K per application, never a conflicted expert, loads balanced "
                     "(within one where the conflicts allow), experts whose fields match the sector preferred, "
                     "deterministic for a seed. Existing assignments are kept. Nothing is assigned when an application "
                     "cannot get K experts."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("per-application")},
                Tr::tr("Experts per application (default: the round setting "
                       "assignment.per_application)."),
                QStringLiteral("K"));
    args.option({QStringLiteral("all")}, Tr::tr("Every non-conflicted expert on every application (a panel meeting)."));
    args.option({QStringLiteral("seed")}, Tr::tr("Random seed for the tie-breaks."), QStringLiteral("S"),
                QStringLiteral("1"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    int k = RoundSettings(*session->db, session->round.id).integer(QStringLiteral("assignment.per_application"), 5);
    if (args.isSet(QStringLiteral("per-application"))) {
        Result<int> given = args.integer(QStringLiteral("per-application"), 1, 99);
        if (!given)
            return io.fail(given.error());
        k = *given;
    }
    bool seedOk = false;
    const quint64 seed = args.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return io.fail(Error::usage(Tr::tr("--seed must be a whole number")));
    Result<AssignReport> report =
        AssignmentRepository(*session->db, session->round).assign(k, args.isSet(QStringLiteral("all")), seed);
    if (!report)
        return io.fail(report.error());
    io.out << Tr::tr("%1 assignments made, %2 kept; experts review %3 to %4 applications each")
                  .arg(report->created)
                  .arg(report->kept)
                  .arg(report->minLoad)
                  .arg(report->maxLoad)
           << Qt::endl;
    return Success;
}

int runAttach(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("attach"),
              Tr::tr("Store dossier files (PDF, PNG or JPEG) with an application; they travel "
                     "in the experts' review packages."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("APPLICATION"), Tr::tr("The application's code."));
    args.positional(QStringLiteral("FILE"), Tr::tr("One or more files."), QStringLiteral("FILE..."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    if (std::optional<int> stop = args.parse(argv, io, 3, -1))
        return *stop;
    const QStringList pos = args.positionals();
    Result<Session> session = openRound(pos[0], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    db::Database& db = *session->db;
    Result<qint64> appId =
        db.scalar("SELECT id FROM application WHERE round_id = ?1 AND code = ?2", 0, session->round.id, pos[1]);
    if (!appId)
        return io.fail(appId.error());
    if (*appId == 0)
        return io.fail(Error::input(Tr::tr("there is no application %1 in this round").arg(pos[1])));
    DossierRepository dossiers(db, session->round);
    db::Transaction tx(db);
    if (Status s = tx.status(); !s)
        return io.fail(s.error());
    for (const QString& file : pos.mid(2)) {
        Result<Dossier> d = dossiers.attach(*appId, file);
        if (!d)
            return io.fail(d.error()); // the transaction rolls back: all files or none
        io.out << Tr::tr("%1: %2 (%3 KB)").arg(pos[1], d->fileName).arg((d->size + 1023) / 1024) << Qt::endl;
    }
    if (Status s = tx.commit(); !s)
        return io.fail(s.error());
    return Success;
}

} // namespace

void registerReviewCommands(Registry& registry)
{
    registry.add({QStringLiteral("assign"), Tr::tr("assign experts to applications"), runAssign});
    registry.add({QStringLiteral("attach"), Tr::tr("store dossier files with an application"), runAttach});
}

} // namespace rb::cli
