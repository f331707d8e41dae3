// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/AccessCodeDialog.h"

#include "common/Icons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
AccessCodeDialog::Hook& hook()
{
    static AccessCodeDialog::Hook h;
    return h;
}
} // namespace

void AccessCodeDialog::setHook(Hook h)
{
    hook() = std::move(h);
}

bool AccessCodeDialog::unlock(QWidget* parent, package::Package& package)
{
    if (package.unlocked())
        return true;
    if (hook()) {
        QString problem;
        for (;;) {
            const std::optional<QString> code = hook()(problem);
            if (!code)
                return false;
            const Status s = package.unlock(*code);
            if (s)
                return true;
            problem = s.error().message;
        }
    }
    AccessCodeDialog dialog(parent, package);
    return dialog.exec() == QDialog::Accepted;
}

AccessCodeDialog::AccessCodeDialog(QWidget* parent, package::Package& package)
    : QDialog(parent), m_package(package), m_code(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("accessCodeDialog"));
    setWindowTitle(tr("Access code"));
    setWindowIcon(icons::application());
    const package::Info& info = package.info();
    auto* intro = new QLabel(tr("This review package is locked. Enter the access code from the secretariat's letter "
                                "(it came separately from the file). Letters may be typed in small or capital; "
                                "dashes do not matter."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Round:"), new QLabel(info.roundTitle, this));
    form->addRow(tr("Expert:"), new QLabel(QStringLiteral("%1 %2").arg(info.expertCode, info.expertName), this));
    form->addRow(tr("File:"), new QLabel(QFileInfo(package.path()).fileName(), this));
    auto* fingerprint = new QLabel(info.roundFingerprint, this);
    fingerprint->setObjectName(QStringLiteral("accessCodeFingerprint"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Secretariat key:"), fingerprint);
    m_code->setObjectName(QStringLiteral("accessCode"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
    QFont mono = m_code->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_code->setFont(mono);
    form->addRow(tr("Access code:"), m_code);
    auto* check = new QLabel(tr("Compare the secretariat key with the fingerprint on your letter: if they differ, the "
                                "package was replaced on its way; do not score it and call the secretariat."),
                             this);
    check->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("accessCodeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #B03A2E"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccessCodeDialog::tryCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(check);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AccessCodeDialog::tryCode()
{
    setCursor(Qt::WaitCursor);
    const Status s = m_package.unlock(m_code->text());
    unsetCursor();
    if (s) {
        accept();
        return;
    }
    m_problem->setText(s.error().message);
    m_problem->show();
    m_code->selectAll();
    m_code->setFocus();
}

} // namespace rb::ui
