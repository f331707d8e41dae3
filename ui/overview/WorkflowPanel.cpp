// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/WorkflowPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
constexpr workflow::Step kSteps[] = {
    workflow::Step::Import,  workflow::Step::FormalReview, workflow::Step::Assignment, workflow::Step::Packages,
    workflow::Step::Returns, workflow::Step::Deliberation, workflow::Step::Notice,     workflow::Step::Approval};
} // namespace

WorkflowPanel::WorkflowPanel(QWidget* parent) : QFrame(parent), m_hint(new QLabel(this)), m_go(new QPushButton(this))
{
    setObjectName(QStringLiteral("workflowPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    for (workflow::Step step : kSteps) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("step_") + workflow::stepKey(step));
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setMinimumHeight(b->fontMetrics().lineSpacing() * 3 + 12);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        const QString page = pageOf(step);
        connect(b, &QPushButton::clicked, this, [this, page] { Q_EMIT showPageRequested(page); });
        if (!m_steps.isEmpty()) {
            auto* arrow = new QLabel(QStringLiteral("→"), this);
            arrow->setStyleSheet(QStringLiteral("color: #8A94A6;"));
            row->addWidget(arrow);
        }
        row->addWidget(b, 1);
        m_steps << b;
    }
    m_hint->setObjectName(QStringLiteral("workflowNextHint"));
    m_hint->setWordWrap(true);
    m_go->setObjectName(QStringLiteral("workflowNextButton"));
    connect(m_go, &QPushButton::clicked, this, [this] { Q_EMIT showPageRequested(m_nextPage); });
    auto* next = new QHBoxLayout;
    next->addWidget(m_hint, 1);
    next->addWidget(m_go);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(next);
}

QString WorkflowPanel::pageOf(workflow::Step step)
{
    switch (step) {
    case workflow::Step::Import: return QStringLiteral("applicationsPage");
    case workflow::Step::FormalReview: return QStringLiteral("workflowPage");
    case workflow::Step::Assignment: return QStringLiteral("assignmentPage");
    case workflow::Step::Packages:
    case workflow::Step::Returns: return QStringLiteral("packagesPage");
    case workflow::Step::Deliberation: return QStringLiteral("deliberationPage");
    case workflow::Step::Notice:
    case workflow::Step::Approval: return QStringLiteral("noticePage");
    }
    return {};
}

void WorkflowPanel::setProgress(const workflow::RoundProgress& progress)
{
    for (int i = 0; i < progress.steps.size() && i < m_steps.size(); ++i) {
        const workflow::StepStatus& s = progress.steps[i];
        QPushButton* b = m_steps[i];
        const bool untouched = s.done == 0 && s.waiting == 0 && s.blocked == 0;
        QStringList counts;
        if (untouched)
            counts << tr("not started");
        else
            counts << tr("%1 done").arg(s.done);
        if (s.waiting)
            counts << tr("%1 waiting").arg(s.waiting);
        if (s.blocked)
            counts << tr("%1 blocked").arg(s.blocked);
        b->setText(QStringLiteral("%1. %2\n%3")
                       .arg(i + 1)
                       .arg(workflow::stepName(s.step), counts.join(QStringLiteral(" · "))));
        b->setToolTip(s.hint.isEmpty() ? tr("%1: nothing waits (%2)").arg(workflow::stepName(s.step), s.unit) : s.hint);
        const bool isNext = progress.next == s.step;
        const QString colour = s.blocked   ? QStringLiteral("#B03A2E")
                               : isNext    ? QStringLiteral("#1F5FAF")
                               : s.waiting ? QStringLiteral("#8A5A00")
                               : untouched ? QStringLiteral("#6B7588")
                                           : QStringLiteral("#1E7B34");
        b->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 4px 8px; border-radius: 4px; "
                           "color: %1; border: %2; }")
                .arg(colour, isNext ? QStringLiteral("2px solid #1F5FAF") : QStringLiteral("1px solid #D5DCE6")));
        b->setProperty("next", isNext);
    }
    if (progress.next) {
        const workflow::StepStatus* next = nullptr;
        for (const workflow::StepStatus& s : progress.steps)
            next = s.step == *progress.next ? &s : next;
        m_nextPage = pageOf(*progress.next);
        m_hint->setText(tr("<b>Next: %1.</b> %2")
                            .arg(workflow::stepName(*progress.next).toHtmlEscaped(),
                                 next ? next->hint.toHtmlEscaped() : QString()));
        m_go->setText(tr("Go to %1").arg(workflow::stepName(*progress.next)));
        m_go->show();
    } else {
        m_nextPage.clear();
        m_hint->setText(tr("Every step of the round is done."));
        m_go->hide();
    }
}

} // namespace rb::ui
