// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/WorkflowPage.h"

#include "action/LifecycleActions.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "common/PageLoader.h"
#include "common/Reasons.h"
#include "common/TablePrint.h"
#include "domain/States.h"
#include "repo/ApplicationRepository.h"
#include "workflow/FormalChecklistModel.h"
#include "workflow/FormalReview.h"
#include "workflow/WorkflowModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using rb::states::State;

namespace rb::ui {

WorkflowPage::WorkflowPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new WorkflowModel(this)), m_filter(new WorkflowFilter(this)),
      m_table(new QTableView(this)), m_state(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_pipeline(new QLabel(this)), m_move(new QToolButton(this)),
      m_revert(new QPushButton(tr("Reverse last change…"), this)), m_heading(new QLabel(this)),
      m_next(new QTextBrowser(this)), m_history(new QTableView(this)), m_formal(new QTableView(this)),
      m_formalModel(new FormalChecklistModel(this)),
      m_allPassed(new QPushButton(tr("All items met → expert review"), this)),
      m_failOne(new QPushButton(tr("One item not met…"), this)),
      m_override(new QPushButton(tr("Override failed items…"), this))
{
    setObjectName(QStringLiteral("workflowPage"));
    m_state->setObjectName(QStringLiteral("workflowState"));
    m_search->setPlaceholderText(tr("Search code, title, applicant or province"));
    m_search->setClearButtonEnabled(true);
    m_pipeline->setObjectName(QStringLiteral("workflowPipeline"));
    m_pipeline->setWordWrap(true);
    m_pipeline->setTextFormat(Qt::RichText);
    m_move->setObjectName(QStringLiteral("workflowMove"));
    m_move->setText(tr("Move to"));
    m_move->setPopupMode(QToolButton::InstantPopup);
    m_move->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_move->setMenu(new QMenu(m_move));
    m_revert->setObjectName(QStringLiteral("workflowRevert"));
    auto* print = new QPushButton(tr("Print…"), this);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(WorkflowModel::SortRole);
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkflowModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(WorkflowModel::Title, QHeaderView::Stretch);

    m_heading->setObjectName(QStringLiteral("workflowHeading"));
    m_heading->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("workflowNext"));
    m_next->setOpenLinks(false);
    m_historyModel = new RecordsModel<HistoryRow>(
        {{tr("When"),
          [](const HistoryRow& r) { return r.event.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')); }},
         {tr("From"),
          [](const HistoryRow& r) { return r.event.from.isEmpty() ? QString() : states::displayName(r.event.from); }},
         {tr("To"), [](const HistoryRow& r) { return states::displayName(r.event.to); }},
         {tr("By"), [](const HistoryRow& r) { return r.event.by; }},
         {tr("Reason"),
          [](const HistoryRow& r) {
              QString reason = r.event.reason;
              if (r.event.reverses)
                  reason = tr("Correction: %1").arg(reason);
              return r.reversed ? tr("(reversed) %1").arg(reason) : reason;
          }}},
        this);
    // A reversed change stays in the history, struck through.
    m_historyModel->setRowFont([](const HistoryRow& r) {
        QFont f;
        f.setStrikeOut(r.reversed);
        return f;
    });
    m_history->setModel(m_historyModel);
    m_history->setObjectName(QStringLiteral("workflowHistory"));
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_formal->setObjectName(QStringLiteral("workflowFormal"));
    m_formal->setModel(m_formalModel);
    m_formal->setItemDelegateForColumn(FormalChecklistModel::Result,
                                       FormalChecklistModel::makeResultDelegate(m_formal));
    m_formal->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
                              | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_formal->horizontalHeader()->setSectionResizeMode(FormalChecklistModel::Item, QHeaderView::Stretch);
    m_formal->verticalHeader()->hide();
    m_formal->setWordWrap(true);
    const QString forSelection =
        tr("Applies to every selected application (Ctrl+A selects all those shown; the state filter narrows them).");
    m_allPassed->setObjectName(QStringLiteral("formalAllMet"));
    m_allPassedTip = tr("Records every item as met and moves the applications on to expert review, in one step that "
                        "can be undone.")
                     + QLatin1Char(' ') + forSelection;
    m_failOne->setObjectName(QStringLiteral("formalFailOne"));
    m_failOneTip = tr("Records one item as not met, with the reason, and does not accept the applications; the "
                      "applicants are told.")
                   + QLatin1Char(' ') + forSelection;
    m_override->setObjectName(QStringLiteral("formalOverride"));

    auto* formalPage = new QWidget(this);
    auto* formalLayout = new QVBoxLayout(formalPage);
    formalLayout->setContentsMargins(0, 0, 0, 0);
    formalLayout->addWidget(m_formal, 1);
    auto* formalButtons = new QHBoxLayout;
    formalButtons->addWidget(m_allPassed);
    formalButtons->addWidget(m_failOne);
    formalButtons->addWidget(m_override);
    formalButtons->addStretch(1);
    formalLayout->addLayout(formalButtons);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("workflowTabs"));
    tabs->addTab(m_next, tr("Next steps"));
    tabs->addTab(m_history, tr("History"));
    tabs->addTab(formalPage, tr("Formal review"));
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(tabs, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("State:"), this));
    top->addWidget(m_state);
    top->addWidget(m_search, 1);
    top->addWidget(m_move);
    top->addWidget(m_revert);
    top->addWidget(print);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pipeline);
    layout->addWidget(splitter, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &WorkflowFilter::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkflowPage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowPage::showCurrent);
    connect(m_move->menu(), &QMenu::aboutToShow, this, &WorkflowPage::fillMoveMenu);
    connect(m_revert, &QPushButton::clicked, this, &WorkflowPage::askRevert);
    connect(m_allPassed, &QPushButton::clicked, this, [this] {
        if (Status s = formalReviewSelected(); !s)
            messages::warn(this, tr("Formal review"), s.error().toString());
    });
    connect(m_failOne, &QPushButton::clicked, this, &WorkflowPage::askFailOne);
    connect(m_override, &QPushButton::clicked, this, &WorkflowPage::askOverride);
    connect(print, &QPushButton::clicked, this,
            [this] { printTable(this, tr("Application lifecycle"), m_workspace.round().title, *m_filter); });
    // An edit in the checklist is asked for by the model and applied as an action once the edit has ended.
    connect(m_formalModel, &FormalChecklistModel::recordRequested, this,
            [this](const QString& item, bool passed, const QString& given) {
                QTimer::singleShot(0, this, [this, item, passed, given] {
                    QString note = given;
                    if (!passed && note.trimmed().isEmpty()) {
                        std::optional<QString> why =
                            messages::askText(this, tr("Formal review"), tr("Why is “%1” not met?").arg(item));
                        if (!why || why->trimmed().isEmpty())
                            return;
                        note = *why;
                    }
                    if (Status s = recordFormal(item, passed, note); !s)
                        messages::warn(this, tr("Formal review"), s.error().toString());
                });
            });
    m_loader = new PageLoader(m_workspace, this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Applications | Workspace::Review | Workspace::Workflow | Workspace::Settings))
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void WorkflowPage::reload()
{
    struct Loaded {
        QList<WorkflowModel::Row> rows;
        QDate today;
    };
    const Round round = m_workspace.round();
    m_loader->load<Loaded>(
        [round](db::Database& db) -> Result<Loaded> {
            workflow::WorkflowService flow(db, round);
            RB_VALUE(const QList<workflow::StatusRow> rows, flow.status());
            RB_VALUE(const QList<Application> apps, ApplicationRepository(db, round.id).list());
            QHash<QString, const Application*> byCode;
            byCode.reserve(apps.size());
            for (const Application& a : apps)
                byCode.insert(a.code, &a);
            Loaded loaded;
            loaded.rows.reserve(rows.size());
            for (const workflow::StatusRow& r : rows) {
                const Application* a = byCode.value(r.code);
                loaded.rows.append({r, a ? a->applicantNames() : QString(), a ? a->province : QString()});
            }
            loaded.today = flow.today();
            return loaded;
        },
        [this](Loaded& loaded) { showLoaded(std::move(loaded.rows), loaded.today); });
}

void WorkflowPage::showLoaded(QList<WorkflowModel::Row> list, const QDate& today)
{
    const QStringList selected = selectedCodes();
    const QString current = m_model->at(m_filter->mapToSource(m_table->currentIndex()).row())
                                ? m_model->at(m_filter->mapToSource(m_table->currentIndex()).row())->status.code
                                : QString();
    m_model->setRows(std::move(list), today);

    // The pipeline line and the state filter with counts, in lifecycle order.
    const QHash<QString, int> counts = m_model->countByState();
    const QString chosen = m_state->currentData().toString();
    m_state->blockSignals(true);
    m_state->clear();
    m_state->addItem(tr("All states (%1)").arg(m_model->rowCount()), QString());
    QStringList parts;
    for (const QString& s : states::all()) {
        const int n = counts.value(s);
        if (!n)
            continue;
        m_state->addItem(QStringLiteral("%1 (%2)").arg(states::displayName(s)).arg(n), s);
        parts << QStringLiteral("<b>%1</b> %2").arg(n).arg(states::displayName(s).toHtmlEscaped());
    }
    m_state->setCurrentIndex(std::max(0, m_state->findData(chosen)));
    m_state->blockSignals(false);
    m_filter->setState(m_state->currentData().toString());
    m_pipeline->setText(parts.isEmpty() ? tr("No applications yet.") : parts.join(QStringLiteral(" → ")));
    m_table->resizeColumnToContents(WorkflowModel::Code);
    m_table->resizeColumnToContents(WorkflowModel::State);

    if (current.isEmpty() || !selectApplication(current)) {
        if (m_filter->rowCount() > 0)
            m_table->selectRow(0);
    }
    // Keep a multiple selection across the reload (a batch move leaves the moved rows selected).
    for (const QString& code : selected) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(code), 0));
        if (index.isValid() && code != current)
            m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    showCurrent();
}

bool WorkflowPage::selectApplication(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QStringList WorkflowPage::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        if (const auto* r = m_model->at(m_filter->mapToSource(i).row()))
            codes << r->status.code;
    }
    return codes;
}

qint64 WorkflowPage::applicationId(const QString& code)
{
    const int row = m_model->rowOf(code);
    return row >= 0 ? m_model->at(row)->status.applicationId : 0;
}

Status WorkflowPage::move(const QStringList& codes, const QString& to, const QString& reason)
{
    if (codes.isEmpty())
        return Error::input(tr("select the applications to move first"));
    QList<qint64> ids;
    for (const QString& code : codes)
        ids << applicationId(code);
    return run(action::moveApplications(m_workspace.round(), ids, codes, to, reason));
}

Status WorkflowPage::revert(const QString& code, const QString& reason)
{
    return run(action::revertState(m_workspace.round(), applicationId(code), code, reason));
}

Status WorkflowPage::recordFormal(const QString& item, bool passed, const QString& note)
{
    const auto* r = m_model->at(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!r)
        return Error::input(tr("select an application first"));
    return run(action::recordFormal(m_workspace.round(), r->status.applicationId, r->status.code, item, passed, note));
}

Status WorkflowPage::run(action::Action action)
{
    // Moves into a final state (not accepted, approved, withdrawn …) are barriers: reversed by a counter-transition.
    if (Result<action::Done> done = m_workspace.perform(std::move(action), Workspace::Workflow); !done)
        return done.takeError();
    return {};
}

void WorkflowPage::fillMoveMenu()
{
    QMenu* menu = m_move->menu();
    menu->clear();
    QStringList targets;
    const QStringList codes = selectedCodes();
    for (const QString& code : codes) {
        const WorkflowModel::Row* r = m_model->at(m_model->rowOf(code));
        for (const QString& to : workflow::nextStates(r->status.state)) {
            if (!targets.contains(to))
                targets << to;
        }
    }
    if (targets.isEmpty()) {
        menu->addAction(tr("No move is open to the selection"))->setEnabled(false);
        return;
    }
    for (const QString& to : targets) {
        // Deliberation conclusions are reached in a meeting, not set here.
        const bool byMeeting = states::is(to, State::Proposed) || states::is(to, State::Revise)
                               || states::is(to, State::Rejected) || states::is(to, State::Deliberation);
        QAction* a = menu->addAction(states::displayName(to), this, [this, to] { askMove(to); });
        if (byMeeting) {
            a->setEnabled(false);
            a->setText(tr("%1 (on the deliberation page)").arg(states::displayName(to)));
        }
    }
}

void WorkflowPage::askMove(const QString& to)
{
    const QStringList codes = selectedCodes();
    bool needsReason = false;
    for (const workflow::Transition& t : workflow::transitions())
        needsReason |= t.to == to && t.needsReason;
    QString reason;
    if (needsReason) {
        std::optional<QString> r =
            messages::askText(this, tr("Move to “%1”").arg(states::displayName(to)),
                              tr("Why (recorded with the change of %n application(s)):", nullptr, int(codes.size())));
        if (!r)
            return;
        reason = *r;
    }
    if (Status s = move(codes, to, reason); !s)
        messages::warn(this, tr("Move to “%1”").arg(states::displayName(to)), s.error().toString());
}

void WorkflowPage::askRevert()
{
    const QStringList codes = selectedCodes();
    if (codes.size() != 1) {
        messages::warn(this, tr("Reverse last change"), tr("Select one application."));
        return;
    }
    std::optional<QString> reason = messages::askText(
        this, tr("Reverse last change"),
        tr("%1: why was the last change a mistake? The correction is recorded; the history stays.").arg(codes.first()));
    if (!reason)
        return;
    if (Status s = revert(codes.first(), *reason); !s)
        messages::warn(this, tr("Reverse last change"), s.error().toString());
}

void WorkflowPage::askOverride()
{
    const auto* r = m_model->at(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!r)
        return;
    std::optional<QString> reason = messages::askText(
        this, tr("Override failed items"),
        tr("%1: why may the application go on to expert review despite the failed items?").arg(r->status.code));
    if (!reason)
        return;
    if (Status s = run(action::overrideFormal(m_workspace.round(), r->status.applicationId, r->status.code, *reason));
        !s)
        messages::warn(this, tr("Override failed items"), s.error().toString());
}

bool WorkflowPage::selectionInFormalReview() const
{
    const QStringList codes = selectedCodes();
    if (codes.isEmpty())
        return false;
    return std::all_of(codes.begin(), codes.end(), [this](const QString& code) {
        const WorkflowModel::Row* r = m_model->at(m_model->rowOf(code));
        return r
               && (states::is(r->status.state, State::Recommended) || states::is(r->status.state, State::FormalReview));
    });
}

Status WorkflowPage::formalReviewSelected(const std::optional<QString>& failedItem, const QString& note)
{
    action::FormalBatch batch;
    batch.codes = selectedCodes();
    for (const QString& code : std::as_const(batch.codes))
        batch.ids << applicationId(code);
    batch.failedItem = failedItem;
    batch.note = note;
    return run(action::formalReviewBatch(m_workspace.round(), batch));
}

void WorkflowPage::askFailOne()
{
    const QStringList codes = selectedCodes();
    const QStringList items = workflow::FormalReview(m_workspace.db(), m_workspace.round()).checklist();
    const QString title = tr("Not accepted: %n application(s)", nullptr, int(codes.size()));
    std::optional<QString> item = messages::askChoice(this, title, tr("Which eligibility item is not met?"), items);
    if (!item)
        return;
    std::optional<QString> note = messages::askText(
        this, title, tr("Why is “%1” not met? The reason is recorded and the applicants are told.").arg(*item));
    if (!note || note->trimmed().isEmpty())
        return;
    if (Status s = formalReviewSelected(*item, *note); !s)
        messages::warn(this, title, s.error().toString());
}

void WorkflowPage::showCurrent()
{
    const auto* r = m_model->at(m_filter->mapToSource(m_table->currentIndex()).row());
    const QStringList codes = selectedCodes();
    m_move->setEnabled(!codes.isEmpty());
    m_revert->setEnabled(codes.size() == 1);
    if (!r) {
        m_heading->clear();
        m_next->clear();
        m_historyModel->setRecords({});
        m_formalModel->setItems({}, false);
        m_allPassed->setEnabled(false);
        m_failOne->setEnabled(false);
        m_override->setEnabled(false);
        return;
    }
    const workflow::StatusRow& s = r->status;
    m_heading->setText(
        QStringLiteral("<b>%1</b> %2 · %3").arg(s.code, s.title.toHtmlEscaped(), states::displayName(s.state)));
    workflow::WorkflowService flow(m_workspace.db(), m_workspace.round());

    // What can happen next, and what stands in the way.
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(s.due ? tr("Next date that matters: <b>%1</b>").arg(s.due->toString(Qt::ISODate))
                                  : tr("No date is due."));
    const QStringList next = workflow::nextStates(s.state);
    for (const QString& to : next) {
        Result<QString> blocker = flow.blocker(s.applicationId, to);
        const QString why = !blocker ? blocker.error().toString() : *blocker;
        html += why.isEmpty() ? QStringLiteral("<li>✔ %1</li>").arg(states::displayName(to).toHtmlEscaped())
                              : QStringLiteral("<li>✘ %1 — <span style='color:#8a5a00'>%2</span></li>")
                                    .arg(states::displayName(to).toHtmlEscaped(), why.toHtmlEscaped());
    }
    if (next.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("This is a final state.").toHtmlEscaped());
    m_next->setHtml(html + QStringLiteral("</ul>"));

    // History, oldest first; reversed changes are marked, never removed.
    Result<QList<workflow::Event>> events = flow.history(s.applicationId);
    QList<HistoryRow> rows;
    if (events) {
        QSet<qint64> reversed;
        for (const workflow::Event& e : *events) {
            if (e.reverses)
                reversed.insert(*e.reverses);
        }
        for (const workflow::Event& e : *events)
            rows.append({e, reversed.contains(e.id)});
    }
    m_historyModel->setRecords(rows);
    m_history->resizeColumnsToContents();
    fillFormal(s.applicationId, s.state);
}

void WorkflowPage::fillFormal(qint64 applicationId, const QString& state)
{
    Result<QList<workflow::FormalItem>> items =
        workflow::FormalReview(m_workspace.db(), m_workspace.round()).items(applicationId);
    const bool open = states::is(state, State::FormalReview) || states::is(state, State::Recommended);
    const bool batch = selectionInFormalReview();
    const QString whyNot = selectedCodes().isEmpty()
                               ? tr("Select the applications first (Ctrl+A selects all those shown).")
                               : tr("The selection includes applications past formal review; narrow it with the "
                                    "state filter (Recommended, Formal review).");
    enableOrSayWhy(m_allPassed, batch, whyNot, m_allPassedTip);
    enableOrSayWhy(m_failOne, batch, whyNot, m_failOneTip);
    enableOrSayWhy(m_override, states::is(state, State::FormalReview) && selectedCodes().size() == 1,
                   tr("Only for one application in formal review with a failed item."),
                   tr("Lets the application go on to expert review despite the failed items, with the reason."));
    m_formalModel->setItems(items ? *items : QList<workflow::FormalItem>(), open);
    m_formal->resizeColumnToContents(FormalChecklistModel::Result);
    m_formal->resizeRowsToContents();
}

} // namespace rb::ui
