// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AssignmentMatrix.h"

#include "common/FreeLater.h"

#include <QBrush>

namespace rb::ui {

AssignmentMatrix::Content AssignmentMatrix::build(QList<Application> applications, QList<Expert> experts,
                                                  const QList<Assignment>& assignments,
                                                  const QList<Conflict>& conflicts)
{
    Content c;
    c.apps = std::move(applications);
    c.experts = std::move(experts);
    QHash<qint64, int> row;
    QHash<qint64, int> column;
    row.reserve(c.apps.size());
    for (int r = 0; r < c.apps.size(); ++r)
        row.insert(c.apps[r].id, r);
    for (int e = 0; e < c.experts.size(); ++e)
        column.insert(c.experts[e].id, e);
    c.loads = QList<int>(c.experts.size(), 0);
    c.perApplication = QList<int>(c.apps.size(), 0);
    c.assignments.reserve(assignments.size());
    for (const Assignment& a : assignments) {
        const int r = row.value(a.applicationId, -1);
        const int e = column.value(a.expertId, -1);
        if (r < 0 || e < 0)
            continue;
        c.assignments.insert(key(r, e), a);
        if (a.active()) {
            ++c.loads[e];
            ++c.perApplication[r];
        }
    }
    for (const Conflict& x : conflicts) {
        const int r = row.value(x.applicationId, -1);
        const int e = column.value(x.expertId, -1);
        if (r >= 0 && e >= 0)
            c.conflicts.insert(key(r, e), x.reason);
    }
    return c;
}

void AssignmentMatrix::setContent(Content content)
{
    beginResetModel();
    std::swap(m_content, content);
    endResetModel();
    freeLater(std::move(content)); // the old content, after the views have let go of it
}

void AssignmentMatrix::setData(QList<Application> applications, QList<Expert> experts,
                               const QList<Assignment>& assignments, const QList<Conflict>& conflicts)
{
    setContent(build(std::move(applications), std::move(experts), assignments, conflicts));
}

bool AssignmentMatrix::isConflict(int row, int column) const
{
    return m_content.conflicts.contains(key(row, column));
}

const Assignment* AssignmentMatrix::assignment(int row, int column) const
{
    const auto it = m_content.assignments.constFind(key(row, column));
    return it == m_content.assignments.constEnd() ? nullptr : &*it;
}

int AssignmentMatrix::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_content.apps.size());
}

int AssignmentMatrix::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_content.experts.size());
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
        QString tip = QStringLiteral("%1 × %2").arg(m_content.experts[c].code, m_content.apps[r].code);
        if (conflict)
            tip += QLatin1Char('\n') + tr("Conflict: %1").arg(m_content.conflicts.value(key(r, c)));
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
        if (section < 0 || section >= m_content.experts.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_content.experts[section].code;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 %2\n%3")
                .arg(m_content.experts[section].code, m_content.experts[section].name,
                     m_content.experts[section].organisation);
        return {};
    }
    if (section < 0 || section >= m_content.apps.size())
        return {};
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1  (%2)")
            .arg(m_content.apps[section].code)
            .arg(m_content.perApplication.value(section));
    if (role == Qt::ToolTipRole)
        return m_content.apps[section].title;
    return {};
}

} // namespace rb::ui
