// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include "common/LazyReload.h"

#include "app/AppController.h"
#include "app/Preferences.h"
#include "applications/ApplicationsPage.h"
#include "common/BackgroundTask.h"
#include "common/HelpWindow.h"
#include "common/Icons.h"
#include "common/Messages.h"
#include "criteria/CriteriaPage.h"
#include "deliberation/DeliberationPage.h"
#include "document/Workspace.h"
#include "experts/ExpertsPage.h"
#include "export/ExportActions.h"
#include "import/ImportDialog.h"
#include "import/ImportTemplates.h"
#include "notice/NoticePage.h"
#include "overview/OverviewPage.h"
#include "report/ReportActions.h"
#include "results/ResultsPage.h"
#include "review/AssignmentPage.h"
#include "review/ConflictsPage.h"
#include "review/PackagesPage.h"
#include "settings/RoundSettingsPage.h"
#include "workflow/WorkflowPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace rb::ui {

MainWindow::MainWindow(AppController& controller, Workspace* workspace, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::application());
    resize(1360, 860);
    createActions();
    if (m_workspace)
        createPages();
    else
        createWelcome();
    updateTitle();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New review file…"), &m_controller, &AppController::newFile);
    newFile->setObjectName(QStringLiteral("actionNew"));
    newFile->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::askAndOpen);
    open->setToolTip(tr("Open a review file (.rbdb) or, as an expert, a review package (.rbpkg)"));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    fillRecentMenu();
    file->addSeparator();
    QAction* addRound = file->addAction(tr("&Add round…"), &m_controller, &AppController::addRound);
    addRound->setObjectName(QStringLiteral("actionAddRound"));
    addRound->setEnabled(m_workspace != nullptr);
    QMenu* importMenu = file->addMenu(tr("&Import"));
    importMenu->setEnabled(m_workspace != nullptr);
    const QList<QPair<import::Kind, QString>> kinds = {{import::Kind::Applications, tr("&Applications…")},
                                                       {import::Kind::Experts, tr("&Experts…")},
                                                       {import::Kind::Criteria, tr("&Criteria…")},
                                                       {import::Kind::Conflicts, tr("Declared c&onflicts…")}};
    for (const auto& [kind, label] : kinds) {
        QAction* a = importMenu->addAction(label, this, [this, kind = kind] { importFile(kind); });
        a->setObjectName(QStringLiteral("actionImport_") + import::kindName(kind));
    }
    // Blank templates with the canonical headers, to send to the provinces or to fill in here.
    QMenu* templates = file->addMenu(tr("Import &templates"));
    templates->setObjectName(QStringLiteral("menuTemplates"));
    const QList<QPair<QString, QString>> templateKinds = {{QStringLiteral("applications"), tr("&Applications…")},
                                                          {QStringLiteral("experts"), tr("&Experts…")},
                                                          {QStringLiteral("criteria"), tr("&Criteria…")},
                                                          {QStringLiteral("scores"), tr("Paper &scores…")}};
    for (const auto& [key, label] : templateKinds) {
        QAction* a = templates->addAction(label, this, [this, key = key] { saveTemplate(key); });
        a->setObjectName(QStringLiteral("actionTemplate_") + key);
    }
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->setEnabled(m_workspace != nullptr);
    if (m_workspace) {
        m_exports = new ExportActions(*m_workspace, this);
        m_exports->populate(exportMenu);
    }
    QMenu* documents = file->addMenu(tr("&Documents"));
    documents->setObjectName(QStringLiteral("menuDocuments"));
    documents->setEnabled(m_workspace != nullptr);
    if (m_workspace)
        (new ReportActions(*m_workspace, this))->populate(documents);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), &m_controller, &AppController::closeFile);
    close->setEnabled(m_workspace != nullptr);
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(open);
    if (m_workspace) {
        QAction* undo = m_workspace->createUndoAction(this);
        undo->setObjectName(QStringLiteral("actionUndo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction* redo = m_workspace->createRedoAction(this);
        redo->setObjectName(QStringLiteral("actionRedo"));
        redo->setShortcut(QKeySequence::Redo);
        edit->addAction(undo);
        edit->addAction(redo);
        edit->addSeparator();
        toolbar->addSeparator();
        toolbar->addAction(undo);
        toolbar->addAction(redo);
        QAction* importApps =
            toolbar->addAction(tr("Import applications"), this, [this] { importFile(import::Kind::Applications); });
        importApps->setToolTip(tr("Import applications from a CSV or Excel file"));
        toolbar->addSeparator();
        toolbar->addWidget(new QLabel(tr("Round:"), this));
        m_roundSelector = new QComboBox(this);
        m_roundSelector->setObjectName(QStringLiteral("roundSelector"));
        m_roundSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        toolbar->addWidget(m_roundSelector);
        fillRoundSelector();
        connect(m_roundSelector, &QComboBox::activated, this,
                [this] { m_workspace->setRound(m_roundSelector->currentData().toString()); });
        connect(m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
            if (kinds & Workspace::Rounds)
                fillRoundSelector();
        });
        connect(m_workspace, &Workspace::roundChanged, this, [this] {
            fillRoundSelector();
            updateTitle();
        });
        connect(m_workspace, &Workspace::modifiedChanged, this, &MainWindow::updateTitle);
    }
    QAction* prefs = edit->addAction(tr("&Preferences…"), &m_controller, &AppController::openPreferences);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&Guide (使用说明)"), this,
                                     [this] { HelpWindow::showGuide(this, QStringLiteral("secretariat")); });
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ReviewBench"), this, [this] {
        QMessageBox::about(this, tr("About ReviewBench"),
                           tr("<h3>ReviewBench %1</h3><p>Expert review of intelligent-manufacturing pilot "
                              "applications: rosters, criteria, offline scoring, consolidation, case-by-case "
                              "deliberation and the documents the committee signs.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(RB_VERSION)));
    });
    statusBar()->showMessage(
        m_workspace ? tr("Changes are saved as you make them. Signed in as %1.").arg(Preferences().userName())
                    : tr("No file open."));
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& badge, int colorIndex)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(icons::badge(badge, icons::accent(colorIndex)), title, m_navigation);
    item->setSizeHint(QSize(0, 40));
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(26, 26));
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { border: none; background: palette(window); font-size: 11pt; }"
                       "QListWidget::item { padding: 4px; border-radius: 4px; }"
                       "QListWidget::item:selected { background: #DCE7F5; color: black; }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* overview = new OverviewPage(*m_workspace, this);
    // Queued: the page asking is being painted or clicked; the switch happens after.
    connect(
        overview, &OverviewPage::showPageRequested, this, [this](const QString& page) { (void)showPage(page); },
        Qt::QueuedConnection);
    addPage(overview, tr("Overview"), QString::fromUtf8("览"), 0);
    addPage(new ApplicationsPage(*m_workspace, this), tr("Applications"), QString::fromUtf8("项"), 1);
    addPage(new ExpertsPage(*m_workspace, this), tr("Experts"), QString::fromUtf8("专"), 2);
    addPage(new CriteriaPage(*m_workspace, this), tr("Criteria"), QString::fromUtf8("标"), 4);
    addPage(new ConflictsPage(*m_workspace, this), tr("Conflicts"), QString::fromUtf8("避"), 3);
    addPage(new AssignmentPage(*m_workspace, this), tr("Assignment"), QString::fromUtf8("配"), 5);
    addPage(new PackagesPage(*m_workspace, this), tr("Review packages"), QString::fromUtf8("包"), 6);
    addPage(new ResultsPage(*m_workspace, this), tr("Results"), QString::fromUtf8("分"), 1);
    addPage(new DeliberationPage(*m_workspace, this), tr("Deliberation"), QString::fromUtf8("议"), 2);
    addPage(new NoticePage(*m_workspace, this), tr("Notice and follow-up"), QString::fromUtf8("公"), 5);
    addPage(new WorkflowPage(*m_workspace, this), tr("Lifecycle"), QString::fromUtf8("程"), 3);
    addPage(new RoundSettingsPage(*m_workspace, this), tr("Round settings"), QString::fromUtf8("规"), 7);
    // Wide enough for the longest page name in the language shown (the style sheet's 11 pt), never clipped.
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(11);
    const QFontMetrics metrics(navigationFont);
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    const int navigationWidth = std::max(180, widest + m_navigation->iconSize().width() + 40);
    m_navigation->setFixedWidth(navigationWidth);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({navigationWidth, 1180});
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
}

QString MainWindow::openFilter()
{
    return tr("Review files and packages (*.rbdb *.rbpkg);;Review files (*.rbdb);;Review packages (*.rbpkg);;"
              "All files (*)");
}

void MainWindow::askAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(), openFilter());
    if (!path.isEmpty())
        m_controller.openFile(path);
}

void MainWindow::createWelcome()
{
    auto* welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto* layout = new QVBoxLayout(welcome);
    layout->addStretch(1);
    auto* title = new QLabel(tr("<h1>ReviewBench 评审工作台</h1><p>Expert review for intelligent-manufacturing pilot "
                                "programmes: excellent scenarios, demonstration factories and pioneer zones.</p>"),
                             welcome);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* newButton = new QPushButton(tr("New review file…"), welcome);
    auto* openButton = new QPushButton(tr("Open…"), welcome);
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    auto* packageButton = new QPushButton(tr("Open a review package…"), welcome);
    packageButton->setObjectName(QStringLiteral("welcomeOpenPackage"));
    packageButton->setToolTip(tr("Experts: open the .rbpkg file the secretariat sent you, then enter its access code"));
    // An expert opens a package; the secretariat its round file: the first button is the user's.
    if (Preferences().role() == QLatin1String("expert")) {
        buttons->addWidget(packageButton);
        buttons->addWidget(openButton);
        buttons->addWidget(newButton);
        packageButton->setDefault(true);
    } else {
        buttons->addWidget(newButton);
        buttons->addWidget(openButton);
        buttons->addWidget(packageButton);
        openButton->setDefault(true);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    const QStringList recent = Preferences().recentFiles();
    for (const QString& path : recent) {
        auto* link = new QPushButton(QDir::toNativeSeparators(path), welcome);
        link->setFlat(true);
        connect(link, &QPushButton::clicked, this, [this, path] { m_controller.openFile(path); });
        layout->addWidget(link, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
    connect(newButton, &QPushButton::clicked, &m_controller, &AppController::newFile);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::askAndOpen);
    connect(packageButton, &QPushButton::clicked, this, &MainWindow::askAndOpen);
    setCentralWidget(welcome);
}

void MainWindow::fillRoundSelector()
{
    if (!m_roundSelector)
        return;
    m_roundSelector->clear();
    for (const Round& r : m_workspace->rounds())
        m_roundSelector->addItem(QStringLiteral("%1  %2").arg(r.code, r.title), r.code);
    m_roundSelector->setCurrentIndex(m_roundSelector->findData(m_workspace->round().code));
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList files = Preferences().recentFiles();
    for (const QString& path : files)
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { m_controller.openFile(path); });
    m_recent->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("ReviewBench"));
        return;
    }
    // Every change is saved as it is made: the title has no "unsaved" mark (*) to worry anyone.
    setWindowTitle(
        tr("%1 — %2 — ReviewBench").arg(QFileInfo(m_workspace->path()).fileName(), m_workspace->round().code));
}

int MainWindow::currentPage() const
{
    return m_navigation ? m_navigation->currentRow() : 0;
}

void MainWindow::setCurrentPage(int index)
{
    if (m_navigation && index >= 0 && index < m_navigation->count())
        m_navigation->setCurrentRow(index);
    // The page shown fills itself now if data it shows changed while it was hidden.
    if (m_pages && m_pages->currentWidget())
        for (LazyReload* lazy : m_pages->currentWidget()->findChildren<LazyReload*>(Qt::FindDirectChildrenOnly))
            lazy->flush();
}

bool MainWindow::showPage(const QString& objectName)
{
    for (int i = 0; m_pages && i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName) {
            setCurrentPage(i);
            return true;
        }
    }
    return false;
}

void MainWindow::importFile(import::Kind kind, const QString& givenPath)
{
    if (!m_workspace)
        return;
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                            tr("Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    // The file is read and checked off the GUI thread; the preview opens once that is done.
    auto* dialog = new ImportDialog(*m_workspace, kind, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->prepare(), &BackgroundTask::finished, dialog, [dialog](const Status& outcome) {
        if (outcome)
            dialog->open();
        else
            dialog->deleteLater();
    });
}

QString MainWindow::saveTemplate(const QString& kind, const QString& givenPath)
{
    const std::optional<import::Sheet> sheet = import::templateKind(kind);
    if (!sheet)
        return {};
    static const QHash<QString, QString> names = {
        {QStringLiteral("applications"), QString::fromUtf8("申报项目导入模板")},
        {QStringLiteral("experts"), QString::fromUtf8("评审专家导入模板")},
        {QStringLiteral("criteria"), QString::fromUtf8("评价指标导入模板")},
        {QStringLiteral("scores"), QString::fromUtf8("评分录入模板")}};
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString folder = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                           : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save import template"),
                                            QDir(folder).filePath(names.value(kind) + QStringLiteral(".xlsx")),
                                            tr("Excel workbooks (*.xlsx)"));
    }
    if (path.isEmpty())
        return {};
    const Category category = m_workspace ? m_workspace->round().category : Category::Factory;
    if (Status s = import::writeTemplate(*sheet, category, path); !s) {
        messages::warn(this, tr("Import templates"), s.error().toString());
        return {};
    }
    return path;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Preferences().setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace rb::ui
