// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/Consolidation.h"
#include "common/Tr.h"

#include "consolidation/Statistics.h"
#include "repo/RoundSettings.h"
#include "review/Conflicts.h"

#include <QMap>
#include <QSet>

#include <cmath>
#include <numeric>

namespace rb::consolidation {

QStringList methods()
{
    return {QStringLiteral("trimmed"), QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("zscore")};
}

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

double methodScore(const QString& method, double mean, double median, double trimmedMean, double zscore)
{
    return method == QLatin1String("mean")     ? mean
           : method == QLatin1String("median") ? median
           : method == QLatin1String("zscore") ? zscore
                                               : trimmedMean;
}

std::vector<std::optional<int>> ranks(const std::vector<RankInput>& items, std::vector<qsizetype>* order)
{
    auto group = [](const RankInput& a) { return !a.score ? 2 : a.veto ? 1 : 0; };
    std::vector<qsizetype> byRank(items.size());
    std::iota(byRank.begin(), byRank.end(), qsizetype(0));
    std::stable_sort(byRank.begin(), byRank.end(), [&](qsizetype i, qsizetype j) {
        const RankInput& x = items[std::size_t(i)];
        const RankInput& y = items[std::size_t(j)];
        if (group(x) != group(y))
            return group(x) < group(y);
        if (group(x) == 2)
            return *x.code < *y.code;
        const double sx = round2(*x.score);
        const double sy = round2(*y.score);
        return sx != sy ? sx > sy : *x.code < *y.code;
    });
    std::vector<std::optional<int>> out(items.size());
    int position = 0;
    double previous = -1;
    int previousRank = 0;
    for (const qsizetype i : byRank) {
        const RankInput& a = items[std::size_t(i)];
        if (group(a) != 0)
            continue;
        ++position;
        const double s = round2(*a.score);
        out[std::size_t(i)] = s == previous ? previousRank : position;
        previous = s;
        previousRank = *out[std::size_t(i)];
    }
    if (order)
        *order = std::move(byRank);
    return out;
}

Result<Results> consolidate(db::Database& db, const Round& round, const QString& requested)
{
    RoundSettings settings(db, round.id);
    Results results;
    results.roundCode = round.code;
    results.method = requested.isEmpty() ? settings.text(QStringLiteral("aggregation.method")) : requested;
    if (!methods().contains(results.method))
        return Error::usage(Tr::tr("unknown method '%1' (mean, trimmed, median or zscore)").arg(results.method));
    const int trimMinimum = settings.integer(QStringLiteral("aggregation.trim_min_experts"), 5);
    const double rangeLimit = settings.number(QStringLiteral("flags.disagreement_range")).value_or(20);
    const double sdLimit = settings.number(QStringLiteral("flags.disagreement_stddev")).value_or(10);
    const std::optional<double> passLine = settings.number(QStringLiteral("ranking.pass_line"));

    // Every application of the round, with its applicants and how many experts are assigned.
    QHash<qint64, qsizetype> index;
    {
        Result<db::Statement> st = db.prepare("SELECT a.id, a.code, a.title, a.province, coalesce(a.sector, ''), "
                                              "(SELECT group_concat(p.name, ';') FROM application_applicant aa JOIN "
                                              "applicant p ON p.id = aa.applicant_id "
                                              "WHERE aa.application_id = a.id), "
                                              "(SELECT count(*) FROM assignment s WHERE s.application_id = a.id AND "
                                              "s.status NOT IN ('void', 'handed_back')) "
                                              "FROM application a WHERE a.round_id = ?1 ORDER BY a.code");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) {
            ApplicationResult a;
            a.applicationId = r.integer(0);
            a.code = r.text(1);
            a.title = r.text(2);
            a.province = r.text(3);
            a.sector = r.text(4);
            a.applicant = r.text(5);
            a.assigned = int(r.integer(6));
            index.insert(a.applicationId, results.applications.size());
            results.applications << a;
        }));
    }
    // Pairs with a conflict never count, even before the assignment was voided.
    Result<ConflictSet> conflicted = ConflictService(db, round).pairs();
    if (!conflicted)
        return conflicted.takeError();
    // The round's experts, read once (their codes are shared by the rows below, not copied per row).
    QHash<qint64, QPair<QString, QString>> experts; // id -> (code, name)
    {
        Result<db::Statement> st = db.prepare("SELECT id, code, name FROM expert WHERE round_id = ?1");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) { experts.insert(r.integer(0), {r.text(1), r.text(2)}); }));
    }
    // One row per counted assignment: the expert's total and whether a veto item was triggered.
    QHash<qint64, QList<QPair<qsizetype, double>>> byExpertId; // expert id -> (application index, total)
    {
        Result<db::Statement> st = db.prepare(
            std::string("SELECT s.application_id, s.expert_id, "
                        "sum(CASE WHEN c.kind = 'points' THEN sc.value ELSE 0 END), "
                        "max(CASE WHEN c.kind = 'veto' AND sc.value >= 1 THEN 1 ELSE 0 END) "
                        "FROM assignment s JOIN expert e ON e.id = s.expert_id "
                        "JOIN score sc ON sc.assignment_id = s.id JOIN criterion c ON c.id = sc.criterion_id "
                        "WHERE e.round_id = ?1 AND ")
            + kCountedAssignments + " GROUP BY s.id");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) {
            const qint64 applicationId = r.integer(0);
            const qint64 expertId = r.integer(1);
            const qsizetype i = index.value(applicationId, -1);
            if (i < 0 || conflicted->contains(expertId, applicationId))
                return;
            const ExpertTotal t{experts.value(expertId).first, r.real(2), r.integer(3) != 0};
            results.applications[i].totals << t;
            byExpertId[expertId].append({i, t.total});
        }));
    }
    // By expert code, in code order (the z-scores, Kendall's W and the bias go through them in that order).
    QMap<QString, QList<QPair<qsizetype, double>>> byExpert;
    QHash<QString, QString> expertNames;
    for (auto it = byExpertId.begin(); it != byExpertId.end(); ++it) {
        const QPair<QString, QString>& expert = experts.value(it.key());
        byExpert.insert(expert.first, std::move(it.value()));
        expertNames.insert(expert.first, expert.second);
    }
    // z-scores: each expert's totals standardised by that expert's own mean and deviation.
    QList<double> allTotals;
    QHash<qsizetype, QList<double>> zOfApplication;
    for (auto it = byExpert.constBegin(); it != byExpert.constEnd(); ++it) {
        QList<double> totals;
        for (const auto& [i, total] : it.value()) {
            totals << total;
            allTotals << total;
        }
        const double m = stats::mean(totals);
        const double sd = stats::stddev(totals);
        for (const auto& [i, total] : it.value())
            zOfApplication[i] << (totals.size() > 1 && sd > 0 ? (total - m) / sd : 0.0);
    }
    const double roundMean = stats::mean(allTotals);
    const double roundSd = stats::stddev(allTotals);

    for (qsizetype i = 0; i < results.applications.size(); ++i) {
        ApplicationResult& a = results.applications[i];
        std::sort(a.totals.begin(), a.totals.end(),
                  [](const ExpertTotal& x, const ExpertTotal& y) { return x.expertCode < y.expertCode; });
        QList<double> totals;
        int vetoes = 0;
        for (const ExpertTotal& t : a.totals) {
            totals << t.total;
            vetoes += t.veto ? 1 : 0;
        }
        a.experts = int(totals.size());
        if (a.experts < a.assigned || a.experts == 0)
            a.flags << QStringLiteral("incomplete");
        if (totals.isEmpty())
            continue;
        a.mean = stats::mean(totals);
        a.median = stats::median(totals);
        a.trimmedMean = stats::trimmedMean(totals, trimMinimum);
        a.stddev = stats::stddev(totals);
        a.range = *std::max_element(totals.begin(), totals.end()) - *std::min_element(totals.begin(), totals.end());
        a.zscore = roundMean + roundSd * stats::mean(zOfApplication.value(i));
        a.score = methodScore(results.method, a.mean, a.median, a.trimmedMean, a.zscore);
        a.veto = vetoes * 2 > a.experts;
        if (a.range >= rangeLimit || a.stddev >= sdLimit)
            a.flags.prepend(QStringLiteral("disagreement"));
        if (a.veto)
            a.flags << QStringLiteral("veto");
        if (passLine && *a.score < *passLine)
            a.flags << QStringLiteral("below_pass_line");
    }
    // Rank order: scored and not vetoed by score, then vetoed, then unscored; equal at two decimals share a rank.
    {
        std::vector<RankInput> inputs;
        inputs.reserve(std::size_t(results.applications.size()));
        for (const ApplicationResult& a : results.applications)
            inputs.push_back({a.score, a.veto, &a.code});
        std::vector<qsizetype> order;
        const std::vector<std::optional<int>> r = ranks(inputs, &order);
        QList<ApplicationResult> sorted;
        sorted.reserve(results.applications.size());
        for (const qsizetype i : order) {
            sorted.append(std::move(results.applications[i]));
            sorted.last().rank = r[std::size_t(i)];
        }
        results.applications = std::move(sorted);
    }
    // Kendall's W when every counted expert scored every application.
    const qsizetype scoredApps = std::count_if(results.applications.begin(), results.applications.end(),
                                               [](const ApplicationResult& a) { return a.experts > 0; });
    bool complete = byExpert.size() >= 2 && scoredApps == results.applications.size() && scoredApps >= 2;
    for (auto it = byExpert.constBegin(); complete && it != byExpert.constEnd(); ++it)
        complete = it.value().size() == results.applications.size();
    if (complete) {
        QList<QList<double>> matrix;
        for (auto it = byExpert.constBegin(); it != byExpert.constEnd(); ++it) {
            QList<double> row(results.applications.size());
            for (const auto& [i, total] : it.value())
                row[i] = total;
            matrix << row;
        }
        results.kendallW = stats::kendallW(matrix);
        if (results.kendallW) {
            const double n = double(results.applications.size());
            results.kendallP = stats::chiSquareSurvival(double(matrix.size()) * (n - 1) * *results.kendallW, n - 1);
        }
    }
    // Bias: how far each expert sits from the panel on the applications they scored.
    QHash<QString, QList<double>> deviations;
    for (const ApplicationResult& a : results.applications) {
        for (const ExpertTotal& t : a.totals)
            deviations[t.expertCode] << t.total - a.mean;
    }
    for (auto it = byExpert.constBegin(); it != byExpert.constEnd(); ++it) {
        const QList<double> d = deviations.value(it.key());
        results.bias.append({it.key(), expertNames.value(it.key()), int(d.size()), stats::mean(d)});
    }
    return results;
}

Result<QHash<QString, QHash<QString, double>>> criterionScores(db::Database& db, const Round& round,
                                                               qint64 applicationId)
{
    Result<ConflictSet> conflicted = ConflictService(db, round).pairsOf(applicationId);
    if (!conflicted)
        return conflicted.takeError();
    Result<db::Statement> st =
        db.prepare(std::string("SELECT c.code, e.code, sc.value, e.id FROM assignment s JOIN expert "
                               "e ON e.id = s.expert_id JOIN score sc ON sc.assignment_id = s.id JOIN "
                               "criterion c ON c.id = sc.criterion_id WHERE s.application_id = ?1 AND ")
                   + kCountedAssignments);
    if (!st)
        return st.takeError();
    st->bind(1, applicationId);
    QHash<QString, QHash<QString, double>> map;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (!conflicted->contains(r.integer(3), applicationId))
            map[r.text(0)].insert(r.text(1), r.real(2));
    }));
    return map;
}

Result<QHash<QString, double>> criterionAverages(db::Database& db, const Round& round)
{
    Result<ConflictSet> conflicted = ConflictService(db, round).pairs();
    if (!conflicted)
        return conflicted.takeError();
    // Per counted assignment and criterion; conflicted pairs are left out as in consolidate().
    Result<db::Statement> st =
        db.prepare(std::string("SELECT sc.criterion_id, sc.value, s.expert_id, s.application_id "
                               "FROM assignment s JOIN expert e ON e.id = s.expert_id JOIN score sc "
                               "ON sc.assignment_id = s.id WHERE e.round_id = ?1 AND ")
                   + kCountedAssignments);
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    QHash<qint64, QPair<double, int>> sums;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (conflicted->contains(r.integer(2), r.integer(3)))
            return;
        QPair<double, int>& s = sums[r.integer(0)];
        s.first += r.real(1);
        ++s.second;
    }));
    Result<db::Statement> codes = db.prepare("SELECT id, code FROM criterion WHERE round_id = ?1");
    if (!codes)
        return codes.takeError();
    codes->bind(1, round.id);
    QHash<QString, double> map;
    RB_TRY(codes->forEach([&](const db::Statement& r) {
        const auto it = sums.constFind(r.integer(0));
        if (it != sums.constEnd() && it->second > 0)
            map.insert(r.text(1), it->first / it->second);
    }));
    return map;
}

} // namespace rb::consolidation
