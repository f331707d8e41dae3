// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/ReplaceCriteriaCommand.h"

#include "repo/CriteriaRepository.h"

namespace rb::ui {

ReplaceCriteriaCommand::ReplaceCriteriaCommand(Workspace& workspace, QList<Criterion> before, QList<Criterion> after,
                                               const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after))
{}

void ReplaceCriteriaCommand::redo()
{
    apply(m_after);
}

void ReplaceCriteriaCommand::undo()
{
    apply(m_before);
}

void ReplaceCriteriaCommand::apply(const QList<Criterion>& items)
{
    db::Database& db = m_workspace.db();
    db::Transaction tx(db);
    Status status = tx.status();
    if (status) {
        Result<CriteriaRepository::Changes> changes = CriteriaRepository(db, m_workspace.round().id).replace(items);
        status = changes ? tx.commit() : Status(changes.takeError());
    }
    if (!status) {
        // The stack must not hold a command whose effect is not in the file.
        setObsolete(true);
        Q_EMIT m_workspace.commandFailed(status.error().toString());
    }
    m_workspace.notifyChanged(Workspace::Criteria);
}

} // namespace rb::ui
