// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Deliberation.h"
#include "document/Workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rb::ui {

/// The committee's members (委员): add, correct, remove and order them. Every change is one undoable action.
class CommitteeDialog : public QDialog {
    Q_OBJECT
public:
    explicit CommitteeDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// The member on \a row goes into the form; Save changes then corrects it.
    void selectRow(int row);
    Status addMember(const QString& name, const QString& organisation, const QString& role);
    /// Saves the form over the selected member.
    Status saveSelected(const QString& name, const QString& organisation, const QString& role);
    Status removeSelected();
    Status moveSelected(int delta);
    /// Imports a roster file (one undoable action; all or none).
    Status importRoster(const QString& path);
    [[nodiscard]] int rowCount() const;

private:
    void fill(const QString& select = {});
    void updateButtons();
    [[nodiscard]] const deliberation::Member* selected() const;
    Status run(action::Action action, const QString& select);

    Workspace& m_workspace;
    QList<deliberation::Member> m_members;
    QTableWidget* m_table;
    QLabel* m_warning;
    QLineEdit* m_name;
    QLineEdit* m_organisation;
    QComboBox* m_role;
    QPushButton* m_save;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

/// The translated name of a committee role (chair, vice_chair, member, secretary).
QString roleName(const QString& role);

} // namespace rb::ui
