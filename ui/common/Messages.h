// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace rb::ui::messages {

/// Shows a warning.
void warn(QWidget* parent, const QString& title, const QString& text);
/// Asks a yes/no question; true for yes.
bool confirm(QWidget* parent, const QString& title, const QString& text);

/// Tests answer message boxes instead of a user: the hook receives (title, text, isQuestion) and
/// returns the answer to a question. Pass an empty function to restore real message boxes.
using Hook = std::function<bool(const QString& title, const QString& text, bool question)>;
void setHook(Hook hook);

} // namespace rb::ui::messages
