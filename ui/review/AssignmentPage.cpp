// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AssignmentPage.h"

#include "action/ReviewActions.h"
#include "common/BackgroundTask.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "common/PageLoader.h"
#include "repo/ApplicationRepository.h"
#include "repo/ExpertRepository.h"
#include "repo/RoundSettings.h"
#include "review/AssignmentMatrix.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

AssignmentPage::AssignmentPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_matrix(new AssignmentMatrix(this)), m_view(new QTableView(this)),
      m_loads(new QTableWidget(this)), m_perApplication(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("assignmentPage"));
    m_view->setObjectName(QStringLiteral("assignmentMatrix"));
    m_view->setModel(m_matrix);
    m_view->horizontalHeader()->setDefaultSectionSize(44);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loads->setObjectName(QStringLiteral("assignmentLoads"));
    m_loads->setColumnCount(3);
    m_loads->setHorizontalHeaderLabels({tr("Expert"), tr("Name"), tr("Applications")});
    m_loads->verticalHeader()->hide();
    m_loads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perApplication->setObjectName(QStringLiteral("perApplication"));
    m_perApplication->setRange(1, 99);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setObjectName(QStringLiteral("assignmentSeed"));
    m_seed->setToolTip(tr("The random seed (随机种子): the same seed on the same data gives the same assignment, so "
                          "that anyone can check it; another seed gives another fair draw."));
    m_summary->setObjectName(QStringLiteral("assignmentSummary"));
    auto* assign = new QPushButton(tr("Assign automatically"), this);
    assign->setObjectName(QStringLiteral("assignButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Experts per application:"), this));
    top->addWidget(m_perApplication);
    top->addWidget(new QLabel(tr("Seed:"), this));
    top->addWidget(m_seed);
    top->addWidget(assign);
    top->addWidget(m_summary, 1);
    auto* help = new QLabel(tr("● assigned  ○ no longer counts  ✕ conflict (never assignable). Double-click a cell or "
                               "press Space to assign or unassign; every change can be undone."),
                            this);
    help->setStyleSheet(QStringLiteral("color: #555;"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_loads);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(help);
    layout->addWidget(splitter, 1);
    connect(assign, &QPushButton::clicked, this, &AssignmentPage::assignAutomatically);
    // "activated" is the platform's double-click (or single click) and Enter: one toggle per gesture. (Listening to
    // doubleClicked as well toggled twice, and warned twice on a conflicted cell.)
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& i) { toggle(i.row(), i.column()); });
    m_loader = new PageLoader(m_workspace, this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Review | Workspace::Experts | Workspace::Applications | Workspace::Settings))
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void AssignmentPage::reload()
{
    struct Loaded {
        AssignmentMatrix::Content matrix;
        int perApplication = 5;
    };
    const Round round = m_workspace.round();
    m_loader->load<Loaded>(
        [round](db::Database& db) -> Result<Loaded> {
            RB_VALUE(QList<Application> apps, ApplicationRepository(db, round.id).list());
            RB_VALUE(QList<Expert> experts, ExpertRepository(db, round.id).list());
            RB_VALUE(const QList<Assignment> assignments, AssignmentRepository(db, round).list());
            RB_VALUE(const QList<Conflict> conflicts, ConflictService(db, round).all());
            Loaded loaded;
            loaded.matrix = AssignmentMatrix::build(std::move(apps), std::move(experts), assignments, conflicts);
            loaded.perApplication =
                RoundSettings(db, round.id).integer(QStringLiteral("assignment.per_application"), 5);
            return loaded;
        },
        [this](Loaded& loaded) { showLoaded(std::move(loaded.matrix), loaded.perApplication); });
}

void AssignmentPage::showLoaded(AssignmentMatrix::Content content, int perApplication)
{
    const QModelIndex current = m_view->currentIndex();
    m_matrix->setContent(std::move(content));
    if (current.isValid())
        m_view->setCurrentIndex(m_matrix->index(current.row(), current.column()));
    m_perApplication->setValue(perApplication);
    const int experts = m_matrix->columnCount();
    m_loads->setRowCount(experts);
    for (int c = 0; c < experts; ++c) {
        const Expert& expert = m_matrix->expert(c);
        m_loads->setItem(c, 0, new QTableWidgetItem(expert.code));
        m_loads->setItem(c, 1, new QTableWidgetItem(expert.name));
        auto* load = new QTableWidgetItem;
        load->setData(Qt::DisplayRole, m_matrix->load(c));
        m_loads->setItem(c, 2, load);
    }
    m_loads->resizeColumnsToContents();
    updateSummary();
}

void AssignmentPage::updateSummary()
{
    int assigned = 0;
    int short_ = 0;
    for (int r = 0; r < m_matrix->rowCount(); ++r) {
        assigned += m_matrix->assignedTo(r);
        short_ += m_matrix->assignedTo(r) < m_perApplication->value() ? 1 : 0;
    }
    int minLoad = INT_MAX;
    int maxLoad = 0;
    for (int c = 0; c < m_matrix->columnCount(); ++c) {
        minLoad = std::min(minLoad, m_matrix->load(c));
        maxLoad = std::max(maxLoad, m_matrix->load(c));
    }
    if (m_matrix->columnCount() == 0)
        minLoad = 0;
    m_summary->setText(tr("%1 assignments; %2 applications need more experts; loads %3–%4")
                           .arg(assigned)
                           .arg(short_)
                           .arg(minLoad)
                           .arg(maxLoad));
}

BackgroundTask* AssignmentPage::assignAutomatically()
{
    return m_workspace.performInBackground(
        this, tr("Assigning experts…"),
        action::autoAssign(m_workspace.round(), m_perApplication->value(), quint64(m_seed->value())), Workspace::Review,
        [this](const Result<action::Done>& done) -> Status {
            if (!done) {
                if (done.error().kind == ErrorKind::Cancelled)
                    return done.error();
                QStringList lines;
                for (const Issue& i : done.error().issues.mid(0, 20))
                    lines << i.toString();
                messages::warn(this, tr("Assign automatically"),
                               done.error().message + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
                return done.error();
            }
            return {};
        });
}

void AssignmentPage::toggle(int row, int column)
{
    if (row < 0 || column < 0 || row >= m_matrix->rowCount() || column >= m_matrix->columnCount())
        return;
    if (m_matrix->isConflict(row, column)) {
        messages::warn(this, tr("Assignment"),
                       tr("%1 has a conflict of interest with %2 and can never review it.")
                           .arg(m_matrix->expert(column).code, m_matrix->application(row).code));
        return;
    }
    const Assignment* a = m_matrix->assignment(row, column);
    if (a && !a->active())
        return;
    const bool assign = a == nullptr;
    const Expert& expert = m_matrix->expert(column);
    const Application& app = m_matrix->application(row);
    Result<action::Done> done =
        m_workspace.perform(assign ? action::assign(m_workspace.round(), expert.id, app.id, expert.code, app.code)
                                   : action::unassign(m_workspace.round(), expert.id, app.id, expert.code, app.code),
                            Workspace::Review);
    if (!done)
        messages::warn(this, tr("Assignment"), done.error().toString());
}

} // namespace rb::ui
