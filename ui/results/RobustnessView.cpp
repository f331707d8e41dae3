// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/RobustnessView.h"

#include "common/BackgroundJob.h"
#include "document/Workspace.h"
#include "storage/Schema.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rb::ui {

namespace {
constexpr int kRowHeight = 18;
constexpr int kShown = 40; // the head of the ranking, where the quota line runs
} // namespace

RankIntervalChart::RankIntervalChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rankIntervals"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void RankIntervalChart::setRows(QList<consolidation::SensitivityRow> rows, int quota)
{
    m_rows = std::move(rows);
    m_quota = quota;
    updateGeometry();
    update();
}

bool RankIntervalChart::borderline(const consolidation::SensitivityRow& row) const
{
    return m_quota > 0 && row.rankP5 && row.rankP95 && *row.rankP5 <= m_quota && *row.rankP95 > m_quota;
}

QSize RankIntervalChart::sizeHint() const
{
    return {480, 48 + kRowHeight * int(m_rows.size())};
}

void RankIntervalChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Compute to see how firm each rank is."));
        return;
    }
    int label = 0;
    int last = std::max(m_quota + 1, 1);
    for (const auto& r : m_rows) {
        label = std::max(label, fontMetrics().horizontalAdvance(r.application));
        last = std::max(last, r.rankP95.value_or(r.rank.value_or(1)));
    }
    const int left = label + 16;
    const int right = width() - 16;
    const int top = 28;
    auto x = [&](double rank) { return left + (rank - 0.5) / double(last) * double(right - left); };
    // The axis: ranks along the top.
    p.setPen(palette().color(QPalette::Mid));
    const int step = std::max(1, last / 10);
    for (int r = 1; r <= last; r += step) {
        p.drawLine(QPointF(x(r), top - 4), QPointF(x(r), top + kRowHeight * m_rows.size()));
        p.drawText(QRectF(x(r) - 20, 4, 40, 16), Qt::AlignCenter, QString::number(r));
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto& r = m_rows[i];
        const double y = top + kRowHeight * (i + 0.5);
        const QColor color = borderline(r) ? QColor(0xD9, 0x82, 0x2B) : QColor(0x1F, 0x5F, 0xAF);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y - kRowHeight / 2.0, label + 4, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   r.application);
        if (r.rankP5 && r.rankP95) {
            p.setPen(QPen(color, 5, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(x(*r.rankP5) - 2, y), QPointF(x(*r.rankP95) + 2, y));
        }
        if (r.rank) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette().color(QPalette::Text));
            p.drawEllipse(QPointF(x(*r.rank), y), 3.5, 3.5);
        }
    }
    if (m_quota > 0) {
        const double qx = x(m_quota + 0.5);
        p.setPen(QPen(QColor(0xB0, 0x3A, 0x2E), 1.5, Qt::DashLine));
        p.drawLine(QPointF(qx, top - 6), QPointF(qx, top + kRowHeight * m_rows.size()));
        p.drawText(QRectF(qx + 4, top + kRowHeight * m_rows.size() + 2, 200, 16), Qt::AlignLeft,
                   tr("quota line (%1)").arg(m_quota));
    }
}

RobustnessView::RobustnessView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_job(new BackgroundJob(this)),
      m_run(new QPushButton(tr("Compute the ranking's robustness"), this)), m_status(new QLabel(this)),
      m_chart(new RankIntervalChart(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("robustnessView"));
    m_run->setObjectName(QStringLiteral("robustnessRun"));
    m_status->setObjectName(QStringLiteral("robustnessStatus"));
    m_table->setObjectName(QStringLiteral("pivotalExperts"));
    m_status->setWordWrap(true);
    m_status->setText(tr("How firm is each rank? The consolidation is repeated with the first-level criteria's weights "
                         "moved at random by up to 20 %, and again without each expert in turn."));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Application"), tr("Expert"), tr("Rank"), tr("Rank without them")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Pivotal experts: leaving one of them out moves the application across the quota line or by "
                           "more ranks than the round's setting allows"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_run, &QPushButton::clicked, this, &RobustnessView::run);
    // What was computed no longer holds after a change: cleared, to be computed again.
    auto stale = [this] {
        m_job->cancel();
        m_run->setEnabled(true);
        m_chart->setRows({}, 0);
        m_pivotal.clear();
        m_table->setRowCount(0);
        m_status->setText(tr("The round has changed since: compute again."));
    };
    connect(&m_workspace, &Workspace::roundChanged, this, stale);
    connect(&m_workspace, &Workspace::dataChanged, this, [this, stale] {
        if (!m_chart->rows().isEmpty() || m_job->isRunning())
            stale();
    });
}

bool RobustnessView::isBusy() const
{
    return m_job->isRunning();
}

void RobustnessView::run()
{
    struct Output {
        QList<consolidation::SensitivityRow> rows;
        QList<consolidation::PivotalRow> pivotal;
        int quota = 0;
        int samples = 0;
    };
    auto out = std::make_shared<Output>();
    const QString path = m_workspace.path();
    const Round round = m_workspace.round();
    m_run->setEnabled(false);
    m_status->setText(tr("Computing…"));
    m_job->start(
        [path, round, out](const Progress& progress) -> Status {
            RB_VALUE(const std::unique_ptr<db::Database> db, db::schema::open(path, db::OpenMode::ReadOnly));
            db->setCancelCheck(progress);
            RB_VALUE(const qint64 applications,
                     db->scalar("SELECT count(*) FROM application WHERE round_id = ?1", 0, round.id));
            consolidation::SensitivityOptions options;
            options.samples = applications > 2000 ? 200 : 1000;
            out->samples = options.samples;
            RB_VALUE(consolidation::Robustness r, consolidation::robustness(*db, round, options, true, progress));
            out->rows = std::move(r.sensitivity);
            out->pivotal = std::move(r.pivotal);
            out->quota = r.quota;
            return {};
        },
        [this, out](const Status& status) {
            m_run->setEnabled(true);
            if (!status) {
                m_status->setText(status.error().toString());
                return;
            }
            m_chart->setRows(out->rows.mid(0, kShown), out->quota);
            m_pivotal = out->pivotal;
            m_table->setRowCount(int(m_pivotal.size()));
            for (int r = 0; r < m_pivotal.size(); ++r) {
                const auto& p = m_pivotal[r];
                const QStringList cells = {p.application, p.expert,
                                           p.rank ? QString::number(*p.rank) : QStringLiteral("—"),
                                           p.rankWithout ? QString::number(*p.rankWithout) : QStringLiteral("—")};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
            }
            int borderline = 0;
            for (const auto& row : out->rows)
                borderline += m_chart->borderline(row) ? 1 : 0;
            QSet<QString> hanging;
            for (const auto& p : m_pivotal)
                hanging.insert(p.application);
            QString text = tr("%1 samples with the weights moved by up to 20 %.").arg(out->samples) + QLatin1Char(' ');
            text += out->quota > 0 ? tr("%n application(s) are borderline: their rank interval crosses the quota line.",
                                        nullptr, borderline)
                                   : tr("No quota is set (Round settings ▸ Quotas): the line is not drawn.");
            text += QLatin1Char(' ') + tr("%n application(s) hang on one expert.", nullptr, int(hanging.size()));
            m_status->setText(text);
        });
}

} // namespace rb::ui
