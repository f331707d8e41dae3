// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/CriteriaWeights.h"

#include "common/Tr.h"

#include <QJsonArray>

#include <cmath>

namespace rb::ahp {

namespace {

double round4(double v)
{
    return std::round(v * 10000) / 10000;
}

QJsonArray matrixJson(const Matrix& m)
{
    QJsonArray rows;
    for (int i = 0; i < m.size(); ++i) {
        QJsonArray row;
        for (int j = 0; j < m.size(); ++j)
            row.append(round4(m.at(i, j)));
        rows.append(row);
    }
    return rows;
}

/// Scales the descendants of \a code to its new points, in proportion to their old points.
void scaleChildren(const CriteriaTree& tree, const QString& code, double points, QHash<QString, double>& newPoints)
{
    QList<const Criterion*> children;
    for (const Criterion* c : tree.children(code))
        if (c->kind == CriterionKind::Points)
            children << c;
    if (children.isEmpty())
        return;
    std::vector<double> old;
    for (const Criterion* c : children)
        old.push_back(tree.maxPoints(c->code));
    const std::vector<double> parts = apportion(points, old, kPointsStep);
    for (int k = 0; k < children.size(); ++k) {
        newPoints.insert(children[k]->code, parts[std::size_t(k)]);
        scaleChildren(tree, children[k]->code, parts[std::size_t(k)], newPoints);
    }
}

} // namespace

Result<QStringList> comparedCodes(const CriteriaTree& tree, const QString& parent)
{
    if (!parent.isEmpty() && !tree.find(parent))
        return Error::input(Tr::tr("there is no criterion '%1'").arg(parent));
    QStringList codes;
    for (const Criterion* c : tree.children(parent))
        if (c->kind == CriterionKind::Points)
            codes << c->code;
    if (codes.size() < 2)
        return Error::input(parent.isEmpty()
                                ? Tr::tr("the round has fewer than two first-level criteria with points to weigh")
                                : Tr::tr("'%1' has fewer than two sub-criteria with points to weigh").arg(parent));
    return codes;
}

Result<Analysis> analyse(const CriteriaTree& tree, const QString& parent, QList<Matrix> matrices)
{
    RB_VALUE(const QStringList codes, comparedCodes(tree, parent));
    if (matrices.isEmpty())
        return Error::usage(Tr::tr("no pairwise comparison matrix given"));
    Analysis a;
    a.parent = parent;
    a.codes = codes;
    for (const QString& code : codes)
        a.names << tree.find(code)->name;
    a.total = parent.isEmpty() ? tree.leafSum() : tree.maxPoints(parent);
    for (Matrix& m : matrices) {
        // In the tree's order, whatever order the file used.
        Matrix ordered;
        ordered.codes = codes;
        ordered.source = m.source;
        const int n = int(codes.size());
        ordered.values.assign(std::size_t(n * n), 1.0);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                ordered.at(i, j) = m.at(int(m.codes.indexOf(codes[i])), int(m.codes.indexOf(codes[j])));
        a.judges.append({ordered.source, weigh(ordered)});
        a.matrices.append(std::move(ordered));
    }
    a.combined = a.matrices.size() == 1 ? a.matrices.first() : aggregate(a.matrices);
    a.weights = weigh(a.combined);
    a.weights4 = apportion(1.0, a.weights.weights, 0.0001);
    a.points = apportion(a.total, a.weights.weights, kPointsStep);
    a.worst = mostInconsistent(a.combined, a.weights);
    return a;
}

QJsonObject Analysis::toJson() const
{
    QJsonArray criteria;
    for (int k = 0; k < codes.size(); ++k)
        criteria.append(QJsonObject{{QStringLiteral("code"), codes[k]},
                                    {QStringLiteral("name"), names[k]},
                                    {QStringLiteral("weight"), round4(weights4[std::size_t(k)])},
                                    {QStringLiteral("points"), points[std::size_t(k)]}});
    QJsonArray judgesJson;
    for (int k = 0; k < judges.size(); ++k) {
        const Judge& j = judges[k];
        QJsonArray w;
        for (double v : j.weights.weights)
            w.append(round4(v));
        judgesJson.append(QJsonObject{{QStringLiteral("source"), j.source},
                                      {QStringLiteral("weights"), w},
                                      {QStringLiteral("lambda_max"), round4(j.weights.lambdaMax)},
                                      {QStringLiteral("ci"), round4(j.weights.ci)},
                                      {QStringLiteral("cr"), round4(j.weights.cr)},
                                      {QStringLiteral("consistent"), j.weights.consistent()},
                                      {QStringLiteral("matrix"), matrixJson(matrices[k])}});
    }
    QJsonObject o{{QStringLiteral("parent"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
                  {QStringLiteral("criteria"), criteria},
                  {QStringLiteral("lambda_max"), round4(weights.lambdaMax)},
                  {QStringLiteral("ci"), round4(weights.ci)},
                  {QStringLiteral("cr"), round4(weights.cr)},
                  {QStringLiteral("consistent"), weights.consistent()},
                  {QStringLiteral("judges"), judgesJson},
                  {QStringLiteral("matrix"), matrixJson(combined)}};
    if (worst)
        o.insert(QStringLiteral("most_inconsistent"),
                 QJsonObject{{QStringLiteral("row"), codes[worst->row]},
                             {QStringLiteral("column"), codes[worst->column]},
                             {QStringLiteral("given"), round4(worst->given)},
                             {QStringLiteral("suggested"), formatJudgment(worst->suggested)}});
    return o;
}

QList<Criterion> applied(const CriteriaTree& tree, const Analysis& analysis, const QString& who, const QString& day)
{
    QHash<QString, double> newPoints;
    for (int k = 0; k < analysis.codes.size(); ++k) {
        newPoints.insert(analysis.codes[k], analysis.points[std::size_t(k)]);
        scaleChildren(tree, analysis.codes[k], analysis.points[std::size_t(k)], newPoints);
    }
    QList<Criterion> items = tree.items();
    for (Criterion& c : items) {
        if (!newPoints.contains(c.code))
            continue;
        // A parent keeps its maximum empty when it had none (it is its children's sum).
        if (tree.isLeaf(c.code) || c.maxPoints)
            c.maxPoints = newPoints.value(c.code);
        const int k = int(analysis.codes.indexOf(c.code));
        if (k < 0)
            continue;
        const QString note = Tr::tr("[Weight] By the analytic hierarchy process: weight %1 of %2 points, %n "
                                    "member(s), CR = %3; applied by %4 on %5.",
                                    nullptr, int(analysis.judges.size()))
                                 .arg(analysis.weights4[std::size_t(k)], 0, 'f', 4)
                                 .arg(analysis.total)
                                 .arg(analysis.weights.cr, 0, 'f', 3)
                                 .arg(who, day);
        c.guidance = c.guidance.isEmpty() ? note : c.guidance + QLatin1Char('\n') + note;
    }
    return items;
}

} // namespace rb::ahp
