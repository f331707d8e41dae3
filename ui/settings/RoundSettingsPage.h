// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "repo/RoundSettings.h"

#include <QAbstractTableModel>
#include <QWidget>

class QTableView;
class QTableWidget;

namespace rb::ui {

/// The round's settings as a table whose values can be edited (each edit one undo step).
class RoundSettingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Value, Description, ColumnCount };
    explicit RoundSettingsModel(Workspace& workspace, QObject* parent = nullptr);
    void reload();
    [[nodiscard]] const SettingValue* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace& m_workspace;
    QList<SettingValue> m_values;
};

/// The round settings page.
class RoundSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit RoundSettingsPage(Workspace& workspace, QWidget* parent = nullptr);

private:
    void addQuota();

    Workspace& m_workspace;
    RoundSettingsModel* m_model;
    QTableView* m_table;
    class SettingsForm* m_form;
    QTableWidget* m_aliases = nullptr;
};

} // namespace rb::ui
