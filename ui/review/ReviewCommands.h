// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "review/Conflicts.h"

#include <QUndoCommand>

namespace rb::ui {

/// Assigns or unassigns one expert to one application (refused for a conflicted pair or scored work).
class ToggleAssignmentCommand : public QUndoCommand {
public:
    ToggleAssignmentCommand(Workspace& workspace, qint64 expertId, qint64 applicationId, bool assign,
                            const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(bool assign);
    Workspace& m_workspace;
    qint64 m_expert;
    qint64 m_application;
    bool m_assign;
};

/// The automatic assignment of the round: undo removes what it created.
class AutoAssignCommand : public QUndoCommand {
public:
    AutoAssignCommand(Workspace& workspace, int perApplication, quint64 seed, const QString& text);
    void redo() override;
    void undo() override;
    /// The result of the first run (to report); an error leaves the command obsolete.
    [[nodiscard]] const Status& status() const { return m_status; }
    [[nodiscard]] int created() const { return int(m_created.size()); }

private:
    Workspace& m_workspace;
    int m_perApplication;
    quint64 m_seed;
    QStringList m_created; ///< uids of the assignments made
    Status m_status;
};

/// Records a conflict declared by the secretariat; undo removes it and restores a voided assignment.
class DeclareConflictCommand : public QUndoCommand {
public:
    DeclareConflictCommand(Workspace& workspace, qint64 expertId, qint64 applicationId, QString reason,
                           const QString& text);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    qint64 m_expert;
    qint64 m_application;
    QString m_reason;
    QString m_previousStatus; ///< of the pair's assignment, if any
};

} // namespace rb::ui
