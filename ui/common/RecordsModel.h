// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QList>

#include <functional>

namespace rb::ui {

/// A read-only table over a list of core records (notices, objections, milestones, calendar days …): one row per
/// record, each column a header and a function of the record for its text (and optionally its colour). Pages show
/// it in a QTableView and read the record of the current row back with at().
template <typename T>
class RecordsModel : public QAbstractTableModel {
public:
    struct Column {
        QString header;
        std::function<QString(const T&)> text;
        std::function<QColor(const T&)> color = {};
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    explicit RecordsModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {}

    /// A font for a whole row (e.g. struck through for a reversed event).
    void setRowFont(std::function<QFont(const T&)> font) { m_font = std::move(font); }

    void setRecords(QList<T> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    [[nodiscard]] const QList<T>& records() const { return m_records; }
    /// The record of \a row, or nullptr.
    [[nodiscard]] const T* at(int row) const { return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const T* record = index.isValid() ? at(index.row()) : nullptr;
        if (!record || index.column() >= m_columns.size())
            return {};
        const Column& c = m_columns[index.column()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return c.text(*record);
        case Qt::ForegroundRole:
            if (c.color) {
                const QColor color = c.color(*record);
                if (color.isValid())
                    return color;
            }
            return {};
        case Qt::TextAlignmentRole: return static_cast<int>(c.alignment.toInt());
        case Qt::FontRole: return m_font ? QVariant(m_font(*record)) : QVariant();
        default: return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns[section].header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<T> m_records;
    std::function<QFont(const T&)> m_font;
};

} // namespace rb::ui
