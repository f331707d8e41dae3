// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSortFilterProxyModel>

#include <vector>

namespace rb::ui {

/// The round's applications as a read-only table.
class ApplicationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Title, Applicant, Province, Sector, Recommender, Priority, State, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1, RawRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setApplications(QList<Application> applications);
    [[nodiscard]] const Application* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Application> m_items;
};

/// Filters applications by free text (code, title, applicant, credit code), region and sector.
class ApplicationsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSourceModel(QAbstractItemModel* model) override;
    void setText(const QString& text);
    void setProvince(const QString& province);
    void setSector(const QString& sector);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_province;
    QString m_sector;
    // Text columns sort by the locale's collation (pinyin for zh_CN); each row's key is computed once per column
    // and reload rather than in each of the n·log n comparisons.
    mutable int m_keyColumn = -1;
    mutable std::vector<QCollatorSortKey> m_keys;
    QMetaObject::Connection m_resetConnection;
};

} // namespace rb::ui
