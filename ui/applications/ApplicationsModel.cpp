// SPDX-License-Identifier: GPL-3.0-or-later
#include "applications/ApplicationsModel.h"

#include "common/FreeLater.h"

#include "domain/Region.h"
#include "domain/States.h"

namespace rb::ui {

void ApplicationsModel::setApplications(QList<Application> applications)
{
    beginResetModel();
    std::swap(m_items, applications);
    endResetModel();
    freeLater(std::move(applications)); // the old ones
}

const Application* ApplicationsModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int ApplicationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApplicationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationsModel::data(const QModelIndex& index, int role) const
{
    const Application* a = at(index.row());
    if (!a)
        return {};
    if (role == SearchTextRole)
        return QStringList{a->code, a->title, a->applicantNames(), a->creditCodes()}.join(QLatin1Char('\n'));
    if (role == RawRole) {
        switch (index.column()) {
        case Province: return a->province;
        case Sector: return a->sector;
        case Priority: return a->priority ? QVariant(*a->priority) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Applicant)
        return QString(a->applicantNames()
                       + (a->creditCodes().isEmpty() ? QString() : QStringLiteral("\n") + a->creditCodes()));
    if (role == Qt::TextAlignmentRole && index.column() == Priority)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code: return a->code;
    case Title: return a->title;
    case Applicant: return a->applicantNames().replace(QLatin1Char(';'), QStringLiteral("、"));
    case Province: return Region::displayName(a->province);
    case Sector: return sector::displayName(a->sector);
    case Recommender: return a->recommender;
    case Priority: return a->priority ? QVariant(*a->priority) : QVariant();
    case State: return states::displayName(a->state);
    default: return {};
    }
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Title");
    case Applicant: return tr("Applicant");
    case Province: return tr("Region");
    case Sector: return tr("Sector");
    case Recommender: return tr("Recommended by");
    case Priority: return tr("Priority");
    case State: return tr("State");
    default: return {};
    }
}

void ApplicationsFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ApplicationsFilter::setProvince(const QString& province)
{
    m_province = province;
    invalidateFilter();
}

void ApplicationsFilter::setSector(const QString& sector)
{
    m_sector = sector;
    invalidateFilter();
}

bool ApplicationsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (!m_province.isEmpty()
        && m->index(sourceRow, ApplicationsModel::Province, sourceParent).data(ApplicationsModel::RawRole).toString()
               != m_province)
        return false;
    if (!m_sector.isEmpty()
        && m->index(sourceRow, ApplicationsModel::Sector, sourceParent).data(ApplicationsModel::RawRole).toString()
               != m_sector)
        return false;
    if (m_text.isEmpty())
        return true;
    const QString haystack = m->index(sourceRow, 0, sourceParent).data(ApplicationsModel::SearchTextRole).toString();
    return haystack.contains(m_text, Qt::CaseInsensitive);
}

bool ApplicationsFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Codes and priorities are compared on the applications themselves (no QVariant per comparison).
    if (const auto* model = qobject_cast<const ApplicationsModel*>(sourceModel());
        model && (left.column() == ApplicationsModel::Code || left.column() == ApplicationsModel::Priority)) {
        const Application* l = model->at(left.row());
        const Application* r = model->at(right.row());
        if (!l || !r)
            return l == nullptr && r != nullptr;
        if (left.column() == ApplicationsModel::Code)
            return l->code < r->code;
        if (l->priority.has_value() != r->priority.has_value())
            return !r->priority.has_value();
        return l->priority.value_or(0) < r->priority.value_or(0);
    }
    const QAbstractItemModel* m = sourceModel();
    if (m_keyColumn != left.column() || m_keys.size() != size_t(m->rowCount())) {
        QCollator collator;
        m_keys.clear();
        m_keys.reserve(size_t(m->rowCount()));
        for (int r = 0; r < m->rowCount(); ++r)
            m_keys.push_back(collator.sortKey(m->index(r, left.column()).data().toString()));
        m_keyColumn = left.column();
    }
    return m_keys[size_t(left.row())].compare(m_keys[size_t(right.row())]) < 0;
}

void ApplicationsFilter::setSourceModel(QAbstractItemModel* model)
{
    disconnect(m_resetConnection);
    QSortFilterProxyModel::setSourceModel(model);
    // A reload may keep the number of rows and change their text: the keys are computed again.
    if (model)
        m_resetConnection =
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keyColumn = -1; });
}

} // namespace rb::ui
