// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action/Action.h"
#include "domain/Round.h"
#include "storage/Database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace rb::ui {

/// An open round database in the GUI: the connection, the round being shown and the undo stack.
/// Pages receive it through their constructor or setWorkspace(); it outlives the main window
/// (which is rebuilt when the language changes).
class Workspace : public QObject {
    Q_OBJECT
public:
    enum Data {
        Applications = 1,
        Experts = 2,
        Criteria = 4,
        Settings = 8,
        Rounds = 16,
        Review = 32,
        Workflow = 64, ///< states, formal review, deliberation, notice, milestones
        Everything = 0xFF
    };
    Q_DECLARE_FLAGS(DataKinds, Data)

    /// Opens \a path (migrating older files) and shows its first round.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const QString& user);
    ~Workspace() override;

    [[nodiscard]] db::Database& db() { return *m_db; }
    [[nodiscard]] const QString& path() const { return m_db->path(); }
    [[nodiscard]] const Round& round() const { return m_round; }
    [[nodiscard]] const QList<Round>& rounds() const { return m_rounds; }
    /// The history, to read (its commands are ActionCommands; push through perform()).
    [[nodiscard]] const QUndoStack* undoStack() const { return &m_undo; }
    [[nodiscard]] bool isModified() const { return !m_undo.isClean(); }

    /// Shows another round of the file. The history stays: undoing an action of another round shows that round.
    void setRound(const QString& code);
    /// Re-reads the list of rounds (after one was added) and optionally switches to \a code.
    Status reloadRounds(const QString& select = {});
    void setUser(const QString& user) { m_db->setUser(user); }

    /// Where to suggest saving an output named "<round code>-\a name": beside the database when that folder is
    /// writable, else in the user's documents folder.
    [[nodiscard]] QString suggestedOutput(const QString& name) const;

    /// Exports and printed documents show experts by their code only (copies for applicants).
    [[nodiscard]] bool expertsByCode() const { return m_expertsByCode; }
    void setExpertsByCode(bool on) { m_expertsByCode = on; }

    /// Applies a user action on this connection and puts it on the history, undoable or as a barrier; then
    /// announces the change. On an error nothing changed and nothing is put on the history.
    Result<action::Done> perform(action::Action action, DataKinds kinds);
    /// Starts a long action off the GUI thread on its own connection, with progress and Cancel (\a label over
    /// \a parent), and returns at once. When it ends it is put on the history like perform(), then \a then gets
    /// its result on the GUI thread; the task's outcome is what \a then returns. Meanwhile other actions, undo
    /// and redo are refused (isBusy()).
    using Then = std::function<Status(const Result<action::Done>& done)>;
    class BackgroundTask* performInBackground(QWidget* parent, const QString& label, action::Action action,
                                              DataKinds kinds, Then then);
    /// A long action is running: the data is being changed on another connection.
    [[nodiscard]] bool isBusy() const { return !m_busy.isEmpty(); }
    /// Takes back the latest action (refused at a barrier or when its rows were changed since: nothing changes).
    Status undo();
    Status redo();
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] bool canRedo() const;
    /// Edit ▸ Undo and Redo, their text and state following the history ("Cannot undo “Publish notice …”").
    QAction* createUndoAction(QObject* parent);
    QAction* createRedoAction(QObject* parent);

    /// Announces that data changed (after undo/redo or an action).
    void notifyChanged(DataKinds kinds);

Q_SIGNALS:
    void roundChanged();
    void dataChanged(rb::ui::Workspace::DataKinds kinds);
    void modifiedChanged(bool modified);
    /// An undo or redo was refused or failed; the widget shows why.
    void commandFailed(const QString& message);
    /// The history changed (an action done, undone or redone, a barrier reached).
    void historyChanged();
    /// Undo or redo put rows back as they were: views that keep edits of their own re-read them.
    void restored(rb::ui::Workspace::DataKinds kinds);

private:
    Workspace(std::unique_ptr<db::Database> db, QList<Round> rounds);
    void push(action::Done done, DataKinds kinds);
    /// A write by another program since the last action becomes a barrier: what is older cannot be trusted.
    void noticeForeignChanges();
    void rememberVersion();
    [[nodiscard]] Status refuseWhileBusy() const;
    [[nodiscard]] class ActionCommand* command(int index) const;
    /// Undoes (or redoes, \a forward) \a c on the history, showing its round; a refusal changes nothing.
    Status step(ActionCommand* c, bool forward);
    void updateUndoAction(QAction* undo) const;
    void updateRedoAction(QAction* redo) const;

    std::unique_ptr<db::Database> m_db;
    QList<Round> m_rounds;
    Round m_round;
    QUndoStack m_undo;
    qint64 m_dataVersion = 0;
    QString m_busy;        ///< the label of the long action running, if any
    quint64 m_busyRun = 0; ///< counts the long actions started; the one running is the latest
    bool m_expertsByCode = false;
};

} // namespace rb::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(rb::ui::Workspace::DataKinds)
