// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/WeightsDialog.h"

#include "action/ReviewActions.h"
#include "common/ChoiceDelegate.h"
#include "common/Messages.h"
#include "criteria/PairwiseModel.h"
#include "document/Workspace.h"
#include "repo/CriteriaRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

WeightsDialog::WeightsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_parentChoice(new QComboBox(this)), m_members(new QTabWidget(this)),
      m_weights(new QTableWidget(this)), m_consistency(new QLabel(this)), m_apply(new QPushButton(tr("Apply"), this))
{
    setObjectName(QStringLiteral("weightsDialog"));
    setWindowTitle(tr("Criteria weights by the analytic hierarchy process"));
    m_parentChoice->setObjectName(QStringLiteral("weightsParent"));
    m_members->setObjectName(QStringLiteral("weightsMembers"));
    m_weights->setObjectName(QStringLiteral("weightsTable"));
    m_consistency->setObjectName(QStringLiteral("weightsConsistency"));
    m_apply->setObjectName(QStringLiteral("weightsApply"));
    m_consistency->setWordWrap(true);
    m_consistency->setTextFormat(Qt::RichText);

    if (Result<CriteriaTree> tree = CriteriaRepository(workspace.db(), workspace.round().id).tree())
        m_tree = *tree;
    m_parentChoice->addItem(tr("First-level criteria"), QString());
    for (const Criterion& c : m_tree.items())
        if (ahp::comparedCodes(m_tree, c.code))
            m_parentChoice->addItem(tr("Sub-criteria of %1 %2").arg(c.code, c.name), c.code);

    auto* explain = new QLabel(
        tr("Each member compares the criteria two by two: how much more important is the row's criterion than the "
           "column's? 1 equally, 3 slightly, 5 clearly, 7 strongly, 9 extremely (2, 4, 6, 8 between); the reciprocal "
           "when less important. A consistency ratio (CR) up to 0.10 is acceptable."),
        this);
    explain->setWordWrap(true);
    auto* add = new QPushButton(tr("Add member"), this);
    add->setObjectName(QStringLiteral("weightsAddMember"));
    auto* import = new QPushButton(tr("Import a matrix…"), this);
    import->setObjectName(QStringLiteral("weightsImport"));
    auto* remove = new QPushButton(tr("Remove member"), this);
    remove->setObjectName(QStringLiteral("weightsRemoveMember"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare:"), this));
    top->addWidget(m_parentChoice, 1);
    top->addWidget(add);
    top->addWidget(import);
    top->addWidget(remove);

    m_weights->setColumnCount(4);
    m_weights->setHorizontalHeaderLabels({tr("Code"), tr("Criterion"), tr("Weight"), tr("Points")});
    m_weights->verticalHeader()->hide();
    m_weights->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weights->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (Status s = apply(); !s && s.error().kind != ErrorKind::Cancelled)
            messages::warn(this, windowTitle(), s.error().toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(top);
    layout->addWidget(m_members, 3);
    layout->addWidget(new QLabel(tr("The committee's weights (geometric mean of the members' judgments):"), this));
    layout->addWidget(m_weights, 2);
    layout->addWidget(m_consistency);
    layout->addWidget(buttons);

    connect(m_parentChoice, &QComboBox::activated, this,
            [this] { (void)compareUnder(m_parentChoice->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, [this] { addMember(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_members->count() > 1) {
            delete m_members->currentWidget();
            recompute();
        }
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a pairwise comparison matrix"), QString(),
                                                          tr("Tables (*.csv *.xlsx)"));
        if (file.isEmpty())
            return;
        if (Status s = importMember(file); !s)
            messages::warn(this, tr("Import a matrix"), s.error().toString());
    });
    connect(m_members, &QTabWidget::currentChanged, this, [this] { recompute(); });
    resize(860, 640);
    if (Status s = compareUnder(QString()); !s)
        m_consistency->setText(s.error().toString().toHtmlEscaped());
}

Status WeightsDialog::compareUnder(const QString& parent)
{
    RB_VALUE(const QStringList codes, ahp::comparedCodes(m_tree, parent));
    m_parent = parent;
    m_codes = codes;
    m_names.clear();
    for (const QString& code : codes)
        m_names << m_tree.find(code)->name;
    m_parentChoice->setCurrentIndex(std::max(0, m_parentChoice->findData(parent)));
    while (m_members->count() > 0)
        delete m_members->widget(0);
    addMember();
    return {};
}

PairwiseModel* WeightsDialog::addMember()
{
    auto* model = new PairwiseModel(m_codes, m_names, this);
    auto* view = new QTableView(m_members);
    view->setObjectName(QStringLiteral("weightsMatrix"));
    view->setModel(model);
    model->setParent(view); // goes with its tab
    QList<ChoiceDelegate::Choice> choices;
    for (double v : PairwiseModel::scale())
        choices.append({QStringLiteral("%1  %2").arg(ahp::formatJudgment(v), PairwiseModel::verbal(v)), v});
    view->setItemDelegate(new ChoiceDelegate(choices, QStringLiteral("judgmentEditor"), view));
    view->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::DoubleClicked);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(model, &PairwiseModel::judgmentsChanged, this, [this] { recompute(); });
    const int index = m_members->addTab(view, tr("Member %1").arg(m_members->count() + 1));
    m_members->setCurrentIndex(index);
    recompute();
    return model;
}

Status WeightsDialog::importMember(const QString& path)
{
    RB_VALUE(const ahp::Matrix m, ahp::readMatrix(path, m_codes));
    // A first member still at "equally important" everywhere is replaced rather than kept beside the file.
    PairwiseModel* model = nullptr;
    if (m_members->count() == 1 && member(0)->matrix().source.isEmpty()
        && std::all_of(member(0)->matrix().values.begin(), member(0)->matrix().values.end(),
                       [](double v) { return v == 1.0; }))
        model = member(0);
    else
        model = addMember();
    model->setMatrix(m);
    m_members->setTabText(m_members->indexOf(m_members->currentWidget()), QFileInfo(path).completeBaseName());
    return {};
}

PairwiseModel* WeightsDialog::member(int index) const
{
    auto* view = qobject_cast<QTableView*>(m_members->widget(index));
    return view ? qobject_cast<PairwiseModel*>(view->model()) : nullptr;
}

int WeightsDialog::memberCount() const
{
    return m_members->count();
}

void WeightsDialog::recompute()
{
    QList<ahp::Matrix> matrices;
    for (int i = 0; i < m_members->count(); ++i) {
        ahp::Matrix m = member(i)->matrix();
        m.source = m_members->tabText(i);
        matrices << m;
    }
    m_analysis.reset();
    if (Result<ahp::Analysis> a = ahp::analyse(m_tree, m_parent, matrices))
        m_analysis = std::move(*a);
    m_apply->setEnabled(m_analysis.has_value());
    if (!m_analysis) {
        m_weights->setRowCount(0);
        return;
    }
    const ahp::Analysis& a = *m_analysis;
    m_weights->setRowCount(int(a.codes.size()));
    for (int k = 0; k < a.codes.size(); ++k) {
        const QStringList cells = {a.codes[k], a.names[k], QString::number(a.weights4[std::size_t(k)], 'f', 4),
                                   QString::number(a.points[std::size_t(k)])};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_weights->setItem(k, c, item);
        }
    }
    // Each member's consistency, and the committee's; the current member's furthest judgment is marked.
    QStringList lines;
    auto describe = [](const ahp::Weights& w) -> QString {
        return tr("λmax %1 · CI %2 · CR %3").arg(w.lambdaMax, 0, 'f', 3).arg(w.ci, 0, 'f', 3).arg(w.cr, 0, 'f', 3)
               + QStringLiteral(" <b style='color:%1'>%2</b>")
                     .arg(w.consistent() ? QStringLiteral("#2E8B57") : QStringLiteral("#B03A2E"),
                          w.consistent() ? tr("acceptable") : tr("not consistent"));
    };
    for (int i = 0; i < a.judges.size(); ++i) {
        lines << QStringLiteral("%1: %2").arg(m_members->tabText(i).toHtmlEscaped(), describe(a.judges[i].weights));
        member(i)->setWorst(a.judges[i].weights.consistent()
                                ? std::nullopt
                                : ahp::mostInconsistent(a.matrices[i], a.judges[i].weights));
    }
    lines << QStringLiteral("<b>%1</b>: %2").arg(tr("Committee").toHtmlEscaped(), describe(a.weights));
    if (a.worst && !a.weights.consistent())
        lines << tr("The judgment furthest from the others: %1 against %2; %3 would fit.")
                     .arg(a.codes[a.worst->row], a.codes[a.worst->column], ahp::formatJudgment(a.worst->suggested))
                     .toHtmlEscaped();
    m_consistency->setText(lines.join(QStringLiteral("<br/>")));
}

Status WeightsDialog::apply()
{
    if (!m_analysis)
        return Error::input(tr("No judgments to apply."));
    bool force = false;
    if (!m_analysis->weights.consistent()) {
        if (!messages::confirm(this, windowTitle(),
                               tr("The committee's judgments are not consistent (CR = %1, above 0.10). Apply the "
                                  "weights anyway?")
                                   .arg(m_analysis->weights.cr, 0, 'f', 3)))
            return Error::cancelled();
        force = true;
    }
    Result<action::Done> done =
        m_workspace.perform(action::applyWeights(m_workspace.round(), *m_analysis, force), Workspace::Criteria);
    if (!done)
        return done.takeError();
    if (Result<CriteriaTree> tree = CriteriaRepository(m_workspace.db(), m_workspace.round().id).tree())
        m_tree = *tree;
    recompute();
    messages::info(this, windowTitle(),
                   tr("The criteria's points are set from the weights. Edit ▸ Undo takes them back."));
    return {};
}

} // namespace rb::ui
