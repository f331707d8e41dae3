// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/OverviewPage.h"

#include "common/BackgroundJob.h"
#include "common/LazyReload.h"
#include "domain/Region.h"
#include "domain/States.h"
#include "overview/Charts.h"
#include "overview/WorkflowPanel.h"
#include "repo/ApplicationRepository.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"
#include "storage/Schema.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rb::ui {

OverviewPage::OverviewPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_cards(new QGridLayout), m_byRegion(new QChartView(this)), m_bySector(new QChartView(this)),
      m_byState(new QChartView(this)), m_panel(new WorkflowPanel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setStyleSheet(QStringLiteral("color: #555;"));
    for (const char* name : {"cardApplications", "cardApplicants", "cardExperts", "cardCriteria", "cardRecommenders"})
        m_cards->addWidget(card(QString::fromLatin1(name)), 0, m_cards->count());
    for (QChartView* v : {m_byRegion, m_bySector, m_byState}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(300);
    }
    m_byRegion->setObjectName(QStringLiteral("chartByRegion"));
    m_bySector->setObjectName(QStringLiteral("chartBySector"));
    m_byState->setObjectName(QStringLiteral("chartByState"));
    auto* charts = new QGridLayout;
    charts->addWidget(m_byRegion, 0, 0, 2, 1);
    charts->addWidget(m_bySector, 0, 1);
    charts->addWidget(m_byState, 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_cards);
    layout->addWidget(m_panel);
    connect(m_panel, &WorkflowPanel::showPageRequested, this, &OverviewPage::showPageRequested);
    layout->addLayout(charts, 1);
    m_progressJob = new BackgroundJob(this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this] { m_lazy->request(); });
    m_lazy->request(); // filled when first shown
}

bool OverviewPage::isBusy() const
{
    return m_progressJob->isRunning();
}

QWidget* OverviewPage::card(const QString& objectName)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid #D5DCE6; "
                                        "border-radius: 6px; }")
                             .arg(objectName));
    auto* value = new QLabel(frame);
    value->setObjectName(objectName + QStringLiteral("Value"));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    f.setBold(true);
    value->setFont(f);
    value->setStyleSheet(QStringLiteral("color: #1F5FAF; border: none;"));
    auto* label = new QLabel(frame);
    label->setObjectName(objectName + QStringLiteral("Label"));
    label->setStyleSheet(QStringLiteral("color: #555; border: none;"));
    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(value);
    layout->addWidget(label);
    return frame;
}

void OverviewPage::setCard(const QString& objectName, const QString& label, const QString& value)
{
    if (auto* v = findChild<QLabel*>(objectName + QStringLiteral("Value")))
        v->setText(value);
    if (auto* l = findChild<QLabel*>(objectName + QStringLiteral("Label")))
        l->setText(label);
}

void OverviewPage::reload()
{
    db::Database& db = m_workspace.db();
    const Round& round = m_workspace.round();
    m_title->setText(round.title);
    m_subtitle->setText(QStringLiteral("%1 · %2 · %3 · %4")
                            .arg(round.code, category::displayName(round.category))
                            .arg(round.year)
                            .arg(QDir::toNativeSeparators(m_workspace.path())));
    ApplicationRepository apps(db, round.id);
    const Result<int> applications = apps.count();
    const Result<int> applicants = apps.applicantCount();
    Result<int> experts = ExpertRepository(db, round.id).count();
    Result<CriteriaTree> tree = CriteriaRepository(db, round.id).tree();
    Result<Breakdown> breakdown = apps.breakdown();
    int leaves = 0;
    int vetoes = 0;
    if (tree) {
        for (const Criterion* c : tree->leaves())
            (c->kind == CriterionKind::Veto ? vetoes : leaves)++;
    }
    setCard(QStringLiteral("cardApplications"), tr("Applications"), QString::number(applications ? *applications : 0));
    setCard(QStringLiteral("cardApplicants"), tr("Applicants"), QString::number(applicants ? *applicants : 0));
    setCard(QStringLiteral("cardExperts"), tr("Experts"), QString::number(experts ? *experts : 0));
    setCard(QStringLiteral("cardCriteria"), tr("Scored criteria (+ veto items)"),
            QStringLiteral("%1 + %2").arg(leaves).arg(vetoes));
    setCard(QStringLiteral("cardRecommenders"), tr("Recommending authorities"),
            QString::number(breakdown ? breakdown->byRecommender.size() : 0));
    // The steps' counts read every application of the round: counted on a worker thread with its own connection,
    // so that a large round's overview paints at once and fills its panel a moment later.
    const QString path = m_workspace.path();
    auto progress = std::make_shared<workflow::RoundProgress>();
    m_progressJob->start(
        [path, round, progress](const Progress& cancel) -> Status {
            Result<std::unique_ptr<db::Database>> worker = db::schema::open(path, db::OpenMode::ReadOnly);
            if (!worker)
                return worker.takeError();
            (*worker)->setCancelCheck(cancel);
            Result<workflow::RoundProgress> counted = workflow::roundProgress(**worker, round);
            if (!counted)
                return counted.takeError();
            *progress = std::move(*counted);
            return {};
        },
        [this, progress](const Status& status) {
            if (status)
                m_panel->setProgress(*progress);
        });
    if (!breakdown)
        return;
    QList<QPair<QString, int>> statesTranslated;
    for (const auto& [key, count] : breakdown->byState)
        statesTranslated.append({states::displayName(key), count});
    auto replace = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    // Regions and sectors in the user's language (浙江省 / Zhejiang).
    auto shown = [](QList<QPair<QString, int>> counts, QString (*name)(const QString&)) {
        for (auto& [key, count] : counts)
            key = name(key);
        return counts;
    };
    replace(m_byRegion,
            charts::horizontalBars(tr("Applications by region"), shown(breakdown->byProvince, &Region::displayName), 15,
                                   tr("%1 other regions")));
    replace(m_bySector, charts::donut(tr("Applications by sector"), shown(breakdown->bySector, &sector::displayName)));
    replace(m_byState, charts::horizontalBars(tr("Applications by state"), statesTranslated, 8, tr("%1 other states")));
}

} // namespace rb::ui
