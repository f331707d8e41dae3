// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace rb::ui::icons {

/// A round badge with one character, drawn at every size (no icon theme needed on Windows).
QIcon badge(const QString& character, const QColor& color);
/// The application icon: 评 on a blue rounded square.
QIcon application();

/// The palette used for charts and badges.
QColor accent(int index);

} // namespace rb::ui::icons
