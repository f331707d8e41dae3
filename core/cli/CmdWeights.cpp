// SPDX-License-Identifier: GPL-3.0-or-later
// reviewbench-cli weights: criteria weights by the analytic hierarchy process (AHP).
#include "cli/Cli.h"

#include "action/Action.h"
#include "action/ReviewActions.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "common/Tr.h"
#include "repo/CriteriaRepository.h"
#include "weights/CriteriaWeights.h"

namespace rb::cli {

namespace {

int runWeights(const QStringList& argv, Io& io)
{
    Args args(QStringLiteral("weights"),
              Tr::tr("Criteria weights by the analytic hierarchy process (层次分析法): each FILE is one committee "
                     "member's pairwise comparison matrix over the children of --parent (CSV or .xlsx; criterion "
                     "codes as the header row and the first column; Saaty's 1-9 scale written 3, 1/3 or 0.5; the lower "
                     "triangle may be empty). Several files are aggregated by the geometric mean of the judgments. "
                     "Prints each criterion's weight and points, lambda_max, CI and CR; --apply sets the points."));
    args.positional(QStringLiteral("DB"), Tr::tr("The round database."));
    args.option({QStringLiteral("round")}, roundOptionHelp(), QStringLiteral("CODE"));
    args.option({QStringLiteral("pairwise")}, Tr::tr("A pairwise comparison matrix (repeat for each member)."),
                QStringLiteral("FILE"));
    args.option({QStringLiteral("parent")},
                Tr::tr("The criterion whose sub-criteria are compared (default: the first-level criteria)."),
                QStringLiteral("CODE"));
    args.option({QStringLiteral("apply")},
                Tr::tr("Set the compared criteria's points (the parent's points split by weight, in half points; "
                       "their sub-criteria scaled in proportion). Refused once scores count."));
    args.option({QStringLiteral("force")}, Tr::tr("Apply even when the consistency ratio is above 0.10."));
    args.option({QStringLiteral("format")}, Tr::tr("table, csv or json."), QStringLiteral("FORMAT"),
                QStringLiteral("table"));
    // The files may also follow DB as positional arguments after --pairwise's first one.
    if (std::optional<int> stop = args.parse(argv, io, 1, -1))
        return *stop;
    Result<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return io.fail(format.error());
    QStringList files = args.values(QStringLiteral("pairwise"));
    files << args.positionals().mid(1);
    if (files.isEmpty())
        return io.fail(Error::usage(Tr::tr("give at least one --pairwise FILE")));
    if (args.isSet(QStringLiteral("force")) && !args.isSet(QStringLiteral("apply")))
        return io.fail(Error::usage(Tr::tr("--force only goes with --apply")));
    Result<Session> session = openRound(args.positionals().first(), args.value(QStringLiteral("round")));
    if (!session)
        return io.fail(session.error());
    Result<CriteriaTree> tree = CriteriaRepository(*session->db, session->round.id).tree();
    if (!tree)
        return io.fail(tree.error());
    const QString parent = args.value(QStringLiteral("parent"));
    Result<QStringList> codes = ahp::comparedCodes(*tree, parent);
    if (!codes)
        return io.fail(codes.error());
    QList<ahp::Matrix> matrices;
    for (const QString& file : files) {
        Result<ahp::Matrix> m = ahp::readMatrix(file, *codes);
        if (!m)
            return io.fail(m.error());
        matrices << *m;
    }
    Result<ahp::Analysis> analysis = ahp::analyse(*tree, parent, matrices);
    if (!analysis)
        return io.fail(analysis.error());
    if (args.isSet(QStringLiteral("apply"))) {
        Result<action::Done> done = action::perform(
            *session->db, action::applyWeights(session->round, *analysis, args.isSet(QStringLiteral("force"))));
        if (!done)
            return io.fail(done.error());
    }
    const ahp::Analysis& a = *analysis;
    if (*format == Format::Json) {
        QJsonObject o = a.toJson();
        o.insert(QStringLiteral("applied"), args.isSet(QStringLiteral("apply")));
        writeJson(io.out, o);
        return Success;
    }
    QList<QJsonObject> records;
    for (int k = 0; k < a.codes.size(); ++k)
        records.append({{QStringLiteral("code"), a.codes[k]},
                        {QStringLiteral("name"), a.names[k]},
                        {QStringLiteral("weight"), QString::number(a.weights4[std::size_t(k)], 'f', 4)},
                        {QStringLiteral("points"), a.points[std::size_t(k)]}});
    writeRecords(io.out, *format,
                 {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("points")},
                 records);
    if (*format == Format::Table) {
        io.out << Qt::endl
               << Tr::tr("lambda_max %1 · CI %2 · CR %3 (%4)")
                      .arg(a.weights.lambdaMax, 0, 'f', 4)
                      .arg(a.weights.ci, 0, 'f', 4)
                      .arg(a.weights.cr, 0, 'f', 4)
                      .arg(a.weights.consistent() ? Tr::tr("consistent") : Tr::tr("not consistent: CR > 0.10"))
               << Qt::endl;
        for (const ahp::Judge& j : a.judges)
            io.out << Tr::tr("  %1: CR %2").arg(j.source).arg(j.weights.cr, 0, 'f', 4) << Qt::endl;
        if (a.worst && !a.weights.consistent())
            io.out << Tr::tr("The judgment furthest from the others: '%1' against '%2' is %3; %4 would fit.")
                          .arg(a.codes[a.worst->row], a.codes[a.worst->column], ahp::formatJudgment(a.worst->given),
                               ahp::formatJudgment(a.worst->suggested))
                   << Qt::endl;
        if (args.isSet(QStringLiteral("apply")))
            io.out << Tr::tr("Applied: the criteria's points are set.") << Qt::endl;
    }
    return Success;
}

} // namespace

void registerWeightsCommand(Registry& registry)
{
    registry.add(
        {QStringLiteral("weights"), Tr::tr("criteria weights by the analytic hierarchy process (AHP)"), runWeights});
}

} // namespace rb::cli
