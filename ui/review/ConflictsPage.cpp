// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ConflictsPage.h"

#include "action/ReviewActions.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "common/PageLoader.h"
#include "common/TablePrint.h"
#include "repo/ApplicationRepository.h"
#include "repo/ExpertRepository.h"

#include <QBrush>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rb::ui {

void ConflictsModel::setConflicts(QList<Conflict> conflicts, QHash<QString, QString> expertNames,
                                  QHash<QString, QString> titles)
{
    beginResetModel();
    m_items = std::move(conflicts);
    m_expertNames = std::move(expertNames);
    m_titles = std::move(titles);
    endResetModel();
}

const Conflict* ConflictsModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    const Conflict* c = at(index.row());
    if (!c)
        return {};
    if (role == Qt::ForegroundRole && index.column() == Type && !c->detected())
        return QBrush(QColor(0xB0, 0x3A, 0x2E));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Expert: return c->expertCode;
    case ExpertName: return m_expertNames.value(c->expertCode);
    case Application: return c->applicationCode;
    case Title: return m_titles.value(c->applicationCode);
    case Type: return conflicttype::displayName(c->type);
    case Reason: return c->reason;
    default: return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Expert: return tr("Expert");
    case ExpertName: return tr("Name");
    case Application: return tr("Application");
    case Title: return tr("Title");
    case Type: return tr("Type");
    case Reason: return tr("Reason");
    default: return {};
    }
}

ConflictsPage::ConflictsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ConflictsModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictsModel::Reason, QHeaderView::Stretch);
    m_search->setPlaceholderText(tr("Search expert, application or reason"));
    m_search->setClearButtonEnabled(true);
    auto* intro =
        new QLabel(tr("Conflicts found from the rosters (the expert works for the applicant, by credit code or "
                      "name; the same province when that rule is on) and conflicts declared by the secretariat "
                      "or the experts. A conflicted expert is never assigned and never sees the application."),
                   this);
    intro->setWordWrap(true);
    auto* declare = new QPushButton(tr("Declare a conflict…"), this);
    declare->setObjectName(QStringLiteral("declareConflictButton"));
    auto* print = new QPushButton(tr("Print…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(declare);
    top->addWidget(print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_filter->setFilterFixedString(t.trimmed());
        m_count->setText(tr("%1 conflicts").arg(m_filter->rowCount()));
    });
    connect(declare, &QPushButton::clicked, this, &ConflictsPage::openDeclareDialog);
    connect(print, &QPushButton::clicked, this,
            [this] { printTable(this, tr("Conflicts of interest (回避)"), m_workspace.round().title, *m_filter); });
    m_loader = new PageLoader(m_workspace, this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Review | Workspace::Experts | Workspace::Applications | Workspace::Settings))
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void ConflictsPage::reload()
{
    struct Loaded {
        QList<Conflict> conflicts;
        QHash<QString, QString> names;
        QHash<QString, QString> titles;
    };
    const Round round = m_workspace.round();
    m_loader->load<Loaded>(
        [round](db::Database& db) -> Result<Loaded> {
            Loaded loaded;
            RB_VALUE(loaded.conflicts, ConflictService(db, round).all());
            RB_VALUE(const QList<Expert> experts, ExpertRepository(db, round.id).list());
            for (const Expert& e : experts)
                loaded.names.insert(e.code, e.name);
            // Only the titles of the applications with a conflict are needed.
            QSet<QString> codes;
            for (const Conflict& c : loaded.conflicts)
                codes.insert(c.applicationCode);
            RB_VALUE(const QList<Application> apps, ApplicationRepository(db, round.id).list());
            for (const Application& a : apps)
                if (codes.contains(a.code))
                    loaded.titles.insert(a.code, a.title);
            return loaded;
        },
        [this](Loaded& loaded) {
            m_model->setConflicts(std::move(loaded.conflicts), std::move(loaded.names), std::move(loaded.titles));
            m_table->resizeColumnsToContents();
            m_count->setText(tr("%1 conflicts").arg(m_filter->rowCount()));
        });
}

void ConflictsPage::declare(const QString& expertCode, const QString& applicationCode, const QString& reason)
{
    Result<std::optional<Expert>> expert =
        ExpertRepository(m_workspace.db(), m_workspace.round().id).byCode(expertCode);
    Result<std::optional<Application>> app =
        ApplicationRepository(m_workspace.db(), m_workspace.round().id).byCode(applicationCode);
    if (!expert || !app || !expert->has_value() || !app->has_value() || reason.trimmed().isEmpty()) {
        messages::warn(this, tr("Declare a conflict"), tr("Choose an expert and an application, and give the reason."));
        return;
    }
    Result<action::Done> done =
        m_workspace.perform(action::declareConflict(m_workspace.round(), (*expert)->id, (*app)->id, reason.trimmed(),
                                                    expertCode, applicationCode),
                            Workspace::Review);
    if (!done)
        messages::warn(this, tr("Declare a conflict"), done.error().toString());
}

void ConflictsPage::openDeclareDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Declare a conflict"));
    auto* expert = new QComboBox(&dialog);
    auto* application = new QComboBox(&dialog);
    for (QComboBox* box : {expert, application}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumWidth(420);
    }
    if (Result<QList<Expert>> experts = ExpertRepository(m_workspace.db(), m_workspace.round().id).list())
        for (const Expert& e : *experts)
            expert->addItem(QStringLiteral("%1 %2（%3）").arg(e.code, e.name, e.organisation), e.code);
    if (Result<QList<Application>> apps = ApplicationRepository(m_workspace.db(), m_workspace.round().id).list())
        for (const Application& a : *apps)
            application->addItem(QStringLiteral("%1 %2").arg(a.code, a.title), a.code);
    auto* reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("e.g. near relative works for the applicant"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Expert"), expert);
    form->addRow(tr("Application"), application);
    form->addRow(tr("Reason"), reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        declare(expert->currentData().toString(), application->currentData().toString(), reason->text());
}

} // namespace rb::ui
