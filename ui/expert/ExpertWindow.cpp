// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/ExpertWindow.h"

#include "app/AppController.h"
#include "common/HelpWindow.h"
#include "common/Icons.h"
#include "common/Messages.h"
#include "expert/DossierView.h"
#include "expert/ExpertSession.h"
#include "expert/ScoringForm.h"
#include "expert/SubmitSummaryDialog.h"
#include "package/ScoreSheet.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace rb::ui {

namespace {

QIcon stateIcon(package::ItemState state)
{
    switch (state) {
    case package::ItemState::NotStarted: return icons::badge(QString::fromUtf8("未"), QColor(0x9A, 0xA5, 0xB1));
    case package::ItemState::InProgress: return icons::badge(QString::fromUtf8("评"), icons::accent(2));
    case package::ItemState::Complete: return icons::badge(QString::fromUtf8("完"), icons::accent(1));
    case package::ItemState::HandedBack: return icons::badge(QString::fromUtf8("避"), icons::accent(3));
    case package::ItemState::Submitted: return icons::badge(QString::fromUtf8("交"), icons::accent(0));
    }
    return {};
}

QString stateName(package::ItemState state)
{
    switch (state) {
    case package::ItemState::NotStarted: return ExpertWindow::tr("not started");
    case package::ItemState::InProgress: return ExpertWindow::tr("in progress");
    case package::ItemState::Complete: return ExpertWindow::tr("complete");
    case package::ItemState::HandedBack: return ExpertWindow::tr("handed back (conflict)");
    case package::ItemState::Submitted: return ExpertWindow::tr("submitted");
    }
    return {};
}

} // namespace

ExpertWindow::ExpertWindow(AppController& controller, ExpertSession& session, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_session(session), m_list(new QListWidget(this)),
      m_progress(new QLabel(this)), m_dossier(new DossierView(session.package(), this)),
      m_form(new ScoringForm(session, this)), m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("expertWindow"));
    setWindowIcon(icons::application());
    resize(1400, 880);
    m_list->setObjectName(QStringLiteral("expertItems"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("expertProgress"));
    m_progress->setWordWrap(true);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_list, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("scoringScroll"));
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumWidth(520);
    // The total stays in sight above the criteria however far the form is scrolled.
    auto* scoring = new QWidget(this);
    auto* scoringLayout = new QVBoxLayout(scoring);
    scoringLayout->setContentsMargins(0, 0, 0, 0);
    scoringLayout->addWidget(m_form->takeTotal());
    scoringLayout->addWidget(m_scroll, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_dossier);
    splitter->addWidget(scoring);
    splitter->setSizes({260, 520, 620});
    setCentralWidget(splitter);
    // The key that sealed what the package brought: the expert compares it with the code letter.
    auto* fingerprint = new QLabel(tr("Secretariat key %1").arg(session.package().info().roundFingerprint), this);
    fingerprint->setObjectName(QStringLiteral("expertRoundFingerprint"));
    fingerprint->setToolTip(tr("The fingerprint of the key the secretariat sealed this package with. It must match "
                               "the one on your access-code letter."));
    statusBar()->addPermanentWidget(fingerprint);
    statusBar()->addPermanentWidget(m_saved);
    createActions();
    fillList();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_session.package().items().size())
            return;
        const QString uid = m_session.package().items()[row].uid;
        m_dossier->showItem(uid);
        m_form->showItem(uid);
        m_scroll->verticalScrollBar()->setValue(0); // a new application starts at its first criterion
        updateNavigation();
    });
    connect(&m_session, &ExpertSession::itemChanged, this, &ExpertWindow::updateItem);
    connect(&m_session, &ExpertSession::saved, this, [this](const QDateTime& when) {
        m_saved->setText(tr("Saved %1").arg(when.toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(&m_session, &ExpertSession::failed, this,
            [this](const QString& message) { messages::warn(this, tr("Not saved"), message); });
    selectItem(0);
    updateTitle();
}

void ExpertWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportSheet = file->addAction(tr("&Export scoring sheet (Excel)…"), this, [this] { this->exportSheet(); });
    exportSheet->setObjectName(QStringLiteral("actionExportSheet"));
    QAction* importScores =
        file->addAction(tr("&Import scores from Excel or CSV…"), this, [this] { this->importScores(); });
    importScores->setObjectName(QStringLiteral("actionImportScores"));
    file->addSeparator();
    QAction* submit = file->addAction(tr("&Submit…"), this, [this] { this->submit(); });
    submit->setObjectName(QStringLiteral("actionSubmit"));
    file->addSeparator();
    file->addAction(tr("&Close"), &m_controller, &AppController::closeFile)->setShortcut(QKeySequence::Close);
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)->setShortcut(QKeySequence::Quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), &m_controller, &AppController::openPreferences);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    m_previous = go->addAction(tr("&Previous application"), this, [this] { selectItem(m_list->currentRow() - 1); });
    m_previous->setObjectName(QStringLiteral("actionPreviousItem"));
    m_previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_next = go->addAction(tr("&Next application"), this, [this] { selectItem(m_list->currentRow() + 1); });
    m_next->setObjectName(QStringLiteral("actionNextItem"));
    m_next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction* nextOpen = go->addAction(tr("Next application &still to score"), this, [this] { selectNextOpen(); });
    nextOpen->setObjectName(QStringLiteral("actionNextOpenItem"));
    nextOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&How to score (使用说明)"), this,
                                     [this] { HelpWindow::showGuide(this, QStringLiteral("expert")); });
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QToolBar* bar = addToolBar(tr("Scoring"));
    bar->setObjectName(QStringLiteral("expertToolbar"));
    bar->setMovable(false);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(m_previous);
    bar->addAction(m_next);
    bar->addSeparator();
    bar->addAction(exportSheet);
    bar->addAction(importScores);
    bar->addSeparator();
    bar->addAction(submit);
    connect(&m_session, &ExpertSession::submittedChanged, this, [=, this] {
        const bool open = !m_session.submitted();
        submit->setEnabled(open);
        importScores->setEnabled(open);
        updateTitle();
    });
    submit->setEnabled(!m_session.submitted());
    importScores->setEnabled(!m_session.submitted());
}

void ExpertWindow::fillList()
{
    m_list->clear();
    for (const package::Item& item : m_session.package().items()) {
        auto* entry = new QListWidgetItem(QStringLiteral("%1\n%2").arg(item.code, item.title), m_list);
        entry->setData(Qt::UserRole, item.uid);
        entry->setSizeHint(QSize(0, 48));
    }
    for (const package::Item& item : m_session.package().items())
        updateItem(item.uid);
}

void ExpertWindow::updateItem(const QString& uid)
{
    const QList<package::Item>& items = m_session.package().items();
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].uid != uid)
            continue;
        Result<package::ItemState> state = m_session.package().state(uid);
        if (!state)
            return;
        QListWidgetItem* entry = m_list->item(row);
        entry->setIcon(stateIcon(*state));
        entry->setToolTip(stateName(*state));
        entry->setData(Qt::UserRole + 1, int(*state));
    }
    updateProgress();
}

void ExpertWindow::updateProgress()
{
    int complete = 0;
    int handedBack = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        const auto state = package::ItemState(m_list->item(row)->data(Qt::UserRole + 1).toInt());
        complete += state == package::ItemState::Complete || state == package::ItemState::Submitted ? 1 : 0;
        handedBack += state == package::ItemState::HandedBack ? 1 : 0;
    }
    const package::Info& info = m_session.package().info();
    QString text = tr("<b>%1 %2</b><br/>%3 of %4 complete")
                       .arg(info.expertCode, info.expertName)
                       .arg(complete)
                       .arg(m_list->count());
    if (handedBack)
        text += tr(", %1 handed back").arg(handedBack);
    if (info.submitted)
        text += QStringLiteral("<br/><span style='color:#2E8B57'>%1</span>").arg(tr("Submitted"));
    m_progress->setText(text);
}

void ExpertWindow::updateTitle()
{
    const package::Info& info = m_session.package().info();
    setWindowTitle(tr("%1 %2 — %3 — ReviewBench")
                       .arg(info.expertCode, info.expertName, QFileInfo(m_session.package().path()).fileName()));
    statusBar()->showMessage(tr("Round %1 %2 · revision %3 · every change is saved at once")
                                 .arg(info.roundCode, info.roundTitle)
                                 .arg(info.revision));
}

void ExpertWindow::selectItem(int row)
{
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void ExpertWindow::selectNextOpen()
{
    const int count = m_list->count();
    for (int k = 1; k <= count; ++k) {
        const int row = (m_list->currentRow() + k) % count;
        const auto state = package::ItemState(m_list->item(row)->data(Qt::UserRole + 1).toInt());
        if (state == package::ItemState::NotStarted || state == package::ItemState::InProgress) {
            selectItem(row);
            return;
        }
    }
    statusBar()->showMessage(tr("Every application is scored or handed back: check them, then submit."), 5000);
}

void ExpertWindow::updateNavigation()
{
    if (!m_previous || !m_next)
        return;
    m_previous->setEnabled(m_list->currentRow() > 0);
    m_next->setEnabled(m_list->currentRow() >= 0 && m_list->currentRow() < m_list->count() - 1);
}

bool ExpertWindow::submit()
{
    Result<QList<package::Missing>> missing = m_session.package().missing();
    if (!missing) {
        messages::warn(this, tr("Submit"), missing.error().message);
        return false;
    }
    if (!missing->isEmpty()) {
        QStringList lines;
        for (const package::Missing& m : *missing) {
            if (lines.size() == 25) {
                lines << tr("… and %1 more").arg(missing->size() - 25);
                break;
            }
            lines << (m.criterionCode.isEmpty()
                          ? QStringLiteral("%1: %2").arg(m.applicationCode, m.message)
                          : QStringLiteral("%1 / %2: %3").arg(m.applicationCode, m.criterionCode, m.message));
        }
        messages::warn(
            this, tr("Submit"),
            tr("The package cannot be submitted yet. Still missing:\n\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    // Every application with its total and recommendation, before the step that cannot be taken back.
    if (!SubmitSummaryDialog::ask(m_session.package(), this))
        return false;
    if (Status s = m_session.submit(); !s) {
        messages::warn(this, tr("Submit"), s.error().toString());
        return false;
    }
    messages::info(this, tr("Submitted"),
                   tr("Your scores are submitted and sealed. Send the file %1 back to the secretariat.")
                       .arg(QFileInfo(m_session.package().path()).fileName()));
    return true;
}

void ExpertWindow::exportSheet(const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export scoring sheet"),
                                            QFileInfo(m_session.package().path()).completeBaseName()
                                                + QStringLiteral(".xlsx"),
                                            tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = package::writeSheet(m_session.package(), path); !s)
        messages::warn(this, tr("Export scoring sheet"), s.error().toString());
}

void ExpertWindow::importScores(const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import scores"), QString(), tr("Score sheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    Result<io::Table> table = io::readTable(path);
    Result<int> imported = table ? package::importScores(m_session.package(), *table) : Result<int>(table.error());
    if (!imported) {
        messages::warn(this, tr("Import scores"), imported.error().toString());
        return;
    }
    // An import is not undoable (it may touch hundreds of fields); the history is cleared.
    m_session.undoStack()->clear();
    for (const package::Item& item : m_session.package().items())
        Q_EMIT m_session.itemChanged(item.uid);
    statusBar()->showMessage(tr("%1 scores imported").arg(*imported), 5000);
}

} // namespace rb::ui
