// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace rb {

/// What an upsert did to a row.
enum class Change { Unchanged, Created, Updated };

/// One audited change: who, when, what (old -> new).
struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString user;
    std::optional<qint64> roundId;
    QString action; ///< create, update, delete, import, config, ...
    QString entity; ///< application, expert, criterion, round, setting, ...
    QString entityUid;
    QString entityCode;
    QJsonObject changes; ///< {"field": [old, new], ...}
};

/// Collects field changes as {"field": [old, new]}; unchanged fields are skipped.
class ChangeSet {
public:
    void add(const QString& field, const QJsonValue& oldValue, const QJsonValue& newValue);
    [[nodiscard]] bool isEmpty() const { return m_changes.isEmpty(); }
    [[nodiscard]] const QJsonObject& json() const { return m_changes; }

private:
    QJsonObject m_changes;
};

/// The audit log table. Entries are written in the caller's transaction.
class AuditLog {
public:
    explicit AuditLog(db::Database& db) : m_db(db) {}

    Status record(std::optional<qint64> roundId, const QString& action, const QString& entity, const QString& entityUid,
                  const QString& entityCode, const QJsonObject& changes = {});
    /// The entries of one action of the round (e.g. "criteria.weights"), oldest first.
    Result<QList<AuditEntry>> ofAction(qint64 roundId, const QString& action);
    /// Newest first; \a entityUid empty = every entry of the round.
    Result<QList<AuditEntry>> entries(std::optional<qint64> roundId, const QString& entityUid = {}, int limit = 500);

private:
    db::Database& m_db;
};

} // namespace rb
