// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/RoundSettings.h"
#include "common/Tr.h"

#include "repo/AuditLog.h"

#include <QCoreApplication>

namespace rb {

Result<QMap<QString, QString>> RoundSettings::stored()
{
    Result<db::Statement> st = m_db.prepare("SELECT key, value FROM round_setting WHERE round_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QMap<QString, QString> values;
    RB_TRY(st->forEach([&](const db::Statement& row) { values.insert(row.text(0), row.text(1)); }));
    return values;
}

Result<QList<SettingValue>> RoundSettings::all()
{
    Result<QMap<QString, QString>> values = stored();
    if (!values)
        return values.takeError();
    QList<SettingValue> result;
    for (const settings::Definition& d : settings::definitions()) {
        const auto it = values->constFind(d.key);
        result.append({d, it == values->constEnd() ? d.defaultValue : *it, it == values->constEnd()});
    }
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("quota.")) && it.key() != QLatin1String("quota.default")) {
            if (std::optional<settings::Definition> d = settings::find(it.key()))
                result.append({*d, it.value(), false});
        }
    }
    return result;
}

Result<SettingValue> RoundSettings::get(const QString& key)
{
    const std::optional<settings::Definition> d = settings::find(key);
    if (!d)
        return Error::usage(Tr::tr("there is no setting %1; 'config DB' lists them").arg(key));
    const Result<QString> value =
        m_db.scalarText("SELECT value FROM round_setting WHERE round_id = ?1 AND key = ?2", m_roundId, d->key);
    if (!value)
        return value.error();
    Result<qint64> present =
        m_db.scalar("SELECT count(*) FROM round_setting WHERE round_id = ?1 AND key = ?2", 0, m_roundId, d->key);
    if (!present)
        return present.takeError();
    return SettingValue{*d, *present ? *value : d->defaultValue, *present == 0};
}

Result<SettingValue> RoundSettings::set(const QString& key, const QString& value)
{
    Result<SettingValue> before = get(key);
    if (!before)
        return before.takeError();
    const settings::Definition& d = before->definition;
    const bool restoreDefault = value.trimmed().toLower() == QLatin1String("default");
    QString canonical = d.defaultValue;
    if (!restoreDefault) {
        Result<QString> normalised = settings::normalise(d, value);
        if (!normalised)
            return normalised.takeError();
        canonical = *normalised;
    }
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    if (restoreDefault)
        RB_TRY(m_db.exec("DELETE FROM round_setting WHERE round_id = ?1 AND key = ?2", m_roundId, d.key));
    else
        RB_TRY(m_db.exec("INSERT INTO round_setting (round_id, key, value) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT (round_id, key) DO UPDATE SET value = excluded.value",
                         m_roundId, d.key, canonical));
    if (before->value != canonical || before->isDefault != restoreDefault) {
        ChangeSet changes;
        changes.add(QStringLiteral("value"), before->value, canonical);
        RB_TRY(AuditLog(m_db).record(m_roundId, QStringLiteral("config"), QStringLiteral("setting"), QString(), d.key,
                                     changes.json()));
    }
    RB_TRY(tx.commit());
    return SettingValue{d, canonical, restoreDefault};
}

QString RoundSettings::text(const QString& key)
{
    Result<SettingValue> v = get(key);
    return v ? v->value : QString();
}

std::optional<double> RoundSettings::number(const QString& key)
{
    return settings::toNumber(text(key));
}

int RoundSettings::integer(const QString& key, int fallback)
{
    bool ok = false;
    const int value = text(key).toInt(&ok);
    return ok ? value : fallback;
}

bool RoundSettings::flag(const QString& key)
{
    return text(key) == QLatin1String("true");
}

std::optional<int> RoundSettings::quotaFor(const QString& regionName)
{
    for (const QString& key : {QString(QStringLiteral("quota.") + regionName), QStringLiteral("quota.default")}) {
        const QString value = text(key);
        if (!value.isEmpty())
            return value.toInt();
    }
    return std::nullopt;
}

} // namespace rb
