// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PreferencesDialog.h"

#include "app/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace rb::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_user(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Preferences prefs;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("As the system (Chinese unless the system is English)"), QStringLiteral("system"));
    m_language->addItem(QString::fromUtf8("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs.language())));
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setText(prefs.userName());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Your name (recorded with every change)"), m_user);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::userName() const
{
    return m_user->text().trimmed();
}

} // namespace rb::ui
