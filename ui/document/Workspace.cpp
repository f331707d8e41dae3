// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Workspace.h"

#include "common/BackgroundTask.h"
#include "document/ActionCommand.h"

#include "repo/RoundRepository.h"
#include "storage/Schema.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <algorithm>

namespace rb::ui {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& user)
{
    Result<std::unique_ptr<db::Database>> opened = db::schema::open(path);
    if (!opened)
        return opened.takeError();
    (*opened)->setUser(user);
    Result<QList<Round>> rounds = RoundRepository(**opened).list();
    if (!rounds)
        return rounds.takeError();
    if (rounds->isEmpty())
        return Error::input(tr("%1 holds no review round").arg(path));
    return std::unique_ptr<Workspace>(new Workspace(std::move(*opened), *rounds));
}

Workspace::Workspace(std::unique_ptr<db::Database> db, QList<Round> rounds)
    : m_db(std::move(db)), m_rounds(std::move(rounds)), m_round(m_rounds.last())
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
    rememberVersion();
}

Workspace::~Workspace() = default;

void Workspace::setRound(const QString& code)
{
    for (const Round& r : m_rounds) {
        if (r.code == code && r.id != m_round.id) {
            m_round = r;
            Q_EMIT roundChanged();
            return;
        }
    }
}

Status Workspace::reloadRounds(const QString& select)
{
    Result<QList<Round>> rounds = RoundRepository(*m_db).list();
    if (!rounds)
        return rounds.takeError();
    m_rounds = *rounds;
    bool shownExists = false;
    for (const Round& r : std::as_const(m_rounds)) {
        if (r.id == m_round.id) {
            m_round = r; // its title or template may have changed
            shownExists = true;
        }
    }
    Q_EMIT dataChanged(Rounds);
    if (!select.isEmpty())
        setRound(select);
    else if (!shownExists && !m_rounds.isEmpty())
        setRound(m_rounds.last().code); // the round shown was taken back by undo
    return {};
}

QString Workspace::suggestedOutput(const QString& name) const
{
    QString folder = QFileInfo(path()).absolutePath();
    if (!QFileInfo(folder).isWritable())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(m_round.code + QLatin1Char('-') + name);
}

void Workspace::notifyChanged(DataKinds kinds)
{
    Q_EMIT dataChanged(kinds);
}

Status Workspace::refuseWhileBusy() const
{
    if (m_busy.isEmpty())
        return {};
    return Error::input(tr("Wait until “%1” has finished").arg(m_busy));
}

Result<action::Done> Workspace::perform(action::Action action, DataKinds kinds)
{
    RB_TRY(refuseWhileBusy());
    noticeForeignChanges();
    Result<action::Done> done = action::perform(*m_db, std::move(action));
    if (!done)
        return done;
    push(*done, kinds);
    return done;
}

BackgroundTask* Workspace::performInBackground(QWidget* parent, const QString& label, action::Action action,
                                               DataKinds kinds, Then then)
{
    if (Status busy = refuseWhileBusy(); !busy) {
        (void)then(busy.error());
        return BackgroundTask::done(parent, busy);
    }
    noticeForeignChanges();
    const QString path = m_db->path();
    const QString user = m_db->user();
    auto done = std::make_shared<std::optional<action::Done>>();
    m_busy = label;
    const quint64 run = ++m_busyRun; // which run the workspace waits for: a later one is not freed by this one
    Q_EMIT historyChanged();         // Undo and Redo wait
    QPointer<Workspace> self(this);
    BackgroundTask* task = BackgroundTask::start(
        parent, label,
        [path, user, done, action = std::move(action)](const Progress& progress) mutable -> Status {
            // Each worker opens its own connection (a connection is not shared between threads).
            Result<std::unique_ptr<db::Database>> db = db::schema::open(path);
            if (!db)
                return db.takeError();
            (*db)->setUser(user);
            // Cancel reaches into every statement: the action's transaction is rolled back.
            (*db)->setCancelCheck(progress);
            Result<action::Done> r = action::perform(**db, std::move(action), progress);
            if (!r)
                return r.takeError();
            *done = std::move(*r);
            return {};
        },
        [self, kinds, done, run, then = std::move(then)](const Status& status) -> Status {
            Workspace* ws = self.data();
            if (ws == nullptr)
                return status;
            if (ws->m_busyRun == run)
                ws->m_busy.clear();
            Q_EMIT ws->historyChanged();
            if (!status) {
                // A barrier that commits its own steps may have written some before it stopped: the history
                // cannot reach past it.
                ws->noticeForeignChanges();
                ws->notifyChanged(kinds);
                return then(status.error());
            }
            ws->push(**done, kinds); // done on another connection: its commit is not a foreign change
            return then(std::move(**done));
        });
    // Destroyed with its window before it ended: cancelled, and what follows never runs. The data is free again;
    // what a barrier committed before it stopped becomes a foreign change.
    connect(task, &QObject::destroyed, this, [this, kinds, run] {
        if (m_busy.isEmpty() || m_busyRun != run)
            return; // ended normally, or another long action has started since
        m_busy.clear();
        noticeForeignChanges();
        notifyChanged(kinds);
        Q_EMIT historyChanged();
    });
    return task;
}

void Workspace::push(action::Done done, DataKinds kinds)
{
    // An action that changed nothing leaves no step in the history.
    if (!done.changedNothing())
        m_undo.push(new ActionCommand(*this, std::move(done), int(kinds), m_round.code));
    rememberVersion();
    if (kinds & Rounds)
        (void)reloadRounds();
    notifyChanged(kinds);
    Q_EMIT historyChanged();
}

void Workspace::rememberVersion()
{
    if (Result<qint64> v = action::dataVersion(*m_db))
        m_dataVersion = *v;
}

void Workspace::noticeForeignChanges()
{
    Result<qint64> v = action::dataVersion(*m_db);
    if (!v || *v == m_dataVersion)
        return;
    action::Done foreign;
    foreign.key = QStringLiteral("external");
    foreign.text = tr("changes made by another program");
    foreign.kind = action::Kind::Barrier;
    m_undo.push(new ActionCommand(*this, std::move(foreign), int(Everything), m_round.code));
    m_dataVersion = *v;
    Q_EMIT historyChanged();
}

ActionCommand* Workspace::command(int index) const
{
    if (index < 0 || index >= m_undo.count())
        return nullptr;
    return static_cast<ActionCommand*>(const_cast<QUndoCommand*>(m_undo.command(index)));
}

bool Workspace::canUndo() const
{
    const ActionCommand* c = command(m_undo.index() - 1);
    return !isBusy() && c && c->state() == ActionCommand::State::Live;
}

bool Workspace::canRedo() const
{
    const ActionCommand* c = command(m_undo.index());
    return !isBusy() && c && c->state() == ActionCommand::State::Live;
}

Status Workspace::undo()
{
    RB_TRY(refuseWhileBusy());
    noticeForeignChanges();
    ActionCommand* c = command(m_undo.index() - 1);
    if (!c)
        return {};
    if (c->state() != ActionCommand::State::Live)
        return Error::input(c->state() == ActionCommand::State::Barrier
                                ? tr("“%1” is final and cannot be undone; record a counter-action with its reason "
                                     "instead")
                                      .arg(c->text())
                                : tr("“%1” can no longer be undone").arg(c->text()));
    return step(c, false);
}

Status Workspace::redo()
{
    RB_TRY(refuseWhileBusy());
    noticeForeignChanges();
    ActionCommand* c = command(m_undo.index());
    if (!c || c->state() != ActionCommand::State::Live)
        return {};
    return step(c, true);
}

Status Workspace::step(ActionCommand* c, bool forward)
{
    if (c->roundCode() != m_round.code)
        setRound(c->roundCode());
    forward ? m_undo.redo() : m_undo.undo();
    const auto kinds = DataKinds::fromInt(c->kinds());
    if (c->state() == ActionCommand::State::Dead) {
        // Refused (a row it changed was changed since): back where it was, and the history stops at it.
        c->skipNext();
        forward ? m_undo.undo() : m_undo.redo();
        Q_EMIT historyChanged();
        Q_EMIT commandFailed(c->lastStatus().error().toString());
        return c->lastStatus();
    }
    rememberVersion();
    if (kinds & Rounds)
        (void)reloadRounds();
    notifyChanged(kinds);
    Q_EMIT restored(kinds);
    Q_EMIT historyChanged();
    return {};
}

void Workspace::updateUndoAction(QAction* undo) const
{
    const ActionCommand* c = command(m_undo.index() - 1);
    undo->setEnabled(canUndo());
    if (!c) {
        undo->setText(tr("Undo"));
        undo->setToolTip(tr("Nothing to undo"));
    } else if (c->state() == ActionCommand::State::Live) {
        undo->setText(tr("Undo %1").arg(c->text()));
        undo->setToolTip(undo->text());
    } else {
        undo->setText(tr("Cannot undo “%1”").arg(c->text()));
        undo->setToolTip(c->state() == ActionCommand::State::Barrier
                             ? tr("It is final: record a counter-action with its reason instead")
                             : tr("What it changed was changed again since"));
    }
}

void Workspace::updateRedoAction(QAction* redo) const
{
    const ActionCommand* c = command(m_undo.index());
    redo->setEnabled(canRedo());
    redo->setText(c && c->state() == ActionCommand::State::Live ? tr("Redo %1").arg(c->text()) : tr("Redo"));
    redo->setToolTip(redo->text());
}

QAction* Workspace::createUndoAction(QObject* parent)
{
    auto* undo = new QAction(tr("Undo"), parent);
    connect(undo, &QAction::triggered, this, [this] { (void)this->undo(); });
    connect(this, &Workspace::historyChanged, undo, [this, undo] { updateUndoAction(undo); });
    connect(&m_undo, &QUndoStack::indexChanged, undo, [this, undo] { updateUndoAction(undo); });
    updateUndoAction(undo);
    return undo;
}

QAction* Workspace::createRedoAction(QObject* parent)
{
    auto* redo = new QAction(tr("Redo"), parent);
    connect(redo, &QAction::triggered, this, [this] { (void)this->redo(); });
    connect(this, &Workspace::historyChanged, redo, [this, redo] { updateRedoAction(redo); });
    connect(&m_undo, &QUndoStack::indexChanged, redo, [this, redo] { updateRedoAction(redo); });
    updateRedoAction(redo);
    return redo;
}

} // namespace rb::ui
