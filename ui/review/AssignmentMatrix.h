// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"
#include "review/Assignments.h"
#include "review/Conflicts.h"

#include <QAbstractTableModel>

namespace rb::ui {

/// Applications (rows) × experts (columns): ● assigned, ○ void or handed back, ✕ conflict.
class AssignmentMatrix : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    /// What the matrix shows, built anywhere (a worker thread for a large round) and then handed to setContent.
    struct Content {
        QList<Application> apps;
        QList<Expert> experts;
        QHash<quint64, Assignment> assignments;
        QHash<quint64, QString> conflicts; // reason
        QList<int> loads;
        QList<int> perApplication;
    };
    static Content build(QList<Application> applications, QList<Expert> experts, const QList<Assignment>& assignments,
                         const QList<Conflict>& conflicts);
    void setContent(Content content);
    void setData(QList<Application> applications, QList<Expert> experts, const QList<Assignment>& assignments,
                 const QList<Conflict>& conflicts);

    [[nodiscard]] const Application& application(int row) const { return m_content.apps[row]; }
    [[nodiscard]] const Expert& expert(int column) const { return m_content.experts[column]; }
    [[nodiscard]] bool isConflict(int row, int column) const;
    [[nodiscard]] const Assignment* assignment(int row, int column) const;
    [[nodiscard]] int load(int column) const { return m_content.loads.value(column); }
    [[nodiscard]] int assignedTo(int row) const { return m_content.perApplication.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }
    Content m_content;
};

} // namespace rb::ui
