// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/Ahp.h"

#include <QAbstractTableModel>

#include <optional>

namespace rb::ui {

/// One committee member's pairwise comparison matrix: the upper triangle is edited (Saaty's 1–9 scale), the lower
/// triangle follows as reciprocals; the judgment furthest from the weights can be marked.
class PairwiseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    PairwiseModel(const QStringList& codes, const QStringList& names, QObject* parent = nullptr);

    [[nodiscard]] const ahp::Matrix& matrix() const { return m_matrix; }
    /// Replaces the judgments by \a m (same codes, any order).
    void setMatrix(const ahp::Matrix& m);
    /// Marks the judgment of \a row against \a column (upper triangle) with the value that would fit; none: clears.
    void setWorst(const std::optional<ahp::Judgment>& worst);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    /// The scale's words for a judgment (3: 稍微重要, 1/5: 明显不重要 …).
    static QString verbal(double value);
    /// The values offered in a cell: 9 … 2, 1, 1/2 … 1/9.
    static QList<double> scale();

Q_SIGNALS:
    void judgmentsChanged();

private:
    QStringList m_names;
    ahp::Matrix m_matrix;
    std::optional<ahp::Judgment> m_worst;
};

} // namespace rb::ui
