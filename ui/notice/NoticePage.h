// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordsModel.h"
#include "document/Workspace.h"
#include "notice/Milestones.h"
#include "notice/PublicNotice.h"
#include "workflow/CalendarEntries.h"
#include "workflow/WorkingDays.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rb::ui {

class LazyReload;

/// After the committee: public notices (公示) and objections, approval, the dates that follow
/// (construction, acceptance, progress reports, validity; what is due in the next 90 days), the
/// calendar of holidays and make-up working days (调休), and re-evaluation rounds.
class NoticePage : public QWidget {
    Q_OBJECT
public:
    explicit NoticePage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();

    /// Publishes the proposed applications on notice (final: Undo stops there).
    Result<notice::Notice> publish(const QString& title, const QDate& start, int workingDays, const QString& contact);
    Result<notice::Objection> addObjection(const QString& applicationCode, const QDate& received,
                                           const QString& fromWhom, bool sealed, const QString& content);
    Status resolveObjection(qint64 objectionId, const QString& outcome, const QString& handling);
    Result<int> approveReady();
    /// Puts on public notice the applications of a notice whose first day has come. Returns how many.
    Result<int> startDueNotices();
    Status markMet(qint64 milestoneId, const QDate& day, const QString& note);
    Status setCalendarDay(const QDate& day, workflow::Calendar::Kind kind, const QString& note);
    Status removeCalendarDay(const QDate& day);
    /// Imports a year's holidays and make-up working days (CSV, .xlsx or .ics). Returns how many days.
    Result<int> importCalendarFile(const QString& path);
    /// Starts a re-evaluation round from the titles that are due; the workspace then shows it.
    Result<Round> startReevaluation(int year, const QString& title, int withinDays);
    [[nodiscard]] int dueCount() const;
    [[nodiscard]] int objectionCount() const;

private:
    LazyReload* m_lazy = nullptr;
    QWidget* createNoticeTab();
    QWidget* createObjectionsTab();
    QWidget* createDueTab();
    QWidget* createCalendarTab();
    void fillNotices();
    void fillObjections();
    void fillDue();
    void fillCalendar();
    void updatePeriod();
    void openPublishDialog();
    void openObjectionDialog();
    void openResolveDialog();
    void openMetDialog();
    void openReevalDialog();
    Result<action::Done> run(action::Action action);

    Workspace& m_workspace;
    QLabel* m_noticeSummary = nullptr;
    QWidget* m_startBanner = nullptr;
    QLabel* m_startText = nullptr;
    using NoticesModel = RecordsModel<notice::Notice>;
    using ObjectionsModel = RecordsModel<notice::Objection>;
    using DueModel = RecordsModel<notice::Milestone>;
    using CalendarModel = RecordsModel<workflow::CalendarEntry>;
    NoticesModel* m_noticesModel = nullptr;
    ObjectionsModel* m_objectionsModel = nullptr;
    DueModel* m_dueModel = nullptr;
    CalendarModel* m_calendarModel = nullptr;
    QDate m_today;
    QTableView* m_notices = nullptr;
    QTableView* m_objections = nullptr;
    QTableView* m_due = nullptr;
    QCheckBox* m_showMet = nullptr;
    QSpinBox* m_dueDays = nullptr;
    QLabel* m_dueSummary = nullptr;
    QTableView* m_calendar = nullptr;
    QDateEdit* m_calendarDay = nullptr;
    QComboBox* m_calendarKind = nullptr;
    QLineEdit* m_calendarNote = nullptr;
    QDateEdit* m_periodStart = nullptr;
    QSpinBox* m_periodDays = nullptr;
    QLabel* m_periodEnd = nullptr;
};

} // namespace rb::ui
