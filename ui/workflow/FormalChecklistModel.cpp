// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/FormalChecklistModel.h"

#include "common/ChoiceDelegate.h"

#include <QColor>

namespace rb::ui {

namespace {
FormalChecklistModel::Outcome outcomeOf(const workflow::FormalItem& item)
{
    return !item.passed ? FormalChecklistModel::NotChecked
                        : (*item.passed ? FormalChecklistModel::Met : FormalChecklistModel::NotMet);
}
} // namespace

FormalChecklistModel::FormalChecklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void FormalChecklistModel::setItems(const QList<workflow::FormalItem>& items, bool open)
{
    beginResetModel();
    m_items = items;
    m_open = open;
    endResetModel();
}

int FormalChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FormalChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FormalChecklistModel::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case NotChecked: return tr("Not checked");
    case Met: return tr("Met");
    case NotMet: return tr("Not met");
    }
    return {};
}

QVariant FormalChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const workflow::FormalItem& item = m_items[index.row()];
    if (role == Qt::EditRole && index.column() == Result)
        return int(outcomeOf(item));
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Item: return item.key;
        case Result: return outcomeName(outcomeOf(item));
        case Note: return item.note;
        case CheckedBy:
            return item.checkedBy.isEmpty() ? QString()
                                            : QStringLiteral("%1 %2").arg(item.checkedBy, item.checkedAt.left(10));
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result && outcomeOf(item) == NotMet)
        return QColor(0xB0, 0x3A, 0x2E);
    return {};
}

QVariant FormalChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("Eligibility item");
    case Result: return tr("Result");
    case Note: return tr("Note");
    case CheckedBy: return tr("Checked by");
    default: return {};
    }
}

Qt::ItemFlags FormalChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_open)
        return f;
    if (index.column() == Result)
        return f | Qt::ItemIsEditable;
    // A note goes with a result: it is recorded with it.
    if (index.column() == Note && m_items[index.row()].passed)
        return f | Qt::ItemIsEditable;
    return f;
}

bool FormalChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_open
        || role != Qt::EditRole)
        return false;
    const workflow::FormalItem& item = m_items[index.row()];
    if (index.column() == Result) {
        const auto outcome = Outcome(value.toInt());
        if (outcome == NotChecked || outcome == outcomeOf(item))
            return false; // a result is corrected, not taken back
        Q_EMIT recordRequested(item.key, outcome == Met, item.note);
    } else if (index.column() == Note && item.passed) {
        if (value.toString() == item.note)
            return false;
        Q_EMIT recordRequested(item.key, *item.passed, value.toString());
    }
    return false; // the row changes once the action is done
}

QStyledItemDelegate* FormalChecklistModel::makeResultDelegate(QObject* parent)
{
    return new ChoiceDelegate(
        {{outcomeName(NotChecked), int(NotChecked)}, {outcomeName(Met), int(Met)}, {outcomeName(NotMet), int(NotMet)}},
        QStringLiteral("formalResultEditor"), parent);
}

} // namespace rb::ui
