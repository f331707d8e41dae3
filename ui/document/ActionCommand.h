// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action/Action.h"

#include <QUndoCommand>

namespace rb::ui {

class Workspace;

/// One done action on the undo stack: undo and redo apply its recorded changes in the file (refused, changing
/// nothing, when the rows were changed since). A barrier (a final decision, a merge, a change by another
/// program) cannot be undone; Undo stops at it and says so.
class ActionCommand : public QUndoCommand {
public:
    enum class State {
        Live,    ///< undoable
        Barrier, ///< final: undo stops here
        Dead,    ///< its undo or redo was refused: the history stops here
    };

    ActionCommand(Workspace& workspace, action::Done done, int kinds, QString roundCode);

    void undo() override;
    void redo() override;

    [[nodiscard]] const action::Done& done() const { return m_done; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int kinds() const { return m_kinds; }
    [[nodiscard]] const QString& roundCode() const { return m_roundCode; }
    /// The error of the last undo or redo (it made the command dead).
    [[nodiscard]] const Status& lastStatus() const { return m_status; }
    /// The stack calls redo() when a command is pushed and undo()/redo() to move back after a refusal: the next
    /// call is skipped.
    void skipNext() { m_skip = true; }

private:
    Workspace& m_workspace;
    action::Done m_done;
    int m_kinds;
    QString m_roundCode;
    State m_state;
    Status m_status;
    bool m_skip = true; // the action is applied already when it is pushed
};

} // namespace rb::ui
