// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "weights/Ahp.h"

#include <QJsonObject>

/// AHP weights for a round's criteria: which criteria a set of matrices compares (the children of a parent that carry
/// points), the weights of each member and of the committee, and the points they give.
namespace rb::ahp {

/// The points step of a round's criteria (half points).
inline constexpr double kPointsStep = 0.5;

struct Judge {
    QString source; ///< the file (or member) the judgments came from
    Weights weights;
};

struct Analysis {
    QString parent;    ///< empty = the first-level criteria
    QStringList codes; ///< the criteria compared, in the tree's order
    QStringList names;
    double total = 100;            ///< the parent's points, split by the weights
    QList<Matrix> matrices;        ///< each member's, reordered to \a codes
    QList<Judge> judges;           ///< each member's own weights and consistency
    Matrix combined;               ///< the committee's (geometric mean; the only matrix when one member judged)
    Weights weights;               ///< the committee's weights
    std::vector<double> weights4;  ///< the weights to 4 decimals, summing to exactly 1 (largest remainder)
    std::vector<double> points;    ///< the parent's points split by weight, in half points, summing exactly
    std::optional<Judgment> worst; ///< the committee's most inconsistent judgment
    [[nodiscard]] QJsonObject toJson() const;
};

/// The criteria a matrix under \a parent must compare: its children that carry points (veto items are not weighed).
/// An unknown parent, or a parent with fewer than two such children, is refused.
Result<QStringList> comparedCodes(const CriteriaTree& tree, const QString& parent);

/// Weighs the \a matrices (one per member, already read against comparedCodes) under \a parent.
Result<Analysis> analyse(const CriteriaTree& tree, const QString& parent, QList<Matrix> matrices);

/// The criteria with the analysis applied: the compared criteria get their points, their descendants are scaled in
/// proportion the same way (half points, sums exact), and each compared criterion's guidance records the method, the
/// CR, the members' number and \a who applied it on \a day.
QList<Criterion> applied(const CriteriaTree& tree, const Analysis& analysis, const QString& who, const QString& day);

} // namespace rb::ahp
