// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/ActionCommand.h"

#include "document/Workspace.h"

namespace rb::ui {

ActionCommand::ActionCommand(Workspace& workspace, action::Done done, int kinds, QString roundCode)
    : QUndoCommand(done.text), m_workspace(workspace), m_done(std::move(done)), m_kinds(kinds),
      m_roundCode(std::move(roundCode)), m_state(m_done.kind == action::Kind::Barrier ? State::Barrier : State::Live)
{}

void ActionCommand::undo()
{
    if (m_skip) {
        m_skip = false;
        return;
    }
    m_status = action::undo(m_workspace.db(), m_done);
    if (!m_status)
        m_state = State::Dead;
}

void ActionCommand::redo()
{
    if (m_skip) {
        m_skip = false;
        return;
    }
    m_status = action::redo(m_workspace.db(), m_done);
    if (!m_status)
        m_state = State::Dead;
}

} // namespace rb::ui
