// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace rb::ui {

/// Asks the expert for the package's access code when the package is opened, and unlocks it. A wrong code keeps
/// the dialog open with the reason; the code is kept in memory only (by the package), never written anywhere.
class AccessCodeDialog : public QDialog {
    Q_OBJECT
public:
    /// Shows the dialog until the package is unlocked (true) or the expert cancels (false).
    static bool unlock(QWidget* parent, package::Package& package);

    /// Tests answer instead of a user: the hook gets the problem with the last answer (empty the first time)
    /// and returns a code, or nothing for Cancel. An empty function restores the dialog.
    using Hook = std::function<std::optional<QString>(const QString& problem)>;
    static void setHook(Hook hook);

private:
    AccessCodeDialog(QWidget* parent, package::Package& package);
    void tryCode();

    package::Package& m_package;
    QLineEdit* m_code;
    QLabel* m_problem;
};

} // namespace rb::ui
