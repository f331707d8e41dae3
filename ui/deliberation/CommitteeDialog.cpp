// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/CommitteeDialog.h"

#include "common/Messages.h"

#include "action/DeliberationActions.h"
#include "deliberation/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

QString roleName(const QString& role)
{
    return labels::screen(labels::Kind::Role, role);
}

CommitteeDialog::CommitteeDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_table(new QTableWidget(this)), m_warning(new QLabel(this)),
      m_name(new QLineEdit(this)), m_organisation(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_save(new QPushButton(tr("Save changes"), this)), m_remove(new QPushButton(tr("Remove…"), this)),
      m_up(new QPushButton(tr("Up"), this)), m_down(new QPushButton(tr("Down"), this))
{
    setObjectName(QStringLiteral("committeeDialog"));
    setWindowTitle(tr("Deliberation committee"));
    m_table->setObjectName(QStringLiteral("committeeTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_warning->setObjectName(QStringLiteral("committeeWarning"));
    m_save->setObjectName(QStringLiteral("committeeSave"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #A86A00;"));
    m_name->setPlaceholderText(tr("Name"));
    m_organisation->setPlaceholderText(tr("Organisation"));
    for (const char* r : {"member", "chair", "vice_chair", "secretary"})
        m_role->addItem(roleName(QString::fromLatin1(r)), QString::fromLatin1(r));
    m_up->setToolTip(tr("Earlier in the list of this role (the order of the minutes)"));
    m_down->setToolTip(tr("Later in the list of this role"));
    auto* addButton = new QPushButton(tr("Add member"), this);
    auto* form = new QHBoxLayout;
    form->addWidget(m_name, 1);
    form->addWidget(m_organisation, 2);
    form->addWidget(m_role);
    form->addWidget(addButton);
    form->addWidget(m_save);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_up);
    rowButtons->addWidget(m_down);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_remove);
    auto* importButton = new QPushButton(tr("Import a roster…"), this);
    importButton->setObjectName(QStringLiteral("importCommittee"));
    importButton->setToolTip(tr("A table of the members (CSV or Excel: 姓名, 工作单位, 职务): new names are added, "
                                "known ones corrected"));
    rowButtons->addWidget(importButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(buttons);

    auto warnIfFailed = [this](const Status& s) {
        if (!s)
            messages::warn(this, windowTitle(), s.error().toString());
    };
    connect(addButton, &QPushButton::clicked, this, [this, warnIfFailed] {
        warnIfFailed(addMember(m_name->text(), m_organisation->text(), m_role->currentData().toString()));
    });
    connect(m_name, &QLineEdit::returnPressed, addButton, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this, warnIfFailed] {
        warnIfFailed(saveSelected(m_name->text(), m_organisation->text(), m_role->currentData().toString()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this, warnIfFailed] {
        const deliberation::Member* m = selected();
        if (!m
            || !messages::confirm(this, tr("Remove member"),
                                  tr("Remove %1 from the committee? Undo brings the member back.").arg(m->name)))
            return;
        warnIfFailed(removeSelected());
    });
    connect(importButton, &QPushButton::clicked, this, [this, warnIfFailed] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a committee roster"), QString(),
                                                          tr("Tables (*.csv *.xlsx *.tsv *.txt)"));
        if (!path.isEmpty())
            warnIfFailed(importRoster(path));
    });
    connect(m_up, &QPushButton::clicked, this, [this, warnIfFailed] { warnIfFailed(moveSelected(-1)); });
    connect(m_down, &QPushButton::clicked, this, [this, warnIfFailed] { warnIfFailed(moveSelected(1)); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { selectRow(row); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 460);
    fill();
}

int CommitteeDialog::rowCount() const
{
    return m_table->rowCount();
}

const deliberation::Member* CommitteeDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_members.size() ? &m_members[row] : nullptr;
}

void CommitteeDialog::fill(const QString& select)
{
    Result<QList<deliberation::Member>> members =
        deliberation::DeliberationService(m_workspace.db(), m_workspace.round()).members();
    m_members = members ? *members : QList<deliberation::Member>{};
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_members.size()));
    int current = -1;
    bool chair = false;
    for (int i = 0; i < m_members.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_members[i].name));
        m_table->setItem(i, 1, new QTableWidgetItem(m_members[i].organisation));
        m_table->setItem(i, 2, new QTableWidgetItem(roleName(m_members[i].role)));
        if (m_members[i].name == select)
            current = i;
        chair = chair || labels::is(m_members[i].role, labels::Role::Chair);
    }
    m_table->resizeColumnToContents(0);
    m_table->setCurrentCell(current, 0);
    if (!members)
        m_warning->setText(members.error().toString());
    else
        m_warning->setText(chair ? QString()
                                 : tr("The committee has no chair yet: a meeting can be held only under a chair."));
    m_warning->setVisible(!m_warning->text().isEmpty());
    updateButtons();
}

void CommitteeDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_save->setEnabled(any);
    m_remove->setEnabled(any);
    m_up->setEnabled(any);
    m_down->setEnabled(any);
}

void CommitteeDialog::selectRow(int row)
{
    if (row != m_table->currentRow()) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(row, 0);
    }
    if (const deliberation::Member* m = selected()) {
        m_name->setText(m->name);
        m_organisation->setText(m->organisation);
        m_role->setCurrentIndex(std::max(0, m_role->findData(m->role)));
    }
    updateButtons();
}

Status CommitteeDialog::run(action::Action action, const QString& select)
{
    Result<action::Done> done = m_workspace.perform(std::move(action), Workspace::Workflow);
    if (!done)
        return done.takeError();
    fill(select);
    return {};
}

Status CommitteeDialog::addMember(const QString& name, const QString& organisation, const QString& role)
{
    // Nothing stays selected: the cleared form is for the next member, not a correction of this one.
    RB_TRY(run(action::addMember(m_workspace.round(), name, organisation, role), {}));
    m_name->clear();
    m_organisation->clear();
    m_name->setFocus();
    return {};
}

Status CommitteeDialog::saveSelected(const QString& name, const QString& organisation, const QString& role)
{
    const deliberation::Member* m = selected();
    if (!m)
        return Error::input(tr("choose a member first"));
    return run(action::editMember(m_workspace.round(), m->name, name, organisation, role), name.trimmed());
}

Status CommitteeDialog::removeSelected()
{
    const deliberation::Member* m = selected();
    if (!m)
        return Error::input(tr("choose a member first"));
    return run(action::removeMember(m_workspace.round(), m->name), {});
}

Status CommitteeDialog::importRoster(const QString& path)
{
    Result<io::Table> table = io::readTable(path);
    if (!table)
        return table.takeError();
    Result<action::Done> done =
        m_workspace.perform(action::importCommittee(m_workspace.round(), *table), Workspace::Workflow);
    if (!done)
        return done.takeError();
    fill();
    messages::info(this, windowTitle(), done->summary);
    return {};
}

Status CommitteeDialog::moveSelected(int delta)
{
    const deliberation::Member* m = selected();
    if (!m)
        return Error::input(tr("choose a member first"));
    const QString name = m->name;
    return run(action::moveMember(m_workspace.round(), name, delta), name);
}

} // namespace rb::ui
