// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AssignmentMatrix.h"

#include <QBrush>

namespace rb::ui {

void AssignmentMatrix::setData(QList<Application> applications, QList<Expert> experts,
                               const QList<Assignment>& assignments, const QList<Conflict>& conflicts)
{
    beginResetModel();
    m_apps = std::move(applications);
    m_experts = std::move(experts);
    QHash<qint64, int> row;
    QHash<qint64, int> column;
    for (int r = 0; r < m_apps.size(); ++r)
        row.insert(m_apps[r].id, r);
    for (int c = 0; c < m_experts.size(); ++c)
        column.insert(m_experts[c].id, c);
    m_assignments.clear();
    m_conflicts.clear();
    m_loads = QList<int>(m_experts.size(), 0);
    m_perApplication = QList<int>(m_apps.size(), 0);
    for (const Assignment& a : assignments) {
        const int r = row.value(a.applicationId, -1);
        const int c = column.value(a.expertId, -1);
        if (r < 0 || c < 0)
            continue;
        m_assignments.insert(key(r, c), a);
        if (a.active()) {
            ++m_loads[c];
            ++m_perApplication[r];
        }
    }
    for (const Conflict& x : conflicts) {
        const int r = row.value(x.applicationId, -1);
        const int c = column.value(x.expertId, -1);
        if (r >= 0 && c >= 0)
            m_conflicts.insert(key(r, c), x.reason);
    }
    endResetModel();
}

bool AssignmentMatrix::isConflict(int row, int column) const
{
    return m_conflicts.contains(key(row, column));
}

const Assignment* AssignmentMatrix::assignment(int row, int column) const
{
    const auto it = m_assignments.constFind(key(row, column));
    return it == m_assignments.constEnd() ? nullptr : &*it;
}

int AssignmentMatrix::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AssignmentMatrix::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_experts.size());
}

QVariant AssignmentMatrix::data(const QModelIndex& index, int role) const
{
    const int r = index.row();
    const int c = index.column();
    const Assignment* a = assignment(r, c);
    const bool conflict = isConflict(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (a && a->active())
            return QStringLiteral("●");
        if (a)
            return QStringLiteral("○");
        return conflict ? QStringLiteral("✕") : QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (conflict)
            return QBrush(QColor(0xB0, 0x3A, 0x2E));
        return a && a->active() ? QBrush(QColor(0x1F, 0x5F, 0xAF)) : QBrush(QColor(0x99, 0x99, 0x99));
    case Qt::BackgroundRole: return conflict ? QBrush(QColor(0xFD, 0xEC, 0xEA)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 × %2").arg(m_experts[c].code, m_apps[r].code);
        if (conflict)
            tip += QLatin1Char('\n') + tr("Conflict: %1").arg(m_conflicts.value(key(r, c)));
        if (a && !a->active())
            tip +=
                QLatin1Char('\n') + tr("No longer counts: %1").arg(a->voidReason.isEmpty() ? a->status : a->voidReason);
        return tip;
    }
    default: return {};
    }
}

QVariant AssignmentMatrix::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_experts.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_experts[section].code;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 %2\n%3")
                .arg(m_experts[section].code, m_experts[section].name, m_experts[section].organisation);
        return {};
    }
    if (section < 0 || section >= m_apps.size())
        return {};
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1  (%2)").arg(m_apps[section].code).arg(m_perApplication.value(section));
    if (role == Qt::ToolTipRole)
        return m_apps[section].title;
    return {};
}

} // namespace rb::ui
