// SPDX-License-Identifier: GPL-3.0-or-later
#include "applications/ApplicationsModel.h"

#include "domain/Region.h"
#include "domain/States.h"

namespace rb::ui {

void ApplicationsModel::setApplications(QList<Application> applications)
{
    beginResetModel();
    m_items = std::move(applications);
    endResetModel();
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
    if (left.column() == ApplicationsModel::Priority) {
        const QVariant l = left.data(ApplicationsModel::RawRole);
        const QVariant r = right.data(ApplicationsModel::RawRole);
        if (l.isNull() != r.isNull())
            return r.isNull();
        return l.toInt() < r.toInt();
    }
    if (left.column() == ApplicationsModel::Code)
        return left.data().toString() < right.data().toString();
    // Chinese text sorts by the locale's collation (pinyin for zh_CN).
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace rb::ui
