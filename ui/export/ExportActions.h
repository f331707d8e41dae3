// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "export/Export.h"

#include <QObject>

class QMenu;
class QWidget;

namespace rb::ui {

class Workspace;

/// The File ▸ Export menu: every table of the round to Excel or CSV, and the round as an archive file.
/// Tables are built on the GUI thread (they are small); the archive copies the database off it.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(Workspace& workspace, QWidget* parent);

    /// Fills \a menu with one action per table, the archive and the "experts by code" switch (which the printed
    /// documents follow too).
    void populate(QMenu* menu);

    /// Writes table \a what of the current round to \a path (.xlsx, or .csv by its suffix).
    Status exportTable(exporting::What what, const QString& path);
    /// Writes the current round as a self-contained archive database, off the GUI thread.
    Status exportArchive(const QString& path);

    /// The menu label of a table.
    static QString tableName(exporting::What what);

private:
    void askTable(exporting::What what);
    void askArchive();

    Workspace& m_workspace;
    QWidget* m_parent;
};

} // namespace rb::ui
