// SPDX-License-Identifier: GPL-3.0-or-later
#include "experts/ExpertsModel.h"
#include "domain/Region.h"

namespace rb::ui {

void ExpertsModel::setExperts(QList<Expert> experts)
{
    beginResetModel();
    m_items = std::move(experts);
    endResetModel();
}

const Expert* ExpertsModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int ExpertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ExpertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpertsModel::data(const QModelIndex& index, int role) const
{
    const Expert* e = at(index.row());
    if (!e || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Code: return e->code;
    case Name: return e->name;
    case Organisation: return e->organisation;
    case CreditCode: return e->organisationCreditCode;
    case Province: return Region::displayName(e->province);
    case Fields: return e->fields.join(QStringLiteral("、"));
    case Contact: return e->contact;
    default: return {};
    }
}

QVariant ExpertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Organisation: return tr("Organisation");
    case CreditCode: return tr("Organisation credit code");
    case Province: return tr("Region");
    case Fields: return tr("Fields");
    case Contact: return tr("Contact");
    default: return {};
    }
}

} // namespace rb::ui
