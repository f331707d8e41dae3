// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/Ahp.h"

#include "common/Tr.h"
#include "io/Table.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rb::ahp {

namespace {

constexpr double kTolerance = 0.02; // 1/3 written as 0.33 is still the reciprocal of 3

bool onScale(double v)
{
    return v >= 1.0 / 9 - 1e-9 && v <= 9 + 1e-9;
}

} // namespace

std::optional<double> parseJudgment(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    if (const qsizetype slash = t.indexOf(QLatin1Char('/')); slash > 0) {
        bool okNum = false;
        bool okDen = false;
        const double num = t.left(slash).trimmed().toDouble(&okNum);
        const double den = t.mid(slash + 1).trimmed().toDouble(&okDen);
        if (!okNum || !okDen || num <= 0 || den <= 0 || !std::isfinite(num) || !std::isfinite(den))
            return std::nullopt;
        return num / den;
    }
    const double v = t.toDouble(&ok);
    if (!ok || v <= 0 || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString formatJudgment(double value)
{
    // Within the 4 decimals that records keep: 0.3333 is 1/3.
    for (int k = 1; k <= 9; ++k) {
        if (std::abs(value - k) < 1e-4)
            return QString::number(k);
        if (std::abs(value - 1.0 / k) < 1e-4)
            return QStringLiteral("1/%1").arg(k);
    }
    return QString::number(value, 'g', 4); // 0.6, 0.4286, 3.5
}

Result<Matrix> parseMatrix(const QString& fileName, const QStringList& header, const QList<QStringList>& rows,
                           const QStringList& expected)
{
    QList<Issue> issues;
    auto issue = [&](int row, const QString& column, const QString& message) {
        issues.append({fileName, row, column, message});
    };
    const QStringList codes = header.mid(1);
    const int n = int(codes.size());
    // The codes: each expected one exactly once, in the header and in the first column.
    const QSet<QString> want(expected.begin(), expected.end());
    QSet<QString> seen;
    for (const QString& raw : codes) {
        const QString code = raw.trimmed();
        if (!want.contains(code))
            issue(1, code, Tr::tr("'%1' is not one of the criteria compared (%2)").arg(code, expected.join(u", ")));
        else if (seen.contains(code))
            issue(1, code, Tr::tr("'%1' is compared twice").arg(code));
        seen.insert(code);
    }
    for (const QString& code : expected)
        if (!seen.contains(code))
            issue(1, QString(), Tr::tr("the criterion '%1' is missing from the header row").arg(code));
    if (rows.size() != n)
        issue(0, QString(),
              Tr::tr("a matrix over %1 criteria needs %1 rows below the header, not %2").arg(n).arg(rows.size()));
    if (!issues.isEmpty())
        return Error::input(Tr::tr("%1 is not a pairwise comparison matrix of these criteria").arg(fileName), issues);

    Matrix m;
    m.source = fileName;
    for (const QString& c : codes)
        m.codes << c.trimmed();
    m.values.assign(std::size_t(n * n), 0.0);
    std::vector<bool> given(std::size_t(n * n), false);
    for (int i = 0; i < n; ++i) {
        const QStringList& cells = rows[i];
        const int rowNumber = i + 2;
        if (cells.value(0).trimmed() != m.codes[i]) {
            issue(rowNumber, header.value(0),
                  Tr::tr("the row of '%1' must come in the header's order, found '%2'")
                      .arg(m.codes[i], cells.value(0).trimmed()));
            continue;
        }
        for (int j = 0; j < n; ++j) {
            const QString text = cells.value(j + 1).trimmed();
            if (text.isEmpty()) {
                if (i == j) {
                    m.at(i, j) = 1;
                    given[std::size_t(i * n + j)] = true;
                } else if (j > i) {
                    issue(rowNumber, m.codes[j],
                          Tr::tr("the judgment of '%1' against '%2' is missing").arg(m.codes[i], m.codes[j]));
                }
                continue;
            }
            const std::optional<double> v = parseJudgment(text);
            if (!v) {
                issue(rowNumber, m.codes[j], Tr::tr("'%1' is not a judgment (write 3, 1/3 or 0.5)").arg(text));
                continue;
            }
            if (i == j && std::abs(*v - 1) > 1e-9) {
                issue(rowNumber, m.codes[j], Tr::tr("a criterion compared with itself is 1, not %1").arg(text));
                continue;
            }
            if (!onScale(*v)) {
                issue(rowNumber, m.codes[j], Tr::tr("'%1' is outside Saaty's scale 1/9 … 9").arg(text));
                continue;
            }
            m.at(i, j) = *v;
            given[std::size_t(i * n + j)] = true;
        }
    }
    // The lower triangle: the reciprocal when empty, else it must be the reciprocal.
    for (int i = 0; i < n && issues.isEmpty(); ++i) {
        for (int j = 0; j < i; ++j) {
            const double upper = m.at(j, i);
            if (!given[std::size_t(i * n + j)]) {
                m.at(i, j) = 1.0 / upper;
            } else if (std::abs(m.at(i, j) * upper - 1) > kTolerance) {
                issue(i + 2, m.codes[j],
                      Tr::tr("'%1' against '%2' is %3, but '%2' against '%1' is %4: the pair must be reciprocal")
                          .arg(m.codes[i], m.codes[j], formatJudgment(m.at(i, j)), formatJudgment(upper)));
            } else {
                m.at(i, j) = 1.0 / upper; // exact reciprocals from here on
            }
        }
    }
    if (!issues.isEmpty())
        return Error::input(Tr::tr("%1 is not a pairwise comparison matrix of these criteria").arg(fileName), issues);
    return m;
}

Result<Matrix> readMatrix(const QString& path, const QStringList& expected)
{
    Result<io::Table> table = io::readTable(path);
    if (!table)
        return table.takeError();
    QList<QStringList> rows;
    for (const io::TableRow& r : table->rows)
        rows << r.cells;
    return parseMatrix(table->fileName, table->header, rows, expected);
}

double randomIndex(int n)
{
    static const double ri[] = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    if (n <= 2)
        return 0;
    return n <= 10 ? ri[n] : 1.49;
}

Weights weigh(const Matrix& m)
{
    const int n = m.size();
    Weights w;
    w.codes = m.codes;
    std::vector<double> v(std::size_t(n), 1.0 / std::max(1, n));
    // Power iteration: a positive reciprocal matrix has a simple dominant eigenvalue (Perron).
    for (int iteration = 0; iteration < 1000; ++iteration) {
        std::vector<double> next(std::size_t(n), 0.0);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                next[std::size_t(i)] += m.at(i, j) * v[std::size_t(j)];
        const double sum = std::accumulate(next.begin(), next.end(), 0.0);
        double change = 0;
        for (int i = 0; i < n; ++i) {
            next[std::size_t(i)] /= sum;
            change = std::max(change, std::abs(next[std::size_t(i)] - v[std::size_t(i)]));
        }
        v = std::move(next);
        if (change < 1e-12)
            break;
    }
    w.weights = v;
    double lambda = 0;
    for (int i = 0; i < n; ++i) {
        double row = 0;
        for (int j = 0; j < n; ++j)
            row += m.at(i, j) * v[std::size_t(j)];
        lambda += row / v[std::size_t(i)];
    }
    w.lambdaMax = n > 0 ? lambda / n : 0;
    w.ci = n > 1 ? (w.lambdaMax - n) / (n - 1) : 0;
    if (std::abs(w.ci) < 1e-12)
        w.ci = 0;
    w.cr = n > 2 ? w.ci / randomIndex(n) : 0;
    return w;
}

Matrix aggregate(const QList<Matrix>& members)
{
    if (members.isEmpty())
        return {};
    Matrix out;
    out.codes = members.first().codes;
    out.source = Tr::tr("aggregated (geometric mean of %n member(s))", nullptr, int(members.size()));
    const int n = out.size();
    out.values.assign(std::size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            double logSum = 0;
            for (const Matrix& m : members) {
                const int mi = int(m.codes.indexOf(out.codes[i]));
                const int mj = int(m.codes.indexOf(out.codes[j]));
                logSum += std::log(m.at(mi, mj));
            }
            out.at(i, j) = std::exp(logSum / double(members.size()));
        }
    }
    return out;
}

std::optional<Judgment> mostInconsistent(const Matrix& m, const Weights& w)
{
    std::optional<Judgment> worst;
    double worstGap = 1e-9;
    const int n = m.size();
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double implied = w.weights[std::size_t(i)] / w.weights[std::size_t(j)];
            const double gap = std::abs(std::log(m.at(i, j)) - std::log(implied));
            if (gap > worstGap) {
                worstGap = gap;
                double best = 1;
                for (int k = 1; k <= 9; ++k)
                    for (double candidate : {double(k), 1.0 / k})
                        if (std::abs(std::log(candidate) - std::log(implied))
                            < std::abs(std::log(best) - std::log(implied)))
                            best = candidate;
                worst = Judgment{i, j, m.at(i, j), best};
            }
        }
    }
    return worst;
}

std::vector<double> apportion(double total, const std::vector<double>& weights, double step)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    const auto units = qint64(std::llround(total / step));
    std::vector<qint64> parts(weights.size(), 0);
    std::vector<std::pair<double, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = sum > 0 ? double(units) * weights[i] / sum : 0;
        parts[i] = qint64(std::floor(exact + 1e-9));
        given += parts[i];
        remainders.push_back({exact - double(parts[i]), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first + 1e-12; });
    for (std::size_t k = 0; given < units && k < remainders.size(); ++k, ++given)
        ++parts[remainders[k].second];
    std::vector<double> out;
    out.reserve(parts.size());
    for (qint64 p : parts)
        out.push_back(double(p) * step);
    return out;
}

} // namespace rb::ahp
