// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FirstStartDialog.h"

#include "app/Preferences.h"
#include "cli/Cli.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
FirstStartDialog::Hook& hook()
{
    static FirstStartDialog::Hook h;
    return h;
}
} // namespace

FirstStartDialog::FirstStartDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_secretariat(new QRadioButton(tr("The secretariat"), this)),
      m_expert(new QRadioButton(tr("An expert reviewing applications"), this))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to ReviewBench"));
    auto* intro = new QLabel(tr("Every change you make is recorded with your name, so that the committee's file "
                                "shows who did what. You can change it later in Edit ▸ Preferences."),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("firstStartName"));
    // The login name is offered when there is one; "unknown" never is.
    m_name->setText(Preferences().hasUserName() ? Preferences().userName() : cli::loginName());
    m_name->setPlaceholderText(tr("e.g. 张明"));
    m_secretariat->setObjectName(QStringLiteral("firstStartSecretariat"));
    m_expert->setObjectName(QStringLiteral("firstStartExpert"));
    m_secretariat->setChecked(Preferences().role() != QLatin1String("expert"));
    m_expert->setChecked(Preferences().role() == QLatin1String("expert"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, ok, [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Your name:"), m_name);
    auto* roles = new QVBoxLayout;
    roles->addWidget(m_secretariat);
    roles->addWidget(m_expert);
    form->addRow(tr("You work as:"), roles);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString FirstStartDialog::userName() const
{
    return m_name->text().trimmed();
}

QString FirstStartDialog::role() const
{
    return m_expert->isChecked() ? QStringLiteral("expert") : QStringLiteral("secretariat");
}

void FirstStartDialog::setAnswer(const QString& name, const QString& role)
{
    m_name->setText(name);
    (role == QLatin1String("expert") ? m_expert : m_secretariat)->setChecked(true);
}

void FirstStartDialog::askOnce(QWidget* parent)
{
    Preferences prefs;
    // Asked once; a name given to the program by its environment (as to the CLI) is the answer already.
    if (prefs.hasUserName() || !qEnvironmentVariable("REVIEWBENCH_USER").trimmed().isEmpty())
        return;
    FirstStartDialog dialog(parent);
    const bool accepted = hook() ? hook()(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || dialog.userName().isEmpty())
        return;
    prefs.setUserName(dialog.userName());
    prefs.setRole(dialog.role());
}

void FirstStartDialog::setHook(Hook h)
{
    hook() = std::move(h);
}

} // namespace rb::ui
