// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "merge/PackageMerge.h"
#include "package/PackageRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rb::ui {

class BackgroundTask;
class LazyReload;

/// The experts' review packages: who has one, which revision, and writing or re-issuing them.
class PackagesPage : public QWidget {
    Q_OBJECT
public:
    explicit PackagesPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    // Each starts its work off the GUI thread and returns the task at once; its outcome is an error when the work
    // failed, was refused or was cancelled (after the warning was shown).

    /// Writes packages into \a folder, then shows the access codes; \a experts empty = everyone without one.
    BackgroundTask* writePackages(const QString& folder, const QStringList& experts = {}, bool reissue = false);
    /// Merges returned packages (files, or every .rbpkg in a folder) and shows each file's outcome; the outcome is
    /// an error only when the merge could not run at all.
    BackgroundTask* mergeFiles(const QStringList& paths);
    /// Makes \a file (a returned copy of a package in conflict) the copy that counts and shows the outcome; the
    /// outcome is an error when it was refused or could not run.
    BackgroundTask* chooseCopy(const QString& file);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    LazyReload* m_lazy = nullptr;
    class PageLoader* m_loader = nullptr;
    void showLoaded(const QList<package::ExpertPackages>& experts);
    void showOutcomes(const merge::MergeReport& report);

    Workspace& m_workspace;
    QTableWidget* m_table;
    QTableWidget* m_outcomes;
    QLabel* m_summary;
    QPushButton* m_choose;
};

} // namespace rb::ui
