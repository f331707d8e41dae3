// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <QMap>

namespace rb {

/// An expert's assignment to an application.
struct Assignment {
    qint64 id = 0;
    QString uid;
    qint64 expertId = 0;
    qint64 applicationId = 0;
    QString expertCode;
    QString applicationCode;
    QString status; ///< assigned, handed_back, submitted, entered, void
    QString voidReason;
    [[nodiscard]] bool active() const
    {
        return status != QLatin1String("void") && status != QLatin1String("handed_back");
    }
};

/// What `assign` did.
struct AssignReport {
    int created = 0;
    int kept = 0;
    int minLoad = 0;
    int maxLoad = 0;
    int fieldMatched = 0; ///< new assignments whose expert's fields match the application's sector
    QStringList createdUids;
};

/// The assignments of one round.
class AssignmentRepository {
public:
    AssignmentRepository(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

    /// Every assignment (void ones too), ordered by expert and application code.
    Result<QList<Assignment>> list();
    /// Adds one assignment (refused for a conflicted pair; audited). Call inside a transaction.
    Result<Assignment> add(qint64 expertId, qint64 applicationId);
    /// Removes an assignment that holds no scores (audited). Call inside a transaction.
    Status remove(qint64 assignmentId);
    Status removeByUid(const QString& uid);
    /// The assignment of a pair, if any (void ones too).
    Result<std::optional<Assignment>> find(qint64 expertId, qint64 applicationId);
    /// Puts an assignment back in a status (undoing a void); audited. Call inside a transaction.
    Status restoreStatus(qint64 assignmentId, const QString& status);

    /// Fills every application up to \a perApplication experts (existing assignments are kept), or with
    /// every non-conflicted expert when \a all. Nothing changes when an application cannot be filled:
    /// the error lists those applications. One transaction.
    Result<AssignReport> assign(int perApplication, bool all, quint64 seed);

private:
    db::Database& m_db;
    Round m_round;
};

} // namespace rb
