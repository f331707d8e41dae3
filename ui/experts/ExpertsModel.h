// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Application.h"

#include <QAbstractTableModel>

namespace rb::ui {

/// The expert roster as a read-only table.
class ExpertsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Organisation, CreditCode, Province, Fields, Contact, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setExperts(QList<Expert> experts);
    [[nodiscard]] const Expert* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Expert> m_items;
};

} // namespace rb::ui
