// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Round.h"
#include "domain/States.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <array>
#include <initializer_list>
#include <optional>

/// Where a round stands in the order of the work (issue 13): each step of the secretariat's job with what is done,
/// what waits for it and what is blocked (needs a decision first), and the next step to take.
namespace rb::workflow {

/// How many applications of a round are in each state: one grouped query, summed by the typed states.
class StateCounts {
public:
    Status read(db::Database& db, qint64 roundId);
    [[nodiscard]] int of(std::initializer_list<states::State> states) const;
    [[nodiscard]] int total() const;

private:
    std::array<int, std::size_t(states::State::Revoked) + 1> m_counts{};
};

enum class Step { Import, FormalReview, Assignment, Packages, Returns, Deliberation, Notice, Approval };

struct StepStatus {
    Step step = Step::Import;
    int done = 0;
    int waiting = 0;
    int blocked = 0;
    /// What the counts count ("applications", "experts", "assignments"), translated.
    QString unit;
    /// Why something waits or is blocked, and the way out, in one sentence (empty when all is done).
    QString hint;
};

struct RoundProgress {
    QList<StepStatus> steps;
    /// The first step in order with something waiting or blocked; none when the round's work is done.
    std::optional<Step> next;
};

Result<RoundProgress> roundProgress(db::Database& db, const Round& round);

/// Why nothing reaches \a step yet: the hint of the first earlier step with something waiting or blocked (the
/// real cause and the way out), or an empty string.
QString causeBefore(const RoundProgress& progress, Step step);

/// The step's key ("formal_review") and its translated name (形式审查).
QString stepKey(Step step);
QString stepName(Step step);

} // namespace rb::workflow
