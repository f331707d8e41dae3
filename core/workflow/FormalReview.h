// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::workflow {

/// One eligibility item of the formal review (形式审查) and its result for an application.
struct FormalItem {
    QString key; ///< the item text, which identifies it
    std::optional<bool> passed;
    QString note;
    QString checkedBy;
    QString checkedAt;
};

/// The formal review checklist of a round (the category's default list, editable through the round
/// setting formal.checklist) and each application's results.
class FormalReview {
public:
    FormalReview(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

    /// The category's default eligibility list (from the programme's rules).
    static QStringList defaultChecklist(Category category);
    /// The round's checklist.
    [[nodiscard]] QStringList checklist();
    Result<QList<FormalItem>> items(qint64 applicationId);
    /// Records one item's result with a note (audited).
    Status record(qint64 applicationId, const QString& item, bool passed, const QString& note);
    /// Lets an application with a failed item go on to expert review, with the reason (audited).
    Status overrideFailure(qint64 applicationId, const QString& reason);
    /// Why the application cannot go on to expert review (items unchecked or failed without an override).
    Result<QString> blocker(qint64 applicationId);

private:
    db::Database& m_db;
    Round m_round;
};

} // namespace rb::workflow
