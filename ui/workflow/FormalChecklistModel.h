// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/FormalReview.h"

#include <QAbstractTableModel>

#include <QStyledItemDelegate>

namespace rb::ui {

/// One application's formal-review checklist (形式审查), an item per row: its result and note, who checked it. An
/// edit is asked for through recordRequested() and applied by the page as an action; the rows then come back
/// from the database.
class FormalChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Item, Result, Note, CheckedBy, ColumnCount };
    /// The values of the Result column (EditRole).
    enum Outcome { NotChecked = 0, Met = 1, NotMet = 2 };
    explicit FormalChecklistModel(QObject* parent = nullptr);

    /// Shows \a items; \a open: the application is still in formal review (or only recommended).
    void setItems(const QList<workflow::FormalItem>& items, bool open);
    [[nodiscard]] const QList<workflow::FormalItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString outcomeName(Outcome outcome);
    /// The Result column's editor.
    static QStyledItemDelegate* makeResultDelegate(QObject* parent);

Q_SIGNALS:
    /// The user set \a item met or not met, or changed its note.
    void recordRequested(const QString& item, bool passed, const QString& note);

private:
    QList<workflow::FormalItem> m_items;
    bool m_open = false;
};

} // namespace rb::ui
