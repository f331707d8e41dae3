// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/CommitteeDialog.h"

#include "common/Messages.h"

#include "deliberation/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

QString roleName(const QString& role)
{
    return labels::screen(labels::Kind::Role, role);
}

CommitteeDialog::CommitteeDialog(QList<deliberation::Member> members, AddMember add, QWidget* parent)
    : QDialog(parent), m_members(std::move(members)), m_add(std::move(add)), m_table(new QTableWidget(this)),
      m_name(new QLineEdit(this)), m_organisation(new QLineEdit(this)), m_role(new QComboBox(this))
{
    setWindowTitle(tr("Deliberation committee"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_name->setPlaceholderText(tr("Name"));
    m_organisation->setPlaceholderText(tr("Organisation"));
    for (const char* r : {"member", "chair", "vice_chair", "secretary"})
        m_role->addItem(roleName(QString::fromLatin1(r)), QString::fromLatin1(r));
    auto* addButton = new QPushButton(tr("Add member"), this);
    auto* form = new QHBoxLayout;
    form->addWidget(m_name, 1);
    form->addWidget(m_organisation, 2);
    form->addWidget(m_role);
    form->addWidget(addButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(addButton, &QPushButton::clicked, this, &CommitteeDialog::add);
    connect(m_name, &QLineEdit::returnPressed, this, &CommitteeDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
    fill();
}

void CommitteeDialog::fill()
{
    m_table->setRowCount(int(m_members.size()));
    for (int i = 0; i < m_members.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_members[i].name));
        m_table->setItem(i, 1, new QTableWidgetItem(m_members[i].organisation));
        m_table->setItem(i, 2, new QTableWidgetItem(roleName(m_members[i].role)));
    }
    m_table->resizeColumnToContents(0);
}

void CommitteeDialog::add()
{
    Result<deliberation::Member> m = m_add(m_name->text(), m_organisation->text(), m_role->currentData().toString());
    if (!m) {
        messages::warn(this, windowTitle(), m.error().toString());
        return;
    }
    m_members.append(*m);
    m_name->clear();
    m_organisation->clear();
    m_name->setFocus();
    fill();
}

} // namespace rb::ui
