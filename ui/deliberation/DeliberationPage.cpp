// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/DeliberationPage.h"
#include "repo/RoundSettings.h"

#include "deliberation/Labels.h"
#include "report/ReportActions.h"

#include "action/DeliberationActions.h"

#include "common/BackgroundJob.h"
#include "common/LazyReload.h"
#include "common/Messages.h"
#include "deliberation/Attendance.h"
#include "deliberation/CaseView.h"
#include "deliberation/CommitteeDialog.h"
#include "deliberation/MeetingModels.h"
#include "storage/Schema.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
/// Rounds up to this many applications show each case's robustness at the meeting.
constexpr qsizetype kRobustnessLimit = 5000;
} // namespace

namespace {
QString meetingStatusName(const QString& status)
{
    if (status == QLatin1String("open"))
        return DeliberationPage::tr("in session");
    if (status == QLatin1String("closed"))
        return DeliberationPage::tr("closed");
    return DeliberationPage::tr("planned");
}
} // namespace

DeliberationPage::DeliberationPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_meeting(new QComboBox(this)), m_meetingInfo(new QLabel(this)),
      m_attendance(new QListView(this)), m_attendanceModel(new AttendanceModel(this)), m_agenda(new QListView(this)),
      m_agendaModel(new AgendaModel(this)), m_prepare(new QPushButton(tr("Put ready cases on the agenda"), this)),
      m_up(new QPushButton(tr("Earlier"), this)), m_down(new QPushButton(tr("Later"), this)),
      m_close(new QPushButton(tr("Close meeting"), this)), m_case(new CaseView(workspace, this))
{
    setObjectName(QStringLiteral("deliberationPage"));
    m_meeting->setObjectName(QStringLiteral("meetingChoice"));
    m_meeting->setMinimumContentsLength(24);
    m_meetingInfo->setObjectName(QStringLiteral("meetingInfo"));
    m_meetingInfo->setWordWrap(true);
    m_attendance->setObjectName(QStringLiteral("meetingAttendance"));
    m_attendance->setModel(m_attendanceModel);
    m_agenda->setObjectName(QStringLiteral("meetingAgenda"));
    m_agenda->setModel(m_agendaModel);
    m_agenda->setWordWrap(true);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_prepare->setObjectName(QStringLiteral("prepareAgenda"));
    m_up->setToolTip(tr("Move the case earlier on the agenda (the chair's order)"));
    m_down->setToolTip(tr("Move the case later on the agenda"));
    auto* newMeeting = new QPushButton(tr("New meeting…"), this);
    newMeeting->setObjectName(QStringLiteral("newMeeting"));
    auto* committee = new QPushButton(tr("Committee…"), this);
    committee->setObjectName(QStringLiteral("committeeButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Meeting:"), this));
    top->addWidget(m_meeting, 1);
    top->addWidget(newMeeting);
    top->addWidget(committee);
    top->addWidget(m_close);
    top->addWidget(ReportActions::button(
        workspace, this, {report::Kind::Minutes, report::Kind::Summary}, [this](report::Kind kind) {
            // The minutes of the meeting shown; the score summary of the case shown.
            report::Request r;
            r.kind = kind;
            if (kind == report::Kind::Minutes) {
                deliberation::DeliberationService service(m_workspace.db(), m_workspace.round());
                if (Result<QList<deliberation::Meeting>> all = service.meetings())
                    for (int i = 0; i < all->size(); ++i)
                        if (all->at(i).id == meetingId())
                            r.meeting = i + 1;
            } else if (m_case->caseId()) {
                r.application = m_case->current().applicationCode;
            }
            return r;
        }));

    auto* attendanceBox = new QGroupBox(tr("Attendance"), this);
    auto* attendanceLayout = new QVBoxLayout(attendanceBox);
    attendanceLayout->addWidget(m_attendance);
    auto* agendaBox = new QGroupBox(tr("Agenda"), this);
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agenda, 1);
    auto* order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    agendaLayout->addLayout(order);
    agendaLayout->addWidget(m_prepare);
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(attendanceBox);
    side->addWidget(agendaBox);
    side->setStretchFactor(1, 2);
    auto* sidePanel = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(sidePanel);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_meetingInfo);
    sideLayout->addWidget(side, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(sidePanel);
    split->addWidget(m_case);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_meeting, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillMeeting();
    });
    connect(newMeeting, &QPushButton::clicked, this, &DeliberationPage::openMeetingDialog);
    connect(committee, &QPushButton::clicked, this, &DeliberationPage::openCommitteeDialog);
    connect(m_prepare, &QPushButton::clicked, this, [this] {
        if (Status s = prepareAgenda(); !s)
            messages::warn(this, tr("Agenda"), s.error().toString());
    });
    connect(m_up, &QPushButton::clicked, this, [this] { (void)moveCurrentCase(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { (void)moveCurrentCase(1); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        const qint64 id = meetingId();
        if (!id || !messages::confirm(this, tr("Close meeting"), tr("Close the meeting? Its record is then final.")))
            return;
        QString title;
        for (const auto& m : std::as_const(m_meetings))
            if (m.id == id)
                title = m.title;
        if (Result<action::Done> done =
                m_workspace.perform(action::closeMeeting(m_workspace.round(), id, title), Workspace::Workflow);
            !done)
            messages::warn(this, tr("Close meeting"), done.error().toString());
        else
            fillMeetings(id);
    });
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_filling)
                    return;
                // Keep what was typed for the case being left; when it cannot be saved, stay on that case with its
                // text.
                if (const qint64 leaving = m_case->caseId()) {
                    if (Status s = m_case->saveRecord(); !s) {
                        messages::warn(this, tr("Save the record"), s.error().toString());
                        fillAgenda(leaving);
                        return;
                    }
                }
                m_case->showCase(current.isValid() ? current.data(AgendaModel::CaseIdRole).toLongLong() : 0);
            });
    connect(m_attendanceModel, &AttendanceModel::presenceRequested, this, [this](const QString& name, bool present) {
        QMetaObject::invokeMethod(
            this,
            [this, name, present] {
                if (Status s = setPresent(name, present); !s)
                    messages::warn(this, tr("Attendance"), s.error().toString());
            },
            Qt::QueuedConnection);
    });
    connect(m_case, &CaseView::caseChanged, this, [this](qint64 id) { fillAgenda(id); });
    connect(m_case, &CaseView::concluded, this, &DeliberationPage::showNextOpenCase);
    // The scores shown with each case come from a consolidation of the round: redone when the scores, criteria or
    // rules change and the page is on screen (else when it is next shown).
    m_job = new BackgroundJob(this);
    m_resultsLazy = new LazyReload(this, [this] { reloadResults(); });
    m_meetingsLazy = new LazyReload(this, [this] { fillMeetings(meetingId()); });
    connect(&m_workspace, &Workspace::roundChanged, this, [this] {
        m_case->showCase(0);
        m_resultsLazy->request();
        m_meetingsLazy->request();
    });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Review | Workspace::Criteria | Workspace::Settings))
            m_resultsLazy->request();
        if (kinds & Workspace::Workflow)
            m_meetingsLazy->request();
    });
    connect(&m_workspace, &Workspace::restored, this, [this](Workspace::DataKinds kinds) {
        if ((kinds & Workspace::Workflow) && m_case->caseId())
            m_case->reread();
    });
    m_resultsLazy->request(); // filled when first shown
    m_meetingsLazy->request();
}

void DeliberationPage::reload()
{
    reloadResults();
    fillMeetings(meetingId());
}

void DeliberationPage::reloadResults()
{
    // The scores shown with each case: a consolidation of the round on a worker thread with its own connection,
    // while the page stays usable; a newer change cancels the run going.
    const QString path = m_workspace.path();
    const Round round = m_workspace.round();
    struct Output {
        std::optional<consolidation::Results> results;
        QList<consolidation::SensitivityRow> sensitivity;
        QList<consolidation::PivotalRow> pivotal;
        int quota = 0;
        bool robustness = false;
    };
    auto out = std::make_shared<Output>();
    m_job->start(
        [path, round, out](const Progress& progress) -> Status {
            Result<std::unique_ptr<db::Database>> db = db::schema::open(path, db::OpenMode::ReadOnly);
            if (!db)
                return db.takeError();
            (*db)->setCancelCheck(progress);
            Result<consolidation::Results> r = consolidation::consolidate(**db, round);
            if (!r)
                return r.takeError();
            // How firm each case's rank is, for rounds a meeting goes through case by case (a national round of
            // 50,000 computes it on the Results page when asked).
            out->robustness = r->applications.size() <= kRobustnessLimit;
            out->results = std::move(*r);
            if (out->robustness) {
                consolidation::SensitivityOptions options;
                options.samples = 200;
                RB_VALUE(consolidation::Robustness r, consolidation::robustness(**db, round, options, true, progress));
                out->sensitivity = std::move(r.sensitivity);
                out->pivotal = std::move(r.pivotal);
                out->quota = r.quota;
            }
            return {};
        },
        [this, out](const Status& status) {
            if (!isVisible()) {
                m_resultsLazy->markPending();
                return;
            }
            if (out->results) {
                m_case->setRobustness(out->sensitivity, out->pivotal, out->quota, out->robustness);
                m_case->setResults(*out->results);
            } else if (status.error().kind != ErrorKind::Cancelled) {
                messages::warn(this, tr("Deliberation"), status.error().toString());
            }
        });
}

bool DeliberationPage::isBusy() const
{
    return m_job->isRunning();
}

void DeliberationPage::hideEvent(QHideEvent* event)
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_resultsLazy->markPending();
    }
    QWidget::hideEvent(event);
}

qint64 DeliberationPage::meetingId() const
{
    const int i = m_meeting->currentIndex();
    return i >= 0 && i < m_meetings.size() ? m_meetings[i].id : 0;
}

int DeliberationPage::agendaSize() const
{
    return m_agendaModel->rowCount();
}

void DeliberationPage::fillMeetings(qint64 select)
{
    Result<QList<deliberation::Meeting>> meetings =
        deliberation::DeliberationService(m_workspace.db(), m_workspace.round()).meetings();
    m_meetings = meetings ? *meetings : QList<deliberation::Meeting>{};
    m_filling = true;
    m_meeting->clear();
    int index = int(m_meetings.size()) - 1; // the latest meeting by default
    for (int i = 0; i < m_meetings.size(); ++i) {
        const deliberation::Meeting& m = m_meetings[i];
        m_meeting->addItem(QStringLiteral("%1 · %2 (%3)").arg(m.heldOn, m.title, meetingStatusName(m.status)));
        if (m.id == select)
            index = i;
    }
    if (m_meetings.isEmpty())
        m_meeting->addItem(tr("No meeting yet: create one"));
    m_meeting->setCurrentIndex(std::max(0, index));
    m_filling = false;
    fillMeeting();
}

void DeliberationPage::fillMeeting()
{
    const qint64 id = meetingId();
    const deliberation::Meeting* meeting = nullptr;
    for (const auto& m : std::as_const(m_meetings)) {
        if (m.id == id)
            meeting = &m;
    }
    const bool open = meeting && meeting->status != QLatin1String("closed");
    m_prepare->setEnabled(open);
    m_up->setEnabled(open);
    m_down->setEnabled(open);
    m_close->setEnabled(open);
    if (!meeting) {
        m_attendanceModel->setAttendees({}, false);
        m_meetingInfo->setText(tr("Create the committee, then a meeting, then put the ready cases on its agenda."));
        fillAgenda(0);
        return;
    }
    Result<QList<deliberation::Attendee>> people = deliberation::attendance(m_workspace.db(), m_workspace.round(), id);
    QString chair;
    int present = 0;
    int members = 0;
    if (people) {
        for (const deliberation::Attendee& a : *people) {
            if (a.votes) {
                ++members;
                present += a.present ? 1 : 0;
            }
            if (meeting->chairId && a.member.id == *meeting->chairId)
                chair = a.member.name;
        }
    }
    m_attendanceModel->setAttendees(people ? *people : QList<deliberation::Attendee>(), open);
    const deliberation::Rule rule = deliberation::DeliberationService(m_workspace.db(), m_workspace.round()).rule();
    m_meetingInfo->setText(
        tr("%1, %2 · chair: %3\n%4 of %5 members present; quorum %6 (%7%), a conclusion needs %8% of those present")
            .arg(meeting->heldOn, meeting->place.isEmpty() ? tr("place not set") : meeting->place,
                 chair.isEmpty() ? tr("not set") : chair)
            .arg(present)
            .arg(members)
            .arg(int(std::ceil(rule.quorum * members - 1e-9)))
            .arg(qRound(rule.quorum * 100))
            .arg(qRound(rule.passRatio * 100)));
    fillAgenda(m_case->caseId());
}

void DeliberationPage::fillAgenda(qint64 selectCase)
{
    m_filling = true;
    QList<deliberation::Case> agenda;
    if (const qint64 id = meetingId()) {
        Result<QList<deliberation::Case>> cases =
            deliberation::DeliberationService(m_workspace.db(), m_workspace.round()).agenda(id);
        if (cases)
            agenda = *cases;
    }
    m_agendaModel->setCases(agenda);
    const int select = m_agendaModel->rowOf(selectCase);
    m_agenda->setCurrentIndex(m_agendaModel->index(select));
    m_filling = false;
    if (select < 0 && m_case->caseId())
        m_case->showCase(0);
}

void DeliberationPage::showNextOpenCase(qint64 concludedCase)
{
    const int count = m_agendaModel->rowCount();
    const int from = std::max(0, m_agendaModel->rowOf(concludedCase));
    // The next case still open after the one concluded, else the first open one before it.
    for (int k = 1; k <= count; ++k) {
        const int i = (from + k) % count;
        if (m_agendaModel->index(i).data(AgendaModel::OpenRole).toBool()) {
            showCaseAt(i);
            return;
        }
    }
}

void DeliberationPage::showCaseAt(int row)
{
    m_agenda->setCurrentIndex(m_agendaModel->index(row));
}

Status DeliberationPage::moveCurrentCase(int delta)
{
    const qint64 id = m_case->caseId();
    if (!id)
        return Error::input(tr("choose a case first"));
    Result<action::Done> done = m_workspace.perform(
        action::moveCase(m_workspace.round(), id, m_case->current().applicationCode, delta), Workspace::Workflow);
    if (!done)
        return done.takeError();
    fillAgenda(id);
    return {};
}

Result<qint64> DeliberationPage::createMeeting(const QString& title, const QDate& day, const QString& place)
{
    action::MeetingPlan plan;
    plan.title = title;
    plan.day = day;
    plan.place = place;
    Result<action::Done> done =
        m_workspace.perform(action::holdMeeting(m_workspace.round(), plan), Workspace::Workflow);
    if (!done)
        return done.takeError();
    const qint64 id = done->out.value(QStringLiteral("meeting")).toLongLong();
    fillMeetings(id);
    return id;
}

void DeliberationPage::showMeeting(qint64 id)
{
    fillMeetings(id);
}

Status DeliberationPage::setPresent(const QString& memberName, bool present)
{
    const qint64 id = meetingId();
    if (!id)
        return Error::input(tr("create a meeting first"));
    Result<action::Done> done =
        m_workspace.perform(action::setAttendance(m_workspace.round(), id, memberName, present), Workspace::Workflow);
    if (!done) {
        fillMeeting(); // show the box as it really is
        return done.takeError();
    }
    if (m_case->caseId())
        m_case->reread(); // the case's members show the attendance; the record typed so far stays
    return {};
}

Status DeliberationPage::prepareAgenda()
{
    const qint64 id = meetingId();
    if (!id)
        return Error::input(tr("create a meeting first"));
    Result<action::Done> done =
        m_workspace.perform(action::prepareAgenda(m_workspace.round(), id), Workspace::Workflow);
    if (!done)
        return done.takeError();
    if (m_agendaModel->rowCount() > 0 && !m_case->caseId())
        showCaseAt(0);
    return {};
}

void DeliberationPage::openCommitteeDialog()
{
    CommitteeDialog dialog(m_workspace, this);
    dialog.exec();
}

void DeliberationPage::openMeetingDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New meeting"));
    auto* title = new QLineEdit(&dialog);
    title->setText(tr("Deliberation meeting of %1").arg(m_workspace.round().title));
    auto* day = new QDateEdit(QDate::currentDate(), &dialog);
    day->setCalendarPopup(true);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* place = new QLineEdit(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Date:"), day);
    form->addRow(tr("Place:"), place);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<qint64> m = createMeeting(title->text(), day->date(), place->text()); !m)
        messages::warn(this, tr("New meeting"), m.error().toString());
}

} // namespace rb::ui
