// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/PackagesPage.h"

#include "action/PackageActions.h"

#include "common/BackgroundTask.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "common/PageLoader.h"
#include "merge/Backup.h"
#include "merge/PackageMerge.h"
#include "package/PackageBuilder.h"
#include "package/PackageRepository.h"
#include "review/AccessCodesDialog.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
QString statusText(const QString& status)
{
    if (status.isEmpty())
        return PackagesPage::tr("not issued");
    if (status == QLatin1String("issued") || status == QLatin1String("superseded"))
        return PackagesPage::tr("issued, not returned");
    if (status == QLatin1String("returned"))
        return PackagesPage::tr("returned, not submitted");
    if (status == QLatin1String("submitted"))
        return PackagesPage::tr("submitted");
    if (status == QLatin1String("conflict"))
        return PackagesPage::tr("conflicting copies returned");
    return status;
}
} // namespace

PackagesPage::PackagesPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_table(new QTableWidget(this)), m_outcomes(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_choose(new QPushButton(tr("Count this copy…"), this))
{
    setObjectName(QStringLiteral("packagesPage"));
    setAcceptDrops(true);
    m_outcomes->setObjectName(QStringLiteral("mergeOutcomes"));
    m_outcomes->setColumnCount(4);
    m_outcomes->setHorizontalHeaderLabels({tr("File"), tr("Expert"), tr("Result"), tr("Reason")});
    m_outcomes->verticalHeader()->hide();
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_outcomes->hide();
    m_outcomes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outcomes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_choose->setObjectName(QStringLiteral("chooseCopy"));
    m_choose->setToolTip(tr("Two different sealed copies of one package came back (the expert submitted twice). Make "
                            "the selected copy the one that counts; or re-issue the package instead."));
    m_choose->hide();
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QList<QModelIndex> rows = m_outcomes->selectionModel()->selectedRows();
        const QString file =
            rows.isEmpty() ? QString() : m_outcomes->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        if (file.isEmpty()) {
            messages::warn(this, tr("Count this copy"), tr("Select the copy that should count in the list below."));
            return;
        }
        if (messages::confirm(this, tr("Count this copy"),
                              tr("Count the scores of %1 instead of the other copy of the same package? The choice is "
                                 "recorded in the audit log; a backup is taken first.")
                                  .arg(QFileInfo(file).fileName())))
            chooseCopy(file);
    });
    m_table->setObjectName(QStringLiteral("packagesTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Expert"), tr("Name"), tr("Applications"), tr("Revision"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* write = new QPushButton(tr("Write packages…"), this);
    write->setObjectName(QStringLiteral("writePackages"));
    auto* reissue = new QPushButton(tr("Re-issue for the selected experts…"), this);
    reissue->setObjectName(QStringLiteral("reissuePackages"));
    auto* intro = new QLabel(tr("Each expert gets one file (.rbpkg) with the criteria and only their own assigned "
                                "applications and dossiers, and an access code that opens it, sent separately. They "
                                "score offline in ReviewBench or in Excel, submit, and send the sealed file back. "
                                "Re-issuing re-opens a submitted package as a new revision with a new code; an older "
                                "revision returned later is refused as stale."),
                             this);
    intro->setWordWrap(true);
    auto* merge = new QPushButton(tr("Merge returned packages…"), this);
    merge->setObjectName(QStringLiteral("mergePackages"));
    merge->setToolTip(tr("Or drop the returned files or a folder onto this page"));
    auto* restore = new QPushButton(tr("Restore a backup…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(write);
    top->addWidget(reissue);
    top->addWidget(merge);
    top->addWidget(restore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_outcomes, 1);
    layout->addWidget(m_choose, 0, Qt::AlignRight);
    connect(merge, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Merge returned packages"), QString(),
                                                                tr("Review packages (*.rbpkg)"));
        if (!files.isEmpty())
            mergeFiles(files);
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        const QStringList list = merge::backups(m_workspace.path());
        if (list.isEmpty()) {
            messages::warn(this, tr("Restore a backup"), tr("There is no backup of this file yet."));
            return;
        }
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Restore a backup"), QFileInfo(list.first()).absolutePath(), tr("Backups (*.rbdb)"));
        if (chosen.isEmpty()
            || !messages::confirm(this, tr("Restore a backup"),
                                  tr("Replace the current content of the round file with %1? The "
                                     "current content is backed up first.")
                                      .arg(QFileInfo(chosen).fileName())))
            return;
        if (Result<action::Done> done =
                m_workspace.perform(action::restoreBackup(m_workspace.path(), chosen), Workspace::Everything);
            !done) {
            messages::warn(this, tr("Restore a backup"), done.error().toString());
            return;
        }
    });
    auto chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Folder for the packages"),
                                                 QFileInfo(m_workspace.path()).absolutePath());
    };
    connect(write, &QPushButton::clicked, this, [this, chooseFolder] {
        const QString folder = chooseFolder();
        if (!folder.isEmpty())
            writePackages(folder);
    });
    connect(reissue, &QPushButton::clicked, this, [this, chooseFolder] {
        QStringList experts;
        for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
            experts << m_table->item(i.row(), 0)->text();
        if (experts.isEmpty()) {
            messages::warn(this, tr("Re-issue"), tr("Select the experts whose packages should be re-issued."));
            return;
        }
        const QString folder = chooseFolder();
        if (!folder.isEmpty())
            writePackages(folder, experts, true);
    });
    m_loader = new PageLoader(m_workspace, this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Review | Workspace::Experts))
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void PackagesPage::reload()
{
    const Round round = m_workspace.round();
    m_loader->load<QList<package::ExpertPackages>>(
        [round](db::Database& db) { return package::PackageRepository(db, round).byExpert(); },
        [this](QList<package::ExpertPackages>& list) { showLoaded(list); });
}

void PackagesPage::showLoaded(const QList<package::ExpertPackages>& experts)
{
    const QList<package::ExpertPackages>* list = &experts;
    m_table->setRowCount(int(list->size()));
    int issued = 0;
    int submitted = 0;
    for (int r = 0; r < list->size(); ++r) {
        const package::ExpertPackages& e = list->at(r);
        issued += e.revision > 0 ? 1 : 0;
        submitted += e.status == QLatin1String("submitted") ? 1 : 0;
        const QStringList cells = {e.expertCode, e.expertName, QString::number(e.assigned),
                                   e.revision ? QString::number(e.revision) : QStringLiteral("—"),
                                   statusText(e.status)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    QStringList missing;
    for (const package::ExpertPackages& e : *list) {
        if (e.revision > 0 && e.status != QLatin1String("submitted"))
            missing << e.expertCode;
    }
    m_summary->setText(tr("%1 of %2 experts have a package; %3 submitted. Missing: %4")
                           .arg(issued)
                           .arg(list->size())
                           .arg(submitted)
                           .arg(missing.isEmpty() ? tr("none") : missing.join(QStringLiteral(", "))));
}

void PackagesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PackagesPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        mergeFiles(paths);
}

BackgroundTask* PackagesPage::mergeFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            for (const QFileInfo& f : QDir(p).entryInfoList({QStringLiteral("*.rbpkg")}, QDir::Files, QDir::Name))
                files << f.absoluteFilePath();
        } else {
            files << info.absoluteFilePath();
        }
    }
    if (files.isEmpty())
        return BackgroundTask::done(this, Error::input(tr("No package (*.rbpkg) was found there")));
    auto report = std::make_shared<merge::MergeReport>();
    return m_workspace.performInBackground(this, tr("Merging %n package(s)…", nullptr, int(files.size())),
                                           action::mergePackages(m_workspace.round(), files, report), Workspace::Review,
                                           [this, report](const Result<action::Done>& done) -> Status {
                                               if (!done) {
                                                   if (done.error().kind != ErrorKind::Cancelled)
                                                       messages::warn(this, tr("Merge"), done.error().toString());
                                                   return done.error();
                                               }
                                               showOutcomes(*report);
                                               return {};
                                           });
}

BackgroundTask* PackagesPage::chooseCopy(const QString& file)
{
    auto report = std::make_shared<merge::MergeReport>();
    return m_workspace.performInBackground(
        this, tr("Counting the chosen copy…"), action::chooseCopy(m_workspace.round(), file, report), Workspace::Review,
        [this, report](const Result<action::Done>& done) -> Status {
            if (!done) {
                if (done.error().kind != ErrorKind::Cancelled)
                    messages::warn(this, tr("Count this copy"), done.error().toString());
                return done.error();
            }
            showOutcomes(*report);
            if (report->anyRejected())
                return Error::input(tr("The chosen copy was rejected"));
            return {};
        });
}

void PackagesPage::showOutcomes(const merge::MergeReport& report)
{
    m_outcomes->setRowCount(int(report.files.size()));
    bool conflicts = false;
    for (int r = 0; r < report.files.size(); ++r) {
        const merge::FileOutcome& f = report.files[r];
        QString result;
        switch (f.kind) {
        case merge::FileOutcome::Kind::Merged: result = tr("merged (%1 scores)").arg(f.scores); break;
        case merge::FileOutcome::Kind::AlreadyMerged: result = tr("already merged"); break;
        case merge::FileOutcome::Kind::Rejected: result = tr("rejected"); break;
        case merge::FileOutcome::Kind::Conflict: result = tr("conflict"); break;
        }
        conflicts = conflicts || f.kind == merge::FileOutcome::Kind::Conflict;
        const QStringList cells = {QFileInfo(f.file).fileName(), f.expertCode, result, f.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (f.kind == merge::FileOutcome::Kind::Rejected || f.kind == merge::FileOutcome::Kind::Conflict)
                item->setForeground(QColor(0xB0, 0x3A, 0x2E));
            if (c == 0)
                item->setData(Qt::UserRole, f.file);
            m_outcomes->setItem(r, c, item);
        }
    }
    m_outcomes->resizeColumnsToContents();
    m_outcomes->show();
    m_choose->setVisible(conflicts);
}

BackgroundTask* PackagesPage::writePackages(const QString& folder, const QStringList& experts, bool reissue)
{
    auto made = std::make_shared<QList<package::IssuedPackage>>();
    return m_workspace.performInBackground(
        this, tr("Writing packages…"), action::writePackages(m_workspace.round(), {folder, experts, reissue}, made),
        Workspace::Review, [this, made, folder](const Result<action::Done>& done) -> Status {
            if (!done) {
                if (done.error().kind != ErrorKind::Cancelled)
                    messages::warn(this, tr("Write packages"), done.error().toString());
                return done.error();
            }
            const QList<package::IssuedPackage>& issued = *made;
            const auto written = std::count_if(issued.begin(), issued.end(), [](const auto& p) { return !p.skipped; });
            if (written == 0) {
                messages::info(this, tr("Write packages"),
                               tr("Every expert already has a package; use re-issue for a new one."));
                return {};
            }
            AccessCodesDialog::show(this, m_workspace.round(), issued, folder);
            return {};
        });
}

} // namespace rb::ui
