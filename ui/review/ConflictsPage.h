// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "review/Conflicts.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rb::ui {

class LazyReload;

/// Every conflict of the round: found from the rosters, declared by the secretariat or the experts.
class ConflictsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Expert, ExpertName, Application, Title, Type, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setConflicts(QList<Conflict> conflicts, QHash<QString, QString> expertNames, QHash<QString, QString> titles);
    [[nodiscard]] const Conflict* at(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Conflict> m_items;
    QHash<QString, QString> m_expertNames;
    QHash<QString, QString> m_titles;
};

/// The recusal page: review, declare (with undo), import and print the conflicts.
class ConflictsPage : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    /// Declares a conflict as one undoable step.
    void declare(const QString& expertCode, const QString& applicationCode, const QString& reason);

private:
    LazyReload* m_lazy = nullptr;
    class PageLoader* m_loader = nullptr;
    void openDeclareDialog();

    Workspace& m_workspace;
    ConflictsModel* m_model;
    QSortFilterProxyModel* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
};

} // namespace rb::ui
