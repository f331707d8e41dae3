// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Table.h"

namespace rb::deliberation {

/// One member of a committee roster as read from a table file.
struct RosterRow {
    int row = 0; ///< the row number a spreadsheet shows
    QString name;
    QString organisation;
    QString role; ///< chair, vice_chair, member or secretary
};

/// The key of a committee role written as people write it: the key itself, its English or Chinese label
/// (主任委员, 副主任委员, 委员, 秘书) or a common variant (主任, 组长, 副组长, 成员, 秘书长). Empty cell: member.
/// Nothing when it is none of these.
std::optional<QString> roleKey(const QString& text);

/// Reads a committee roster (姓名, 工作单位, 职务 — the header found as for the other tables, 序号 and contact
/// columns ignored). Every row is checked before anything counts: a missing name, an unknown role, a name twice or
/// two chairs is an error naming the file, the row and the column.
Result<QList<RosterRow>> readRoster(io::Table table);

} // namespace rb::deliberation
