// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultsPage.h"
#include "results/RobustnessView.h"

#include "report/ReportActions.h"

#include "action/ReviewActions.h"
#include "common/BackgroundJob.h"
#include "common/BackgroundTask.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "results/ResultCharts.h"
#include "results/ResultsModel.h"
#include "storage/Schema.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}
} // namespace

QString ResultsPage::methodName(const QString& key)
{
    if (key == QLatin1String("trimmed"))
        return ResultsPage::tr("Trimmed mean (drop highest and lowest)");
    if (key == QLatin1String("mean"))
        return ResultsPage::tr("Mean");
    if (key == QLatin1String("median"))
        return ResultsPage::tr("Median");
    return ResultsPage::tr("Z-score (corrects each expert's severity)");
}

ResultsPage::ResultsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ResultsModel(this)), m_filter(new ResultsFilter(this)),
      m_table(new QTableView(this)), m_method(new QComboBox(this)), m_flag(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_summary(new QLabel(this)), m_detail(new QTextBrowser(this)),
      m_histogram(new QChartView(this)), m_criteria(new QChartView(this)), m_totals(new QChartView(this)),
      m_bias(new QChartView(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    m_method->setObjectName(QStringLiteral("resultsMethod"));
    for (const QString& m : consolidation::methods())
        m_method->addItem(methodName(m), m);
    // The jargon, explained where it is met.
    m_method->setItemData(m_method->findData(QStringLiteral("trimmed")),
                          tr("Trimmed mean (截尾均值): the highest and the lowest total are left out, then the mean; "
                             "one expert far above or below the others moves the score less."),
                          Qt::ToolTipRole);
    m_method->setItemData(m_method->findData(QStringLiteral("zscore")),
                          tr("Standardised score (标准化得分): each expert's totals are measured against that "
                             "expert's own average and spread, so that strict and lenient experts weigh the same."),
                          Qt::ToolTipRole);
    m_method->setToolTip(tr("How the experts' totals become the application's score, for this screen"));
    m_flag->setObjectName(QStringLiteral("resultsFlag"));
    m_flag->addItem(tr("All applications"), QString());
    for (const char* f : {"disagreement", "veto", "incomplete", "below_pass_line"})
        m_flag->addItem(ResultsModel::flagName(QString::fromLatin1(f)), QString::fromLatin1(f));
    m_search->setPlaceholderText(tr("Search code, applicant or title"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setToolTip(tr("Kendall's W (肯德尔和谐系数): how far the experts agree on the order of the "
                             "applications they all scored, from 0 (not at all) to 1 (the same order)."));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ResultsModel::SortRole);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(ResultsModel::Applicant, QHeaderView::Stretch);
    m_detail->setObjectName(QStringLiteral("resultsDetail"));
    for (QChartView* v : {m_histogram, m_criteria, m_totals, m_bias}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(240);
    }
    m_histogram->setObjectName(QStringLiteral("chartHistogram"));
    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->addWidget(m_histogram, 0, 0);
    grid->addWidget(m_totals, 0, 1);
    grid->addWidget(m_criteria, 1, 0);
    grid->addWidget(m_bias, 1, 1);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(charts, tr("Charts"));
    tabs->addTab(m_detail, tr("Expert scores"));
    m_robustness = new RobustnessView(workspace, this);
    tabs->addTab(m_robustness, tr("Robustness"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Method:"), this));
    top->addWidget(m_method);
    top->addWidget(m_flag);
    top->addWidget(m_search, 1);
    top->addWidget(ReportActions::button(workspace, this,
                                         {report::Kind::Ranking, report::Kind::Statistics, report::Kind::Summary,
                                          report::Kind::ScoringSheet, report::Kind::Opinions},
                                         [this](report::Kind kind) {
                                             // The ranking and the statistics cover the round; the other documents the
                                             // selected application.
                                             report::Request r;
                                             r.kind = kind;
                                             if (kind != report::Kind::Ranking && kind != report::Kind::Statistics)
                                                 if (const auto* a = m_model->at(
                                                         m_filter->mapToSource(m_table->currentIndex()).row()))
                                                     r.application = a->code;
                                             return r;
                                         }));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The screen may preview another method than the round's rule; the printed documents always follow the rule.
    m_previewBanner = new QFrame(this);
    m_previewBanner->setObjectName(QStringLiteral("resultsPreviewBanner"));
    m_previewBanner->setStyleSheet(QStringLiteral("QFrame#resultsPreviewBanner { background: #FFF4D6; border: 1px "
                                                  "solid #E2C36B; border-radius: 4px; }"));
    m_previewText = new QLabel(m_previewBanner);
    m_previewText->setObjectName(QStringLiteral("resultsPreviewText"));
    m_previewText->setWordWrap(true);
    auto* makeRule = new QPushButton(tr("Make it the round's rule"), m_previewBanner);
    makeRule->setObjectName(QStringLiteral("resultsMakeRule"));
    auto* bannerLayout = new QHBoxLayout(m_previewBanner);
    bannerLayout->addWidget(m_previewText, 1);
    bannerLayout->addWidget(makeRule);
    m_previewBanner->hide();
    connect(makeRule, &QPushButton::clicked, this, [this] {
        if (Result<action::Done> done =
                m_workspace.perform(action::setSetting(m_workspace.round(), QStringLiteral("aggregation.method"),
                                                       m_method->currentData().toString()),
                                    Workspace::Settings | Workspace::Review);
            !done)
            messages::warn(this, tr("Results"), done.error().toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_previewBanner);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_method, &QComboBox::activated, this, &ResultsPage::reload);
    connect(m_flag, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFlag(m_flag->currentData().toString());
        updateCharts();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_filter->setText(t);
        updateCharts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsPage::showDetail);
    m_job = new BackgroundJob(this);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Review | Workspace::Settings | Workspace::Criteria))
            m_lazy->request();
    });
    m_method->setCurrentIndex(std::max(
        0, m_method->findData(
               RoundSettings(workspace.db(), workspace.round().id).text(QStringLiteral("aggregation.method")))));
    m_lazy->request(); // filled when first shown
}

void ResultsPage::setMethod(const QString& method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
    reload();
}

void ResultsPage::updatePreviewBanner()
{
    const QString rule =
        RoundSettings(m_workspace.db(), m_workspace.round().id).text(QStringLiteral("aggregation.method"));
    const QString shown = m_method->currentData().toString();
    m_previewBanner->setVisible(shown != rule);
    if (shown != rule)
        m_previewText->setText(tr("This screen previews the ranking by <b>%1</b>. The round's rule is <b>%2</b>: the "
                                  "printed ranking, the exports and the deliberation use the rule.")
                                   .arg(methodName(shown).toHtmlEscaped(), methodName(rule).toHtmlEscaped()));
}

void ResultsPage::reload()
{
    updatePreviewBanner();
    const QString path = m_workspace.path();
    const Round round = m_workspace.round();
    const QString method = m_method->currentData().toString();
    struct Output {
        std::optional<consolidation::Results> results;
        QHash<QString, int> baseline;
        QHash<QString, double> averages;
    };
    auto out = std::make_shared<Output>();
    // Large rounds take a moment: consolidate on a worker thread with its own connection while the page stays
    // usable; a newer change cancels the run going (SQLite stops where it is) and the page keeps what it showed.
    m_summary->setText(tr("Consolidating the scores…"));
    m_job->start(
        [path, round, method, out](const Progress& progress) -> Status {
            Result<std::unique_ptr<db::Database>> db = db::schema::open(path, db::OpenMode::ReadOnly);
            if (!db)
                return db.takeError();
            (*db)->setCancelCheck(progress);
            Result<consolidation::Results> r = consolidation::consolidate(**db, round, method);
            if (!r)
                return r.takeError();
            // The ranking by the round's own method, to show how the method on screen moves each application;
            // the same consolidation when the screen shows the round's method.
            std::optional<consolidation::Results> own;
            if (method != RoundSettings(**db, round.id).text(QStringLiteral("aggregation.method"))) {
                if (!progress(1, 2))
                    return Error::cancelled();
                Result<consolidation::Results> other = consolidation::consolidate(**db, round);
                if (!other)
                    return other.takeError();
                own = std::move(*other);
            }
            for (const auto& a : (own ? *own : *r).applications) {
                if (a.rank)
                    out->baseline.insert(a.code, *a.rank);
            }
            Result<QHash<QString, double>> avg = consolidation::criterionAverages(**db, round);
            if (avg)
                out->averages = *avg;
            out->results = std::move(*r);
            return {};
        },
        [this, out](const Status& status) {
            if (!isVisible()) {
                m_lazy->markPending(); // hidden meanwhile (or its window is going away): shown again, it reloads
                return;
            }
            if (!status) {
                m_summary->clear();
                if (status.error().kind != ErrorKind::Cancelled)
                    messages::warn(this, tr("Results"), status.error().toString());
                return;
            }
            showResults(std::move(*out->results), out->baseline, out->averages);
        });
}

void ResultsPage::hideEvent(QHideEvent* event)
{
    // A hidden page needs no consolidation; it reloads when shown again.
    if (m_job->isRunning()) {
        m_job->cancel();
        m_lazy->markPending();
    }
    QWidget::hideEvent(event);
}

bool ResultsPage::isBusy() const
{
    return m_job->isRunning();
}

void ResultsPage::showResults(consolidation::Results results, const QHash<QString, int>& baseline,
                              const QHash<QString, double>& averages)
{
    m_roundAverages = averages;
    m_model->setResults(std::move(results), baseline);
    m_table->resizeColumnsToContents();
    const consolidation::Results& r = m_model->results();
    int scored = 0;
    for (const auto& a : r.applications)
        scored += a.score ? 1 : 0;
    m_summary->setText(
        tr("%1 of %2 applications scored · method: %3 · Kendall's W: %4")
            .arg(scored)
            .arg(r.applications.size())
            .arg(methodName(r.method))
            .arg(r.kendallW ? QStringLiteral("%1 (p = %2)").arg(*r.kendallW, 0, 'f', 3).arg(*r.kendallP, 0, 'g', 3)
                            : tr("— (not every expert scored every application)")));
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    updateCharts();
}

void ResultsPage::updateCharts()
{
    QList<double> scores;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto* a = m_model->at(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (a && a->score)
            scores << *a->score;
    }
    replaceChart(m_histogram, charts::scoreHistogram(scores, tr("Score distribution (%1 shown)").arg(scores.size())));
    replaceChart(m_bias,
                 charts::expertBias(m_model->results().bias, tr("Expert bias (points above or below the panel)"), 12));
}

void ResultsPage::showDetail()
{
    const auto* a = m_model->at(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!a) {
        m_detail->clear();
        return;
    }
    replaceChart(m_totals, charts::expertTotals(*a, tr("%1: expert totals").arg(a->code)));
    Result<QHash<QString, QHash<QString, double>>> perCriterion =
        consolidation::criterionScores(m_workspace.db(), m_workspace.round(), a->applicationId);
    Result<CriteriaTree> tree = CriteriaRepository(m_workspace.db(), m_workspace.round().id).tree();
    if (!perCriterion || !tree)
        return;
    QList<QPair<QString, double>> mine;
    QList<QPair<QString, double>> round;
    QString html = QStringLiteral("<h3>%1 %2</h3><table border='1' cellspacing='0' cellpadding='3'><tr><th>%3</th>")
                       .arg(a->code.toHtmlEscaped(), a->title.toHtmlEscaped(), tr("Criterion").toHtmlEscaped());
    for (const auto& t : a->totals)
        html += QStringLiteral("<th>%1</th>").arg(t.expertCode.toHtmlEscaped());
    html += QStringLiteral("<th>%1</th></tr>").arg(tr("Mean").toHtmlEscaped());
    for (const Criterion* c : tree->leaves()) {
        const QHash<QString, double> row = perCriterion->value(c->code);
        html += QStringLiteral("<tr><td>%1 %2</td>").arg(c->code.toHtmlEscaped(), c->name.toHtmlEscaped());
        double sum = 0;
        for (const auto& t : a->totals) {
            html +=
                QStringLiteral("<td align='right'>%1</td>")
                    .arg(row.contains(t.expertCode) ? QString::number(row.value(t.expertCode)) : QStringLiteral("—"));
            sum += row.value(t.expertCode);
        }
        const double mean = a->totals.isEmpty() ? 0 : sum / double(a->totals.size());
        html += QStringLiteral("<td align='right'><b>%1</b></td></tr>").arg(mean, 0, 'f', 2);
        if (c->kind == CriterionKind::Points && c->maxPoints.value_or(0) > 0) {
            mine.append({c->code, mean / *c->maxPoints * 100});
            round.append({c->code, m_roundAverages.value(c->code) / *c->maxPoints * 100});
        }
    }
    html += QStringLiteral("<tr><td><b>%1</b></td>").arg(tr("Total").toHtmlEscaped());
    for (const auto& t : a->totals)
        html += QStringLiteral("<td align='right'><b>%1</b>%2</td>")
                    .arg(t.total)
                    .arg(t.veto ? QStringLiteral(" ✕") : QString());
    html += QStringLiteral("<td></td></tr></table>");
    m_detail->setHtml(html);
    replaceChart(m_criteria, charts::criteriaAgainstAverage(mine, round,
                                                            tr("%1: criteria against the round average").arg(a->code)));
}

} // namespace rb::ui
