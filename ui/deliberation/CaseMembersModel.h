// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliberation/Deliberation.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace rb::ui {

/// The members' part in one case, one row each: present, recused, vote, opinion, dissent. It only shows; an edit
/// (a vote chosen, the recusal box ticked, an opinion typed) is not applied here but asked for through a signal,
/// and the case view turns it into an action; the rows then come back from the database.
class CaseMembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Present, Recused, Vote, Opinion, Dissent, ColumnCount };
    explicit CaseMembersModel(QObject* parent = nullptr);

    /// Shows \a members; \a open: the case is not concluded, so its open parts can be edited.
    void setMembers(const QList<deliberation::Participation>& members, bool open);
    [[nodiscard]] const QList<deliberation::Participation>& members() const { return m_members; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Asks for the change (changeRequested or recusalRequested); the row changes when the action is done.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user changed a member's vote, opinion or dissent.
    void changeRequested(const rb::deliberation::Participation& changed);
    /// The user ticked (or cleared) a member's recusal; the reason is still to be asked.
    void recusalRequested(const QString& member, bool recused);

private:
    [[nodiscard]] bool canVote(const deliberation::Participation& p) const;

    QList<deliberation::Participation> m_members;
    bool m_open = false;
};

/// The vote column's editor: none, for, against, abstain in the user's language.
QStyledItemDelegate* makeVoteDelegate(QObject* parent);

} // namespace rb::ui
