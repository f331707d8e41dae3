// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rb::ui {

class LazyReload;

class ExpertsModel;

/// The expert roster with a search box.
class ExpertsPage : public QWidget {
    Q_OBJECT
public:
    explicit ExpertsPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();

private:
    LazyReload* m_lazy = nullptr;
    void updateCount();

    Workspace& m_workspace;
    ExpertsModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace rb::ui
