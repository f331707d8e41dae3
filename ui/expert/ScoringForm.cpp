// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/ScoringForm.h"

#include "common/Messages.h"
#include "deliberation/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rb::ui {

std::optional<double> parseScore(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.replace(QChar(0x3002), QLatin1Char('.')); // 。 typed for a decimal point
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

namespace {
QString points(double v)
{
    return QString::number(v, 'g', 6);
}
} // namespace

ScoringForm::ScoringForm(ExpertSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_layout(new QVBoxLayout(this)), m_header(new QLabel(this)),
      m_banner(new QLabel(this)), m_total(new QLabel(this)), m_opinionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("scoringForm"));
    m_header->setWordWrap(true);
    m_header->setObjectName(QStringLiteral("scoringHeader"));
    m_banner->setObjectName(QStringLiteral("scoringBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #FDECEA; border: 1px solid #E6A39A; border-radius: 4px; "
                       "padding: 6px; }"));
    m_total->setObjectName(QStringLiteral("scoringTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    m_layout->addWidget(m_header);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_total);
    m_opinionTimer->setSingleShot(true);
    m_opinionTimer->setInterval(800);
    connect(m_opinionTimer, &QTimer::timeout, this, &ScoringForm::commitOpinion);
    connect(&m_session, &ExpertSession::itemChanged, this, [this](const QString& uid) {
        if (uid == m_item)
            refresh();
    });
}

void ScoringForm::showItem(const QString& itemUid)
{
    if (m_opinionTimer->isActive()) {
        m_opinionTimer->stop();
        commitOpinion();
    }
    m_item = itemUid;
    build();
    refresh();
}

QWidget* ScoringForm::firstField() const
{
    if (m_rows.isEmpty())
        return nullptr;
    return m_rows.first().score ? static_cast<QWidget*>(m_rows.first().score) : m_rows.first().veto;
}

void ScoringForm::build()
{
    delete m_body;
    m_rows.clear();
    m_body = new QWidget(this);
    m_layout->addWidget(m_body, 1);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    const package::Package& p = m_session.package();
    const package::Item* item = p.item(m_item);
    if (!item) {
        m_header->clear();
        return;
    }
    m_header->setText(
        QStringLiteral("<h3 style='margin:0'>%1</h3><p style='color:#1F5FAF;margin:2px 0'>%2 · %3 · %4 %5</p>")
            .arg(item->title.toHtmlEscaped(), item->code.toHtmlEscaped(), item->applicants.toHtmlEscaped(),
                 item->province.toHtmlEscaped(), item->sector.toHtmlEscaped()));
    const CriteriaTree& tree = p.criteria();
    for (const Criterion& top : tree.items()) {
        if (!top.parentCode.isEmpty())
            continue;
        auto* group = new QGroupBox(m_body);
        const bool veto = top.kind == CriterionKind::Veto;
        group->setTitle(veto ? QStringLiteral("%1 %2").arg(top.code, top.name)
                             : tr("%1 %2 (%3 points)").arg(top.code, top.name, points(tree.maxPoints(top.code))));
        auto* grid = new QGridLayout(group);
        grid->setColumnStretch(1, 1);
        int line = 0;
        if (tree.isLeaf(top.code)) {
            addRow(group, grid, line, top);
        } else {
            for (const Criterion* child : tree.children(top.code)) {
                if (tree.isLeaf(child->code))
                    addRow(group, grid, line++ * 2, *child);
            }
        }
        body->addWidget(group);
    }
    auto* opinion = new QGroupBox(tr("Overall opinion"), m_body);
    auto* form = new QGridLayout(opinion);
    m_strengths = new QPlainTextEdit(opinion);
    m_strengths->setObjectName(QStringLiteral("opinionStrengths"));
    m_problems = new QPlainTextEdit(opinion);
    m_problems->setObjectName(QStringLiteral("opinionProblems"));
    for (QPlainTextEdit* e : {m_strengths, m_problems}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
        e->installEventFilter(this);
        connect(e, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_opinionTimer->start();
        });
    }
    m_recommendation = new QComboBox(opinion);
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->addItem(tr("— choose —"), QString());
    m_recommendation->addItem(tr("Recommend"), labels::key(labels::Recommendation::Recommend));
    m_recommendation->addItem(tr("Do not recommend"), labels::key(labels::Recommendation::NotRecommend));
    m_recommendation->addItem(tr("Review again after revision"), labels::key(labels::Recommendation::Revise));
    connect(m_recommendation, &QComboBox::activated, this, &ScoringForm::commitOpinion);
    m_conflict = new QPushButton(opinion);
    m_conflict->setObjectName(QStringLiteral("declareConflict"));
    connect(m_conflict, &QPushButton::clicked, this, &ScoringForm::declareConflict);
    form->addWidget(new QLabel(tr("Strengths"), opinion), 0, 0);
    form->addWidget(m_strengths, 0, 1);
    form->addWidget(new QLabel(tr("Problems"), opinion), 1, 0);
    form->addWidget(m_problems, 1, 1);
    form->addWidget(new QLabel(tr("Recommendation"), opinion), 2, 0);
    form->addWidget(m_recommendation, 2, 1);
    form->addWidget(m_conflict, 3, 1, Qt::AlignLeft);
    body->addWidget(opinion);
    body->addStretch(1);
}

void ScoringForm::addRow(QWidget* panel, QGridLayout* grid, int line, const Criterion& c)
{
    const package::Package& p = m_session.package();
    Row row;
    row.criterion = &c;
    QString bandText;
    if (c.kind == CriterionKind::Points) {
        QStringList parts;
        for (const Band& b : p.bandsOf(c))
            parts << QStringLiteral("%1 %2–%3")
                         .arg(b.label, points(b.fromPercent / 100 * c.maxPoints.value_or(0)),
                              points(b.toPercent / 100 * c.maxPoints.value_or(0)));
        bandText = parts.join(QStringLiteral(" · "));
    }
    auto* name = new QLabel(
        QStringLiteral("<b>%1 %2</b><br/><span style='color:#555'>%3</span>%4")
            .arg(c.code.toHtmlEscaped(), c.name.toHtmlEscaped(), c.guidance.toHtmlEscaped(),
                 bandText.isEmpty()
                     ? QString()
                     : QStringLiteral("<br/><span style='color:#1F5FAF'>%1</span>").arg(bandText.toHtmlEscaped())),
        panel);
    name->setWordWrap(true);
    name->setTextFormat(Qt::RichText);
    grid->addWidget(name, line, 0, 1, 2);
    auto* field = new QWidget(panel);
    auto* fieldLayout = new QHBoxLayout(field);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    if (c.kind == CriterionKind::Veto) {
        row.veto = new QComboBox(field);
        row.veto->setObjectName(QStringLiteral("veto_") + c.code);
        row.veto->addItem(QStringLiteral("—"), QVariant());
        row.veto->addItem(tr("0 No (not triggered)"), 0.0);
        row.veto->addItem(tr("1 Yes (triggered)"), 1.0);
        row.veto->installEventFilter(this);
        fieldLayout->addWidget(row.veto);
    } else {
        row.score = new QLineEdit(field);
        row.score->setObjectName(QStringLiteral("score_") + c.code);
        row.score->setFixedWidth(70);
        row.score->setAlignment(Qt::AlignRight);
        row.score->setPlaceholderText(QStringLiteral("0–%1").arg(points(c.maxPoints.value_or(0))));
        row.score->installEventFilter(this);
        fieldLayout->addWidget(row.score);
        fieldLayout->addWidget(new QLabel(QStringLiteral("/ %1").arg(points(c.maxPoints.value_or(0))), field));
        row.band = new QLabel(field);
        row.band->setMinimumWidth(24);
        fieldLayout->addWidget(row.band);
    }
    row.comment = new QLineEdit(panel);
    row.comment->setObjectName(QStringLiteral("comment_") + c.code);
    grid->addWidget(field, line + 1, 0);
    grid->addWidget(row.comment, line + 1, 1);
    m_rows.append(row);
    const qsizetype index = m_rows.size() - 1;
    if (row.score)
        connect(row.score, &QLineEdit::editingFinished, this, [this, index] { commitScore(m_rows[index]); });
    if (row.veto)
        connect(row.veto, &QComboBox::currentIndexChanged, this, [this, index] {
            if (!m_loading)
                commitScore(m_rows[index]);
        });
    connect(row.comment, &QLineEdit::editingFinished, this, [this, index] { commitComment(m_rows[index]); });
}

bool ScoringForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !qobject_cast<QPlainTextEdit*>(watched)) {
            // Enter moves on to the next score, whatever the field: fast keyboard scoring.
            if (auto* edit = qobject_cast<QLineEdit*>(watched))
                Q_EMIT edit->editingFinished();
            focusNextScore(static_cast<QWidget*>(watched));
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit*>(watched) && m_opinionTimer->isActive()) {
        m_opinionTimer->stop();
        commitOpinion();
    }
    return QWidget::eventFilter(watched, event);
}

void ScoringForm::focusNextScore(QWidget* from)
{
    bool found = false;
    for (const Row& r : m_rows) {
        QWidget* w = r.score ? static_cast<QWidget*>(r.score) : r.veto;
        if (found) {
            w->setFocus(Qt::TabFocusReason);
            if (r.score)
                r.score->selectAll();
            return;
        }
        if (w == from || r.comment == from)
            found = true;
    }
    if (m_strengths)
        m_strengths->setFocus(Qt::TabFocusReason);
}

void ScoringForm::commitScore(Row& row)
{
    if (m_loading || m_session.submitted())
        return;
    std::optional<double> value;
    if (row.veto) {
        const QVariant data = row.veto->currentData();
        if (data.isValid())
            value = data.toDouble();
    } else {
        const QString text = row.score->text().trimmed();
        if (!text.isEmpty()) {
            value = parseScore(text);
            const QString problem =
                value ? m_session.package().checkValue(*row.criterion, *value) : tr("'%1' is not a number").arg(text);
            if (!problem.isEmpty()) {
                row.score->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #B03A2E; }"));
                row.score->setToolTip(problem);
                return;
            }
        }
        row.score->setStyleSheet(QString());
        row.score->setToolTip(QString());
    }
    m_session.setScore(m_item, row.criterion->uid, value);
}

void ScoringForm::commitComment(Row& row)
{
    if (m_loading || m_session.submitted())
        return;
    m_session.setComment(m_item, row.criterion->uid, row.comment->text().trimmed());
}

void ScoringForm::commitOpinion()
{
    if (m_loading || m_session.submitted() || !m_strengths)
        return;
    Result<package::Opinion> current = m_session.package().opinion(m_item);
    if (!current)
        return;
    package::Opinion o = *current;
    o.strengths = m_strengths->toPlainText().trimmed();
    o.problems = m_problems->toPlainText().trimmed();
    o.recommendation = m_recommendation->currentData().toString();
    m_session.setOpinion(m_item, o, tr("Edit the overall opinion"));
}

void ScoringForm::declareConflict()
{
    Result<package::Opinion> o = m_session.package().opinion(m_item);
    if (!o)
        return;
    if (o->handedBack) {
        m_session.withdrawHandBack(m_item);
        return;
    }
    const std::optional<QString> reason =
        messages::askText(this, tr("Declare a conflict of interest"),
                          tr("Why can you not review this application? (for example: I work for the applicant)"));
    if (!reason || reason->trimmed().isEmpty())
        return;
    m_session.handBack(m_item, *reason);
}

void ScoringForm::updateRowHints(Row& row, std::optional<double> value)
{
    const package::Package& p = m_session.package();
    const bool required = p.commentRequired(*row.criterion, value);
    row.comment->setPlaceholderText(required ? tr("Comment (required for this score)") : tr("Comment (optional)"));
    if (!row.band)
        return;
    QString label;
    if (value) {
        const QList<Band> list = p.bandsOf(*row.criterion);
        if (std::optional<int> b = bands::indexOf(list, *value, row.criterion->maxPoints.value_or(0)))
            label = list[*b].label;
    }
    row.band->setText(label);
}

void ScoringForm::refresh()
{
    package::Package& p = m_session.package();
    Result<QHash<QString, package::ScoreEntry>> scores = p.scores(m_item);
    Result<package::Opinion> opinion = p.opinion(m_item);
    if (!scores || !opinion)
        return;
    m_loading = true;
    for (Row& row : m_rows) {
        const package::ScoreEntry e = scores->value(row.criterion->uid);
        if (row.veto)
            row.veto->setCurrentIndex(!e.value ? 0 : *e.value == 0 ? 1 : 2);
        if (row.score && !row.score->hasFocus()) {
            row.score->setText(e.value ? points(*e.value) : QString());
            row.score->setStyleSheet(QString());
        }
        if (!row.comment->hasFocus())
            row.comment->setText(e.comment);
        updateRowHints(row, e.value);
    }
    if (m_strengths && !m_strengths->hasFocus())
        m_strengths->setPlainText(opinion->strengths);
    if (m_problems && !m_problems->hasFocus())
        m_problems->setPlainText(opinion->problems);
    if (m_recommendation)
        m_recommendation->setCurrentIndex(std::max(0, m_recommendation->findData(opinion->recommendation)));
    m_loading = false;
    const bool submitted = p.info().submitted;
    if (submitted) {
        m_banner->setText(
            tr("Submitted and sealed on %1. The package can no longer be changed.").arg(p.info().submittedAt));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: #E8F5E9; border: 1px solid #9CCC9F; "
                                               "border-radius: 4px; padding: 6px; }"));
    } else if (opinion->handedBack) {
        m_banner->setText(tr("You declared a conflict of interest: %1. This application goes back to the secretariat "
                             "unscored.")
                              .arg(opinion->handbackReason));
    }
    m_banner->setVisible(submitted || opinion->handedBack);
    if (m_conflict)
        m_conflict->setText(opinion->handedBack ? tr("Withdraw the conflict declaration")
                                                : tr("Declare a conflict of interest…"));
    setEditable(!submitted && !opinion->handedBack);
    if (m_conflict)
        m_conflict->setEnabled(!submitted);
    updateTotal();
}

void ScoringForm::setEditable(bool editable)
{
    for (Row& r : m_rows) {
        for (QWidget* w : std::initializer_list<QWidget*>{r.score, r.veto, r.comment}) {
            if (w)
                w->setEnabled(editable);
        }
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_strengths, m_problems, m_recommendation}) {
        if (w)
            w->setEnabled(editable);
    }
}

QLabel* ScoringForm::takeTotal()
{
    m_layout->removeWidget(m_total);
    m_total->setParent(nullptr);
    m_total->setContentsMargins(8, 4, 8, 4);
    return m_total;
}

void ScoringForm::updateTotal()
{
    package::Package& p = m_session.package();
    Result<double> total = p.total(m_item);
    Result<QHash<QString, package::ScoreEntry>> scores = p.scores(m_item);
    int filled = 0;
    bool vetoed = false;
    for (const Row& r : m_rows) {
        const package::ScoreEntry e = scores ? scores->value(r.criterion->uid) : package::ScoreEntry();
        filled += e.value ? 1 : 0;
        vetoed = vetoed || (r.veto && e.value && *e.value == 1);
    }
    QString text =
        tr("Total %1 / 100 — %2 of %3 filled").arg(points(total ? *total : 0)).arg(filled).arg(m_rows.size());
    if (vetoed)
        text += QLatin1String("  ") + tr("(a veto item is triggered)");
    m_total->setText(text);
    m_total->setStyleSheet(vetoed ? QStringLiteral("color: #B03A2E;") : QStringLiteral("color: #1F5FAF;"));
}

} // namespace rb::ui
