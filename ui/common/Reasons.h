// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace rb::ui {

/// Enables \a widget, or disables it saying why (issue 13): the reason is its tooltip and its status-bar tip, so
/// that hovering over a greyed button tells what stands in the way; enabled, it keeps \a whatItDoes.
void enableOrSayWhy(QWidget* widget, bool enabled, const QString& whyNot, const QString& whatItDoes);

} // namespace rb::ui
