// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb::states {

/// Every state an application passes through, from recommendation to revocation, in order.
const QStringList& all();
/// The translated name of a state key ("recommended" -> 已推荐 / Recommended).
QString displayName(const QString& key);

} // namespace rb::states
