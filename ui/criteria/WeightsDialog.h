// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/CriteriaWeights.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rb::ui {

class PairwiseModel;
class Workspace;

/// The criteria's weights by the analytic hierarchy process (层次分析法): one pairwise comparison matrix per committee
/// member (typed on the 1–9 scale or read from a file), the weights and consistency of each member and of the
/// committee (geometric mean of the judgments) computed as the judgments change, the judgment furthest from the
/// others marked with the value that would fit; Apply sets the criteria's points as one undoable action.
class WeightsDialog : public QDialog {
    Q_OBJECT
public:
    WeightsDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// Compares the sub-criteria of \a parent (empty: the first-level criteria); the members start afresh.
    Status compareUnder(const QString& parent);
    /// Adds a member whose judgments are all "equally important"; returns their matrix.
    PairwiseModel* addMember();
    /// Adds a member from a matrix file (CSV or .xlsx).
    Status importMember(const QString& path);
    [[nodiscard]] PairwiseModel* member(int index) const;
    [[nodiscard]] int memberCount() const;
    /// The committee's analysis as it stands (nothing while no member has judged).
    [[nodiscard]] const std::optional<ahp::Analysis>& analysis() const { return m_analysis; }
    /// Applies the weights (asking first when CR is above 0.10).
    Status apply();

private:
    void recompute();

    Workspace& m_workspace;
    CriteriaTree m_tree;
    QString m_parent;
    QStringList m_codes;
    QStringList m_names;
    std::optional<ahp::Analysis> m_analysis;
    QComboBox* m_parentChoice;
    QTabWidget* m_members;
    QTableWidget* m_weights;
    QLabel* m_consistency;
    QPushButton* m_apply;
};

} // namespace rb::ui
