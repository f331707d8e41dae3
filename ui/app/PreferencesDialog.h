// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rb::ui {

/// The language and the user name written in the audit log.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString userName() const;

private:
    QComboBox* m_language;
    QLineEdit* m_user;
};

} // namespace rb::ui
