// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolidation/Consolidation.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace rb::ui {

/// Consolidated results, one row per application; Δ compares the rank with the round's own method.
class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank,
        Delta,
        Code,
        Applicant,
        Score,
        Experts,
        Mean,
        Median,
        Trimmed,
        StdDev,
        Range,
        Flags,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, FlagsRole };

    using QAbstractTableModel::QAbstractTableModel;
    /// \a baseline: ranks by the round's method, to show how another method changes the order.
    void setResults(consolidation::Results results, QHash<QString, int> baseline);
    [[nodiscard]] const consolidation::Results& results() const { return m_results; }
    [[nodiscard]] const consolidation::ApplicationResult* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString flagName(const QString& flag);

private:
    consolidation::Results m_results;
    QHash<QString, int> m_baseline;
};

/// Free text over code, applicant and title, and a flag filter.
class ResultsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSourceModel(QAbstractItemModel* model) override;
    void setText(const QString& text);
    void setFlag(const QString& flag);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_flag;
    // Each row's sort value of the sorted column, read once per column and reload rather than twice per comparison
    // (50,000 applications take some 800,000 comparisons).
    mutable int m_keyColumn = -1;
    mutable std::vector<QVariant> m_keys;
    QMetaObject::Connection m_resetConnection;
};

} // namespace rb::ui
