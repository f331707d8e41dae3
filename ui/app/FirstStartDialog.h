// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QRadioButton;

namespace rb::ui {

/// Asked once, at the first start (issue 13): the user's name, which every change records in the audit log, and
/// whether they work for the secretariat or review as an expert (the welcome screen leads with what they open).
class FirstStartDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstStartDialog(QWidget* parent = nullptr);
    [[nodiscard]] QString userName() const;
    /// "secretariat" or "expert".
    [[nodiscard]] QString role() const;
    void setAnswer(const QString& name, const QString& role);

    /// Asks when no name was ever given (nothing to ask otherwise) and keeps the answer in the preferences. A
    /// dismissed dialog keeps the login name and asks again at the next start.
    static void askOnce(QWidget* parent);
    /// Tests answer instead of the user (the hook fills the dialog and returns whether it was accepted).
    using Hook = std::function<bool(FirstStartDialog& dialog)>;
    static void setHook(Hook hook);

private:
    QLineEdit* m_name;
    QRadioButton* m_secretariat;
    QRadioButton* m_expert;
};

} // namespace rb::ui
