// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "io/Table.h"
#include "storage/Database.h"

namespace rb::merge {

/// A field typed differently by the two people of a double entry.
struct Mismatch {
    QString expert;
    QString application;
    QString criterion;
    QString firstBy; ///< 填写人
    double firstValue = 0;
    QString secondBy; ///< 复核人
    double secondValue = 0;
};

struct PaperReport {
    int entered = 0; ///< rows read from the file
    int counted = 0; ///< scores that now count (single entry, or both entries agree)
    int pending = 0; ///< double entry: waiting for the second person
    QList<Mismatch> mismatches;
};

/// Paper score sheets typed in by the secretariat (columns as the package score file). All or nothing:
/// a score for an unassigned or conflicted pair, an unknown criterion, a value out of range or a row
/// twice rejects the file. With the round setting entry.double_entry on, the same sheets are typed in
/// twice by two people; only fields both typed the same count, and the differences are listed.
Result<PaperReport> importPaperScores(db::Database& db, const Round& round, const io::Table& table,
                                      const QString& enteredBy);

} // namespace rb::merge
