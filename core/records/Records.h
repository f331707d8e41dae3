// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "domain/Criteria.h"
#include "review/Assignments.h"
#include "review/Conflicts.h"

#include <QJsonObject>
#include <QStringList>

namespace rb::records {

/// Rows as objects keyed by the English column names of the import formats, shared by
/// `list`, exports and reports so every output speaks the same columns.
struct Records {
    QStringList keys;
    QList<QJsonObject> rows;
};

Records applications(const QList<Application>& applications);
Records experts(const QList<Expert>& experts);
/// Parents carry the sum of their children as "max".
Records criteria(const CriteriaTree& tree);
Records conflicts(const QList<Conflict>& conflicts);
/// Active assignments only (void and handed-back ones are history).
Records assignments(const QList<Assignment>& assignments);

} // namespace rb::records
