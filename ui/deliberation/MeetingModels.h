// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Attendance.h"
#include "deliberation/Deliberation.h"

#include <QAbstractListModel>

namespace rb::ui {

/// Who is at a meeting: a member per row, ticked when present. Ticking asks for the change (presenceRequested);
/// the page applies it as an action and the rows come back from the database.
class AttendanceModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit AttendanceModel(QObject* parent = nullptr);
    /// \a open: the meeting is not closed, so attendance can still change.
    void setAttendees(const QList<deliberation::Attendee>& attendees, bool open);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void presenceRequested(const QString& member, bool present);

private:
    QList<deliberation::Attendee> m_attendees;
    bool m_open = false;
};

/// A meeting's agenda, one case per row in the chair's order, with its conclusion so far (coloured when there is
/// one). CaseIdRole gives the case, OpenRole whether it still awaits its conclusion.
class AgendaModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CaseIdRole = Qt::UserRole, OpenRole };
    explicit AgendaModel(QObject* parent = nullptr);
    void setCases(const QList<deliberation::Case>& cases);
    /// The row of case \a id, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<deliberation::Case> m_cases;
};

} // namespace rb::ui
