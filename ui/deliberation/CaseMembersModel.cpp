// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliberation/CaseMembersModel.h"

#include "common/ChoiceDelegate.h"
#include "deliberation/Labels.h"

namespace rb::ui {

CaseMembersModel::CaseMembersModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseMembersModel::setMembers(const QList<deliberation::Participation>& members, bool open)
{
    beginResetModel();
    m_members = members;
    m_open = open;
    endResetModel();
}

int CaseMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int CaseMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseMembersModel::canVote(const deliberation::Participation& p) const
{
    return m_open && p.present && !p.recused;
}

QVariant CaseMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const deliberation::Participation& p = m_members[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return p.name;
        case Present: return p.present ? tr("Present") : tr("Absent");
        case Recused: return p.recused ? tr("Recused: %1").arg(p.recusalReason) : QString();
        case Vote: return p.vote.isEmpty() ? QString() : labels::screen(labels::Kind::Vote, p.vote);
        case Opinion: return p.opinion;
        case Dissent: return p.dissent;
        default: return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Vote: return p.vote;
        case Opinion: return p.opinion;
        case Dissent: return p.dissent;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (index.column() == Recused)
            return p.recused ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Recused)
            return p.recusalReason;
        if (index.column() == Vote && m_open && !canVote(p))
            return p.recused ? tr("Recused from this case: no vote") : tr("Absent: no vote by proxy");
        if (index.column() == Opinion || index.column() == Dissent)
            return data(index, Qt::DisplayRole);
        return {};
    default: return {};
    }
}

QVariant CaseMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Member");
    case Present: return tr("Present");
    case Recused: return tr("Recused");
    case Vote: return tr("Vote");
    case Opinion: return tr("Opinion");
    case Dissent: return tr("Dissent");
    default: return {};
    }
}

Qt::ItemFlags CaseMembersModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_open)
        return f;
    const deliberation::Participation& p = m_members[index.row()];
    switch (index.column()) {
    case Recused: return p.present ? f | Qt::ItemIsUserCheckable : f;
    case Vote: return canVote(p) ? f | Qt::ItemIsEditable : f;
    case Opinion:
    case Dissent: return f | Qt::ItemIsEditable;
    default: return f;
    }
}

bool CaseMembersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_open)
        return false;
    const deliberation::Participation& p = m_members[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Recused) {
        const bool recused = value.toInt() == Qt::Checked;
        if (recused != p.recused)
            Q_EMIT recusalRequested(p.name, recused);
        return false; // the row changes once the action is done
    }
    if (role != Qt::EditRole)
        return false;
    deliberation::Participation changed = p;
    switch (index.column()) {
    case Vote:
        if (!canVote(p))
            return false;
        changed.vote = value.toString();
        break;
    case Opinion: changed.opinion = value.toString(); break;
    case Dissent: changed.dissent = value.toString(); break;
    default: return false;
    }
    if (changed.vote == p.vote && changed.opinion == p.opinion && changed.dissent == p.dissent)
        return false;
    Q_EMIT changeRequested(changed);
    return false;
}

QStyledItemDelegate* makeVoteDelegate(QObject* parent)
{
    QList<ChoiceDelegate::Choice> choices{{QString(), QString()}};
    for (const QString& key : labels::keys(labels::Kind::Vote))
        choices.append({labels::screen(labels::Kind::Vote, key), key});
    return new ChoiceDelegate(std::move(choices), QStringLiteral("voteEditor"), parent);
}

} // namespace rb::ui
