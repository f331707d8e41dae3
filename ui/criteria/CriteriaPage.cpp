// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/CriteriaPage.h"
#include "criteria/WeightsDialog.h"

#include "action/ReviewActions.h"
#include "common/Clock.h"
#include "common/LazyReload.h"
#include "criteria/CriteriaModel.h"
#include "domain/CriteriaEdits.h"
#include "import/Importer.h"
#include "repo/CriteriaRepository.h"
#include "templates/Templates.h"

#include "common/Messages.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace rb::ui {

CriteriaPage::CriteriaPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new CriteriaModel(this)), m_tree(new QTreeView(this)),
      m_templateNote(new QLabel(this)), m_sum(new QLabel(this)), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_max(new QDoubleSpinBox(this)),
      m_bands(new QLineEdit(this)), m_guidance(new QPlainTextEdit(this)), m_remove(new QPushButton(tr("Delete"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)),
      m_addChild(new QPushButton(tr("Add sub-criterion"), this))
{
    setObjectName(QStringLiteral("criteriaPage"));
    m_model->setCommit([this](QList<Criterion> after, const QString& text) { commit(std::move(after), text); });
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setSectionResizeMode(CriteriaModel::Guidance, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(true);
    m_templateNote->setObjectName(QStringLiteral("templateNote"));
    m_templateNote->setWordWrap(true);
    m_templateNote->setStyleSheet(QStringLiteral("QLabel { background: #FFF8E1; border: 1px solid #F0D58C; "
                                                 "border-radius: 4px; padding: 6px; }"));
    m_sum->setObjectName(QStringLiteral("criteriaSum"));

    auto* add = new QPushButton(tr("Add criterion"), this);
    add->setObjectName(QStringLiteral("addCriterion"));
    m_addChild->setObjectName(QStringLiteral("addSubCriterion"));
    m_remove->setObjectName(QStringLiteral("removeCriterion"));
    auto* load = new QPushButton(tr("Load template"), this);
    load->setObjectName(QStringLiteral("loadTemplate"));
    auto* menu = new QMenu(load);
    for (const templates::TemplateInfo& t : templates::builtIn()) {
        QAction* a = menu->addAction(t.title);
        a->setToolTip(t.description);
        connect(a, &QAction::triggered, this, [this, name = t.name] { loadTemplate(name); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("From a file…")), &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Load criteria"), QString(),
                                                          tr("Criteria files (*.csv *.xlsx *.json)"));
        if (!file.isEmpty())
            loadTemplate(file);
    });
    load->setMenu(menu);

    auto* weights = new QPushButton(tr("Weights by AHP…"), this);
    weights->setObjectName(QStringLiteral("weighCriteria"));
    weights->setToolTip(tr("Derive the criteria's points from the committee's pairwise comparisons (analytic hierarchy "
                           "process, 层次分析法), with their consistency"));
    connect(weights, &QPushButton::clicked, this, [this] {
        WeightsDialog dialog(m_workspace, this);
        dialog.exec();
    });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, m_addChild, m_remove, m_up, m_down, load, weights})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_sum);

    auto* editor = new QGroupBox(tr("Selected criterion"), this);
    buildEditor(editor);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_templateNote);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(add, &QPushButton::clicked, this, [this] { addCriterion(false); });
    connect(m_addChild, &QPushButton::clicked, this, [this] { addCriterion(true); });
    connect(m_remove, &QPushButton::clicked, this, &CriteriaPage::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::Criteria)
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void CriteriaPage::buildEditor(QWidget* editor)
{
    m_code->setObjectName(QStringLiteral("criterionCode"));
    m_name->setObjectName(QStringLiteral("criterionName"));
    m_kind->setObjectName(QStringLiteral("criterionKind"));
    m_kind->addItem(tr("Points"), QStringLiteral("points"));
    m_kind->addItem(tr("Veto (一票否决)"), QStringLiteral("veto"));
    m_max->setObjectName(QStringLiteral("criterionMax"));
    m_max->setRange(0, 100);
    m_max->setDecimals(1);
    m_max->setSingleStep(0.5);
    m_max->setSpecialValueText(QStringLiteral("—"));
    m_bands->setObjectName(QStringLiteral("criterionBands"));
    m_bands->setPlaceholderText(tr("the round's default bands"));
    m_guidance->setObjectName(QStringLiteral("criterionGuidance"));
    m_guidance->setTabChangesFocus(true);
    m_guidance->installEventFilter(this);
    auto* form = new QFormLayout(editor);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Points"), m_max);
    form->addRow(tr("Bands"), m_bands);
    form->addRow(tr("Scoring guidance"), m_guidance);
    for (QLineEdit* e : {m_code, m_name, m_bands})
        connect(e, &QLineEdit::editingFinished, this, &CriteriaPage::applyEditor);
    connect(m_max, &QDoubleSpinBox::editingFinished, this, &CriteriaPage::applyEditor);
    connect(m_kind, &QComboBox::activated, this, &CriteriaPage::applyEditor);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (const Criterion* c = m_model->criterion(index))
            m_currentCode = c->code;
        showCurrent();
    });
}

bool CriteriaPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_guidance && event->type() == QEvent::FocusOut)
        applyEditor();
    return QWidget::eventFilter(watched, event);
}

const Criterion* CriteriaPage::current() const
{
    return m_model->tree().find(m_currentCode);
}

void CriteriaPage::reload()
{
    Result<CriteriaTree> tree = CriteriaRepository(m_workspace.db(), m_workspace.round().id).tree();
    m_model->setTree(tree ? *tree : CriteriaTree());
    m_tree->expandAll();
    for (int c = 0; c < CriteriaModel::Guidance; ++c)
        m_tree->resizeColumnToContents(c);
    if (!current() && m_model->tree().size() > 0)
        m_currentCode = m_model->tree().items().first().code;
    m_tree->setCurrentIndex(m_model->indexOf(m_currentCode));
    const QString templateName = m_workspace.round().templateName; // empty once a file replaced the criteria
    QString note;
    for (const templates::TemplateInfo& t : templates::builtIn()) {
        if (t.name == templateName)
            note = tr("These criteria started from the built-in template “%1”. %2").arg(t.title, t.description);
    }
    m_templateNote->setText(note);
    m_templateNote->setVisible(!note.isEmpty());
    showCurrent();
    updateSummary();
}

void CriteriaPage::updateSummary()
{
    const double sum = m_model->tree().leafSum();
    const bool ok = std::abs(sum - 100) < 1e-6;
    m_sum->setText(ok ? tr("Points add up to 100") : tr("Points add up to %1 — they must add up to 100").arg(sum));
    m_sum->setStyleSheet(ok ? QStringLiteral("color: #2E8B57; font-weight: bold;")
                            : QStringLiteral("color: #B03A2E; font-weight: bold;"));
}

void CriteriaPage::showCurrent()
{
    m_showing = true;
    const Criterion* c = current();
    const bool leaf = c && m_model->tree().isLeaf(c->code);
    for (QWidget* w : std::initializer_list<QWidget*>{m_code, m_name, m_kind, m_max, m_bands, m_guidance, m_remove,
                                                      m_up, m_down, m_addChild})
        w->setEnabled(c != nullptr);
    m_code->setText(c ? c->code : QString());
    m_name->setText(c ? c->name : QString());
    m_kind->setCurrentIndex(c && c->kind == CriterionKind::Veto ? 1 : 0);
    m_kind->setEnabled(leaf);
    m_max->setValue(c && leaf && c->kind == CriterionKind::Points ? c->maxPoints.value_or(0)
                    : c                                           ? m_model->tree().maxPoints(c->code)
                                                                  : 0);
    m_max->setEnabled(leaf && c->kind == CriterionKind::Points);
    m_bands->setText(c ? c->bands : QString());
    m_guidance->setPlainText(c ? c->guidance : QString());
    m_addChild->setEnabled(c && c->kind == CriterionKind::Points);
    m_showing = false;
}

void CriteriaPage::applyEditor()
{
    const Criterion* c = current();
    if (m_showing || !c)
        return;
    Criterion changed = *c;
    changed.code = m_code->text().trimmed();
    changed.name = m_name->text().trimmed();
    changed.kind = m_kind->currentIndex() == 1 ? CriterionKind::Veto : CriterionKind::Points;
    const bool leaf = m_model->tree().isLeaf(c->code);
    changed.maxPoints = changed.kind == CriterionKind::Veto || !leaf
                            ? std::nullopt
                            : std::optional<double>(m_max->value() > 0 ? m_max->value() : c->maxPoints.value_or(5));
    changed.guidance = m_guidance->toPlainText().trimmed();
    if (!m_bands->text().trimmed().isEmpty()) {
        Result<QList<Band>> parsed = bands::parse(m_bands->text());
        if (!parsed) {
            messages::warn(this, tr("Bands"), parsed.error().message);
            showCurrent();
            return;
        }
        changed.bands = bands::format(*parsed);
    } else {
        changed.bands.clear();
    }
    if (!leaf && c->maxPoints)
        changed.maxPoints = c->maxPoints;
    if (changed == *c)
        return;
    const QString oldCode = c->code;
    if (commit(criteriaedits::update(m_model->tree().items(), oldCode, changed), tr("Edit criterion %1").arg(oldCode)))
        m_currentCode = changed.code;
    else
        showCurrent();
}

bool CriteriaPage::commit(QList<Criterion> after, const QString& description, const std::optional<QString>& source)
{
    const QList<Issue> issues = CriteriaTree::validate(after, {}, {}, CriteriaTree::SumRule::Skip);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const Issue& i : issues)
            lines << i.message;
        messages::warn(this, tr("Criteria"), lines.join(QLatin1Char('\n')));
        return false;
    }
    // Keep identities: rows without a uid take the one of the same code, else a new one,
    // so redoing after an undo recreates the very same rows.
    for (Criterion& c : after) {
        if (!c.uid.isEmpty())
            continue;
        const Criterion* old = m_model->tree().find(c.code);
        c.uid = old ? old->uid : newUid();
    }
    Result<action::Done> done = m_workspace.perform(
        action::replaceCriteria(m_workspace.round(), after, description, source),
        source ? Workspace::Criteria | Workspace::Rounds : Workspace::DataKinds(Workspace::Criteria));
    if (!done) {
        messages::warn(this, tr("Criteria"), done.error().toString());
        return false;
    }
    return true;
}

void CriteriaPage::addCriterion(bool child)
{
    const Criterion* c = current();
    const QList<Criterion>& items = m_model->tree().items();
    Criterion added;
    added.parentCode = child && c ? c->code : c ? c->parentCode : QString();
    added.code = criteriaedits::nextCode(items, added.parentCode);
    added.name = tr("New criterion");
    added.kind = CriterionKind::Points;
    added.maxPoints = 5;
    added.uid = newUid();
    QList<Criterion> after = criteriaedits::insert(items, added, child || !c ? QString() : c->code);
    if (child && c) {
        // A parent's points become the sum of its children.
        for (Criterion& item : after) {
            if (item.code == c->code)
                item.maxPoints.reset();
        }
    }
    if (commit(after, tr("Add criterion %1").arg(added.code))) {
        m_currentCode = added.code;
        reload();
        m_tree->setFocus();
    }
}

void CriteriaPage::removeCurrent()
{
    const Criterion* c = current();
    if (!c)
        return;
    const QString code = c->code;
    if (!m_model->tree().isLeaf(code)
        && !messages::confirm(this, tr("Delete criterion"),
                              tr("Delete %1 “%2” and all its sub-criteria?").arg(code, c->name)))
        return;
    commit(criteriaedits::remove(m_model->tree().items(), code), tr("Delete criterion %1").arg(code));
}

void CriteriaPage::moveCurrent(int delta)
{
    if (const Criterion* c = current())
        commit(criteriaedits::move(m_model->tree().items(), c->code, delta), tr("Move criterion %1").arg(c->code));
}

void CriteriaPage::loadTemplate(const QString& nameOrPath)
{
    Result<io::Table> table = templates::load(nameOrPath);
    if (!table) {
        messages::warn(this, tr("Load template"), table.error().toString());
        return;
    }
    Result<import::Plan> plan = import::prepare(m_workspace.db(), m_workspace.round(), import::Kind::Criteria, *table);
    if (!plan || !plan->ok()) {
        messages::warn(this, tr("Load template"), plan ? plan->error().toString() : plan.error().toString());
        return;
    }
    // A built-in template is named as the criteria's origin; a file is not (the note about the template goes).
    bool builtIn = false;
    for (const templates::TemplateInfo& t : templates::builtIn())
        builtIn = builtIn || t.name == nameOrPath;
    commit(plan->criteria, tr("Load criteria from %1").arg(table->fileName), builtIn ? nameOrPath : QString());
}

} // namespace rb::ui
