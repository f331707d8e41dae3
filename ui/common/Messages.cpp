// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Messages.h"

#include <QMessageBox>

namespace rb::ui::messages {

namespace {
Hook& hook()
{
    static Hook h;
    return h;
}
} // namespace

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

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (hook())
        return hook()(title, text, true);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace rb::ui::messages
