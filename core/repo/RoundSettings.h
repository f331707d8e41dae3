// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SettingsRegistry.h"
#include "storage/Database.h"

#include <QMap>

namespace rb {

/// A setting's current state in one round.
struct SettingValue {
    settings::Definition definition;
    QString value; ///< canonical; empty = none
    bool isDefault = true;
};

/// Reads and changes the settings of one round: the one mechanism for the aggregation rule,
/// thresholds, quotas and every later rule. Changes are validated and audited.
class RoundSettings {
public:
    RoundSettings(db::Database& db, qint64 roundId) : m_db(db), m_roundId(roundId) {}

    /// Every known setting with its value, then the quotas set per authority.
    Result<QList<SettingValue>> all();
    /// One setting (a usage error for an unknown key).
    Result<SettingValue> get(const QString& key);
    /// Sets \a key (validated; "default" restores the default, "none" clears an optional setting).
    Result<SettingValue> set(const QString& key, const QString& value);

    /// Typed reads; they fall back to the default for a missing or unreadable stored value.
    [[nodiscard]] QString text(const QString& key);
    [[nodiscard]] std::optional<double> number(const QString& key);
    [[nodiscard]] int integer(const QString& key, int fallback = 0);
    [[nodiscard]] bool flag(const QString& key);
    /// The quota for a recommending authority (its own, else quota.default), nothing = no quota.
    [[nodiscard]] std::optional<int> quotaFor(const QString& regionName);

private:
    Result<QMap<QString, QString>> stored();

    db::Database& m_db;
    qint64 m_roundId;
};

} // namespace rb
