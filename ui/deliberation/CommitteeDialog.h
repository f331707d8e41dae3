// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Deliberation.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace rb::ui {

/// The committee's members (委员) with a form to add one.
class CommitteeDialog : public QDialog {
    Q_OBJECT
public:
    using AddMember = std::function<Result<deliberation::Member>(const QString&, const QString&, const QString&)>;
    CommitteeDialog(QList<deliberation::Member> members, AddMember add, QWidget* parent = nullptr);

private:
    void fill();
    void add();

    QList<deliberation::Member> m_members;
    AddMember m_add;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_organisation;
    QComboBox* m_role;
};

/// The translated name of a committee role (chair, vice_chair, member, secretary).
QString roleName(const QString& role);

} // namespace rb::ui
