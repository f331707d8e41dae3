// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "export/Export.h"

#include <QObject>

class QMenu;
class QWidget;

namespace rb::ui {

class BackgroundTask;
class Workspace;

/// The File ▸ Export menu: every table of the round to Excel or CSV, and the round as an archive file.
/// Tables and the archive are written off the GUI thread, each on its own read-only connection.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(Workspace& workspace, QWidget* parent);

    /// Fills \a menu with one action per table, the archive and the "experts by code" switch (which the printed
    /// documents follow too).
    void populate(QMenu* menu);

    /// Starts writing table \a what of the current round to \a path (.xlsx, or .csv by its suffix); the task's
    /// outcome says whether it was written.
    BackgroundTask* exportTable(exporting::What what, const QString& path);
    /// Starts writing the current round as a self-contained archive database.
    BackgroundTask* exportArchive(const QString& path);

    /// The menu label of a table.
    static QString tableName(exporting::What what);

private:
    void askTable(exporting::What what);
    void askArchive();
    /// Says where the file was written, or why it was not.
    void report(const Status& outcome, const QString& path);

    Workspace& m_workspace;
    QWidget* m_parent;
};

} // namespace rb::ui
