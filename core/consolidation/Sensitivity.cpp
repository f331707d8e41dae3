// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/Sensitivity.h"

#include "common/Tr.h"
#include "consolidation/Statistics.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "review/Conflicts.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace rb::consolidation {

namespace {

/// A counted assignment: its application, its expert, whether it triggered a veto, and its points under each
/// first-level criterion.
struct Row {
    qsizetype application = 0;
    qint64 expert = 0;
    bool veto = false;
    std::vector<double> parts;
};

/// What the rankings are computed from, read once.
struct Inputs {
    QString method;
    int trimMinimum = 5;
    std::optional<double> passLine;
    int quota = 0; ///< 0: none
    int pivotalChange = 3;
    QStringList codes;          ///< applications, by code
    std::vector<double> points; ///< the first-level criteria's points
    std::vector<Row> rows;
    QHash<qint64, QString> expertCodes;
};

Result<Inputs> read(db::Database& db, const Round& round)
{
    Inputs in;
    RoundSettings settings(db, round.id);
    in.method = settings.text(QStringLiteral("aggregation.method"));
    in.trimMinimum = settings.integer(QStringLiteral("aggregation.trim_min_experts"), 5);
    in.passLine = settings.number(QStringLiteral("ranking.pass_line"));
    in.quota = std::max(0, settings.integer(QStringLiteral("ranking.selection_quota"), 0));
    in.pivotalChange = settings.integer(QStringLiteral("flags.pivotal_rank_change"), 3);
    QHash<qint64, qsizetype> index;
    {
        Result<db::Statement> st = db.prepare("SELECT id, code FROM application WHERE round_id = ?1 ORDER BY code");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) {
            index.insert(r.integer(0), in.codes.size());
            in.codes << r.text(1);
        }));
    }
    // The first-level criteria that carry points, with their points (the tree's own sums).
    QHash<qint64, int> partOf; // first-level criterion id -> part
    RB_VALUE(const CriteriaTree tree, CriteriaRepository(db, round.id).tree());
    for (const Criterion* c : tree.children(QString())) {
        if (c->kind != CriterionKind::Points)
            continue;
        partOf.insert(c->id, int(in.points.size()));
        in.points.push_back(tree.maxPoints(c->code));
    }
    Result<ConflictSet> conflicted = ConflictService(db, round).pairs();
    if (!conflicted)
        return conflicted.takeError();
    {
        Result<db::Statement> st = db.prepare(
            std::string("WITH RECURSIVE tree(id, top) AS (SELECT id, id FROM criterion WHERE round_id = ?1 AND "
                        "parent_id IS NULL "
                        "UNION ALL SELECT c.id, t.top FROM criterion c JOIN tree t ON c.parent_id = t.id) ")
            + "SELECT s.id, s.application_id, s.expert_id, e.code, t.top, "
              "sum(CASE WHEN c.kind = 'points' THEN sc.value ELSE 0 END), "
              "max(CASE WHEN c.kind = 'veto' AND sc.value >= 1 THEN 1 ELSE 0 END) "
              "FROM assignment s JOIN expert e ON e.id = s.expert_id JOIN score sc ON sc.assignment_id = s.id "
              "JOIN criterion c ON c.id = sc.criterion_id JOIN tree t ON t.id = c.id WHERE e.round_id = ?1 AND "
            + std::string(kCountedAssignments) + " GROUP BY s.id, t.top ORDER BY s.id");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        qint64 current = -1;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            const qint64 applicationId = r.integer(1);
            const qint64 expert = r.integer(2);
            const qsizetype i = index.value(applicationId, -1);
            if (i < 0 || conflicted->contains(expert, applicationId))
                return;
            if (r.integer(0) != current) {
                current = r.integer(0);
                in.rows.push_back({i, expert, false, std::vector<double>(in.points.size(), 0.0)});
                in.expertCodes.insert(expert, r.text(3));
            }
            Row& row = in.rows.back();
            row.veto = row.veto || r.integer(6) != 0;
            if (const int part = partOf.value(r.integer(4), -1); part >= 0)
                row.parts[std::size_t(part)] += r.real(5);
        }));
    }
    return in;
}

struct Ranking {
    std::vector<std::optional<int>> rank;
    std::vector<bool> selected;
};

/// The ranking with each first-level part's points multiplied by \a factor, without \a excluded (0: nobody).
Ranking rankWith(const Inputs& in, const std::vector<double>& factor, qint64 excluded)
{
    const std::size_t n = std::size_t(in.codes.size());
    std::vector<QList<double>> totals(n);
    std::vector<int> vetoes(n, 0);
    QHash<qint64, QList<double>> byExpert;
    std::vector<double> rowTotal(in.rows.size(), 0.0);
    QList<double> all;
    for (std::size_t k = 0; k < in.rows.size(); ++k) {
        const Row& row = in.rows[k];
        if (row.expert == excluded)
            continue;
        double total = 0;
        for (std::size_t p = 0; p < row.parts.size(); ++p)
            total += row.parts[p] * factor[p];
        rowTotal[k] = total;
        totals[std::size_t(row.application)] << total;
        vetoes[std::size_t(row.application)] += row.veto ? 1 : 0;
        all << total;
        if (in.method == QLatin1String("zscore"))
            byExpert[row.expert] << total;
    }
    // z-scores as consolidate() computes them: each expert's totals standardised by their own mean and deviation.
    std::vector<QList<double>> z(n);
    if (in.method == QLatin1String("zscore")) {
        QHash<qint64, QPair<double, double>> moments;
        for (auto it = byExpert.constBegin(); it != byExpert.constEnd(); ++it)
            moments.insert(it.key(), {stats::mean(it.value()), it.value().size() > 1 ? stats::stddev(it.value()) : 0});
        for (std::size_t k = 0; k < in.rows.size(); ++k) {
            const Row& row = in.rows[k];
            if (row.expert == excluded)
                continue;
            const auto [m, sd] = moments.value(row.expert);
            z[std::size_t(row.application)] << (sd > 0 ? (rowTotal[k] - m) / sd : 0.0);
        }
    }
    const double roundMean = stats::mean(all);
    const double roundSd = stats::stddev(all);
    std::vector<RankInput> inputs(n);
    std::vector<std::optional<double>> scores(n);
    for (std::size_t i = 0; i < n; ++i) {
        inputs[i].code = &in.codes[qsizetype(i)];
        if (totals[i].isEmpty())
            continue;
        const double zscore = roundMean + roundSd * stats::mean(z[i]);
        scores[i] = methodScore(in.method, stats::mean(totals[i]), stats::median(totals[i]),
                                stats::trimmedMean(totals[i], in.trimMinimum), zscore);
        inputs[i].score = scores[i];
        inputs[i].veto = vetoes[i] * 2 > int(totals[i].size());
    }
    Ranking out;
    std::vector<qsizetype> order;
    out.rank = ranks(inputs, &order);
    out.selected.assign(n, false);
    int taken = 0;
    for (const qsizetype i : order) {
        if (in.quota <= 0 || taken >= in.quota)
            break;
        if (!out.rank[std::size_t(i)] || (in.passLine && *scores[std::size_t(i)] < *in.passLine))
            continue;
        out.selected[std::size_t(i)] = true;
        ++taken;
    }
    return out;
}

/// A uniform number in [0, 1) from the generator's raw output (the same on every platform, unlike the standard
/// library's distributions).
double uniform(std::mt19937_64& generator)
{
    return double(generator() >> 11) * (1.0 / 9007199254740992.0);
}

/// The nearest-rank percentile \a p (0–100) of sorted \a values.
int percentile(const std::vector<int>& sorted, double p)
{
    const auto k = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(k, sorted.size()) - 1];
}

Status checkOptions(const SensitivityOptions& options)
{
    if (options.spread < 0 || options.spread >= 1)
        return Error::usage(Tr::tr("--spread must be at least 0 and below 1, not %1").arg(options.spread));
    if (options.samples < 1)
        return Error::usage(Tr::tr("--samples must be at least 1"));
    return {};
}

Result<QList<SensitivityRow>> perturbed(const Inputs& in, const SensitivityOptions& options, const Progress& progress)
{
    const std::size_t n = std::size_t(in.codes.size());
    const std::vector<double> same(in.points.size(), 1.0);
    const Ranking base = rankWith(in, same, 0);
    std::vector<std::vector<int>> seen(n);
    std::vector<int> selected(n, 0);
    std::mt19937_64 generator(options.seed);
    const double total = std::accumulate(in.points.begin(), in.points.end(), 0.0);
    for (int s = 0; s < options.samples; ++s) {
        if (progress && !progress(s, options.samples))
            return Error::cancelled();
        // Each weight times a factor from [1 − S, 1 + S], then all scaled back to the same total.
        std::vector<double> factor(in.points.size());
        double weighted = 0;
        for (std::size_t p = 0; p < factor.size(); ++p) {
            factor[p] = 1 - options.spread + 2 * options.spread * uniform(generator);
            weighted += in.points[p] * factor[p];
        }
        for (double& f : factor)
            f *= weighted > 0 ? total / weighted : 1;
        const Ranking r = rankWith(in, options.spread == 0 ? same : factor, 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (r.rank[i])
                seen[i].push_back(*r.rank[i]);
            selected[i] += r.selected[i] ? 1 : 0;
        }
    }
    // In the round's rank order: ranked ones by rank (then code), then the others by code.
    std::vector<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const std::optional<int>& ra = base.rank[std::size_t(a)];
        const std::optional<int>& rb = base.rank[std::size_t(b)];
        if (ra.has_value() != rb.has_value())
            return ra.has_value();
        return ra && *ra != *rb ? *ra < *rb : in.codes[a] < in.codes[b];
    });
    QList<SensitivityRow> rows;
    for (const qsizetype i : order) {
        SensitivityRow row;
        row.application = in.codes[i];
        row.rank = base.rank[std::size_t(i)];
        std::vector<int>& v = seen[std::size_t(i)];
        if (!v.empty()) {
            std::sort(v.begin(), v.end());
            row.rankP5 = percentile(v, 5);
            row.rankP95 = percentile(v, 95);
        }
        if (in.quota > 0)
            row.selectedShare = double(selected[std::size_t(i)]) / options.samples;
        rows << row;
    }
    return rows;
}

Result<QList<PivotalRow>> withoutEach(const Inputs& in, const Progress& progress)
{
    const std::size_t n = std::size_t(in.codes.size());
    const std::vector<double> same(in.points.size(), 1.0);
    const Ranking base = rankWith(in, same, 0);
    QList<qint64> experts = in.expertCodes.keys();
    std::sort(experts.begin(), experts.end(),
              [&](qint64 a, qint64 b) { return in.expertCodes.value(a) < in.expertCodes.value(b); });
    QList<PivotalRow> rows;
    for (qsizetype e = 0; e < experts.size(); ++e) {
        if (progress && !progress(e, experts.size()))
            return Error::cancelled();
        const Ranking without = rankWith(in, same, experts[e]);
        for (std::size_t i = 0; i < n; ++i) {
            const std::optional<int> before = base.rank[i];
            const std::optional<int> after = without.rank[i];
            const bool moved = before.has_value() != after.has_value()
                               || (before && after && std::abs(*before - *after) > in.pivotalChange);
            if (moved || base.selected[i] != without.selected[i])
                rows.append({in.codes[qsizetype(i)], in.expertCodes.value(experts[e]), before, after});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PivotalRow& a, const PivotalRow& b) {
        return std::tie(a.application, a.expert) < std::tie(b.application, b.expert);
    });
    return rows;
}

} // namespace

Result<QList<SensitivityRow>> sensitivity(db::Database& db, const Round& round, const SensitivityOptions& options,
                                          const Progress& progress)
{
    RB_VALUE(Robustness r, robustness(db, round, options, false, progress));
    return std::move(r.sensitivity);
}

Result<QList<PivotalRow>> leaveOneOut(db::Database& db, const Round& round, const Progress& progress)
{
    RB_VALUE(Robustness r, robustness(db, round, std::nullopt, true, progress));
    return std::move(r.pivotal);
}

Result<Robustness> robustness(db::Database& db, const Round& round,
                              const std::optional<SensitivityOptions>& sensitivity, bool leaveOneOut,
                              const Progress& progress)
{
    if (sensitivity)
        RB_TRY(checkOptions(*sensitivity));
    // The scores are read once for both (5 million rows at 50,000 applications).
    RB_VALUE(const Inputs in, read(db, round));
    Robustness out;
    out.quota = in.quota;
    if (sensitivity) {
        RB_VALUE(out.sensitivity, perturbed(in, *sensitivity, progress));
    }
    if (leaveOneOut) {
        RB_VALUE(out.pivotal, withoutEach(in, progress));
    }
    return out;
}

} // namespace rb::consolidation
