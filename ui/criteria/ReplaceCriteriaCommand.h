// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "domain/Criteria.h"

#include <QUndoCommand>

namespace rb::ui {

/// One edit of the criteria tree: the whole tree before and after (criteria trees are small).
/// Rows keep their uid across undo and redo, so scores and packages keep pointing at them.
class ReplaceCriteriaCommand : public QUndoCommand {
public:
    ReplaceCriteriaCommand(Workspace& workspace, QList<Criterion> before, QList<Criterion> after, const QString& text);

    void redo() override;
    void undo() override;

private:
    void apply(const QList<Criterion>& items);

    Workspace& m_workspace;
    QList<Criterion> m_before;
    QList<Criterion> m_after;
};

} // namespace rb::ui
