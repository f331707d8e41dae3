// SPDX-License-Identifier: GPL-3.0-or-later
#include "action/ReviewActions.h"
#include "cli/Cli.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"

#include "domain/Criteria.h"
#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"
#include "repo/RoundRepository.h"
#include "repo/RoundSettings.h"
#include "round/RoundSetup.h"
#include "storage/Schema.h"

#include <QCoreApplication>

namespace rb::cli {

namespace {

int runNew(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("new"), Tr::tr("Create a round database with a round, or add a round to an existing file. "
                                            "Prints the round's code."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database (.rbdb) to create or extend."));
    args.option({QStringLiteral("category")}, Tr::tr("scenario, factory, zone or reeval."), QStringLiteral("CATEGORY"));
    args.option({QStringLiteral("year")}, Tr::tr("The round's year."), QStringLiteral("YEAR"));
    args.option({QStringLiteral("title")}, Tr::tr("The round's title."), QStringLiteral("TITLE"));
    args.option({QStringLiteral("template")},
                Tr::tr("Criteria: a built-in template (scenario, factory, zone, reeval), a criteria file (.csv, .xlsx, "
                       ".json) or none. Default: the category's built-in template."),
                QStringLiteral("NAME|FILE"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    const std::optional<Category> category = category::fromKey(args.value(QStringLiteral("category")));
    if (!category)
        return io.fail(Error::usage(Tr::tr("--category must be scenario, factory, zone or reeval")));
    if (!args.isSet(QStringLiteral("year")) || !args.isSet(QStringLiteral("title")))
        return io.fail(Error::usage(Tr::tr("--year and --title are required")));
    Result<int> year = args.integer(QStringLiteral("year"), 2000, 2100);
    if (!year)
        return io.fail(year.error());
    round::NewRound spec{*category, *year, args.value(QStringLiteral("title")), args.value(QStringLiteral("template"))};
    Result<Round> round = round::createOrAdd(args.positionals().first(), spec, defaultUserName());
    if (!round)
        return io.fail(round.error());
    io.out << round->code << Qt::endl;
    return Success;
}

int runConfig(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("config"),
              Tr::tr("Show or change the round's settings (aggregation rule, thresholds, quotas, ...). "
                     "VALUE 'default' restores the default; 'none' clears an optional setting."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.positional(QStringLiteral("KEY"), Tr::tr("A setting, e.g. aggregation.method or quota.浙江省."),
                    QStringLiteral("[KEY"));
    args.positional(QStringLiteral("VALUE"), Tr::tr("Its new value."), QStringLiteral("[VALUE]]"));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("format")}, Tr::tr("table, csv or json (when listing)."), QStringLiteral("FORMAT"),
                QStringLiteral("table"));
    if (std::optional<int> stop = args.parse(argv, io, 1, 3))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    const QStringList pos = args.positionals();
    Result<Session> session = openRound(pos[0], args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    RoundSettings settings(*session->db, session->round.id);
    if (pos.size() == 3) {
        Result<action::Done> done = action::perform(*session->db, action::setSetting(session->round, pos[1], pos[2]));
        if (!done)
            return io.fail(done.error());
        Result<SettingValue> set = settings.get(pos[1]);
        if (!set)
            return io.fail(set.error());
        io.out << set->definition.key << QStringLiteral(" = ")
               << (set->value.isEmpty() ? QStringLiteral("none") : set->value) << Qt::endl;
        if (!done->summary.isEmpty())
            io.err << done->summary << Qt::endl;
        return Success;
    }
    if (pos.size() == 2) {
        Result<SettingValue> value = settings.get(pos[1]);
        if (!value)
            return io.fail(value.error());
        io.out << (value->value.isEmpty() ? QStringLiteral("none") : value->value) << Qt::endl;
        return Success;
    }
    Result<QList<SettingValue>> all = settings.all();
    if (!all)
        return io.fail(all.error());
    QList<QJsonObject> records;
    for (const SettingValue& v : *all) {
        records.append({{QStringLiteral("key"), v.definition.key},
                        {QStringLiteral("value"), v.value.isEmpty() ? QStringLiteral("none") : v.value},
                        {QStringLiteral("default"), v.isDefault},
                        {QStringLiteral("type"), v.definition.typeName()},
                        {QStringLiteral("description"), v.definition.description()}});
    }
    writeRecords(io.out, *format,
                 {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("default"), QStringLiteral("type"),
                  QStringLiteral("description")},
                 records);
    return Success;
}

int runCheck(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("check"),
              Tr::tr("Check a round database: schema version, SQLite integrity, foreign keys and "
                     "the criteria rules. Changes nothing."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    if (std::optional<int> stop = args.parse(argv, io, 1, 1))
        return *stop;
    const QString path = args.positionals().first();
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(path, db::OpenMode::ReadOnly);
    if (!opened)
        return io.fail(opened.error());
    db::Database& db = **opened;
    Result<qint64> appId = db.scalar("PRAGMA application_id", 0);
    if (!appId)
        return io.fail(Error::io(
            Tr::tr("%1 is not a ReviewBench database, or it is damaged: %2").arg(path, appId.error().message)));
    if (*appId != db::schema::kApplicationId)
        return io.fail(Error::input(Tr::tr("%1 is not a ReviewBench round database").arg(path)));
    Result<int> version = db::schema::version(db);
    if (!version)
        return io.fail(version.error());
    io.out << Tr::tr("file: %1").arg(path) << Qt::endl;
    io.out
        << Tr::tr("schema version: %1 (this program writes version %2)").arg(*version).arg(db::schema::kLatestVersion)
        << Qt::endl;
    if (*version > db::schema::kLatestVersion)
        return io.fail(Error::input(Tr::tr("the file was written by a newer ReviewBench; update the program")));
    Result<QStringList> problems = db::schema::integrityProblems(db);
    if (!problems)
        return io.fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString& p : *problems)
            io.err << QStringLiteral("  ") << p << Qt::endl;
        return io.fail(
            Error::database(Tr::tr("the file is damaged (%n problem(s) found)", nullptr, int(problems->size()))));
    }
    io.out << Tr::tr("integrity: ok") << Qt::endl;
    if (*version < db::schema::kLatestVersion) {
        io.out << Tr::tr("the file will be upgraded to version %1 when it is next opened for writing")
                      .arg(db::schema::kLatestVersion)
               << Qt::endl;
        return Success;
    }
    Result<QList<Round>> rounds = RoundRepository(db).list();
    if (!rounds)
        return io.fail(rounds.error());
    for (const Round& r : *rounds) {
        Result<int> apps = ApplicationRepository(db, r.id).count();
        Result<int> experts = ExpertRepository(db, r.id).count();
        Result<CriteriaTree> tree = CriteriaRepository(db, r.id).tree();
        if (!apps || !experts || !tree)
            return io.fail(Error::database(Tr::tr("cannot read round %1").arg(r.code)));
        io.out << Tr::tr("round %1 (%2 %3, %4): %5 applications, %6 experts, %7 criteria")
                      .arg(r.code, category::key(r.category))
                      .arg(r.year)
                      .arg(r.title)
                      .arg(*apps)
                      .arg(*experts)
                      .arg(tree->size())
               << Qt::endl;
        const QList<Issue> issues = CriteriaTree::validate(tree->items());
        for (const Issue& i : issues)
            io.out << Tr::tr("  warning: criteria: %1").arg(i.toString()) << Qt::endl;
    }
    return Success;
}

} // namespace

void registerRoundCommands(Registry& registry)
{
    registry.add({QStringLiteral("new"), Tr::tr("create a round database or add a round to one"), runNew});
    registry.add({QStringLiteral("config"), Tr::tr("show or change round settings"), runConfig});
    registry.add({QStringLiteral("check"), Tr::tr("check a database's integrity and schema version"), runCheck});
}

} // namespace rb::cli
