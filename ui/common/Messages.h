// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace rb::ui::messages {

/// Shows a warning.
void warn(QWidget* parent, const QString& title, const QString& text);
/// Tells that something worked (an information icon, not a warning).
void info(QWidget* parent, const QString& title, const QString& text);
/// Tells that a file was written, naming it and its folder, with buttons to open the file or its folder.
void saved(QWidget* parent, const QString& title, const QString& path);
/// Asks a yes/no question; true for yes.
bool confirm(QWidget* parent, const QString& title, const QString& text);

/// Asks for a line of text; nothing when cancelled.
std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);

/// Asks to choose one of \a choices; nothing when cancelled.
std::optional<QString> askChoice(QWidget* parent, const QString& title, const QString& label,
                                 const QStringList& choices);

/// Tests answer message boxes instead of a user: the hook receives (title, text, isQuestion) and
/// returns the answer to a question. Pass an empty function to restore real message boxes.
using Hook = std::function<bool(const QString& title, const QString& text, bool question)>;
void setHook(Hook hook);
/// Tests answer text prompts: the hook returns the text, or nothing for Cancel.
using TextHook = std::function<std::optional<QString>(const QString& title, const QString& label)>;
void setTextHook(TextHook hook);
/// Tests answer choices: the hook returns the choice, or nothing for Cancel.
using ChoiceHook =
    std::function<std::optional<QString>(const QString& title, const QString& label, const QStringList& choices)>;
void setChoiceHook(ChoiceHook hook);

} // namespace rb::ui::messages
