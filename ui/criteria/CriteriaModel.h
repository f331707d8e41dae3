// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"

#include <QAbstractItemModel>

#include <functional>

namespace rb::ui {

/// The criteria tree. Edits in the view do not change the model: they are handed to the
/// commit function as a new tree, which pushes an undo command; the model then reloads.
class CriteriaModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Kind, Max, Guidance, ColumnCount };
    using Commit = std::function<void(QList<Criterion> after, const QString& description)>;

    explicit CriteriaModel(QObject* parent = nullptr);
    void setTree(CriteriaTree tree);
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    [[nodiscard]] const CriteriaTree& tree() const { return m_tree; }
    [[nodiscard]] const Criterion* criterion(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(const QString& code, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QList<qsizetype> childRows(const QString& parentCode) const;

    CriteriaTree m_tree;
    QHash<QString, QList<qsizetype>> m_children; // parent code -> indexes into m_tree.items()
    Commit m_commit;
};

} // namespace rb::ui
