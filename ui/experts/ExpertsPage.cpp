// SPDX-License-Identifier: GPL-3.0-or-later
#include "experts/ExpertsPage.h"

#include "common/LazyReload.h"
#include "experts/ExpertsModel.h"
#include "repo/ExpertRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rb::ui {

ExpertsPage::ExpertsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ExpertsModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("expertsPage"));
    m_search->setObjectName(QStringLiteral("expertSearch"));
    m_search->setPlaceholderText(tr("Search code, name, organisation, region or field"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("expertsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExpertsModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ExpertsModel::Organisation, QHeaderView::Stretch);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::Experts)
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void ExpertsPage::reload()
{
    Result<QList<Expert>> list = ExpertRepository(m_workspace.db(), m_workspace.round().id).list();
    m_model->setExperts(list ? *list : QList<Expert>());
    m_table->resizeColumnsToContents();
    updateCount();
}

void ExpertsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace rb::ui
