// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Region.h"

#include <QString>

namespace rb {

/// A review round (批次): one category and year, its criteria, rosters and settings.
struct Round {
    qint64 id = 0;
    QString uid;
    QString code; ///< e.g. "2025-FAC"
    Category category = Category::Scenario;
    int year = 0;
    QString title;
    QString templateName;
    QString createdAt;
    QString createdBy;
};

} // namespace rb
