// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "merge/PackageMerge.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rb::ui {

class LazyReload;

/// The experts' review packages: who has one, which revision, and writing or re-issuing them.
class PackagesPage : public QWidget {
    Q_OBJECT
public:
    explicit PackagesPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    /// Writes packages into \a folder (off the GUI thread); \a experts empty = everyone without one.
    bool writePackages(const QString& folder, const QStringList& experts = {}, bool reissue = false);
    /// Merges returned packages (files, or every .rbpkg in a folder) off the GUI thread and shows
    /// each file's outcome. Returns false when the merge could not run at all.
    bool mergeFiles(const QStringList& paths);
    /// Makes \a file (a returned copy of a package in conflict) the copy that counts, off the GUI thread, and shows
    /// the outcome. Returns false when it was refused or could not run.
    bool chooseCopy(const QString& file);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    LazyReload* m_lazy = nullptr;
    void showOutcomes(const merge::MergeReport& report);

    Workspace& m_workspace;
    QTableWidget* m_table;
    QTableWidget* m_outcomes;
    QLabel* m_summary;
    QPushButton* m_choose;
};

} // namespace rb::ui
