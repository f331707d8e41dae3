// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/WorkflowModel.h"

#include "common/FreeLater.h"

#include "domain/Region.h"
#include "domain/States.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace rb::ui {

void WorkflowModel::setRows(QList<Row> rows, const QDate& today)
{
    beginResetModel();
    std::swap(m_rows, rows);
    m_today = today;
    endResetModel();
    freeLater(std::move(rows)); // the old rows
}

const WorkflowModel::Row* WorkflowModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int WorkflowModel::rowOf(const QString& code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].status.code == code)
            return i;
    }
    return -1;
}

QHash<QString, int> WorkflowModel::countByState() const
{
    QHash<QString, int> counts;
    for (const Row& r : m_rows)
        ++counts[r.status.state];
    return counts;
}

int WorkflowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowModel::data(const QModelIndex& index, int role) const
{
    const Row* r = at(index.row());
    if (!r)
        return {};
    const workflow::StatusRow& s = r->status;
    if (role == StateKeyRole)
        return s.state;
    if (role == Qt::ForegroundRole && index.column() == Due && s.due) {
        if (*s.due < m_today)
            return QBrush(QColor(0xB0, 0x3A, 0x2E));
        if (m_today.daysTo(*s.due) <= 30)
            return QBrush(QColor(0xA8, 0x6A, 0x00));
    }
    if (role == Qt::FontRole && index.column() == Due && s.due && *s.due < m_today) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case State: return int(states::all().indexOf(s.state));
        case Due: return s.due ? s.due->toString(Qt::ISODate) : QStringLiteral("9999");
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code: return s.code;
    case Title: return s.title;
    case Applicant: return r->applicant;
    case Province: return Region::displayName(r->province);
    case State: return states::displayName(s.state);
    case Since: return s.since.left(10);
    case Due:
        if (!s.due)
            return QString();
        if (*s.due < m_today && role == Qt::ToolTipRole)
            return tr("Overdue by %n day(s)", nullptr, int(s.due->daysTo(m_today)));
        return s.due->toString(Qt::ISODate);
    default: return {};
    }
}

QVariant WorkflowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Title");
    case Applicant: return tr("Applicant");
    case Province: return tr("Province");
    case State: return tr("State");
    case Since: return tr("Since");
    case Due: return tr("Next due");
    default: return {};
    }
}

void WorkflowFilter::setState(const QString& state)
{
    m_state = state;
    invalidateFilter();
}

void WorkflowFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool WorkflowFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (!m_state.isEmpty()
        && m->index(sourceRow, 0, sourceParent).data(WorkflowModel::StateKeyRole).toString() != m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {WorkflowModel::Code, WorkflowModel::Title, WorkflowModel::Applicant, WorkflowModel::Province}) {
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace rb::ui
