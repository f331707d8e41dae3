// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "common/Tr.h"

#include "demo/Demo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rb::cli {

namespace {

int runDemo(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("demo"), Tr::tr("Create a realistic synthetic round (deterministic for a seed): Chinese "
                                             "organisation names, valid credit codes, regions and sectors in realistic "
                                             "proportions, experts of whom some work for applicants."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database to create."));
    args.option({QStringLiteral("applications")}, Tr::tr("Number of applications."), QStringLiteral("N"),
                QStringLiteral("240"));
    args.option({QStringLiteral("experts")}, Tr::tr("Number of experts."), QStringLiteral("M"), QStringLiteral("45"));
    args.option({QStringLiteral("per-application")}, Tr::tr("Experts per application."), QStringLiteral("K"),
                QStringLiteral("5"));
    args.option({QStringLiteral("seed")}, Tr::tr("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    args.option({QStringLiteral("category")}, Tr::tr("scenario, factory, zone or reeval."), QStringLiteral("CATEGORY"),
                QStringLiteral("factory"));
    args.option({QStringLiteral("year")}, Tr::tr("The round's year."), QStringLiteral("YEAR"), QStringLiteral("2025"));
    args.option({QStringLiteral("force")}, Tr::tr("Replace the file if it exists."));
    args.option({QStringLiteral("no-assign")}, Tr::tr("Leave the experts unassigned."));
    args.option({QStringLiteral("scored")}, Tr::tr("Also fill, submit and merge every expert's package with synthetic "
                                                   "scores (through the real package path)."));
    args.option({QStringLiteral("lifecycle")},
                Tr::tr("Also run the lifecycle: formal review, scoring, a committee meeting with its records and "
                       "votes, a public notice with objections, and an earlier round now under construction."));
    args.option({QStringLiteral("criteria")},
                Tr::tr("Synthetic criteria with N scored leaves (N divides 200) instead "
                       "of the category's template."),
                QStringLiteral("N"), QStringLiteral("0"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    demo::DemoSpec spec;
    const std::optional<Category> category = category::fromKey(args.value(QStringLiteral("category")));
    if (!category)
        return io.fail(Error::usage(Tr::tr("--category must be scenario, factory, zone or reeval")));
    spec.category = *category;
    Result<int> apps = args.integer(QStringLiteral("applications"), 1, 1000000);
    Result<int> experts = args.integer(QStringLiteral("experts"), 1, 100000);
    Result<int> per = args.integer(QStringLiteral("per-application"), 1, 99);
    Result<int> year = args.integer(QStringLiteral("year"), 2000, 2100);
    for (const Result<int>* r : {&apps, &experts, &per, &year}) {
        if (!r->ok())
            return io.fail(r->error());
    }
    bool seedOk = false;
    spec.seed = args.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return io.fail(Error::usage(Tr::tr("--seed must be a whole number")));
    spec.applications = *apps;
    spec.experts = *experts;
    spec.perApplication = *per;
    spec.year = *year;
    spec.assign = !args.isSet(QStringLiteral("no-assign"));
    spec.scored = args.isSet(QStringLiteral("scored"));
    spec.lifecycle = args.isSet(QStringLiteral("lifecycle"));
    Result<int> criteria = args.integer(QStringLiteral("criteria"), 0, 200);
    if (!criteria)
        return io.fail(criteria.error());
    if (*criteria > 0 && 200 % *criteria != 0)
        return io.fail(Error::usage(Tr::tr("--criteria must divide 200 (e.g. 20 or 25)")));
    spec.criteria = *criteria;
    const QString path = args.positionals().first();
    if (QFileInfo::exists(path)) {
        if (!args.isSet(QStringLiteral("force")))
            return io.fail(Error::usage(Tr::tr("%1 already exists; choose another file or add --force").arg(path)));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    Result<Round> round = demo::createDemo(path, spec, defaultUserName());
    if (!round)
        return io.fail(round.error());
    io.out << round->code << Qt::endl;
    return Success;
}

} // namespace

void registerDemoCommand(Registry& registry)
{
    registry.add({QStringLiteral("demo"), Tr::tr("create a realistic synthetic round"), runDemo});
}

} // namespace rb::cli
