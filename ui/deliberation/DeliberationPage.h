// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Deliberation.h"
#include "document/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace rb::ui {

class CaseView;
class BackgroundJob;
class LazyReload;

/// The deliberation meetings (一事一议): the committee, each meeting's attendance and agenda in the
/// chair's order, and one screen per case with its record, vote and conclusion.
class DeliberationPage : public QWidget {
    Q_OBJECT
public:
    explicit DeliberationPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    [[nodiscard]] CaseView* caseView() const { return m_case; }
    [[nodiscard]] qint64 meetingId() const;

    /// A new meeting chaired by the committee's chair (refused without one), shown at once; returns its id.
    Result<qint64> createMeeting(const QString& title, const QDate& day, const QString& place);
    void showMeeting(qint64 meetingId);
    Status setPresent(const QString& memberName, bool present);
    /// Puts every ready application on the current meeting's agenda (disagreements and cases near the pass line first).
    Status prepareAgenda();
    /// Shows the agenda's \a row (0-based) on the case screen.
    void showCaseAt(int row);
    /// After \a concludedCase, shows the next case still open on the agenda (none left: stays).
    void showNextOpenCase(qint64 concludedCase);
    Status moveCurrentCase(int delta);
    [[nodiscard]] int agendaSize() const;
    /// Whether the scores shown with the cases are being consolidated (on a worker thread).
    [[nodiscard]] bool isBusy() const;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void fillMeetings(qint64 select);
    void fillMeeting();
    void fillAgenda(qint64 selectCase);
    void reloadResults();
    void openCommitteeDialog();
    void openMeetingDialog();

    Workspace& m_workspace;
    BackgroundJob* m_job = nullptr;
    LazyReload* m_resultsLazy = nullptr;
    LazyReload* m_meetingsLazy = nullptr;
    QComboBox* m_meeting;
    QLabel* m_meetingInfo;
    QListView* m_attendance;
    class AttendanceModel* m_attendanceModel;
    QListView* m_agenda;
    class AgendaModel* m_agendaModel;
    QPushButton* m_prepare;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_close;
    CaseView* m_case;
    QList<deliberation::Meeting> m_meetings;
    bool m_filling = false;
};

} // namespace rb::ui
