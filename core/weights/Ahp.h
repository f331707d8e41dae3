// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Criteria weights by the analytic hierarchy process (层次分析法, Saaty): pairwise comparisons on the 1–9 scale,
/// the principal eigenvector as the weights, and the consistency ratio; several members' judgments aggregated by the
/// geometric mean of the individual judgments (AIJ).
namespace rb::ahp {

/// A square reciprocal matrix over criteria codes: a(i, j) says how much more important codes[i] is than codes[j].
struct Matrix {
    QStringList codes;
    std::vector<double> values; ///< row-major, n × n
    QString source;             ///< the file it came from (for messages and the record), or the member's name
    [[nodiscard]] int size() const { return int(codes.size()); }
    [[nodiscard]] double at(int i, int j) const { return values[std::size_t(i * size() + j)]; }
    double& at(int i, int j) { return values[std::size_t(i * size() + j)]; }
};

/// Reads a matrix from a CSV or .xlsx file: criterion codes as the header row and the first column (its header cell
/// is free text), values written as 3, 1/3 or 0.333; the lower triangle may be left empty. Refused, naming the cell:
/// an unknown, missing or repeated code, a diagonal other than 1, a value outside 1/9…9, a pair that is not
/// reciprocal, an empty upper cell. \a expected is the set of codes the matrix must compare (any order).
Result<Matrix> readMatrix(const QString& path, const QStringList& expected);
/// The same from a table already read (tests, the GUI's editor).
Result<Matrix> parseMatrix(const QString& fileName, const QStringList& header, const QList<QStringList>& rows,
                           const QStringList& expected);

/// Saaty's random consistency index for n criteria (0 for n ≤ 2; n above 10 uses 1.49).
double randomIndex(int n);

struct Weights {
    QStringList codes;
    std::vector<double> weights; ///< principal eigenvector normalised to sum 1
    double lambdaMax = 0;
    double ci = 0; ///< (λmax − n) / (n − 1)
    double cr = 0; ///< CI / RI; 0 for n ≤ 2
    [[nodiscard]] bool consistent() const { return cr <= 0.10 + 1e-12; }
};

/// The weights and consistency of \a m (power iteration to 1e-12).
Weights weigh(const Matrix& m);

/// The element-wise geometric mean of several members' matrices over the same codes (ordered as the first).
Matrix aggregate(const QList<Matrix>& members);

/// The judgment furthest from what the weights imply (|ln a(i,j) − ln(w_i / w_j)| largest, i < j), with the value on
/// Saaty's scale (1…9 or its reciprocals) nearest to w_i / w_j; nullopt for a consistent matrix.
struct Judgment {
    int row = 0;
    int column = 0;
    double given = 1;
    double suggested = 1;
};
std::optional<Judgment> mostInconsistent(const Matrix& m, const Weights& w);

/// Splits \a total into parts proportional to \a weights, each a multiple of \a step, summing exactly to \a total
/// (largest remainder: every part gets its floor, the remaining steps go to the largest remainders, ties to the
/// earlier part).
std::vector<double> apportion(double total, const std::vector<double>& weights, double step);

/// "3", "1/3", "0.5" → value; nullopt when not a positive number.
std::optional<double> parseJudgment(const QString& text);
/// A judgment as a committee writes it: 3, 1/3, 1, or a decimal for a geometric mean.
QString formatJudgment(double value);

} // namespace rb::ahp
