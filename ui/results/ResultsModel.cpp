// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultsModel.h"

#include "common/FreeLater.h"

#include <QBrush>
#include <QFont>

namespace rb::ui {

void ResultsModel::setResults(consolidation::Results results, QHash<QString, int> baseline)
{
    beginResetModel();
    std::swap(m_results, results);
    std::swap(m_baseline, baseline);
    endResetModel();
    freeLater(std::move(results)); // the old ones
    freeLater(std::move(baseline));
}

const consolidation::ApplicationResult* ResultsModel::at(int row) const
{
    return row >= 0 && row < m_results.applications.size() ? &m_results.applications[row] : nullptr;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.applications.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::flagName(const QString& flag)
{
    if (flag == QLatin1String("disagreement"))
        return tr("disagreement");
    if (flag == QLatin1String("veto"))
        return tr("veto");
    if (flag == QLatin1String("incomplete"))
        return tr("incomplete");
    if (flag == QLatin1String("below_pass_line"))
        return tr("below the pass line");
    if (flag == QLatin1String("pivotal"))
        return tr("hangs on one expert");
    return flag;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    const consolidation::ApplicationResult* a = at(index.row());
    if (!a)
        return {};
    auto number = [](double v) { return QString::number(v, 'f', 2); };
    const int baseline = m_baseline.value(a->code, 0);
    if (role == FlagsRole)
        return a->flags;
    if (role == SortRole) {
        switch (index.column()) {
        case Rank: return a->rank ? *a->rank : 1000000 + index.row();
        case Delta: return a->rank && baseline ? baseline - *a->rank : 0;
        case Score: return a->score.value_or(-1);
        case Experts: return a->experts;
        case Mean: return a->mean;
        case Median: return a->median;
        case Trimmed: return a->trimmedMean;
        case StdDev: return a->stddev;
        case Range: return a->range;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Flags && a->flags.contains(QLatin1String("veto")))
            return QBrush(QColor(0xB0, 0x3A, 0x2E));
        if (index.column() == Flags && a->flags.contains(QLatin1String("disagreement")))
            return QBrush(QColor(0xC0, 0x6A, 0x10));
        if (index.column() == Delta && a->rank && baseline && baseline != *a->rank)
            return QBrush(baseline > *a->rank ? QColor(0x2E, 0x8B, 0x57) : QColor(0xB0, 0x3A, 0x2E));
        return {};
    }
    if (role == Qt::BackgroundRole && index.column() == Flags && !a->flags.isEmpty())
        return QBrush(a->flags.contains(QLatin1String("veto")) ? QColor(0xFD, 0xEC, 0xEA) : QColor(0xFF, 0xF4, 0xE0));
    if (role == Qt::FontRole && index.column() == Score) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Code && index.column() != Applicant
        && index.column() != Flags)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Applicant)
        return a->title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank: return a->rank ? QVariant(*a->rank) : QVariant(QStringLiteral("—"));
    case Delta:
        if (!a->rank || !baseline || baseline == *a->rank)
            return QString();
        return baseline > *a->rank ? QStringLiteral("↑%1").arg(baseline - *a->rank)
                                   : QStringLiteral("↓%1").arg(*a->rank - baseline);
    case Code: return a->code;
    case Applicant: return a->applicant;
    case Score: return a->score ? number(*a->score) : QStringLiteral("—");
    case Experts: return QStringLiteral("%1/%2").arg(a->experts).arg(a->assigned);
    case Mean: return number(a->mean);
    case Median: return number(a->median);
    case Trimmed: return number(a->trimmedMean);
    case StdDev: return number(a->stddev);
    case Range: return number(a->range);
    case Flags: {
        QStringList names;
        for (const QString& f : a->flags)
            names << flagName(f);
        return names.join(QStringLiteral("、"));
    }
    default: return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("Rank");
    case Delta: return tr("Δ");
    case Code: return tr("Application");
    case Applicant: return tr("Applicant");
    case Score: return tr("Score");
    case Experts: return tr("Experts");
    case Mean: return tr("Mean");
    case Median: return tr("Median");
    case Trimmed: return tr("Trimmed mean");
    case StdDev: return tr("Std. dev.");
    case Range: return tr("Range");
    case Flags: return tr("Flags");
    default: return {};
    }
}

void ResultsFilter::setSourceModel(QAbstractItemModel* model)
{
    disconnect(m_resetConnection);
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        m_resetConnection =
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keyColumn = -1; });
}

bool ResultsFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_keyColumn != left.column() || m_keys.size() != size_t(m->rowCount())) {
        m_keys.clear();
        m_keys.reserve(size_t(m->rowCount()));
        for (int r = 0; r < m->rowCount(); ++r)
            m_keys.push_back(m->index(r, left.column()).data(sortRole()));
        m_keyColumn = left.column();
    }
    return QVariant::compare(m_keys[size_t(left.row())], m_keys[size_t(right.row())]) == QPartialOrdering::Less;
}

void ResultsFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ResultsFilter::setFlag(const QString& flag)
{
    m_flag = flag;
    invalidateFilter();
}

bool ResultsFilter::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = static_cast<const ResultsModel*>(sourceModel());
    const consolidation::ApplicationResult* a = model->at(row);
    if (!a)
        return false;
    if (!m_flag.isEmpty() && !a->flags.contains(m_flag))
        return false;
    if (m_text.isEmpty())
        return true;
    return a->code.contains(m_text, Qt::CaseInsensitive) || a->applicant.contains(m_text, Qt::CaseInsensitive)
           || a->title.contains(m_text, Qt::CaseInsensitive);
}

} // namespace rb::ui
