// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <QHash>

#include <optional>
#include <vector>

namespace rb::consolidation {

/// One counted expert's result for an application.
struct ExpertTotal {
    QString expertCode;
    double total = 0;
    bool veto = false;
};

/// An application's consolidated result.
struct ApplicationResult {
    qint64 applicationId = 0;
    QString code;
    QString applicant;
    QString title;
    QString province;
    QString sector;
    int assigned = 0; ///< active assignments
    int experts = 0;  ///< experts whose scores count
    double mean = 0;
    double median = 0;
    double trimmedMean = 0;
    double stddev = 0;
    double range = 0;
    double zscore = 0;           ///< z-score method, mapped back to points
    std::optional<double> score; ///< by the round's method; nothing when no expert counts
    std::optional<int> rank;     ///< nothing for vetoed or unscored applications
    bool veto = false;
    QStringList flags; ///< disagreement, veto, incomplete, below_pass_line
    QList<ExpertTotal> totals;
};

struct ExpertBias {
    QString expertCode;
    QString name;
    int scored = 0;
    double bias = 0; ///< mean of (expert's total − panel mean) over the applications they scored
};

struct Results {
    QString roundCode;
    QString method; ///< mean, trimmed, median, zscore
    std::optional<double> kendallW;
    std::optional<double> kendallP;
    QList<ApplicationResult> applications; ///< in rank order: ranked, then vetoed, then unscored
    QList<ExpertBias> bias;
};

/// The assignments (alias s) whose scores count: submitted in a sealed package, or entered from paper.
inline constexpr const char* kCountedAssignments = "s.status IN ('submitted', 'entered')";

/// The methods a round can use.
QStringList methods();

/// The score by \a method ("mean", "median", "zscore", else the trimmed mean) of an application's statistics.
double methodScore(const QString& method, double mean, double median, double trimmedMean, double zscore);

/// One application for the rank rule.
struct RankInput {
    std::optional<double> score; ///< nothing: unscored
    bool veto = false;
    const QString* code = nullptr;
};
/// The consolidation's rank rule: scored and not vetoed applications by score at two decimals (equal ones share a
/// rank, then by code); vetoed and unscored ones have no rank. \a order, when given, receives the indexes in display
/// order: ranked, then vetoed (by score), then unscored (by code).
std::vector<std::optional<int>> ranks(const std::vector<RankInput>& items, std::vector<qsizetype>* order = nullptr);

/// Consolidates the counted scores (submitted or entered; not void, not handed back) of every application:
/// totals per expert; mean, median, trimmed mean, sample standard deviation, range and the z-score
/// mapping; the score by the round's method (or \a method); the veto majority; ranks with ties shared at
/// two decimals; the flags; Kendall's W when every counted expert scored every application; expert bias.
Result<Results> consolidate(db::Database& db, const Round& round, const QString& method = {});

/// Per criterion of one application: every counted expert's score, keyed by criterion code.
Result<QHash<QString, QHash<QString, double>>> criterionScores(db::Database& db, const Round& round,
                                                               qint64 applicationId);
/// Per criterion code: the mean over all counted scores of the round.
Result<QHash<QString, double>> criterionAverages(db::Database& db, const Round& round);

} // namespace rb::consolidation
