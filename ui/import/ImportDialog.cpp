// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportDialog.h"

#include "action/ReviewActions.h"

#include "common/BackgroundTask.h"
#include "common/Messages.h"
#include "domain/Region.h"
#include "storage/Schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
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

/// How the file was read, in plain words.
QString readAs(const io::Table& table)
{
    if (table.encoding == QLatin1String("xlsx"))
        return ImportDialog::tr("read as an Excel workbook (.xlsx)");
    return ImportDialog::tr("read as a CSV file in %1").arg(table.encoding);
}

const QColor kExcluded(0x9A, 0xA5, 0xB1);
const QColor kProblem(0xFD, 0xE2, 0xE0);
const QColor kCorrected(0xFF, 0xF4, 0xCE);

} // namespace

ImportDialog::ImportDialog(Workspace& workspace, import::Kind kind, QString path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_kind(kind), m_path(std::move(path)), m_fileLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_preview(new QTableWidget(this)), m_issues(new QTreeWidget(this)),
      m_authorityBox(new QGroupBox(tr("Recommenders ReviewBench does not know"), this)),
      m_authorityForm(new QFormLayout(m_authorityBox)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(kindTitle(kind));
    resize(1100, 700);
    m_fileLabel->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setToolTip(tr("Double-click a cell to correct it; the file itself is not changed."));
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->setRootIsDecorated(false);
    m_authorityBox->setObjectName(QStringLiteral("importAuthorities"));
    m_authorityBox->hide();
    QPushButton* importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton = importButton;
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);
    QPushButton* exclude = m_buttons->addButton(tr("Leave out the selected rows"), QDialogButtonBox::ActionRole);
    exclude->setObjectName(QStringLiteral("importExclude"));
    QPushButton* include = m_buttons->addButton(tr("Take them back"), QDialogButtonBox::ActionRole);
    include->setObjectName(QStringLiteral("importInclude"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_authorityBox);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    auto selectedRows = [this] {
        QList<int> numbers;
        for (const QModelIndex& i : m_preview->selectionModel()->selectedRows())
            numbers << m_preview->verticalHeaderItem(i.row())->data(Qt::UserRole).toInt();
        return numbers;
    };
    connect(exclude, &QPushButton::clicked, this, [this, selectedRows] {
        for (int n : selectedRows())
            m_options.excludedRows.insert(n);
        check();
    });
    connect(include, &QPushButton::clicked, this, [this, selectedRows] {
        for (int n : selectedRows())
            m_options.excludedRows.remove(n);
        check();
    });
    connect(m_preview, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int number = m_preview->verticalHeaderItem(item->row())->data(Qt::UserRole).toInt();
        correctCell(number, item->column(), item->text());
    });
    connect(m_issues, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int row = item->data(0, Qt::UserRole).toInt();
        if (row >= 0 && row < m_preview->rowCount())
            m_preview->selectRow(row);
    });
}

BackgroundTask* ImportDialog::prepare()
{
    const QString path = m_path;
    auto table = std::make_shared<io::Table>();
    return BackgroundTask::start(
        parentWidget(), tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [path, table](const Progress&) -> Status {
            Result<io::Table> read = io::readTable(path);
            if (!read)
                return read.takeError();
            *table = std::move(*read);
            return {};
        },
        [self = QPointer<ImportDialog>(this), table](const Status& status) -> Status {
            ImportDialog* dialog = self.data();
            if (dialog == nullptr) // the dialog went with its window meanwhile
                return status;
            if (!status) {
                if (status.error().kind != ErrorKind::Cancelled)
                    messages::warn(dialog->parentWidget(), kindTitle(dialog->m_kind), status.error().toString());
                return status;
            }
            dialog->m_table = std::move(*table);
            dialog->check();
            return {};
        });
}

void ImportDialog::check()
{
    const QString dbPath = m_workspace.path();
    const QString user = m_workspace.db().user();
    const Round round = m_workspace.round();
    const import::Kind kind = m_kind;
    const io::Table table = m_table;
    const import::Options options = m_options;
    auto plan = std::make_shared<import::Plan>();
    // A check still running answers for edits since made: it is dropped (deleting it cancels it).
    delete m_checking;
    m_importButton->setEnabled(false);
    m_status->setText(tr("Checking…"));
    m_status->setStyleSheet(QString());
    m_checking = BackgroundTask::start(
        this, tr("Checking %1…").arg(table.fileName),
        [dbPath, user, round, kind, table, options, plan](const Progress&) -> Status {
            Result<std::unique_ptr<db::Database>> db = workerConnection(dbPath, user);
            if (!db)
                return db.takeError();
            Result<import::Plan> prepared = import::prepare(**db, round, kind, table, options);
            if (!prepared)
                return prepared.takeError();
            *plan = std::move(*prepared);
            return {};
        },
        [this, plan](const Status& status) -> Status {
            if (!status) {
                if (status.error().kind != ErrorKind::Cancelled)
                    messages::warn(this, kindTitle(m_kind), status.error().toString());
                m_status->setText(status.error().toString());
                return status;
            }
            m_plan = std::move(*plan);
            showPlan();
            showAuthorities();
            return {};
        });
}

void ImportDialog::setAuthority(const QString& recommender, const QString& authority)
{
    m_options.authorities.insert(recommender, authority);
    check();
}

void ImportDialog::setRowExcluded(int rowNumber, bool excluded)
{
    if (excluded)
        m_options.excludedRows.insert(rowNumber);
    else
        m_options.excludedRows.remove(rowNumber);
    check();
}

void ImportDialog::correctCell(int rowNumber, int column, const QString& text)
{
    m_options.corrections[rowNumber][column] = text;
    check();
}

void ImportDialog::showPlan()
{
    const io::Table& located = m_plan.table;
    m_fileLabel->setText(tr("<b>%1</b> — %n data row(s), header on row %2, %3", nullptr, int(located.rows.size()))
                             .arg(located.fileName.toHtmlEscaped())
                             .arg(located.headerRow)
                             .arg(readAs(located)));
    QSet<int> badRows;
    for (const Issue& i : m_plan.issues)
        badRows.insert(i.row);
    QSet<int> skipped;
    for (const io::TableRow& r : located.trailing)
        skipped.insert(r.number);
    // Every row of the file below the header (left-out ones greyed), with the corrections made here.
    QList<io::TableRow> rows;
    auto consider = [&](const io::TableRow& row) {
        if (row.number > located.headerRow && !skipped.contains(row.number) && rows.size() < kPreviewRows)
            rows << row;
    };
    consider({m_table.headerRow, m_table.header});
    for (const io::TableRow& r : m_table.rows)
        consider(r);
    m_filling = true;
    m_preview->clear();
    m_preview->setColumnCount(int(located.header.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(located.header);
    for (int r = 0; r < rows.size(); ++r) {
        const io::TableRow& row = rows[r];
        const bool excluded = m_options.excludedRows.contains(row.number);
        auto* label = new QTableWidgetItem(QString::number(row.number));
        label->setData(Qt::UserRole, row.number);
        if (excluded)
            label->setToolTip(tr("left out"));
        m_preview->setVerticalHeaderItem(r, label);
        const QHash<int, QString> corrected = m_options.corrections.value(row.number);
        for (int c = 0; c < located.header.size(); ++c) {
            auto* item = new QTableWidgetItem(corrected.contains(c) ? corrected.value(c) : row.cell(c));
            if (excluded) {
                item->setForeground(kExcluded);
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            } else if (corrected.contains(c)) {
                item->setBackground(kCorrected);
                item->setToolTip(tr("corrected here; the file says: %1").arg(row.cell(c)));
            } else if (badRows.contains(row.number)) {
                item->setBackground(kProblem);
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 320));
    m_filling = false;
    m_issues->clear();
    for (const Issue& i : m_plan.issues) {
        auto* item = new QTreeWidgetItem(m_issues, {i.row ? QString::number(i.row) : QString(), i.column, i.message});
        int previewRow = -1;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].number == i.row)
                previewRow = r;
        }
        item->setData(0, Qt::UserRole, previewRow);
    }
    for (const QString& note : m_plan.notes)
        new QTreeWidgetItem(m_issues, {QString(), tr("note"), note});
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    m_importButton->setEnabled(m_plan.ok());
    if (m_plan.ok()) {
        QString text = tr("Ready: %1 new, %2 changed, %3 unchanged.")
                           .arg(m_plan.expected.created)
                           .arg(m_plan.expected.updated)
                           .arg(m_plan.expected.unchanged);
        if (!m_options.excludedRows.isEmpty())
            text += QLatin1Char(' ') + tr("%n row(s) left out.", nullptr, int(m_options.excludedRows.size()));
        if (m_plan.expected.removed)
            text += QLatin1Char(' ') + tr("%1 criteria not in the file will be removed.").arg(m_plan.expected.removed);
        if (m_kind == import::Kind::Criteria)
            text += QLatin1Char(' ') + tr("The file replaces the round's criteria.");
        m_status->setText(text);
        // Removing criteria (and their scores) is not simply "ready": it is said in the colour of a caution.
        m_status->setStyleSheet(m_plan.expected.removed ? QStringLiteral("color: #B8860B;")
                                                        : QStringLiteral("color: #2E8B57;"));
    } else {
        m_status->setText(tr("%n problem(s) found. Correct the cells here (double-click), leave the rows out, or "
                             "correct the file; nothing is imported until every row that remains is right.",
                             nullptr, int(m_plan.issues.size())));
        m_status->setStyleSheet(QStringLiteral("color: #B03A2E; font-weight: bold;"));
    }
}

void ImportDialog::showAuthorities()
{
    while (m_authorityForm->rowCount() > 0)
        m_authorityForm->removeRow(0);
    const QStringList values = m_plan.unresolved;
    m_authorityBox->setVisible(!values.isEmpty());
    if (values.isEmpty())
        return;
    auto* intro = new QLabel(tr("Which recommending authority does each stand for? The answer counts for the quotas "
                                "and is remembered in the round."),
                             m_authorityBox);
    intro->setWordWrap(true);
    m_authorityForm->addRow(intro);
    for (const QString& value : values) {
        auto* choice = new QComboBox(m_authorityBox);
        choice->setObjectName(QStringLiteral("authorityFor:") + value);
        choice->addItem(tr("(choose)"), QString());
        for (const Region& r : Region::all())
            choice->addItem(r.name, r.name);
        connect(choice, &QComboBox::activated, this, [this, choice, value](int index) {
            const QString region = choice->itemData(index).toString();
            if (!region.isEmpty())
                setAuthority(value, region);
        });
        m_authorityForm->addRow(value, choice);
    }
}

void ImportDialog::runImport()
{
    const Workspace::DataKinds changed = (m_kind == import::Kind::Applications ? Workspace::Applications
                                          : m_kind == import::Kind::Experts    ? Workspace::Experts
                                          : m_kind == import::Kind::Criteria   ? Workspace::Criteria | Workspace::Rounds
                                                                               : Workspace::Review)
                                         | Workspace::Settings;
    if (m_plan.expected.removed > 0
        && !messages::confirm(this, kindTitle(m_kind),
                              tr("%n criterion/criteria of the round not in the file will be removed, with their "
                                 "scores. Import anyway?",
                                 nullptr, m_plan.expected.removed)))
        return;
    // Checked again on the writing connection: the plan must hold for the file as it is now.
    m_importButton->setEnabled(false);
    m_workspace.performInBackground(this, tr("Importing %1…").arg(m_table.fileName),
                                    action::importTable(m_workspace.round(), m_kind, m_table, m_options), changed,
                                    [this](const Result<action::Done>& done) -> Status {
                                        if (!done) {
                                            m_importButton->setEnabled(m_plan.ok());
                                            if (done.error().kind != ErrorKind::Cancelled)
                                                messages::warn(this, kindTitle(m_kind), done.error().toString());
                                            return done.error();
                                        }
                                        m_summary.created = done->out.value(QStringLiteral("created")).toInt();
                                        m_summary.updated = done->out.value(QStringLiteral("updated")).toInt();
                                        m_summary.unchanged = done->out.value(QStringLiteral("unchanged")).toInt();
                                        m_summary.removed = done->out.value(QStringLiteral("removed")).toInt();
                                        accept();
                                        return {};
                                    });
}

} // namespace rb::ui
