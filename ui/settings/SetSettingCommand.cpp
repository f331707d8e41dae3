// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SetSettingCommand.h"

#include "repo/RoundSettings.h"

#include <QCoreApplication>

namespace rb::ui {

SetSettingCommand::SetSettingCommand(Workspace& workspace, QString key, QString oldValue, bool wasDefault,
                                     QString newValue)
    : QUndoCommand(QCoreApplication::translate("rb::ui::SetSettingCommand", "Set %1").arg(key)), m_workspace(workspace),
      m_key(std::move(key)), m_old(std::move(oldValue)), m_wasDefault(wasDefault), m_new(std::move(newValue))
{}

void SetSettingCommand::redo()
{
    apply(m_new);
}

void SetSettingCommand::undo()
{
    apply(m_wasDefault ? QStringLiteral("default") : m_old.isEmpty() ? QStringLiteral("none") : m_old);
}

void SetSettingCommand::apply(const QString& value)
{
    Result<SettingValue> set = RoundSettings(m_workspace.db(), m_workspace.round().id).set(m_key, value);
    if (!set) {
        setObsolete(true);
        Q_EMIT m_workspace.commandFailed(set.error().message);
    }
    m_workspace.notifyChanged(Workspace::Settings);
}

} // namespace rb::ui
