// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "review/AssignmentMatrix.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace rb::ui {

class BackgroundTask;
class LazyReload;

/// Who reviews what: automatic assignment, the matrix with manual changes (undoable), loads.
class AssignmentPage : public QWidget {
    Q_OBJECT
public:
    explicit AssignmentPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    /// Starts the automatic assignment (one undoable step) off the GUI thread; the outcome is an error (after a
    /// message) when it is impossible.
    BackgroundTask* assignAutomatically();
    /// Assigns or removes the expert of \a column for the application of \a row.
    void toggle(int row, int column);
    [[nodiscard]] AssignmentMatrix* matrix() const { return m_matrix; }

private:
    LazyReload* m_lazy = nullptr;
    class PageLoader* m_loader = nullptr;
    void showLoaded(AssignmentMatrix::Content content, int perApplication);
    void updateSummary();

    Workspace& m_workspace;
    AssignmentMatrix* m_matrix;
    QTableView* m_view;
    QTableWidget* m_loads;
    QSpinBox* m_perApplication;
    QSpinBox* m_seed;
    QLabel* m_summary;
};

} // namespace rb::ui
