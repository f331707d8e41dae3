// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Messages.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace rb::ui::messages {

namespace {
Hook& hook()
{
    static Hook h;
    return h;
}

TextHook& textHook()
{
    static TextHook h;
    return h;
}

ChoiceHook& choiceHook()
{
    static ChoiceHook h;
    return h;
}
} // namespace

void setTextHook(TextHook h)
{
    textHook() = std::move(h);
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label)
{
    if (textHook())
        return textHook()(title, label);
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void setChoiceHook(ChoiceHook h)
{
    choiceHook() = std::move(h);
}

std::optional<QString> askChoice(QWidget* parent, const QString& title, const QString& label,
                                 const QStringList& choices)
{
    if (choiceHook())
        return choiceHook()(title, label, choices);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, choices, 0, false, &ok);
    return ok ? std::optional<QString>(chosen) : std::nullopt;
}

void setHook(Hook h)
{
    hook() = std::move(h);
}

void warn(QWidget* parent, const QString& title, const QString& text)
{
    if (hook()) {
        hook()(title, text, false);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void info(QWidget* parent, const QString& title, const QString& text)
{
    if (hook()) {
        hook()(title, text, false);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void saved(QWidget* parent, const QString& title, const QString& path)
{
    const QFileInfo file(path);
    const QString text = QCoreApplication::translate("rb::ui::messages", "Saved “%1” in %2.")
                             .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
    if (hook()) {
        hook()(title, text, false);
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    QPushButton* open = box.addButton(QCoreApplication::translate("rb::ui::messages", "Open"), QMessageBox::AcceptRole);
    QPushButton* folder =
        box.addButton(QCoreApplication::translate("rb::ui::messages", "Show in folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (hook())
        return hook()(title, text, true);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace rb::ui::messages
