// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewCommands.h"

#include "review/Assignments.h"

namespace rb::ui {

namespace {
/// Runs \a work in one transaction and reports a failure through the workspace.
bool transact(Workspace& ws, QUndoCommand* command, const std::function<Status()>& work)
{
    db::Transaction tx(ws.db());
    Status status = tx.status();
    if (status)
        status = work();
    if (status)
        status = tx.commit();
    if (!status) {
        command->setObsolete(true);
        Q_EMIT ws.commandFailed(status.error().toString());
    }
    ws.notifyChanged(Workspace::Review);
    return status.ok();
}
} // namespace

ToggleAssignmentCommand::ToggleAssignmentCommand(Workspace& workspace, qint64 expertId, qint64 applicationId,
                                                 bool assign, const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_expert(expertId), m_application(applicationId), m_assign(assign)
{}

void ToggleAssignmentCommand::redo()
{
    apply(m_assign);
}

void ToggleAssignmentCommand::undo()
{
    apply(!m_assign);
}

void ToggleAssignmentCommand::apply(bool assign)
{
    transact(m_workspace, this, [&]() -> Status {
        AssignmentRepository repo(m_workspace.db(), m_workspace.round());
        if (assign) {
            Result<Assignment> a = repo.add(m_expert, m_application);
            return a ? Status() : Status(a.error());
        }
        Result<std::optional<Assignment>> existing = repo.find(m_expert, m_application);
        if (!existing)
            return existing.takeError();
        return *existing ? repo.remove((*existing)->id) : Status();
    });
}

AutoAssignCommand::AutoAssignCommand(Workspace& workspace, int perApplication, quint64 seed, const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_perApplication(perApplication), m_seed(seed)
{}

void AutoAssignCommand::redo()
{
    Result<AssignReport> report =
        AssignmentRepository(m_workspace.db(), m_workspace.round()).assign(m_perApplication, false, m_seed);
    if (!report) {
        m_status = report.error();
        setObsolete(true);
    } else {
        m_created = report->createdUids;
    }
    m_workspace.notifyChanged(Workspace::Review);
}

void AutoAssignCommand::undo()
{
    transact(m_workspace, this, [&]() -> Status {
        AssignmentRepository repo(m_workspace.db(), m_workspace.round());
        for (const QString& uid : m_created)
            RB_TRY(repo.removeByUid(uid));
        return {};
    });
}

DeclareConflictCommand::DeclareConflictCommand(Workspace& workspace, qint64 expertId, qint64 applicationId,
                                               QString reason, const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_expert(expertId), m_application(applicationId),
      m_reason(std::move(reason))
{}

void DeclareConflictCommand::redo()
{
    transact(m_workspace, this, [&]() -> Status {
        Result<std::optional<Assignment>> existing =
            AssignmentRepository(m_workspace.db(), m_workspace.round()).find(m_expert, m_application);
        if (!existing)
            return existing.takeError();
        m_previousStatus = *existing ? (*existing)->status : QString();
        return ConflictService(m_workspace.db(), m_workspace.round())
            .declare(m_expert, m_application, Conflict::Type::Declared, m_reason);
    });
}

void DeclareConflictCommand::undo()
{
    transact(m_workspace, this, [&]() -> Status {
        ConflictService conflicts(m_workspace.db(), m_workspace.round());
        Result<QString> uid = conflicts.storedUid(m_expert, m_application, Conflict::Type::Declared);
        if (!uid)
            return uid.takeError();
        RB_TRY(conflicts.remove(*uid));
        AssignmentRepository assignments(m_workspace.db(), m_workspace.round());
        Result<std::optional<Assignment>> existing = assignments.find(m_expert, m_application);
        if (!existing)
            return existing.takeError();
        if (*existing && !m_previousStatus.isEmpty() && (*existing)->status != m_previousStatus)
            RB_TRY(assignments.restoreStatus((*existing)->id, m_previousStatus));
        return {};
    });
}

} // namespace rb::ui
