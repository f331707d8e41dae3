// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace rb::ui {

class LazyReload;

/// The round at a glance: counts and charts by region, sector and state.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    /// The steps of the work are being counted on the worker thread (tests wait for it).
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    /// The user asked for the page of a step of the work (by its objectName).
    void showPageRequested(const QString& objectName);

private:
    LazyReload* m_lazy = nullptr;
    QWidget* card(const QString& objectName);
    void setCard(const QString& objectName, const QString& label, const QString& value);

    Workspace& m_workspace;
    QLabel* m_title;
    QLabel* m_subtitle;
    QGridLayout* m_cards;
    QChartView* m_byRegion;
    QChartView* m_bySector;
    QChartView* m_byState;
    class WorkflowPanel* m_panel;
    class BackgroundJob* m_progressJob = nullptr;
};

} // namespace rb::ui
