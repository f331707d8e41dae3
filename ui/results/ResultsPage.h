// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolidation/Consolidation.h"
#include "document/Workspace.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace rb::ui {

class BackgroundJob;
class LazyReload;
class ResultsFilter;
class ResultsModel;

/// Consolidated scores and the ranking: the round's rule or another method (showing how ranks
/// move), flags in colour, every expert's total per application, and charts that follow the filter.
class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(Workspace& workspace, QWidget* parent = nullptr);

    /// The name of a consolidation method ("trimmed", "mean", "median", "zscore") in the user's language.
    static QString methodName(const QString& key);
    /// Consolidates again on a worker thread; the page shows the result when it is ready.
    void reload();
    /// Says when the screen previews another method than the round's rule (which the documents follow).
    void updatePreviewBanner();
    /// Whether a consolidation is running.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] ResultsModel* model() const { return m_model; }
    void setMethod(const QString& method);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    class RobustnessView* m_robustness = nullptr;
    void showResults(consolidation::Results results, const QHash<QString, int>& baseline,
                     const QHash<QString, double>& averages);
    LazyReload* m_lazy = nullptr;
    BackgroundJob* m_job = nullptr;
    void showDetail();
    void updateCharts();

    Workspace& m_workspace;
    ResultsModel* m_model;
    ResultsFilter* m_filter;
    QTableView* m_table;
    QComboBox* m_method;
    QComboBox* m_flag;
    QLineEdit* m_search;
    QLabel* m_summary;
    QFrame* m_previewBanner = nullptr;
    QLabel* m_previewText = nullptr;
    QTextBrowser* m_detail;
    QChartView* m_histogram;
    QChartView* m_criteria;
    QChartView* m_totals;
    QChartView* m_bias;
    QHash<QString, double> m_roundAverages;
};

} // namespace rb::ui
