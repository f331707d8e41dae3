// SPDX-License-Identifier: GPL-3.0-or-later
#include "applications/ApplicationsPage.h"

#include "action/ReviewActions.h"
#include "common/PageLoader.h"

#include "applications/ApplicationDetail.h"
#include "applications/ApplicationsModel.h"
#include "domain/Region.h"
#include "repo/ApplicationRepository.h"

#include "common/LazyReload.h"
#include "common/Messages.h"
#include "review/Dossiers.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rb::ui {

ApplicationsPage::ApplicationsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ApplicationsModel(this)),
      m_filter(new ApplicationsFilter(this)), m_search(new QLineEdit(this)), m_province(new QComboBox(this)),
      m_sector(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("applicationsPage"));
    m_search->setObjectName(QStringLiteral("applicationSearch"));
    m_search->setPlaceholderText(tr("Search code, title, applicant or credit code"));
    m_search->setClearButtonEnabled(true);
    m_province->setObjectName(QStringLiteral("applicationProvince"));
    m_province->addItem(tr("All regions"), QString());
    for (const Region& r : Region::all())
        m_province->addItem(Region::displayName(r.name), r.name);
    m_sector->setObjectName(QStringLiteral("applicationSector"));
    m_sector->addItem(tr("All sectors"), QString());
    for (const QString& s : sector::all())
        m_sector->addItem(sector::displayName(s), s);
    m_count->setObjectName(QStringLiteral("applicationCount"));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationsModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("applicationDetail"));
    m_detail->setOpenLinks(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_province, 1);
    filters->addWidget(m_sector, 1);
    filters->addWidget(m_count);
    auto* attach = new QPushButton(tr("Attach dossier…"), this);
    attach->setObjectName(QStringLiteral("attachDossier"));
    attach->setToolTip(tr("Store PDF or image files of the selected application's dossier; they travel in the review "
                          "packages of its experts"));
    filters->addWidget(attach);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach dossier"), QString(),
                                                                tr("Dossiers (*.pdf *.png *.jpg *.jpeg)"));
        if (!files.isEmpty())
            attachDossiers(files);
    });
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setProvince(m_province->currentData().toString());
        updateCount();
    });
    connect(m_sector, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSector(m_sector->currentData().toString());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApplicationsPage::showDetail);
    m_loader = new PageLoader(m_workspace, this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::Applications)
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

void ApplicationsPage::reload()
{
    const qint64 round = m_workspace.round().id;
    m_loader->load<QList<Application>>([round](db::Database& db) { return ApplicationRepository(db, round).list(); },
                                       [this](QList<Application>& list) { showLoaded(std::move(list)); });
}

void ApplicationsPage::showLoaded(QList<Application> list)
{
    m_model->setApplications(std::move(list));
    // Widths for typical Chinese text: titles and organisation names run to 15-25 characters.
    const int cjk = m_table->fontMetrics().horizontalAdvance(QChar(0x4E00));
    m_table->resizeColumnToContents(ApplicationsModel::Code);
    m_table->setColumnWidth(ApplicationsModel::Title, cjk * 18);
    m_table->setColumnWidth(ApplicationsModel::Applicant, cjk * 14);
    for (int c : {ApplicationsModel::Province, ApplicationsModel::Sector, ApplicationsModel::Recommender})
        m_table->setColumnWidth(c, cjk * 6);
    m_table->resizeColumnToContents(ApplicationsModel::Priority);
    updateCount();
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_detail->clear();
}

bool ApplicationsPage::attachDossiers(const QStringList& files)
{
    const Application* app = m_model->at(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!app)
        return false;
    if (Result<action::Done> done = m_workspace.perform(
            action::attachDossiers(m_workspace.round(), app->id, app->code, files), Workspace::Applications);
        !done) {
        messages::warn(this, tr("Attach dossier"), done.error().toString());
        return false;
    }
    return true;
}

void ApplicationsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void ApplicationsPage::showDetail()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const Application* app = m_model->at(current.row());
    m_detail->setHtml(app ? applicationDetailHtml(m_workspace.db(), m_workspace.round(), *app) : QString());
}

} // namespace rb::ui
