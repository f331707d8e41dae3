// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportActions.h"

#include "common/BackgroundTask.h"
#include "common/Messages.h"
#include "document/Workspace.h"
#include "storage/Schema.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace rb::ui {

ExportActions::ExportActions(Workspace& workspace, QWidget* parent)
    : QObject(parent), m_workspace(workspace), m_parent(parent)
{}

QString ExportActions::tableName(exporting::What what)
{
    switch (what) {
    case exporting::What::Applications: return tr("Applications");
    case exporting::What::Assignments: return tr("Assignments");
    case exporting::What::Scores: return tr("Scores");
    case exporting::What::Results: return tr("Results");
    case exporting::What::Decisions: return tr("Decisions");
    }
    return {};
}

void ExportActions::populate(QMenu* menu)
{
    for (exporting::What what : {exporting::What::Applications, exporting::What::Assignments, exporting::What::Scores,
                                 exporting::What::Results, exporting::What::Decisions}) {
        QAction* a =
            menu->addAction(tr("%1 to Excel or CSV…").arg(tableName(what)), this, [this, what] { askTable(what); });
        a->setObjectName(QStringLiteral("actionExport_") + exporting::key(what));
    }
    menu->addSeparator();
    QAction* archive = menu->addAction(tr("Archive of the round…"), this, &ExportActions::askArchive);
    archive->setObjectName(QStringLiteral("actionExport_archive"));
    archive->setToolTip(tr("A self-contained copy of this round's database for filing"));
    menu->addSeparator();
    QAction* byCode = menu->addAction(tr("Show experts by code (copies for applicants)"));
    byCode->setObjectName(QStringLiteral("actionExpertsByCode"));
    byCode->setCheckable(true);
    byCode->setChecked(m_workspace.expertsByCode());
    connect(byCode, &QAction::toggled, this, [this](bool on) { m_workspace.setExpertsByCode(on); });
}

BackgroundTask* ExportActions::exportTable(exporting::What what, const QString& path)
{
    if (Status s = exporting::checkNotDatabase(m_workspace.db(), path); !s)
        return BackgroundTask::done(m_parent, s);
    exporting::Options options;
    options.expertsByCode = m_workspace.expertsByCode();
    const QString database = m_workspace.path();
    const Round round = m_workspace.round();
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    // A large round's table takes a moment: built and written on a worker thread with its own connection.
    return BackgroundTask::start(
        m_parent, tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [database, round, what, options, path, csv](const Progress& progress) -> Status {
            Result<std::unique_ptr<db::Database>> db = db::schema::open(database, db::OpenMode::ReadOnly);
            if (!db)
                return db.takeError();
            (*db)->setCancelCheck(progress);
            Result<exporting::Table> table = exporting::buildTable(**db, round, what, options);
            if (!table)
                return table.takeError();
            return exporting::write(*table, path, csv ? exporting::Format::Csv : exporting::Format::Xlsx);
        });
}

BackgroundTask* ExportActions::exportArchive(const QString& path)
{
    if (Status s = exporting::checkNotDatabase(m_workspace.db(), path); !s)
        return BackgroundTask::done(m_parent, s);
    const QString database = m_workspace.path();
    const Round round = m_workspace.round();
    return BackgroundTask::start(
        m_parent, tr("Writing the archive…"), [database, round, path](const Progress& progress) {
            Result<std::unique_ptr<db::Database>> db = db::schema::open(database, db::OpenMode::ReadOnly);
            if (!db)
                return Status(db.takeError());
            return exporting::archive(**db, round, path, progress);
        });
}

void ExportActions::askTable(exporting::What what)
{
    const QString name = tableName(what);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export %1").arg(name),
                                                      m_workspace.suggestedOutput(name + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    connect(exportTable(what, path), &BackgroundTask::finished, this,
            [this, path](const Status& outcome) { report(outcome, path); });
}

void ExportActions::askArchive()
{
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Archive of the round"), m_workspace.suggestedOutput(tr("archive") + QStringLiteral(".rbdb")),
        tr("ReviewBench files (*.rbdb)"));
    if (path.isEmpty())
        return;
    connect(exportArchive(path), &BackgroundTask::finished, this,
            [this, path](const Status& outcome) { report(outcome, path); });
}

void ExportActions::report(const Status& outcome, const QString& path)
{
    if (outcome)
        messages::saved(m_parent, tr("Export"), path);
    else if (outcome.error().kind != ErrorKind::Cancelled)
        messages::warn(m_parent, tr("Export"), outcome.error().toString());
}

} // namespace rb::ui
