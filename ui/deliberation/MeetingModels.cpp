// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/MeetingModels.h"

#include "deliberation/CaseView.h"
#include "deliberation/Labels.h"

#include <QColor>

namespace rb::ui {

AttendanceModel::AttendanceModel(QObject* parent) : QAbstractListModel(parent) {}

void AttendanceModel::setAttendees(const QList<deliberation::Attendee>& attendees, bool open)
{
    beginResetModel();
    m_attendees = attendees;
    m_open = open;
    endResetModel();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attendees.size());
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const deliberation::Attendee& a = m_attendees[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2").arg(a.member.name, labels::screen(labels::Kind::Role, a.member.role));
    case Qt::CheckStateRole: return a.present ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return a.votes ? a.member.organisation
                       : tr("%1 — records the meeting; counts neither for the quorum nor the vote")
                             .arg(a.member.organisation);
    default: return {};
    }
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_open ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_open
        || role != Qt::CheckStateRole)
        return false;
    const deliberation::Attendee& a = m_attendees[index.row()];
    const bool present = value.toInt() == Qt::Checked;
    if (present != a.present)
        Q_EMIT presenceRequested(a.member.name, present);
    return false; // the row changes once the action is done
}

AgendaModel::AgendaModel(QObject* parent) : QAbstractListModel(parent) {}

void AgendaModel::setCases(const QList<deliberation::Case>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int AgendaModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].id == id)
            return i;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const deliberation::Case& c = m_cases[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1. %2 %3").arg(index.row() + 1).arg(c.applicationCode, c.title);
        text += QStringLiteral("\n    %1").arg(conclusionName(c.conclusion));
        if (c.previousCaseId)
            text += tr(" · again after revision");
        return text;
    }
    case Qt::ForegroundRole:
        if (c.conclusion.isEmpty())
            return {};
        return labels::is(c.conclusion, labels::Conclusion::Proposed) ? QColor(0x1E, 0x7B, 0x34)
               : labels::is(c.conclusion, labels::Conclusion::Revise) ? QColor(0xA8, 0x6A, 0x00)
                                                                      : QColor(0xB0, 0x3A, 0x2E);
    case CaseIdRole: return c.id;
    case OpenRole: return c.conclusion.isEmpty();
    default: return {};
    }
}

} // namespace rb::ui
