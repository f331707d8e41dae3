// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/CaseView.h"
#include "deliberation/CaseMembersModel.h"

#include "action/DeliberationActions.h"

#include "domain/Region.h"
#include "results/ResultsPage.h"

#include "common/Messages.h"
#include "common/Reasons.h"
#include "deliberation/Labels.h"
#include "repo/ApplicationRepository.h"
#include "results/ResultCharts.h"
#include "results/ResultsModel.h"
#include "review/Dossiers.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace rb::ui {

QString conclusionName(const QString& key)
{
    return labels::screen(labels::Kind::Conclusion, key);
}

QString voteName(const QString& key)
{
    return key.isEmpty() ? QString() : labels::screen(labels::Kind::Vote, key);
}

namespace {
QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

CaseView::CaseView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_heading(new QLabel(this)), m_scoreLine(new QLabel(this)),
      m_robustness(new QLabel(this)), m_totals(new QTableView(this)), m_chart(new QChartView(this)),
      m_dossierChoice(new QComboBox(this)), m_pdf(new QPdfView(this)), m_document(new QPdfDocument(this)),
      m_buffer(new QBuffer(this)), m_earlier(new QTextBrowser(this)),
      m_presentation(
          textBox(this, QStringLiteral("casePresentation"), tr("Summary of the applicant's presentation"), 3)),
      m_questions(textBox(this, QStringLiteral("caseQuestions"), tr("Questions asked and the answers"), 3)),
      m_members(new QTableView(this)), m_membersModel(new CaseMembersModel(this)),
      m_opinion(textBox(this, QStringLiteral("caseOpinion"), tr("The committee's collective opinion (论证意见)"), 3)),
      m_conditions(textBox(this, QStringLiteral("caseConditions"),
                           tr("For “revise and reconsider”: what must be revised before the case comes back"), 2)),
      m_tally(new QLabel(this)), m_allFor(new QPushButton(tr("All present vote for"), this)),
      m_save(new QPushButton(tr("Save record"), this)), m_proposed(new QPushButton(tr("Conclude: proposed"), this)),
      m_revise(new QPushButton(tr("Conclude: revise and reconsider"), this)),
      m_rejected(new QPushButton(tr("Conclude: rejected"), this))
{
    setObjectName(QStringLiteral("caseView"));
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_scoreLine->setObjectName(QStringLiteral("caseScores"));
    m_robustness->setObjectName(QStringLiteral("caseRobustness"));
    m_robustness->setWordWrap(true);
    m_robustness->setTextFormat(Qt::RichText);
    m_scoreLine->setWordWrap(true);
    m_scoreLine->setTextFormat(Qt::RichText);
    m_totalsModel = new RecordsModel<consolidation::ExpertTotal>(
        {{tr("Expert"), [](const consolidation::ExpertTotal& t) { return t.expertCode; }},
         {tr("Total"),
          [](const consolidation::ExpertTotal& t) { return QString::number(t.total, 'f', 1); },
          {},
          Qt::AlignRight | Qt::AlignVCenter},
         {tr("Veto"), [](const consolidation::ExpertTotal& t) { return t.veto ? tr("Yes") : QString(); }}},
        this);
    m_totals->setModel(m_totalsModel);
    m_totals->setObjectName(QStringLiteral("caseTotals"));
    m_totals->verticalHeader()->hide();
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_pdf->setDocument(m_document);
    m_pdf->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdf->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_earlier->setObjectName(QStringLiteral("caseEarlier"));

    // Left: the evidence.
    auto* scores = new QWidget(this);
    auto* scoresLayout = new QVBoxLayout(scores);
    scoresLayout->addWidget(m_scoreLine);
    scoresLayout->addWidget(m_robustness);
    auto* scoresSplit = new QSplitter(Qt::Vertical, scores);
    scoresSplit->addWidget(m_totals);
    scoresSplit->addWidget(m_chart);
    scoresLayout->addWidget(scoresSplit, 1);
    auto* dossier = new QWidget(this);
    auto* dossierLayout = new QVBoxLayout(dossier);
    dossierLayout->addWidget(m_dossierChoice);
    dossierLayout->addWidget(m_pdf, 1);
    auto* evidence = new QTabWidget(this);
    evidence->setObjectName(QStringLiteral("caseEvidence"));
    evidence->addTab(scores, tr("Consolidated scores"));
    evidence->addTab(dossier, tr("Dossier"));
    evidence->addTab(m_earlier, tr("Earlier deliberations"));

    // Right: the record.
    m_members->setObjectName(QStringLiteral("caseMembers"));
    m_members->setModel(m_membersModel);
    m_members->setItemDelegateForColumn(CaseMembersModel::Vote, makeVoteDelegate(m_members));
    m_members->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
                               | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_members->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(CaseMembersModel::Opinion, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(CaseMembersModel::Dissent, QHeaderView::Stretch);
    m_members->setMinimumHeight(180);
    m_allFor->setObjectName(QStringLiteral("caseAllFor"));
    m_allForTip = tr("Records a vote for from every member present and not recused who has not voted yet. Record the "
                     "votes against and abstentions first: they are kept.");
    m_tally->setObjectName(QStringLiteral("caseTally"));
    m_tally->setWordWrap(true);
    m_tally->setTextFormat(Qt::RichText);
    m_save->setObjectName(QStringLiteral("caseSave"));
    m_proposed->setObjectName(QStringLiteral("concludeProposed"));
    m_revise->setObjectName(QStringLiteral("concludeRevise"));
    m_rejected->setObjectName(QStringLiteral("concludeRejected"));
    auto* record = new QWidget(this);
    auto* form = new QVBoxLayout(record);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(new QLabel(tr("Presentation"), record));
    form->addWidget(m_presentation);
    form->addWidget(new QLabel(tr("Questions and answers"), record));
    form->addWidget(m_questions);
    form->addWidget(new QLabel(tr("Members: opinion, recusal and vote"), record));
    form->addWidget(m_members, 2);
    auto* voteRow = new QHBoxLayout;
    voteRow->addWidget(m_tally, 1);
    voteRow->addWidget(m_allFor, 0, Qt::AlignTop);
    form->addLayout(voteRow);
    form->addWidget(new QLabel(tr("Collective opinion"), record));
    form->addWidget(m_opinion);
    form->addWidget(new QLabel(tr("Conditions"), record));
    form->addWidget(m_conditions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_proposed);
    buttons->addWidget(m_revise);
    buttons->addWidget(m_rejected);
    form->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(evidence);
    split->addWidget(record);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);

    connect(m_dossierChoice, &QComboBox::currentIndexChanged, this, &CaseView::showDossier);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = saveRecord(); !s)
            messages::warn(this, tr("Deliberation"), s.error().toString());
    });
    connect(m_proposed, &QPushButton::clicked, this,
            [this] { askConclude(labels::key(labels::Conclusion::Proposed)); });
    connect(m_revise, &QPushButton::clicked, this, [this] { askConclude(labels::key(labels::Conclusion::Revise)); });
    connect(m_rejected, &QPushButton::clicked, this,
            [this] { askConclude(labels::key(labels::Conclusion::Rejected)); });
    // An edit in the members' table is asked for by the model and applied as an action once the edit has ended
    // (the rows are then read again).
    connect(m_membersModel, &CaseMembersModel::changeRequested, this,
            [this](const deliberation::Participation& changed) {
                QTimer::singleShot(0, this, [this, changed] {
                    if (Status s = writeParticipation(changed); !s)
                        messages::warn(this, tr("Deliberation"), s.error().toString());
                });
            });
    connect(m_membersModel, &CaseMembersModel::recusalRequested, this, [this](const QString& name, bool recused) {
        QTimer::singleShot(0, this, [this, name, recused] {
            QString reason;
            if (recused) {
                std::optional<QString> r =
                    messages::askText(this, tr("Recusal"), tr("Why does %1 recuse themself from this case?").arg(name));
                if (!r || r->trimmed().isEmpty())
                    return;
                reason = *r;
            }
            if (Status s = setRecused(name, reason); !s)
                messages::warn(this, tr("Recusal"), s.error().toString());
        });
    });
    connect(m_allFor, &QPushButton::clicked, this, [this] {
        if (Status s = allPresentVoteFor(); !s)
            messages::warn(this, tr("Deliberation"), s.error().toString());
    });
    showCase(0);
}

void CaseView::setResults(const consolidation::Results& results)
{
    m_results.clear();
    m_method = results.method;
    for (const auto& a : results.applications)
        m_results.insert(a.applicationId, a);
    if (m_caseId)
        fillEvidence();
}

void CaseView::setRobustness(const QList<consolidation::SensitivityRow>& rows,
                             const QList<consolidation::PivotalRow>& pivotal, int quota, bool computed)
{
    m_sensitivity.clear();
    m_pivotal.clear();
    for (const consolidation::SensitivityRow& r : rows)
        m_sensitivity.insert(r.application, r);
    for (const consolidation::PivotalRow& p : pivotal)
        m_pivotal[p.application].append(p);
    m_quota = quota;
    m_robustnessComputed = computed;
    if (m_caseId)
        fillEvidence();
}

void CaseView::fillRobustness()
{
    if (!m_robustnessComputed) {
        m_robustness->setText(
            tr("The ranking's robustness is computed on request for a round this large: Results ▸ Robustness."));
        return;
    }
    const auto found = m_sensitivity.constFind(m_case.applicationCode);
    if (found == m_sensitivity.constEnd() || !found->rankP5 || !found->rankP95) {
        m_robustness->clear();
        return;
    }
    QString text =
        tr("Rank interval %1–%2 with the weights moved by up to 20 %").arg(*found->rankP5).arg(*found->rankP95);
    if (m_quota > 0 && *found->rankP5 <= m_quota && *found->rankP95 > m_quota)
        text += QStringLiteral(" · <span style='color:#D9822B'><b>%1</b></span>")
                    .arg(tr("borderline: across the quota line (%1)").arg(m_quota).toHtmlEscaped());
    QStringList experts;
    for (const consolidation::PivotalRow& p : m_pivotal.value(m_case.applicationCode))
        experts << tr("%1 (rank %2 without them)")
                       .arg(p.expert, p.rankWithout ? QString::number(*p.rankWithout) : QStringLiteral("—"));
    if (!experts.isEmpty())
        text += QStringLiteral(" · <span style='color:#b03a2e'><b>%1</b></span>")
                    .arg(tr("hangs on one expert: %1").arg(experts.join(QStringLiteral("、"))).toHtmlEscaped());
    m_robustness->setText(text);
}

void CaseView::showCase(qint64 caseId)
{
    m_caseId = 0;
    m_case = {};
    if (caseId) {
        Result<deliberation::Case> c =
            deliberation::DeliberationService(m_workspace.db(), m_workspace.round()).caseOf(caseId);
        if (c) {
            m_caseId = caseId;
            m_case = *c;
        } else {
            messages::warn(this, tr("Deliberation"), c.error().toString());
        }
    }
    m_filling = true;
    const bool open = m_caseId && m_case.concludedAt.isEmpty();
    m_presentation->setPlainText(m_case.presentation);
    m_questions->setPlainText(m_case.questions);
    m_opinion->setPlainText(m_case.collectiveOpinion);
    m_conditions->setPlainText(m_case.conditions);
    for (QPlainTextEdit* e : {m_presentation, m_questions, m_opinion, m_conditions})
        e->setReadOnly(!open);
    const QString whyNot = m_caseId ? tr("The case is concluded: its record can no longer change.")
                                    : tr("Choose a case on the agenda first.");
    enableOrSayWhy(m_allFor, open, whyNot, m_allForTip);
    for (QPushButton* b : {m_save, m_proposed, m_revise, m_rejected})
        enableOrSayWhy(b, open, whyNot, QString());
    m_filling = false;
    if (!m_caseId) {
        m_heading->setText(tr("Choose a case on the agenda."));
        m_scoreLine->clear();
        m_totalsModel->setRecords({});
        m_membersModel->setMembers({}, false);
        m_tally->clear();
        m_earlier->clear();
        m_dossierChoice->clear();
        return;
    }
    fillEvidence();
    fillMembers();
}

void CaseView::fillEvidence()
{
    const auto found = m_results.constFind(m_case.applicationId);
    const consolidation::ApplicationResult* r = found == m_results.constEnd() ? nullptr : &found.value();
    Result<std::optional<Application>> app =
        ApplicationRepository(m_workspace.db(), m_workspace.round().id).byCode(m_case.applicationCode);
    QString who;
    if (app && *app)
        who = QStringLiteral(" · %1 · %2")
                  .arg((*app)->applicantNames().toHtmlEscaped(), Region::displayName((*app)->province).toHtmlEscaped());
    QString status =
        m_case.concludedAt.isEmpty()
            ? tr("open")
            : tr("concluded: <b>%1</b> (%2)").arg(conclusionName(m_case.conclusion), m_case.concludedAt.left(10));
    m_heading->setText(QStringLiteral("<span style='font-size:14pt'><b>%1</b> %2</span><br>%3%4 · %5")
                           .arg(m_case.applicationCode, m_case.title.toHtmlEscaped(),
                                tr("Case %1").arg(m_case.position + 1), who, status));

    // Consolidation: every expert's total by code, the spread and the flags.
    m_totalsModel->setRecords({});
    if (r) {
        QStringList flags;
        for (const QString& f : r->flags)
            flags << ResultsModel::flagName(f);
        m_scoreLine->setText(
            tr("Score <b>%1</b> (%2) · rank %3 · %4 experts · mean %5 · trimmed mean %6 · standard deviation %7 · "
               "range %8%9")
                .arg(r->score ? QString::number(*r->score, 'f', 2) : QStringLiteral("—"),
                     ResultsPage::methodName(m_method))
                .arg(r->rank ? QString::number(*r->rank) : QStringLiteral("—"))
                .arg(r->experts)
                .arg(r->mean, 0, 'f', 2)
                .arg(r->trimmedMean, 0, 'f', 2)
                .arg(r->stddev, 0, 'f', 2)
                .arg(r->range, 0, 'f', 1)
                .arg(flags.isEmpty() ? QString()
                                     : QStringLiteral(" · <span style='color:#b03a2e'><b>%1</b></span>")
                                           .arg(flags.join(QStringLiteral("、")).toHtmlEscaped())));
        m_totalsModel->setRecords(r->totals);
        fillRobustness();
        QChart* old = m_chart->chart();
        m_chart->setChart(charts::expertTotals(*r, tr("Each expert's total")));
        delete old;
    } else {
        m_scoreLine->setText(tr("No consolidated scores for this application."));
    }

    // The dossier.
    m_dossierIds.clear();
    m_dossierChoice->blockSignals(true);
    m_dossierChoice->clear();
    Result<QList<Dossier>> dossiers =
        DossierRepository(m_workspace.db(), m_workspace.round()).list(m_case.applicationId);
    if (dossiers) {
        for (const Dossier& d : *dossiers) {
            m_dossierIds << d.id;
            m_dossierChoice->addItem(d.fileName);
        }
    }
    if (m_dossierIds.isEmpty())
        m_dossierChoice->addItem(tr("No dossier attached"));
    m_dossierChoice->blockSignals(false);
    showDossier(0);

    // Earlier deliberations of the same application.
    Result<QList<deliberation::Case>> earlier = deliberation::DeliberationService(m_workspace.db(), m_workspace.round())
                                                    .earlierCases(m_case.applicationId, m_case.id);
    QString html;
    if (earlier && !earlier->isEmpty()) {
        for (const deliberation::Case& e : *earlier) {
            int votesFor = 0, against = 0, abstain = 0;
            for (const auto& p : e.members) {
                votesFor += labels::is(p.vote, labels::Vote::For);
                against += labels::is(p.vote, labels::Vote::Against);
                abstain += labels::is(p.vote, labels::Vote::Abstain);
            }
            html += QStringLiteral("<h3>%1 — %2</h3><p>%3</p>")
                        .arg(e.concludedAt.left(10), conclusionName(e.conclusion).toHtmlEscaped(),
                             tr("Vote: %1 for, %2 against, %3 abstaining").arg(votesFor).arg(against).arg(abstain));
            if (!e.collectiveOpinion.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Collective opinion:"), e.collectiveOpinion.toHtmlEscaped());
            if (!e.conditions.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Conditions:"), e.conditions.toHtmlEscaped());
        }
    } else {
        html = QStringLiteral("<p>%1</p>").arg(tr("This is the first deliberation of the application."));
    }
    m_earlier->setHtml(html);
}

void CaseView::showDossier(int index)
{
    m_document->close();
    m_buffer->close();
    if (index < 0 || index >= m_dossierIds.size())
        return;
    Result<QByteArray> content = DossierRepository(m_workspace.db(), m_workspace.round()).content(m_dossierIds[index]);
    if (!content || DossierRepository::mediaType(*content) != QLatin1String("application/pdf"))
        return;
    m_buffer->setData(*content);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
}

void CaseView::fillMembers()
{
    m_membersModel->setMembers(m_case.members, m_case.concludedAt.isEmpty());
    m_members->resizeColumnToContents(CaseMembersModel::Name);
    m_members->resizeColumnToContents(CaseMembersModel::Present);
    m_members->resizeColumnToContents(CaseMembersModel::Recused);
    m_members->setColumnWidth(CaseMembersModel::Vote,
                              std::max(m_members->columnWidth(CaseMembersModel::Vote),
                                       m_members->fontMetrics().horizontalAdvance(tr("Against")) + 48));
    fillTally();
}

QString CaseView::verdictText() const
{
    return m_tally->text();
}

void CaseView::fillTally()
{
    deliberation::DeliberationService service(m_workspace.db(), m_workspace.round());
    Result<deliberation::Tally> t = service.tally(m_caseId);
    if (!t) {
        m_tally->setText(t.error().toString().toHtmlEscaped());
        return;
    }
    const deliberation::Verdict v = deliberation::judge(*t, service.rule());
    QString line = tr("%1 members · %2 recused · %3 present and voting (quorum %4) · %5 for · %6 against · %7 "
                      "abstaining · a conclusion needs %8 votes for")
                       .arg(t->members)
                       .arg(t->recused)
                       .arg(t->present)
                       .arg(v.quorumNeeded)
                       .arg(t->votesFor)
                       .arg(t->against)
                       .arg(t->abstain)
                       .arg(v.votesNeeded);
    line = line.toHtmlEscaped();
    if (!m_case.concludedAt.isEmpty())
        line += QStringLiteral("<br><b>%1</b>")
                    .arg(tr("Concluded: %1").arg(conclusionName(m_case.conclusion)).toHtmlEscaped());
    else if (v.supported)
        line += QStringLiteral("<br><span style='color:#1e7b34'><b>✔ %1</b></span>")
                    .arg(tr("The vote supports a conclusion.").toHtmlEscaped());
    else
        line += QStringLiteral("<br><span style='color:#b03a2e'><b>✘ %1</b></span>").arg(v.reason.toHtmlEscaped());
    m_tally->setText(line);
}

const deliberation::Participation* CaseView::member(const QString& name) const
{
    for (const auto& p : m_case.members) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Status CaseView::writeParticipation(const deliberation::Participation& p)
{
    if (Result<action::Done> done = m_workspace.perform(
            action::setParticipation(m_workspace.round(), m_caseId, m_case.applicationCode, p), Workspace::Workflow);
        !done)
        return done.takeError();
    refreshMembers();
    return {};
}

Status CaseView::allPresentVoteFor()
{
    if (!m_caseId)
        return Error::input(tr("choose a case first"));
    if (Result<action::Done> done = m_workspace.perform(
            action::allPresentVoteFor(m_workspace.round(), m_caseId, m_case.applicationCode), Workspace::Workflow);
        !done)
        return done.takeError();
    refreshMembers();
    return {};
}

void CaseView::reread()
{
    if (!m_caseId)
        return;
    const deliberation::Case before = m_case;
    // What was typed and not yet saved stays; a field not touched shows what the file now holds (an undo).
    const auto typed = [](QPlainTextEdit* e, const QString& saved) {
        return e->toPlainText() == saved ? std::optional<QString>() : std::optional<QString>(e->toPlainText());
    };
    const std::optional<QString> presentation = typed(m_presentation, before.presentation);
    const std::optional<QString> questions = typed(m_questions, before.questions);
    const std::optional<QString> opinion = typed(m_opinion, before.collectiveOpinion);
    const std::optional<QString> conditions = typed(m_conditions, before.conditions);
    showCase(m_caseId);
    if (m_case.concludedAt.isEmpty())
        setRecordText(presentation.value_or(m_case.presentation), questions.value_or(m_case.questions),
                      opinion.value_or(m_case.collectiveOpinion), conditions.value_or(m_case.conditions));
}

void CaseView::refreshMembers()
{
    // Keep the unsaved text of the record while the members' rows are refreshed.
    const QString presentation = m_presentation->toPlainText();
    const QString questions = m_questions->toPlainText();
    const QString opinion = m_opinion->toPlainText();
    const QString conditions = m_conditions->toPlainText();
    Result<deliberation::Case> c =
        deliberation::DeliberationService(m_workspace.db(), m_workspace.round()).caseOf(m_caseId);
    if (c)
        m_case.members = c->members;
    fillMembers();
    setRecordText(presentation, questions, opinion, conditions);
    Q_EMIT caseChanged(m_caseId);
}

Status CaseView::setVote(const QString& name, const QString& vote, const QString& opinion, const QString& dissent)
{
    const deliberation::Participation* p = member(name);
    if (!p)
        return Error::input(tr("%1 is not a member of this committee").arg(name));
    deliberation::Participation changed = *p;
    changed.vote = vote;
    if (!opinion.isEmpty())
        changed.opinion = opinion;
    if (!dissent.isEmpty())
        changed.dissent = dissent;
    return writeParticipation(changed);
}

Status CaseView::setRecused(const QString& name, const QString& reason)
{
    const deliberation::Participation* p = member(name);
    if (!p)
        return Error::input(tr("%1 is not a member of this committee").arg(name));
    deliberation::Participation changed = *p;
    changed.recused = !reason.trimmed().isEmpty();
    changed.recusalReason = reason.trimmed();
    if (changed.recused)
        changed.vote.clear();
    return writeParticipation(changed);
}

void CaseView::setRecordText(const QString& presentation, const QString& questions, const QString& opinion,
                             const QString& conditions)
{
    m_presentation->setPlainText(presentation);
    m_questions->setPlainText(questions);
    m_opinion->setPlainText(opinion);
    m_conditions->setPlainText(conditions);
}

Result<bool> CaseView::writeRecord()
{
    if (!m_caseId)
        return Error::input(tr("choose a case first"));
    if (!m_case.concludedAt.isEmpty())
        return false;
    const QString presentation = m_presentation->toPlainText();
    const QString questions = m_questions->toPlainText();
    const QString opinion = m_opinion->toPlainText();
    const QString conditions = m_conditions->toPlainText();
    if (presentation == m_case.presentation && questions == m_case.questions && opinion == m_case.collectiveOpinion
        && conditions == m_case.conditions)
        return false;
    if (Result<action::Done> done =
            m_workspace.perform(action::saveRecord(m_workspace.round(), m_caseId, m_case.applicationCode,
                                                   {presentation, questions, opinion, conditions}),
                                Workspace::Workflow);
        !done)
        return done.takeError();
    m_case.presentation = presentation;
    m_case.questions = questions;
    m_case.collectiveOpinion = opinion;
    m_case.conditions = conditions;
    return true;
}

Status CaseView::saveRecord()
{
    Result<bool> written = writeRecord();
    if (!written)
        return written.takeError();
    if (*written)
        Q_EMIT caseChanged(m_caseId);
    return {};
}

Status CaseView::conclude(const QString& conclusion)
{
    if (!m_caseId)
        return Error::input(tr("choose a case first"));
    const qint64 id = m_caseId;
    // The record as typed and the conclusion are one action: both or neither.
    const action::CaseRecord record{m_presentation->toPlainText(), m_questions->toPlainText(), m_opinion->toPlainText(),
                                    m_conditions->toPlainText()};
    Result<action::Done> done =
        m_workspace.perform(action::decideCase(m_workspace.round(), id, m_case.applicationCode, {}, record, conclusion),
                            Workspace::Workflow);
    if (!done)
        return done.takeError(); // nothing changed; the text typed stays on screen
    showCase(id);
    Q_EMIT caseChanged(id);
    Q_EMIT concluded(id);
    return {};
}

void CaseView::askConclude(const QString& conclusion)
{
    // What would refuse the conclusion is said first, not after the user confirmed it.
    deliberation::DeliberationService service(m_workspace.db(), m_workspace.round());
    if (Result<deliberation::Tally> t = service.tally(m_caseId); t) {
        if (const QString why = deliberation::whyNotConclude(conclusion, m_conditions->toPlainText(),
                                                             m_opinion->toPlainText(), *t, service.rule());
            !why.isEmpty()) {
            messages::warn(this, tr("Conclude the case"), why);
            return;
        }
    }
    if (!messages::confirm(this, tr("Conclude the case"),
                           tr("Conclude %1 as “%2”? The record can no longer be changed afterwards.")
                               .arg(m_case.applicationCode, conclusionName(conclusion))))
        return;
    if (Status s = conclude(conclusion); !s)
        messages::warn(this, tr("Conclude the case"), s.error().toString());
}

} // namespace rb::ui
