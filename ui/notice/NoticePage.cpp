// SPDX-License-Identifier: GPL-3.0-or-later
#include "notice/NoticePage.h"

#include "domain/States.h"
#include "report/ReportActions.h"

#include "action/LifecycleActions.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "notice/Milestones.h"
#include "repo/ApplicationRepository.h"
#include "workflow/CalendarEntries.h"
#include "workflow/CalendarFiles.h"
#include "workflow/Reevaluation.h"
#include "workflow/RoundProgress.h"
#include "workflow/Workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using rb::states::State;

namespace rb::ui {

namespace {
QTableView* table(QWidget* parent, const QString& name, QAbstractItemModel* model, int stretch)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    // One line a row: a long list (a notice's applications) ends in "…" and the cell's tooltip holds all of it.
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

/// Fits the columns to what they hold, the \a stretch column taking the rest.
void fit(QTableView* t, int stretch)
{
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QDateEdit* dateEdit(QWidget* parent, const QDate& day)
{
    auto* edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString outcomeName(const QString& outcome)
{
    if (outcome == QLatin1String("upheld"))
        return NoticePage::tr("Upheld: withdrawn");
    if (outcome == QLatin1String("dismissed"))
        return NoticePage::tr("Dismissed");
    return NoticePage::tr("Pending");
}

const QColor kRed(0xB0, 0x3A, 0x2E);
const QColor kAmber(0xA8, 0x6A, 0x00);
const QColor kGreen(0x1E, 0x7B, 0x34);
} // namespace

NoticePage::NoticePage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("noticePage"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("noticeTabs"));
    tabs->addTab(createNoticeTab(), tr("Public notice"));
    tabs->addTab(createObjectionsTab(), tr("Objections"));
    tabs->addTab(createDueTab(), tr("Due in the coming days"));
    tabs->addTab(createCalendarTab(), tr("Working-day calendar"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] { m_lazy->request(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Workflow | Workspace::Applications | Workspace::Settings))
            m_lazy->request();
    });
    m_lazy->request(); // filled when first shown
}

QWidget* NoticePage::createNoticeTab()
{
    auto* page = new QWidget(this);
    m_noticeSummary = new QLabel(page);
    m_noticeSummary->setObjectName(QStringLiteral("noticeSummary"));
    m_noticeSummary->setWordWrap(true);
    // A notice published ahead of time: its first day has come, its applications wait for the secretariat to
    // put them on public notice (reading the page never writes to the file).
    m_startBanner = new QWidget(page);
    m_startBanner->setObjectName(QStringLiteral("noticeStartBanner"));
    m_startText = new QLabel(m_startBanner);
    m_startText->setWordWrap(true);
    auto* start = new QPushButton(tr("Put them on public notice"), m_startBanner);
    start->setObjectName(QStringLiteral("startDueNotices"));
    auto* bannerLayout = new QHBoxLayout(m_startBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_startText, 1);
    bannerLayout->addWidget(start);
    m_startBanner->hide();
    connect(start, &QPushButton::clicked, this, [this] {
        if (Result<int> n = startDueNotices(); !n)
            messages::warn(this, tr("Public notice"), n.error().toString());
    });
    const auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
    m_noticesModel = new NoticesModel(
        {{tr("Title"), [](const notice::Notice& n) { return n.title; }},
         {tr("First day"), [iso](const notice::Notice& n) { return iso(n.start); }},
         {tr("Working days"), [](const notice::Notice& n) { return QString::number(n.workingDays); }},
         {tr("Last day"), [iso](const notice::Notice& n) { return iso(n.end); },
          [this](const notice::Notice& n) { return n.end < m_today ? kGreen : kAmber; }},
         {tr("Applications"), [](const notice::Notice& n) { return n.applications.join(QStringLiteral("、")); }},
         {tr("Contact for objections"), [](const notice::Notice& n) { return n.contact; }}},
        this);
    m_notices = table(page, QStringLiteral("noticeTable"), m_noticesModel, 4);
    auto* publish = new QPushButton(tr("Publish the proposed applications…"), page);
    publish->setObjectName(QStringLiteral("publishNotice"));
    auto* approve = new QPushButton(tr("Approve those whose notice is over"), page);
    approve->setObjectName(QStringLiteral("approveReady"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(publish);
    buttons->addWidget(approve);
    buttons->addStretch(1);
    buttons->addWidget(ReportActions::button(m_workspace, page, {report::Kind::Notice}));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_noticeSummary);
    layout->addWidget(m_startBanner);
    layout->addWidget(m_notices, 1);
    layout->addLayout(buttons);
    connect(publish, &QPushButton::clicked, this, &NoticePage::openPublishDialog);
    connect(approve, &QPushButton::clicked, this, [this] {
        Result<int> n = approveReady();
        if (!n)
            messages::warn(this, tr("Approval"), n.error().toString());
        else
            messages::info(this, tr("Approval"),
                           *n ? tr("%n application(s) approved.", nullptr, *n)
                              : tr("No application is ready: a notice must be over and every objection resolved."));
    });
    return page;
}

QWidget* NoticePage::createObjectionsTab()
{
    auto* page = new QWidget(this);
    m_objectionsModel = new ObjectionsModel(
        {{tr("Application"), [](const notice::Objection& o) { return o.applicationCode; }},
         {tr("Received"), [](const notice::Objection& o) { return o.receivedOn.toString(Qt::ISODate); }},
         {tr("From"), [](const notice::Objection& o) { return o.fromWhom; }},
         {tr("Authenticated"),
          [](const notice::Objection& o) {
              return o.authenticated == QLatin1String("sealed") ? tr("Sealed (organisation)")
                                                                : tr("Signed (real name)");
          }},
         {tr("Content"), [](const notice::Objection& o) { return o.content; }},
         {tr("Outcome"), [](const notice::Objection& o) { return outcomeName(o.outcome); },
          [](const notice::Objection& o) {
              return o.outcome == QLatin1String("pending")  ? kAmber
                     : o.outcome == QLatin1String("upheld") ? kRed
                                                            : kGreen;
          }},
         {tr("Handling"), [](const notice::Objection& o) { return o.handling; }},
         {tr("Handled by"), [](const notice::Objection& o) { return o.handledBy; }}},
        this);
    m_objections = table(page, QStringLiteral("objectionTable"), m_objectionsModel, 4);
    m_objections->setWordWrap(true);
    auto* add = new QPushButton(tr("Record an objection…"), page);
    add->setObjectName(QStringLiteral("addObjection"));
    auto* resolve = new QPushButton(tr("Resolve…"), page);
    resolve->setObjectName(QStringLiteral("resolveObjection"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(resolve);
    buttons->addStretch(1);
    auto* note = new QLabel(tr("Objections must be in writing: sealed by an organisation, or signed with a real name "
                               "and contact details. Anonymous objections are not accepted."),
                            page);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_objections, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &NoticePage::openObjectionDialog);
    connect(resolve, &QPushButton::clicked, this, &NoticePage::openResolveDialog);
    return page;
}

QWidget* NoticePage::createDueTab()
{
    auto* page = new QWidget(this);
    m_dueSummary = new QLabel(page);
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    m_dueDays = new QSpinBox(page);
    m_dueDays->setRange(7, 3650);
    m_dueDays->setValue(90);
    m_dueDays->setSuffix(tr(" days"));
    m_showMet = new QCheckBox(tr("Show those already met"), page);
    const auto dueColor = [this](const notice::Milestone& m) {
        if (m.doneOn.isValid())
            return kGreen;
        if (m.due < m_today)
            return kRed;
        return m_today.daysTo(m.due) <= 30 ? kAmber : QColor();
    };
    m_dueModel =
        new DueModel({{tr("Due"), [](const notice::Milestone& m) { return m.due.toString(Qt::ISODate); }, dueColor},
                      {tr("Application"), [](const notice::Milestone& m) { return m.applicationCode; }},
                      {tr("Title"), [](const notice::Milestone& m) { return m.title; }},
                      {tr("What"), [](const notice::Milestone& m) { return notice::milestoneName(m.kind); }},
                      {tr("Status"),
                       [this](const notice::Milestone& m) {
                           if (m.doneOn.isValid())
                               return tr("Met on %1").arg(m.doneOn.toString(Qt::ISODate));
                           if (m.due < m_today)
                               return tr("Overdue by %n day(s)", nullptr, int(m.due.daysTo(m_today)));
                           return tr("In %n day(s)", nullptr, int(m_today.daysTo(m.due)));
                       },
                       dueColor},
                      {tr("Note"), [](const notice::Milestone& m) { return m.note; }}},
                     this);
    m_due = table(page, QStringLiteral("dueTable"), m_dueModel, 2);
    auto* met = new QPushButton(tr("Mark as met…"), page);
    met->setObjectName(QStringLiteral("markMet"));
    auto* reeval = new QPushButton(tr("Start a re-evaluation round…"), page);
    reeval->setObjectName(QStringLiteral("startReeval"));
    auto* apply = new QPushButton(tr("Apply this re-evaluation round's outcomes"), page);
    apply->setObjectName(QStringLiteral("applyReeval"));
    apply->setToolTip(tr("Proposed keeps the title for a new period; rejected revokes it."));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Due within:"), page));
    top->addWidget(m_dueDays);
    top->addWidget(m_showMet);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(met);
    buttons->addStretch(1);
    buttons->addWidget(reeval);
    buttons->addWidget(apply);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_dueSummary);
    layout->addWidget(m_due, 1);
    layout->addLayout(buttons);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &NoticePage::fillDue);
    connect(m_showMet, &QCheckBox::toggled, this, &NoticePage::fillDue);
    connect(met, &QPushButton::clicked, this, &NoticePage::openMetDialog);
    connect(reeval, &QPushButton::clicked, this, &NoticePage::openReevalDialog);
    connect(apply, &QPushButton::clicked, this, [this] {
        if (m_workspace.round().category != Category::Reeval) {
            messages::warn(this, tr("Re-evaluation"),
                           tr("Show the re-evaluation round (round selector) to apply its outcomes."));
            return;
        }
        if (!messages::confirm(this, tr("Re-evaluation"),
                               tr("Keep or revoke the titles by the re-evaluation's conclusions? This is final.")))
            return;
        Result<action::Done> done =
            m_workspace.perform(action::applyReevaluation(m_workspace.round()), Workspace::Workflow);
        if (!done) {
            messages::warn(this, tr("Re-evaluation"), done.error().toString());
            return;
        }
        messages::info(this, tr("Re-evaluation"),
                       tr("%n title(s) kept or revoked.", nullptr, done->out.value(QStringLiteral("applied")).toInt()));
    });
    return page;
}

QWidget* NoticePage::createCalendarTab()
{
    auto* page = new QWidget(this);
    const auto holiday = [](const workflow::CalendarEntry& e) { return e.kind == workflow::Calendar::Kind::Holiday; };
    m_calendarModel = new CalendarModel(
        {{tr("Date"), [](const workflow::CalendarEntry& e) { return e.day.toString(Qt::ISODate); }},
         {tr("Weekday"), [](const workflow::CalendarEntry& e) { return QLocale().dayName(e.day.dayOfWeek()); }},
         {tr("Kind"),
          [holiday](const workflow::CalendarEntry& e) {
              return holiday(e) ? tr("Public holiday") : tr("Make-up working day");
          },
          [holiday](const workflow::CalendarEntry& e) { return holiday(e) ? kRed : kGreen; }},
         {tr("Note"), [](const workflow::CalendarEntry& e) { return e.note; }}},
        this);
    m_calendar = table(page, QStringLiteral("calendarTable"), m_calendarModel, 3);
    m_calendarDay = dateEdit(page, QDate::currentDate());
    m_calendarKind = new QComboBox(page);
    m_calendarKind->addItem(tr("Public holiday"), int(workflow::Calendar::Kind::Holiday));
    m_calendarKind->addItem(tr("Make-up working day (调休)"), int(workflow::Calendar::Kind::Workday));
    m_calendarNote = new QLineEdit(page);
    m_calendarNote->setPlaceholderText(tr("e.g. 国庆节"));
    auto* add = new QPushButton(tr("Add"), page);
    auto* remove = new QPushButton(tr("Remove selected"), page);
    auto* importYear = new QPushButton(tr("Import a year's arrangement…"), page);
    importYear->setObjectName(QStringLiteral("importCalendar"));
    importYear->setToolTip(tr("The State Council's holidays and make-up working days for a year, from a CSV or Excel "
                              "file (日期, 类型, 说明) or an iCalendar (.ics) file"));
    auto* form = new QHBoxLayout;
    form->addWidget(m_calendarDay);
    form->addWidget(m_calendarKind);
    form->addWidget(m_calendarNote, 1);
    form->addWidget(add);
    form->addWidget(remove);
    form->addWidget(importYear);
    // A calculator: when does a period of N working days end?
    m_periodStart = dateEdit(page, QDate::currentDate());
    m_periodDays = new QSpinBox(page);
    m_periodDays->setRange(1, 60);
    m_periodDays->setValue(5);
    m_periodEnd = new QLabel(page);
    m_periodEnd->setObjectName(QStringLiteral("periodEnd"));
    auto* calc = new QHBoxLayout;
    calc->addWidget(new QLabel(tr("A period starting on"), page));
    calc->addWidget(m_periodStart);
    calc->addWidget(new QLabel(tr("lasting"), page));
    calc->addWidget(m_periodDays);
    calc->addWidget(new QLabel(tr("working days"), page));
    calc->addWidget(m_periodEnd, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("Monday to Friday are working days, except the public holidays listed here; a Saturday or Sunday listed "
           "as a make-up working day counts as one. The calendar serves every round of the file."),
        page));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_calendar, 1);
    layout->addLayout(form);
    layout->addLayout(calc);
    connect(add, &QPushButton::clicked, this, [this] {
        if (Status s =
                setCalendarDay(m_calendarDay->date(), workflow::Calendar::Kind(m_calendarKind->currentData().toInt()),
                               m_calendarNote->text());
            !s)
            messages::warn(this, tr("Calendar"), s.error().toString());
        m_calendarDay->setDate(m_calendarDay->date().addDays(1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const workflow::CalendarEntry* e = m_calendarModel->at(m_calendar->currentIndex().row());
        if (!e)
            return;
        if (Status s = removeCalendarDay(e->day); !s)
            messages::warn(this, tr("Calendar"), s.error().toString());
    });
    connect(importYear, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a year's arrangement"), QString(),
                                                          tr("Calendars (*.csv *.xlsx *.ics)"));
        if (path.isEmpty())
            return;
        Result<int> n = importCalendarFile(path);
        if (!n)
            messages::warn(this, tr("Calendar"), n.error().toString());
        else
            messages::info(this, tr("Calendar"), tr("%n day(s) imported.", nullptr, *n));
    });
    connect(m_periodStart, &QDateEdit::dateChanged, this, &NoticePage::updatePeriod);
    connect(m_periodDays, &QSpinBox::valueChanged, this, &NoticePage::updatePeriod);
    return page;
}

void NoticePage::reload()
{
    fillNotices();
    fillObjections();
    fillDue();
    fillCalendar();
}

void NoticePage::fillNotices()
{
    Result<QList<qint64>> due = notice::NoticeService(m_workspace.db(), m_workspace.round()).dueToStart();
    const int dueCount = due ? int(due->size()) : 0;
    m_startText->setText(
        tr("The notice's first day has come: %n proposed application(s) can go on public notice.", nullptr, dueCount));
    m_startBanner->setVisible(dueCount > 0);
    m_today = workflow::WorkflowService(m_workspace.db(), m_workspace.round()).today();
    Result<QList<notice::Notice>> notices = notice::NoticeService(m_workspace.db(), m_workspace.round()).notices();
    m_noticesModel->setRecords(notices ? *notices : QList<notice::Notice>());
    if (!notices) {
        m_noticeSummary->setText(notices.error().toString().toHtmlEscaped());
        return;
    }
    fit(m_notices, 4);
    int running = 0;
    for (const notice::Notice& n : *notices)
        running += (n.end >= m_today && n.start <= m_today) ? 1 : 0;
    // Counted by one grouped query (the round may hold 50,000 applications).
    workflow::StateCounts counts;
    (void)counts.read(m_workspace.db(), m_workspace.round().id); // unread, the counts stay 0
    const int proposed = counts.of({State::Proposed});
    const int onNotice = counts.of({State::PublicNotice});
    const int approved = counts.of({State::Approved, State::Construction, State::Valid});
    QString summary = tr("Today %1 · %2 proposed and not yet on notice · %3 on public notice (%4 notice(s) "
                         "running) · %5 approved")
                          .arg(m_today.toString(Qt::ISODate))
                          .arg(proposed)
                          .arg(onNotice)
                          .arg(running)
                          .arg(approved);
    // A notice counted over a year whose holidays the calendar does not know may end on the wrong day.
    QList<int> unknown;
    for (const notice::Notice& n : *notices) {
        Result<QList<int>> years = workflow::yearsWithoutCalendar(m_workspace.db(), n.start, n.end);
        for (int y : years ? *years : QList<int>())
            if (!unknown.contains(y))
                unknown << y;
    }
    if (!unknown.isEmpty())
        summary += QStringLiteral("<br/><span style='color:#B03A2E'>%1</span>")
                       .arg(workflow::missingYearsWarning(unknown).toHtmlEscaped());
    m_noticeSummary->setText(summary);
}

void NoticePage::fillObjections()
{
    Result<QList<notice::Objection>> list = notice::NoticeService(m_workspace.db(), m_workspace.round()).objections();
    m_objectionsModel->setRecords(list ? *list : QList<notice::Objection>());
    fit(m_objections, 4);
}

void NoticePage::fillDue()
{
    m_today = workflow::WorkflowService(m_workspace.db(), m_workspace.round()).today();
    Result<QList<notice::Milestone>> list = notice::milestones(
        m_workspace.db(), m_workspace.round(), m_today.addDays(m_dueDays->value()), m_showMet->isChecked());
    m_dueModel->setRecords(list ? *list : QList<notice::Milestone>());
    fit(m_due, 2);
    int overdue = 0;
    int open = 0;
    for (const notice::Milestone& m : m_dueModel->records()) {
        if (m.doneOn.isValid())
            continue;
        ++open;
        overdue += m.due < m_today ? 1 : 0;
    }
    m_dueSummary->setText(tr("%1 open item(s) due by %2, of which %3 overdue.")
                              .arg(open)
                              .arg(m_today.addDays(m_dueDays->value()).toString(Qt::ISODate))
                              .arg(overdue));
}

void NoticePage::fillCalendar()
{
    Result<QList<workflow::CalendarEntry>> entries = workflow::calendarEntries(m_workspace.db());
    m_calendarModel->setRecords(entries ? *entries : QList<workflow::CalendarEntry>());
    fit(m_calendar, 3);
    updatePeriod();
}

void NoticePage::updatePeriod()
{
    Result<workflow::Calendar> calendar = workflow::Calendar::load(m_workspace.db());
    if (!calendar)
        return;
    const QDate end = calendar->endOfPeriod(m_periodStart->date(), m_periodDays->value());
    QString text = tr("ends on <b>%1</b> (%2)").arg(end.toString(Qt::ISODate), QLocale().dayName(end.dayOfWeek()));
    Result<QList<int>> unknown = workflow::yearsWithoutCalendar(m_workspace.db(), m_periodStart->date(), end);
    if (unknown && !unknown->isEmpty())
        text += QStringLiteral("<br/><span style='color:#B03A2E'>%1</span>")
                    .arg(workflow::missingYearsWarning(*unknown).toHtmlEscaped());
    m_periodEnd->setWordWrap(true);
    m_periodEnd->setText(text);
}

int NoticePage::dueCount() const
{
    return m_dueModel->rowCount();
}

int NoticePage::objectionCount() const
{
    return m_objectionsModel->rowCount();
}

Result<action::Done> NoticePage::run(action::Action action)
{
    return m_workspace.perform(std::move(action), Workspace::Workflow);
}

Result<notice::Notice> NoticePage::publish(const QString& title, const QDate& start, int workingDays,
                                           const QString& contact)
{
    Result<action::Done> done = run(action::publishNotice(m_workspace.round(), title, start, workingDays, contact));
    if (!done)
        return done.takeError();
    const qint64 id = done->out.value(QStringLiteral("notice")).toLongLong();
    Result<QList<notice::Notice>> notices = notice::NoticeService(m_workspace.db(), m_workspace.round()).notices();
    if (!notices)
        return notices.takeError();
    for (const notice::Notice& n : *notices)
        if (n.id == id)
            return n;
    return Error::database(QStringLiteral("the notice just published is missing"));
}

Result<int> NoticePage::startDueNotices()
{
    Result<action::Done> done = run(action::startDueNotices(m_workspace.round()));
    if (!done)
        return done.takeError();
    return done->out.value(QStringLiteral("started")).toInt();
}

Result<notice::Objection> NoticePage::addObjection(const QString& code, const QDate& received, const QString& fromWhom,
                                                   bool sealed, const QString& content)
{
    Result<std::optional<Application>> app =
        ApplicationRepository(m_workspace.db(), m_workspace.round().id).byCode(code);
    if (!app)
        return app.takeError();
    if (!*app)
        return Error::input(tr("there is no application %1 in this round").arg(code));
    Result<action::Done> done =
        run(action::addObjection(m_workspace.round(), (*app)->id, code, received, fromWhom,
                                 sealed ? QStringLiteral("sealed") : QStringLiteral("signed"), content));
    if (!done)
        return done.takeError();
    const qint64 id = done->out.value(QStringLiteral("objection")).toLongLong();
    Result<QList<notice::Objection>> list =
        notice::NoticeService(m_workspace.db(), m_workspace.round()).objections((*app)->id);
    if (!list)
        return list.takeError();
    for (const notice::Objection& o : *list)
        if (o.id == id)
            return o;
    return Error::database(QStringLiteral("the objection just recorded is missing"));
}

Status NoticePage::resolveObjection(qint64 objectionId, const QString& outcome, const QString& handling)
{
    if (Result<action::Done> done = run(action::resolveObjection(m_workspace.round(), objectionId, outcome, handling));
        !done)
        return done.takeError();
    return {};
}

Result<int> NoticePage::approveReady()
{
    Result<action::Done> done = run(action::approveReady(m_workspace.round()));
    if (!done)
        return done.takeError();
    return done->out.value(QStringLiteral("approved")).toInt();
}

Status NoticePage::markMet(qint64 milestoneId, const QDate& day, const QString& note)
{
    if (Result<action::Done> done = run(action::markMilestone(m_workspace.round(), milestoneId, day, note)); !done)
        return done.takeError();
    return {};
}

Status NoticePage::setCalendarDay(const QDate& day, workflow::Calendar::Kind kind, const QString& note)
{
    if (Result<action::Done> done = run(action::setCalendarDay(day, kind, note)); !done)
        return done.takeError();
    return {};
}

Result<int> NoticePage::importCalendarFile(const QString& path)
{
    Result<QList<workflow::CalendarEntry>> read = workflow::readCalendarFile(path);
    if (!read)
        return read.takeError();
    Result<action::Done> done = run(action::importCalendar(*read, QFileInfo(path).fileName()));
    if (!done)
        return done.takeError();
    return done->out.value(QStringLiteral("stored")).toInt();
}

Status NoticePage::removeCalendarDay(const QDate& day)
{
    if (Result<action::Done> done = run(action::removeCalendarDay(day)); !done)
        return done.takeError();
    return {};
}

Result<Round> NoticePage::startReevaluation(int year, const QString& title, int withinDays)
{
    Result<action::Done> done =
        m_workspace.perform(action::startReevaluation(m_workspace.round(), year, title, withinDays),
                            Workspace::Workflow | Workspace::Rounds);
    if (!done)
        return done.takeError();
    RB_TRY(m_workspace.reloadRounds(done->out.value(QStringLiteral("round")).toString()));
    return m_workspace.round();
}

void NoticePage::openPublishDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Publish on public notice"));
    // The notice is an official Chinese document, whatever language the screen speaks.
    auto* title = new QLineEdit(QString::fromUtf8("关于%1拟入选项目的公示").arg(m_workspace.round().title), &dialog);
    title->setObjectName(QStringLiteral("noticeTitle"));
    auto* titleNote = new QLabel(tr("The notice is published in Chinese, as the official document it is."), &dialog);
    titleNote->setStyleSheet(QStringLiteral("color: #666;"));
    titleNote->setWordWrap(true);
    auto* start = dateEdit(&dialog, QDate::currentDate());
    auto* days = new QSpinBox(&dialog);
    days->setRange(1, 60);
    days->setValue(5);
    auto* end = new QLabel(&dialog);
    auto* contact = new QLineEdit(&dialog);
    contact->setPlaceholderText(tr("Address, telephone and e-mail for objections"));
    auto update = [&] {
        Result<workflow::Calendar> c = workflow::Calendar::load(m_workspace.db());
        if (c)
            end->setText(c->endOfPeriod(start->date(), days->value()).toString(Qt::ISODate));
    };
    connect(start, &QDateEdit::dateChanged, &dialog, update);
    connect(days, &QSpinBox::valueChanged, &dialog, update);
    update();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Title:"), title);
    form->addRow(QString(), titleNote);
    form->addRow(tr("First day:"), start);
    form->addRow(tr("Working days:"), days);
    form->addRow(tr("Last day:"), end);
    form->addRow(tr("Contact:"), contact);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<notice::Notice> n = publish(title->text(), start->date(), days->value(), contact->text()); !n)
        messages::warn(this, dialog.windowTitle(), n.error().toString());
}

void NoticePage::openObjectionDialog()
{
    Result<QList<workflow::StatusRow>> rows = workflow::WorkflowService(m_workspace.db(), m_workspace.round()).status();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record an objection"));
    auto* application = new QComboBox(&dialog);
    if (rows) {
        for (const auto& r : *rows) {
            if (states::is(r.state, State::PublicNotice))
                application->addItem(QStringLiteral("%1 %2").arg(r.code, r.title), r.code);
        }
    }
    auto* received = dateEdit(&dialog, QDate::currentDate());
    auto* from = new QLineEdit(&dialog);
    auto* sealed = new QRadioButton(tr("Sealed by an organisation"), &dialog);
    auto* named = new QRadioButton(tr("Signed with a real name"), &dialog);
    sealed->setChecked(true);
    auto* how = new QHBoxLayout;
    how->addWidget(sealed);
    how->addWidget(named);
    auto* content = new QPlainTextEdit(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Application:"), application);
    form->addRow(tr("Received:"), received);
    form->addRow(tr("From:"), from);
    form->addRow(tr("Authenticated:"), how);
    form->addRow(tr("Content:"), content);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 380);
    if (application->count() == 0) {
        messages::warn(this, dialog.windowTitle(), tr("No application is on public notice."));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<notice::Objection> o = addObjection(application->currentData().toString(), received->date(),
                                                   from->text(), sealed->isChecked(), content->toPlainText());
        !o)
        messages::warn(this, dialog.windowTitle(), o.error().toString());
}

void NoticePage::openResolveDialog()
{
    const notice::Objection* objection = m_objectionsModel->at(m_objections->currentIndex().row());
    if (!objection) {
        messages::warn(this, tr("Resolve an objection"), tr("Select an objection first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Resolve an objection"));
    auto* outcome = new QComboBox(&dialog);
    outcome->addItem(tr("Dismissed: the application stays"), QStringLiteral("dismissed"));
    outcome->addItem(tr("Upheld: the application is withdrawn"), QStringLiteral("upheld"));
    auto* handling = new QPlainTextEdit(&dialog);
    handling->setPlaceholderText(tr("How it was verified and handled"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Objection:"), new QLabel(objection->content.left(80), &dialog));
    form->addRow(tr("Outcome:"), outcome);
    form->addRow(tr("Handling:"), handling);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 300);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = resolveObjection(objection->id, outcome->currentData().toString(), handling->toPlainText()); !s)
        messages::warn(this, dialog.windowTitle(), s.error().toString());
}

void NoticePage::openMetDialog()
{
    const notice::Milestone* milestone = m_dueModel->at(m_due->currentIndex().row());
    if (!milestone) {
        messages::warn(this, tr("Mark as met"), tr("Select an item first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark as met"));
    auto* day = dateEdit(&dialog, QDate::currentDate());
    auto* note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("e.g. report received, file number"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Item:"), new QLabel(QStringLiteral("%1 · %2").arg(milestone->applicationCode,
                                                                       notice::milestoneName(milestone->kind)),
                                         &dialog));
    form->addRow(tr("Met on:"), day);
    form->addRow(tr("Note:"), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = markMet(milestone->id, day->date(), note->text()); !s)
        messages::warn(this, dialog.windowTitle(), s.error().toString());
}

void NoticePage::openReevalDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Start a re-evaluation round"));
    auto* year = new QSpinBox(&dialog);
    year->setRange(2000, 2100);
    year->setValue(QDate::currentDate().year());
    // A round's title is printed on its documents: Chinese, whatever language the screen speaks.
    auto* title = new QLineEdit(QString::fromUtf8("%1复评").arg(m_workspace.round().title), &dialog);
    auto* within = new QSpinBox(&dialog);
    within->setRange(0, 3650);
    within->setValue(180);
    within->setSuffix(tr(" days"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Year:"), year);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Titles ending within:"), within);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<Round> r = startReevaluation(year->value(), title->text(), within->value()); !r)
        messages::warn(this, dialog.windowTitle(), r.error().toString());
}

} // namespace rb::ui
