// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/Workflow.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rb::ui {

/// Each application's place in the lifecycle: state, since when, and the next date that matters.
class WorkflowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Title, Applicant, Province, State, Since, Due, ColumnCount };
    enum Role { StateKeyRole = Qt::UserRole + 1, SortRole };
    struct Row {
        workflow::StatusRow status;
        QString applicant;
        QString province;
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows, const QDate& today);
    [[nodiscard]] const Row* at(int row) const;
    [[nodiscard]] int rowOf(const QString& code) const;
    /// How many applications are in each state.
    [[nodiscard]] QHash<QString, int> countByState() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
    QDate m_today;
};

/// Filters the lifecycle table by state and by text.
class WorkflowFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setState(const QString& state);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_state;
    QString m_text;
};

} // namespace rb::ui
