// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/AuditLog.h"

#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rb {

namespace {

Result<QList<AuditEntry>> read(db::Statement& st)
{
    QList<AuditEntry> result;
    for (;;) {
        Result<bool> row = st.step();
        if (!row)
            return row.takeError();
        if (!*row)
            break;
        AuditEntry e;
        e.id = st.integer(0);
        e.at = st.text(1);
        e.user = st.text(2);
        e.roundId = st.optInteger(3);
        e.action = st.text(4);
        e.entity = st.text(5);
        e.entityUid = st.text(6);
        e.entityCode = st.text(7);
        e.changes = QJsonDocument::fromJson(st.text(8).toUtf8()).object();
        result << e;
    }
    return result;
}

} // namespace

void ChangeSet::add(const QString& field, const QJsonValue& oldValue, const QJsonValue& newValue)
{
    if (oldValue == newValue)
        return;
    m_changes.insert(field, QJsonArray{oldValue, newValue});
}

Status AuditLog::record(std::optional<qint64> roundId, const QString& action, const QString& entity,
                        const QString& entityUid, const QString& entityCode, const QJsonObject& changes)
{
    return m_db.exec("INSERT INTO audit_log (at, user, round_id, action, entity, entity_uid, entity_code, changes) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                     Clock::current().timestamp(), m_db.user(), roundId, action, entity, db::nullIfEmpty(entityUid),
                     db::nullIfEmpty(entityCode),
                     QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
}

Result<QList<AuditEntry>> AuditLog::ofAction(qint64 roundId, const QString& action)
{
    Result<db::Statement> st = m_db.prepare("SELECT id, at, user, round_id, action, entity, entity_uid, entity_code, "
                                            "changes FROM audit_log WHERE round_id = ?1 AND action = ?2 ORDER BY id");
    if (!st)
        return st.takeError();
    st->bindAll(roundId, action);
    return read(*st);
}

Result<QList<AuditEntry>> AuditLog::entries(std::optional<qint64> roundId, const QString& entityUid, int limit)
{
    // One entity's history goes through the entity index (the round's log can hold millions of entries); an "OR"
    // on the entity in one statement would make SQLite walk the whole log instead.
    Result<db::Statement> st =
        entityUid.isEmpty()
            ? m_db.prepare("SELECT id, at, user, round_id, action, entity, entity_uid, entity_code, changes FROM "
                           "audit_log WHERE (?1 IS NULL OR round_id = ?1) AND ?2 IS NULL ORDER BY id DESC LIMIT ?3")
            : m_db.prepare("SELECT id, at, user, round_id, action, entity, entity_uid, entity_code, changes FROM "
                           "audit_log WHERE entity_uid = ?2 AND (?1 IS NULL OR "
                           "round_id = ?1) ORDER BY id DESC LIMIT ?3");
    if (!st)
        return st.takeError();
    st->bindAll(roundId, db::nullIfEmpty(entityUid), limit);
    return read(*st);
}

} // namespace rb
