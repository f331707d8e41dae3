// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "domain/Application.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace rb::ui {

class LazyReload;

class ApplicationsModel;
class ApplicationsFilter;

/// The applications of the round: a sortable, filterable table and a detail pane.
class ApplicationsPage : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationsPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    /// Stores dossier files with the selected application (all or none).
    bool attachDossiers(const QStringList& files);

private:
    LazyReload* m_lazy = nullptr;
    class PageLoader* m_loader = nullptr;
    void showLoaded(QList<Application> list);
    void showDetail();
    void updateCount();

    Workspace& m_workspace;
    ApplicationsModel* m_model;
    ApplicationsFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_province;
    QComboBox* m_sector;
    QLabel* m_count;
    QTableView* m_table;
    QTextBrowser* m_detail;
};

} // namespace rb::ui
