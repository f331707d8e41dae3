// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QHash>
#include <QList>

namespace rb {

/// What the secretariat said a recommender stands for, remembered per round (table authority_alias), so that
/// importing the same file again needs no second answer.
struct AuthorityAlias {
    QString key;         ///< authority::key() of the recommender
    QString recommender; ///< as the table wrote it
    QString authority;   ///< a Region name
};

class AuthorityAliases {
public:
    AuthorityAliases(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    Result<QList<AuthorityAlias>> list();
    /// key -> authority, as authority::resolve() takes them.
    Result<QHash<QString, QString>> map();
    /// Remembers (or changes) one; audited. Call inside a transaction.
    Status remember(const QString& recommender, const QString& authority);
    /// Forgets one by key; audited.
    Status forget(const QString& key);

private:
    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
