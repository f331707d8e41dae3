// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb::package {

/// One expert's packages as the master knows them.
struct ExpertPackages {
    QString expertCode;
    QString expertName;
    int assigned = 0; ///< active assignments
    int revision = 0; ///< latest issued revision, 0 = none
    QString status;   ///< of the latest: "" (none), issued, returned, submitted
    QString createdAt;
    QString returnedAt;
};

/// The packages issued for a round, per expert.
class PackageRepository {
public:
    PackageRepository(db::Database& db, const Round& round) : m_db(db), m_round(round) {}
    /// Every expert of the round with their latest package, in code order.
    Result<QList<ExpertPackages>> byExpert();

private:
    db::Database& m_db;
    Round m_round;
};

} // namespace rb::package
