// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolidation/Sensitivity.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rb::ui {

class BackgroundJob;
class Workspace;

/// Each application's rank interval as a bar (5th to 95th percentile over perturbed weights, its rank as a dot),
/// the quota line, and the borderline applications (an interval across the line) in orange.
class RankIntervalChart : public QWidget {
    Q_OBJECT
public:
    explicit RankIntervalChart(QWidget* parent = nullptr);
    void setRows(QList<consolidation::SensitivityRow> rows, int quota);
    [[nodiscard]] const QList<consolidation::SensitivityRow>& rows() const { return m_rows; }
    /// Whether \a row's interval crosses the quota line.
    [[nodiscard]] bool borderline(const consolidation::SensitivityRow& row) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<consolidation::SensitivityRow> m_rows;
    int m_quota = 0;
};

/// The results page's robustness tab: the ranking's sensitivity to the weights and the pivotal experts, computed on
/// request on a worker thread (a large round takes a while).
class RobustnessView : public QWidget {
    Q_OBJECT
public:
    explicit RobustnessView(Workspace& workspace, QWidget* parent = nullptr);
    /// Starts the computation (samples: 1,000, or 200 for rounds above 2,000 applications).
    void run();
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] RankIntervalChart* chart() const { return m_chart; }
    [[nodiscard]] const QList<consolidation::PivotalRow>& pivotal() const { return m_pivotal; }

private:
    Workspace& m_workspace;
    BackgroundJob* m_job;
    QPushButton* m_run;
    QLabel* m_status;
    RankIntervalChart* m_chart;
    QTableWidget* m_table;
    QList<consolidation::PivotalRow> m_pivotal;
};

} // namespace rb::ui
