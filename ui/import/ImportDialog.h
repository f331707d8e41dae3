// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "import/Importer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace rb::ui {

/// Shows what an import would do before anything is written: the first rows as read, the
/// column mapping, every problem with its row and column, and the counts. Imports only a clean file.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Workspace& workspace, import::Kind kind, QString path, QWidget* parent = nullptr);

    /// Reads and checks the file (off the GUI thread). False when the file could not be read.
    bool prepare();
    [[nodiscard]] const import::Plan& plan() const { return m_plan; }
    [[nodiscard]] const import::Summary& summary() const { return m_summary; }

    static constexpr int kPreviewRows = 50;

private:
    void showPlan();
    void runImport();

    Workspace& m_workspace;
    import::Kind m_kind;
    QString m_path;
    import::Plan m_plan;
    import::Summary m_summary;
    QLabel* m_fileLabel;
    QLabel* m_status;
    QTableWidget* m_preview;
    QTreeWidget* m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace rb::ui
