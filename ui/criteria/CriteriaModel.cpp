// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/CriteriaModel.h"

#include "domain/CriteriaEdits.h"

#include <QBrush>
#include <QFont>

namespace rb::ui {

CriteriaModel::CriteriaModel(QObject* parent) : QAbstractItemModel(parent) {}

void CriteriaModel::setTree(CriteriaTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_children.clear();
    const QList<Criterion>& items = m_tree.items();
    for (qsizetype i = 0; i < items.size(); ++i)
        m_children[items[i].parentCode].append(i);
    endResetModel();
}

const Criterion* CriteriaModel::criterion(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i >= 0 && i < m_tree.size() ? &m_tree.items()[i] : nullptr;
}

QModelIndex CriteriaModel::indexOf(const QString& code, int column) const
{
    const QList<Criterion>& items = m_tree.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].code == code)
            return createIndex(int(m_children.value(items[i].parentCode).indexOf(i)), column, quintptr(i));
    }
    return {};
}

QList<qsizetype> CriteriaModel::childRows(const QString& parentCode) const
{
    return m_children.value(parentCode);
}

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex& parent) const
{
    const Criterion* p = criterion(parent);
    const QList<qsizetype> kids = childRows(p ? p->code : QString());
    if (row < 0 || row >= kids.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(kids[row]));
}

QModelIndex CriteriaModel::parent(const QModelIndex& child) const
{
    const Criterion* c = criterion(child);
    if (!c || c->parentCode.isEmpty())
        return {};
    return indexOf(c->parentCode);
}

int CriteriaModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Criterion* p = criterion(parent);
    return int(childRows(p ? p->code : QString()).size());
}

int CriteriaModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    const Criterion* c = criterion(index);
    if (!c)
        return {};
    const bool leaf = m_tree.isLeaf(c->code);
    const bool veto = c->kind == CriterionKind::Veto;
    if (role == Qt::FontRole && (!leaf || veto)) {
        QFont f;
        f.setBold(!leaf);
        return f;
    }
    if (role == Qt::ForegroundRole && veto)
        return QBrush(QColor(0xB0, 0x3A, 0x2E));
    if (role == Qt::TextAlignmentRole && index.column() == Max)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Guidance)
        return c->guidance;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code: return c->code;
    case Name: return c->name;
    case Kind: return veto ? tr("Veto") : leaf ? tr("Points") : QVariant();
    case Max:
        if (veto)
            return role == Qt::EditRole ? QVariant() : QVariant(QStringLiteral("—"));
        return m_tree.maxPoints(c->code);
    case Guidance: return role == Qt::EditRole ? c->guidance : c->guidance.simplified();
    default: return {};
    }
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Criterion* c = criterion(index);
    if (!c || role != Qt::EditRole || !m_commit)
        return false;
    Criterion changed = *c;
    QString description;
    if (index.column() == Name) {
        changed.name = value.toString().trimmed();
        if (changed.name.isEmpty() || changed.name == c->name)
            return false;
        description = tr("Rename criterion %1").arg(c->code);
    } else if (index.column() == Max) {
        bool ok = false;
        const double max = value.toDouble(&ok);
        if (!ok || max <= 0 || max > 100 || (c->maxPoints && *c->maxPoints == max))
            return false;
        changed.maxPoints = max;
        description = tr("Set the points of %1 to %2").arg(c->code).arg(max);
    } else {
        return false;
    }
    m_commit(criteriaedits::update(m_tree.items(), c->code, changed), description);
    return true;
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    const Criterion* c = criterion(index);
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!c)
        return f;
    const bool editableMax = index.column() == Max && c->kind == CriterionKind::Points && m_tree.isLeaf(c->code);
    if (index.column() == Name || editableMax)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Criterion");
    case Kind: return tr("Kind");
    case Max: return tr("Points");
    case Guidance: return tr("Scoring guidance");
    default: return {};
    }
}

} // namespace rb::ui
