// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// How the round settings are presented to a secretariat (issue 13): each in a group, with a short name and, for
/// choices, a name per value — one table, translated, so that the key names stay out of sight.
namespace rb::settings {

enum class Group { Consolidation, Assignment, Scoring, FormalReview, Deliberation, Notice, Quotas };

/// The groups in display order.
QList<Group> groups();
QString groupName(Group group);
/// The group of a setting (quota.<authority> is in Quotas).
Group groupOf(const QString& key);
/// The short name of a setting ("及格线"); for quota.<authority>, the authority's quota.
QString label(const QString& key);
/// The name of one value of a choice setting ("trimmed" → "去掉最高分和最低分后平均").
QString choiceLabel(const QString& key, const QString& value);

} // namespace rb::settings
