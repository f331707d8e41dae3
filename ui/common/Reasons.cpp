// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Reasons.h"

#include <QWidget>

namespace rb::ui {

void enableOrSayWhy(QWidget* widget, bool enabled, const QString& whyNot, const QString& whatItDoes)
{
    widget->setEnabled(enabled);
    const QString tip = enabled ? whatItDoes : whyNot;
    widget->setToolTip(tip);
    widget->setStatusTip(tip);
}

} // namespace rb::ui
