// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"

#include <QUndoCommand>

namespace rb::ui {

/// Changes one round setting (undo restores the old value, or the default if it was unset).
class SetSettingCommand : public QUndoCommand {
public:
    /// \a oldValue empty with \a wasDefault restores the default on undo.
    SetSettingCommand(Workspace& workspace, QString key, QString oldValue, bool wasDefault, QString newValue);
    void redo() override;
    void undo() override;

private:
    void apply(const QString& value);

    Workspace& m_workspace;
    QString m_key;
    QString m_old;
    bool m_wasDefault;
    QString m_new;
};

} // namespace rb::ui
