// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "repo/RoundSettings.h"
#include "settings/SettingsLabels.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace rb::ui {

/// The round's rules as a form (issue 13): grouped (consolidation, assignment, scoring, formal review,
/// deliberation, notice, quotas), each with its name and its meaning in the user's language and an editor of its
/// kind — a number within its range, a box to tick, a list of choices. A change is one undoable action; a value
/// the rule refuses is said in the form and changes nothing. The key a setting has in the CLI is in its tooltip.
class SettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit SettingsForm(Workspace& workspace, QWidget* parent = nullptr);
    /// Reads the values again (after a change, an undo, another round).
    void reload();
    /// Applies \a value (as typed) to the setting \a key; an error is also shown in the form.
    Status apply(const QString& key, const QString& value);
    /// The editor of a setting (objectName "setting:<key>").
    [[nodiscard]] QWidget* editor(const QString& key) const;

private:
    struct Field {
        settings::Definition definition;
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        QWidget* reset = nullptr;
    };
    void build();
    QWidget* makeEditor(const settings::Definition& d);
    void display(Field& field, const SettingValue& value);

    Workspace& m_workspace;
    QLabel* m_status;
    QMap<settings::Group, QFormLayout*> m_groups;
    QHash<QString, Field> m_fields;
    bool m_filling = false;
};

} // namespace rb::ui
