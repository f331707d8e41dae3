// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/PairwiseModel.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace rb::ui {

PairwiseModel::PairwiseModel(const QStringList& codes, const QStringList& names, QObject* parent)
    : QAbstractTableModel(parent), m_names(names)
{
    m_matrix.codes = codes;
    m_matrix.values.assign(std::size_t(codes.size() * codes.size()), 1.0);
}

void PairwiseModel::setMatrix(const ahp::Matrix& m)
{
    beginResetModel();
    const int n = m_matrix.size();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            m_matrix.at(i, j) = m.at(int(m.codes.indexOf(m_matrix.codes[i])), int(m.codes.indexOf(m_matrix.codes[j])));
    m_matrix.source = m.source;
    m_worst.reset();
    endResetModel();
    Q_EMIT judgmentsChanged();
}

void PairwiseModel::setWorst(const std::optional<ahp::Judgment>& worst)
{
    const std::optional<ahp::Judgment> old = m_worst;
    m_worst = worst;
    for (const auto& w : {old, worst})
        if (w)
            Q_EMIT dataChanged(index(w->row, w->column), index(w->row, w->column));
}

int PairwiseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.size();
}

int PairwiseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.size();
}

QList<double> PairwiseModel::scale()
{
    QList<double> values;
    for (int k = 9; k >= 2; --k)
        values << double(k);
    values << 1.0;
    for (int k = 2; k <= 9; ++k)
        values << 1.0 / k;
    return values;
}

QString PairwiseModel::verbal(double value)
{
    const bool inverse = value < 1 - 1e-9;
    const int k = int(std::lround(inverse ? 1 / value : value));
    QString words;
    switch (k) {
    case 1: return tr("equally important");
    case 3: words = inverse ? tr("slightly less important") : tr("slightly more important"); break;
    case 5: words = inverse ? tr("clearly less important") : tr("clearly more important"); break;
    case 7: words = inverse ? tr("strongly less important") : tr("strongly more important"); break;
    case 9: words = inverse ? tr("extremely less important") : tr("extremely more important"); break;
    default: words = tr("between the neighbouring judgments"); break;
    }
    return words;
}

QVariant PairwiseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int i = index.row();
    const int j = index.column();
    const double v = m_matrix.at(i, j);
    const bool worst = m_worst && m_worst->row == i && m_worst->column == j;
    switch (role) {
    case Qt::DisplayRole: return ahp::formatJudgment(v);
    case Qt::EditRole: return v;
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        if (i == j)
            return {};
        QString tip =
            tr("%1 against %2: %3 (%4)").arg(m_names.value(i), m_names.value(j), ahp::formatJudgment(v), verbal(v));
        if (worst)
            tip += QLatin1Char('\n')
                   + tr("The judgment furthest from the others: %1 (%2) would fit them.")
                         .arg(ahp::formatJudgment(m_worst->suggested), verbal(m_worst->suggested));
        return tip;
    }
    case Qt::BackgroundRole:
        if (worst)
            return QBrush(QColor(0xF8, 0xD7, 0xA0));
        if (i >= j)
            return QBrush(QColor(0xF2, 0xF2, 0xF2)); // the diagonal and the reciprocals follow the upper cells
        return {};
    case Qt::ForegroundRole: return i > j ? QVariant(QBrush(QColor(0x70, 0x70, 0x70))) : QVariant();
    default: return {};
    }
}

QVariant PairwiseModel::headerData(int section, Qt::Orientation, int role) const
{
    if (section < 0 || section >= m_matrix.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_matrix.codes[section];
    if (role == Qt::ToolTipRole)
        return m_names.value(section);
    return {};
}

Qt::ItemFlags PairwiseModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < index.column())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PairwiseModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= index.column())
        return false;
    const std::optional<double> v = value.typeId() == QMetaType::Double ? std::optional<double>(value.toDouble())
                                                                        : ahp::parseJudgment(value.toString());
    if (!v || *v < 1.0 / 9 - 1e-9 || *v > 9 + 1e-9)
        return false;
    m_matrix.at(index.row(), index.column()) = *v;
    m_matrix.at(index.column(), index.row()) = 1.0 / *v;
    Q_EMIT dataChanged(index, index);
    const QModelIndex mirror = this->index(index.column(), index.row());
    Q_EMIT dataChanged(mirror, mirror);
    Q_EMIT judgmentsChanged();
    return true;
}

} // namespace rb::ui
