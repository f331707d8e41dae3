// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/AuthorityAliases.h"

#include "domain/Authority.h"
#include "repo/AuditLog.h"

#include <QJsonObject>

namespace rb {

Result<QList<AuthorityAlias>> AuthorityAliases::list()
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT key, recommender, authority FROM authority_alias WHERE round_id = ?1 ORDER BY recommender");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QList<AuthorityAlias> out;
    RB_TRY(st->forEach([&](const db::Statement& r) { out.append({r.text(0), r.text(1), r.text(2)}); }));
    return out;
}

Result<QHash<QString, QString>> AuthorityAliases::map()
{
    Result<QList<AuthorityAlias>> all = list();
    if (!all)
        return all.takeError();
    QHash<QString, QString> out;
    for (const AuthorityAlias& a : *all)
        out.insert(a.key, a.authority);
    return out;
}

Status AuthorityAliases::remember(const QString& recommender, const QString& authority)
{
    const QString key = authority::key(recommender);
    Result<QString> before =
        m_db.scalarText("SELECT coalesce((SELECT authority FROM authority_alias WHERE round_id = ?1 AND key = ?2), '')",
                        m_roundId, key);
    if (!before)
        return before.takeError();
    if (*before == authority)
        return {};
    RB_TRY(m_db.exec("INSERT INTO authority_alias (round_id, key, recommender, authority) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT (round_id, key) DO UPDATE SET recommender = excluded.recommender, authority = "
                     "excluded.authority",
                     m_roundId, key, recommender, authority));
    ChangeSet changes;
    changes.add(QStringLiteral("authority"), *before, authority);
    return AuditLog(m_db).record(m_roundId, QStringLiteral("update"), QStringLiteral("authority_alias"), QString(),
                                 recommender, changes.json());
}

Status AuthorityAliases::forget(const QString& key)
{
    RB_TRY(m_db.exec("DELETE FROM authority_alias WHERE round_id = ?1 AND key = ?2", m_roundId, key));
    return AuditLog(m_db).record(m_roundId, QStringLiteral("delete"), QStringLiteral("authority_alias"), QString(), key,
                                 QJsonObject{});
}

} // namespace rb
