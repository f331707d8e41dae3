// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expert/ExpertSession.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace rb::ui {

/// The scoring form of one application: the criteria with guidance and bands, a score field per
/// leaf (veto items as yes/no), comments, a running total, the overall opinion, the recommendation
/// and the recusal declaration. Every field is saved as soon as it is left.
class ScoringForm : public QWidget {
    Q_OBJECT
public:
    explicit ScoringForm(ExpertSession& session, QWidget* parent = nullptr);

    void showItem(const QString& itemUid);
    [[nodiscard]] const QString& item() const { return m_item; }
    /// Re-reads the values from the package (after undo, redo or an import).
    void refresh();
    /// The first score field, where keyboard scoring starts.
    [[nodiscard]] QWidget* firstField() const;
    /// Hands the total line to the window, which keeps it in sight above the scrolled form; the form still updates
    /// it.
    QLabel* takeTotal();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        const Criterion* criterion = nullptr;
        QLineEdit* score = nullptr;
        QComboBox* veto = nullptr;
        QLineEdit* comment = nullptr;
        QLabel* band = nullptr;
    };

    void build();
    void addRow(QWidget* panel, QGridLayout* grid, int line, const Criterion& c);
    void commitScore(Row& row);
    void commitComment(Row& row);
    void commitOpinion();
    void declareConflict();
    void updateRowHints(Row& row, std::optional<double> value);
    void updateTotal();
    void setEditable(bool editable);
    void focusNextScore(QWidget* from);

    ExpertSession& m_session;
    QString m_item;
    QList<Row> m_rows;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_layout;
    QLabel* m_header;
    QLabel* m_banner;
    QLabel* m_total;
    QPlainTextEdit* m_strengths = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QComboBox* m_recommendation = nullptr;
    QPushButton* m_conflict = nullptr;
    QTimer* m_opinionTimer;
    bool m_loading = false;
};

/// Reads a score as typed: "7", "7.5", "７．５" (full-width), "7,5".
std::optional<double> parseScore(const QString& text);

} // namespace rb::ui
