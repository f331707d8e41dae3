// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QTableWidget;

namespace rb::package {
class Package;
}

namespace rb::ui {

/// What the expert is about to seal (issue 13): every application with its total, the recommendation and its
/// state, read from the package, before the one step that cannot be taken back. Accepting it seals the package.
class SubmitSummaryDialog : public QDialog {
    Q_OBJECT
public:
    SubmitSummaryDialog(package::Package& package, QWidget* parent = nullptr);
    [[nodiscard]] int rowCount() const;
    /// The text of a cell (row, column: code, title, total, recommendation, state).
    [[nodiscard]] QString cell(int row, int column) const;

    /// Shows the summary and returns whether the expert chose to seal.
    static bool ask(package::Package& package, QWidget* parent);
    /// Tests answer instead of the expert (the hook returns the choice). An empty function restores the dialog.
    using Hook = std::function<bool(SubmitSummaryDialog& dialog)>;
    static void setHook(Hook hook);

private:
    QTableWidget* m_table;
};

} // namespace rb::ui
