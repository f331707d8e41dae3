// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "repo/AuditLog.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

namespace rb {

/// Counts of a round's applications by a grouping column, for the overview.
struct Breakdown {
    QList<QPair<QString, int>> byProvince;
    QList<QPair<QString, int>> bySector;
    QList<QPair<QString, int>> byState;
    QList<QPair<QString, int>> byRecommender; ///< by recommending authority
};

/// Applications and applicants of one round.
class ApplicationRepository {
public:
    ApplicationRepository(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    /// Every application of the round with its applicants, ordered by code.
    Result<QList<Application>> list();
    Result<std::optional<Application>> byCode(const QString& code);
    Result<int> count();
    /// Distinct applicants (organisations) of the round's applications.
    Result<int> applicantCount();
    Result<Breakdown> breakdown();

    /// Inserts or updates (by code) one application and links its applicants, creating or
    /// renaming applicants found by credit code (else by normalised name). Writes the audit
    /// entry. Call inside a transaction. Returns what it did.
    /// \a known false: the caller knows the code is new, which skips looking it up.
    Result<Change> upsert(Application application, bool known = true);
    /// The codes of the round's applications.
    Result<QSet<QString>> codes();

private:
    Result<qint64> applicantId(Applicant& applicant, QStringList& renamed);

    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
