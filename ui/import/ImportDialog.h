// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "import/Importer.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace rb::ui {

class BackgroundTask;

/// Shows what an import would do before anything is written: the rows as read below the header it found, the
/// notes (what was skipped), every problem with its row and column, and the counts. What cannot go in is fixable
/// on the spot: a cell can be corrected (double-click it), a row left out, and a recommender ReviewBench does not
/// know given its authority. The same all-or-nothing rule holds for what is finally imported.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Workspace& workspace, import::Kind kind, QString path, QWidget* parent = nullptr);

    /// Starts reading the file once, then checking it, off the GUI thread; the task's outcome is an error (already
    /// shown) when the file could not be read. Show the dialog once it has finished well.
    BackgroundTask* prepare();
    [[nodiscard]] const import::Plan& plan() const { return m_plan; }
    [[nodiscard]] const import::Summary& summary() const { return m_summary; }

    /// The preview's edits; each checks the file again (off the GUI thread: Import waits for it).
    void setAuthority(const QString& recommender, const QString& authority);
    void setRowExcluded(int rowNumber, bool excluded);
    void correctCell(int rowNumber, int column, const QString& text);

    static constexpr int kPreviewRows = 200;

private:
    void check();
    void showPlan();
    void showAuthorities();
    void runImport();

    Workspace& m_workspace;
    import::Kind m_kind;
    QString m_path;
    io::Table m_table; ///< as read, once
    import::Options m_options;
    import::Plan m_plan;
    import::Summary m_summary;
    bool m_filling = false; ///< the preview is being filled (its edits are not the user's)
    QLabel* m_fileLabel;
    QLabel* m_status;
    QTableWidget* m_preview;
    QTreeWidget* m_issues;
    QGroupBox* m_authorityBox;
    QFormLayout* m_authorityForm;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton = nullptr;
    QPointer<BackgroundTask> m_checking;
};

} // namespace rb::ui
