// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportDialog.h"

#include "common/BackgroundTask.h"
#include "import/Columns.h"
#include "storage/Schema.h"

#include "common/Messages.h"
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rb::ui {

namespace {

/// Opens a second connection for a worker thread (the GUI's connection stays on the GUI thread).
Result<std::unique_ptr<db::Database>> workerConnection(const QString& path, const QString& user)
{
    Result<std::unique_ptr<db::Database>> db = db::schema::open(path);
    if (db)
        (*db)->setUser(user);
    return db;
}

QString kindTitle(import::Kind kind)
{
    switch (kind) {
    case import::Kind::Applications: return ImportDialog::tr("Import applications");
    case import::Kind::Experts: return ImportDialog::tr("Import experts");
    case import::Kind::Criteria: return ImportDialog::tr("Import criteria");
    case import::Kind::Conflicts: return ImportDialog::tr("Import declared conflicts");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(Workspace& workspace, import::Kind kind, QString path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_kind(kind), m_path(std::move(path)), m_fileLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_preview(new QTableWidget(this)), m_issues(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(kindTitle(kind));
    resize(1000, 640);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->setRootIsDecorated(false);
    QPushButton* importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_issues, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int row = item->data(0, Qt::UserRole).toInt();
        if (row >= 0 && row < m_preview->rowCount())
            m_preview->selectRow(row);
    });
}

bool ImportDialog::prepare()
{
    const QString path = m_path;
    const QString dbPath = m_workspace.path();
    const QString user = m_workspace.db().user();
    const Round round = m_workspace.round();
    const import::Kind kind = m_kind;
    std::optional<import::Plan> plan;
    Status status = runInBackground(parentWidget(), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                    [&](const Progress&) -> Status {
                                        Result<io::Table> table = io::readTable(path);
                                        if (!table)
                                            return table.takeError();
                                        Result<std::unique_ptr<db::Database>> db = workerConnection(dbPath, user);
                                        if (!db)
                                            return db.takeError();
                                        Result<import::Plan> prepared = import::prepare(**db, round, kind, *table);
                                        if (!prepared)
                                            return prepared.takeError();
                                        plan = std::move(*prepared);
                                        return {};
                                    });
    if (!status) {
        messages::warn(parentWidget(), kindTitle(m_kind), status.error().toString());
        return false;
    }
    m_plan = std::move(*plan);
    showPlan();
    return true;
}

void ImportDialog::showPlan()
{
    const io::Table& table = m_plan.table;
    m_fileLabel->setText(tr("<b>%1</b> — %2 data rows, read as %3")
                             .arg(table.fileName.toHtmlEscaped())
                             .arg(table.rows.size())
                             .arg(table.encoding));
    QSet<int> badRows;
    for (const Issue& i : m_plan.issues)
        badRows.insert(i.row);
    const int shown = int(std::min<qsizetype>(table.rows.size(), kPreviewRows));
    m_preview->setColumnCount(int(table.header.size()));
    m_preview->setRowCount(shown);
    m_preview->setHorizontalHeaderLabels(table.header);
    QStringList rowLabels;
    for (int r = 0; r < shown; ++r) {
        const io::TableRow& row = table.rows[r];
        rowLabels << QString::number(row.number);
        for (int c = 0; c < table.header.size(); ++c) {
            auto* item = new QTableWidgetItem(row.cell(c));
            if (badRows.contains(row.number))
                item->setBackground(QColor(0xFD, 0xE2, 0xE0));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    m_issues->clear();
    for (const Issue& i : m_plan.issues) {
        auto* item = new QTreeWidgetItem(m_issues, {i.row ? QString::number(i.row) : QString(), i.column, i.message});
        int previewRow = -1;
        for (int r = 0; r < shown; ++r) {
            if (table.rows[r].number == i.row)
                previewRow = r;
        }
        item->setData(0, Qt::UserRole, previewRow);
    }
    for (const QString& note : m_plan.notes)
        new QTreeWidgetItem(m_issues, {QString(), tr("note"), note});
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    auto* importButton = findChild<QPushButton*>(QStringLiteral("importButton"));
    importButton->setEnabled(m_plan.ok());
    if (m_plan.ok()) {
        QString text = tr("Ready: %1 new, %2 changed, %3 unchanged.")
                           .arg(m_plan.expected.created)
                           .arg(m_plan.expected.updated)
                           .arg(m_plan.expected.unchanged);
        if (m_plan.expected.removed)
            text += QLatin1Char(' ') + tr("%1 criteria not in the file will be removed.").arg(m_plan.expected.removed);
        if (m_kind == import::Kind::Criteria)
            text += QLatin1Char(' ') + tr("The file replaces the round's criteria.");
        m_status->setText(text);
        m_status->setStyleSheet(QStringLiteral("color: #2E8B57;"));
    } else {
        m_status->setText(tr("%n problem(s) found. Nothing will be imported until the file is corrected.", nullptr,
                             int(m_plan.issues.size())));
        m_status->setStyleSheet(QStringLiteral("color: #B03A2E; font-weight: bold;"));
    }
}

void ImportDialog::runImport()
{
    const QString path = m_workspace.path();
    const QString user = m_workspace.db().user();
    const Round round = m_workspace.round();
    const import::Kind kind = m_kind;
    const io::Table table = m_plan.table;
    import::Summary summary;
    Status status =
        runInBackground(this, tr("Importing %1…").arg(table.fileName), [&](const Progress& progress) -> Status {
            Result<std::unique_ptr<db::Database>> db = workerConnection(path, user);
            if (!db)
                return db.takeError();
            // Check again on the writing connection: the plan must hold for the file as it is now.
            Result<import::Plan> plan = import::prepare(**db, round, kind, table);
            if (!plan)
                return plan.takeError();
            Result<import::Summary> applied = import::apply(**db, round, *plan, progress);
            if (!applied)
                return applied.takeError();
            summary = *applied;
            return {};
        });
    if (!status) {
        messages::warn(this, kindTitle(m_kind), status.error().toString());
        return;
    }
    m_summary = summary;
    const Workspace::DataKinds changed = kind == import::Kind::Applications ? Workspace::Applications
                                         : kind == import::Kind::Experts    ? Workspace::Experts
                                         : kind == import::Kind::Criteria   ? Workspace::Criteria
                                                                            : Workspace::Review;
    m_workspace.notifyChanged(changed, false);
    accept();
}

} // namespace rb::ui
