// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }
    [[nodiscard]] bool isModified() const { return !m_undo.isClean() || m_changedOutsideUndo; }

    /// Shows another round of the file (clears the undo history, which belongs to one round).
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

    /// Announces that data changed. \a undoable = false for changes that bypass the undo stack
    /// (imports): the history is cleared since older commands may no longer apply.
    void notifyChanged(DataKinds kinds, bool undoable = true);

Q_SIGNALS:
    void roundChanged();
    void dataChanged(rb::ui::Workspace::DataKinds kinds);
    void modifiedChanged(bool modified);
    /// A command failed while being applied (e.g. the disk is full); the widget shows it.
    void commandFailed(const QString& message);

private:
    Workspace(std::unique_ptr<db::Database> db, QList<Round> rounds);

    std::unique_ptr<db::Database> m_db;
    QList<Round> m_rounds;
    Round m_round;
    QUndoStack m_undo;
    bool m_changedOutsideUndo = false;
    bool m_expertsByCode = false;
};

} // namespace rb::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(rb::ui::Workspace::DataKinds)
