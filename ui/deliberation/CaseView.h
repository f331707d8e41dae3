// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordsModel.h"
#include "consolidation/Consolidation.h"
#include "consolidation/Sensitivity.h"
#include "deliberation/Deliberation.h"
#include "document/Workspace.h"

#include <QWidget>

class QBuffer;
class QChartView;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace rb::ui {

/// One case of a meeting on its own screen (一事一议): the application, its dossier and consolidated
/// scores and earlier deliberations on the left; the record, each member's opinion, recusals, the vote
/// with the rule's verdict, and the conclusion on the right.
class CaseView : public QWidget {
    Q_OBJECT
public:
    explicit CaseView(Workspace& workspace, QWidget* parent = nullptr);

    /// The round's consolidated results (computed once by the page, shared by every case).
    void setResults(const consolidation::Results& results);
    /// How firm each application's rank is (by code) and who it hangs on; shown with the case's scores. \a computed
    /// false: not computed for this round (a large one), which the screen says.
    void setRobustness(const QList<consolidation::SensitivityRow>& rows,
                       const QList<consolidation::PivotalRow>& pivotal, int quota, bool computed = true);
    /// Shows a case (0: none).
    void showCase(qint64 caseId);
    /// Reads the case shown again (after an undo), keeping the record's text typed and not yet saved.
    void reread();
    [[nodiscard]] qint64 caseId() const { return m_caseId; }
    [[nodiscard]] const deliberation::Case& current() const { return m_case; }

    /// Writes the text of the record (presentation, questions, collective opinion, conditions).
    Status saveRecord();
    /// Records one member's part (by name): vote (for, against, abstain, or empty), opinion, dissent.
    Status setVote(const QString& member, const QString& vote, const QString& opinion = {},
                   const QString& dissent = {});
    /// Every member present, not recused and without a vote votes for (the others keep theirs): one action.
    Status allPresentVoteFor();
    /// Records a member's recusal for this case (an empty reason lifts it).
    Status setRecused(const QString& member, const QString& reason);
    /// Saves the record and concludes the case; refused with the rule's reason when the vote does not support it.
    Status conclude(const QString& conclusion);
    /// The record's text fields (for tests and the print-out).
    void setRecordText(const QString& presentation, const QString& questions, const QString& opinion,
                       const QString& conditions);
    [[nodiscard]] QString verdictText() const;

Q_SIGNALS:
    /// The case changed (record, votes or conclusion).
    void caseChanged(qint64 caseId);
    /// The case was concluded (the page moves on to the next open case).
    void concluded(qint64 caseId);

private:
    void fillEvidence();
    void fillMembers();
    void fillTally();
    void showDossier(int index);
    void askConclude(const QString& conclusion);
    [[nodiscard]] const deliberation::Participation* member(const QString& name) const;
    Status writeParticipation(const deliberation::Participation& p);
    /// Reads the members' rows again after an action, keeping the record's unsaved text.
    void refreshMembers();
    /// Writes the record's text when it changed (true), without announcing it.
    Result<bool> writeRecord();

    Workspace& m_workspace;
    qint64 m_caseId = 0;
    deliberation::Case m_case;
    QList<qint64> m_dossierIds;
    QHash<qint64, consolidation::ApplicationResult> m_results;
    QString m_method;
    QLabel* m_heading;
    QLabel* m_scoreLine;
    QLabel* m_robustness;
    void fillRobustness();
    QHash<QString, consolidation::SensitivityRow> m_sensitivity;
    QHash<QString, QList<consolidation::PivotalRow>> m_pivotal;
    int m_quota = 0;
    bool m_robustnessComputed = false;
    RecordsModel<consolidation::ExpertTotal>* m_totalsModel = nullptr;
    QTableView* m_totals;
    QChartView* m_chart;
    QComboBox* m_dossierChoice;
    QPdfView* m_pdf;
    QPdfDocument* m_document;
    QBuffer* m_buffer;
    QTextBrowser* m_earlier;
    QPlainTextEdit* m_presentation;
    QPlainTextEdit* m_questions;
    QTableView* m_members;
    class CaseMembersModel* m_membersModel;
    QPlainTextEdit* m_opinion;
    QPlainTextEdit* m_conditions;
    QLabel* m_tally;
    QPushButton* m_allFor;
    QString m_allForTip;
    QPushButton* m_save;
    QPushButton* m_proposed;
    QPushButton* m_revise;
    QPushButton* m_rejected;
    bool m_filling = false;
};

/// The translated name of a conclusion or vote key.
QString conclusionName(const QString& key);
QString voteName(const QString& key);

} // namespace rb::ui
