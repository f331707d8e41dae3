// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/Conflicts.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/Region.h"
#include "domain/Text.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"

#include <QJsonObject>

namespace rb {

namespace conflicttype {

QString key(Conflict::Type type)
{
    switch (type) {
    case Conflict::Type::Organisation: return QStringLiteral("organisation");
    case Conflict::Type::Province: return QStringLiteral("province");
    case Conflict::Type::Declared: return QStringLiteral("declared");
    case Conflict::Type::SelfDeclared: return QStringLiteral("self_declared");
    case Conflict::Type::Discovered: return QStringLiteral("discovered");
    case Conflict::Type::Possible: return QStringLiteral("possible");
    }
    return {};
}

std::optional<Conflict::Type> fromKey(const QString& k)
{
    for (Conflict::Type t : {Conflict::Type::Organisation, Conflict::Type::Province, Conflict::Type::Declared,
                             Conflict::Type::SelfDeclared, Conflict::Type::Discovered, Conflict::Type::Possible}) {
        if (key(t) == k)
            return t;
    }
    return std::nullopt;
}

QString displayName(Conflict::Type type)
{
    switch (type) {
    case Conflict::Type::Organisation: return Tr::tr("Same organisation");
    case Conflict::Type::Province: return Tr::tr("Same province");
    case Conflict::Type::Declared: return Tr::tr("Declared");
    case Conflict::Type::SelfDeclared: return Tr::tr("Declared by the expert");
    case Conflict::Type::Discovered: return Tr::tr("Discovered after scoring");
    case Conflict::Type::Possible: return Tr::tr("Possible: check the rosters");
    }
    return {};
}

} // namespace conflicttype

namespace {

QString provinceOf(const QString& region)
{
    const Region* r = Region::find(region);
    return r && r->kind != Region::Kind::CentralSoe ? r->province : QString();
}

} // namespace

Result<QList<Conflict>> ConflictService::detect(std::optional<qint64> onlyApplication)
{
    // Applicants of the round, by credit code and by organisation key (computed here from the names, so that
    // the key's rules apply to rosters imported before they changed).
    struct Applicant {
        qint64 applicationId;
        QString name;
        QString creditCode;
    };
    QHash<QString, QList<Applicant>> byCode;
    QHash<QString, QList<Applicant>> byName;
    QHash<qint64, QPair<QString, QString>> apps; // id -> (code, province)
    {
        Result<db::Statement> st = m_db.prepare(
            "SELECT a.id, a.code, a.province, p.name, p.credit_code FROM application a "
            "JOIN application_applicant aa ON aa.application_id = a.id JOIN applicant p ON p.id = aa.applicant_id "
            "WHERE a.round_id = ?1 AND (?2 IS NULL OR a.id = ?2)");
        if (!st)
            return st.takeError();
        st->bindAll(m_round.id, onlyApplication);
        RB_TRY(st->forEach([&](const db::Statement& row) {
            const qint64 id = row.integer(0);
            apps.insert(id, {row.text(1), row.text(2)});
            const Applicant applicant{id, row.text(3), row.text(4)};
            if (!applicant.creditCode.isEmpty())
                byCode[applicant.creditCode].append(applicant);
            byName[text::organisationKey(applicant.name)].append(applicant);
        }));
    }
    const bool sameProvince = RoundSettings(m_db, m_round.id).flag(QStringLiteral("conflict.same_province"));
    QHash<QString, QList<qint64>> appsByProvince;
    if (sameProvince) {
        for (auto it = apps.constBegin(); it != apps.constEnd(); ++it) {
            const QString p = provinceOf(it->second);
            if (!p.isEmpty())
                appsByProvince[p].append(it.key());
        }
    }
    QList<Conflict> found;
    Result<db::Statement> experts = m_db.prepare(
        "SELECT id, code, organisation, organisation_credit_code, province FROM expert WHERE round_id = ?1");
    if (!experts)
        return experts.takeError();
    experts->bind(1, m_round.id);
    RB_TRY(experts->forEach([&](const db::Statement& row) {
        const qint64 expertId = row.integer(0);
        const QString expertCode = row.text(1);
        const QString organisation = row.text(2);
        const QString orgCode = row.text(3);
        QSet<qint64> seen;
        auto add = [&](qint64 appId, Conflict::Type type, const QString& reason) {
            if (seen.contains(appId))
                return;
            seen.insert(appId);
            found.append({expertId, appId, expertCode, apps.value(appId).first, type, reason, {}});
        };
        if (!orgCode.isEmpty()) {
            for (const Applicant& a : byCode.value(orgCode))
                add(a.applicationId, Conflict::Type::Organisation,
                    Tr::tr("works for the applicant %1 (credit code %2)").arg(a.name, orgCode));
        }
        // By name too, whatever the codes say: a mistyped code must not hide the expert's own organisation.
        if (!organisation.trimmed().isEmpty()) {
            for (const Applicant& a : byName.value(text::organisationKey(organisation))) {
                if (orgCode.isEmpty() || a.creditCode.isEmpty())
                    add(a.applicationId, Conflict::Type::Organisation,
                        Tr::tr("works for the applicant %1 (same name)").arg(a.name));
                else
                    add(a.applicationId, Conflict::Type::Possible,
                        Tr::tr("works for %1, the applicant's name, but the credit codes differ (expert's "
                               "organisation %2, applicant %3): correct the roster that is wrong; until then the "
                               "pair is treated as a conflict")
                            .arg(a.name, orgCode, a.creditCode));
            }
        }
        if (sameProvince) {
            const QString p = provinceOf(row.text(4));
            for (qint64 appId : appsByProvince.value(p))
                add(appId, Conflict::Type::Province, Tr::tr("from the same province (%1)").arg(p));
        }
    }));
    return found;
}

Result<QList<Conflict>> ConflictService::stored()
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT c.expert_id, c.application_id, e.code, a.code, c.type, c.reason, c.uid FROM conflict c "
        "JOIN expert e ON e.id = c.expert_id JOIN application a ON a.id = c.application_id WHERE e.round_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<Conflict> list;
    RB_TRY(st->forEach([&](const db::Statement& row) {
        list.append({row.integer(0), row.integer(1), row.text(2), row.text(3),
                     conflicttype::fromKey(row.text(4)).value_or(Conflict::Type::Declared), row.text(5), row.text(6)});
    }));
    return list;
}

Result<QList<Conflict>> ConflictService::all()
{
    Result<QList<Conflict>> list = detect();
    if (!list)
        return list.takeError();
    Result<QList<Conflict>> more = stored();
    if (!more)
        return more.takeError();
    list->append(*more);
    std::sort(list->begin(), list->end(), [](const Conflict& a, const Conflict& b) {
        return std::tie(a.expertCode, a.applicationCode, a.type) < std::tie(b.expertCode, b.applicationCode, b.type);
    });
    return list;
}

Result<ConflictSet> ConflictService::pairs()
{
    Result<QList<Conflict>> list = all();
    if (!list)
        return list.takeError();
    ConflictSet set;
    for (const Conflict& c : *list)
        set.add(c.expertId, c.applicationId);
    return set;
}

Result<ConflictSet> ConflictService::pairsOf(qint64 applicationId)
{
    Result<QList<Conflict>> found = detect(applicationId);
    if (!found)
        return found.takeError();
    Result<QList<Conflict>> more = stored();
    if (!more)
        return more.takeError();
    ConflictSet set;
    for (const QList<Conflict>* list : {&*found, &*more})
        for (const Conflict& c : *list)
            if (c.applicationId == applicationId)
                set.add(c.expertId, c.applicationId);
    return set;
}

Status ConflictService::declare(qint64 expertId, qint64 applicationId, Conflict::Type type, const QString& reason)
{
    const QString typeKey = conflicttype::key(type);
    Result<db::Statement> existing =
        m_db.prepare("SELECT uid, reason FROM conflict WHERE expert_id = ?1 AND application_id = ?2 AND type = ?3");
    if (!existing)
        return existing.takeError();
    existing->bindAll(expertId, applicationId, typeKey);
    Result<bool> found = existing->step();
    if (!found)
        return found.takeError();
    const QString oldUid = *found ? existing->text(0) : QString();
    const QString oldReason = *found ? existing->text(1) : QString();
    existing->reset();
    const QString uid = oldUid.isEmpty() ? newUid() : oldUid;
    RB_TRY(m_db.exec("INSERT INTO conflict (uid, expert_id, application_id, type, reason, created_at, created_by) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (expert_id, application_id, type) "
                     "DO UPDATE SET reason = excluded.reason",
                     uid, expertId, applicationId, typeKey, reason, Clock::current().timestamp(), m_db.user()));
    RB_VALUE(const QString pair, m_db.scalarText("SELECT e.code || '/' || a.code FROM expert e, application a "
                                                 "WHERE e.id = ?1 AND a.id = ?2",
                                                 expertId, applicationId));
    AuditLog audit(m_db);
    if (oldUid.isEmpty()) {
        RB_TRY(audit.record(m_round.id, QStringLiteral("create"), QStringLiteral("conflict"), uid, pair,
                            QJsonObject{{QStringLiteral("type"), typeKey}, {QStringLiteral("reason"), reason}}));
    } else if (oldReason != reason) {
        ChangeSet changes;
        changes.add(QStringLiteral("reason"), oldReason, reason);
        RB_TRY(
            audit.record(m_round.id, QStringLiteral("update"), QStringLiteral("conflict"), uid, pair, changes.json()));
    }
    // A conflict found for a pair already assigned: that expert's work on it no longer counts.
    Result<db::Statement> active = m_db.prepare("SELECT id, uid, status FROM assignment WHERE expert_id = ?1 AND "
                                                "application_id = ?2 AND status NOT IN ('void', 'handed_back')");
    if (!active)
        return active.takeError();
    active->bindAll(expertId, applicationId);
    Result<bool> row = active->step();
    if (!row)
        return row.takeError();
    if (*row) {
        const qint64 id = active->integer(0);
        const QString assignmentUid = active->text(1);
        const QString status = active->text(2);
        active->reset();
        RB_TRY(m_db.exec("UPDATE assignment SET status = 'void', void_reason = ?2 WHERE id = ?1", id, reason));
        ChangeSet changes;
        changes.add(QStringLiteral("status"), status, QStringLiteral("void"));
        changes.add(QStringLiteral("void_reason"), QString(), reason);
        RB_TRY(audit.record(m_round.id, QStringLiteral("update"), QStringLiteral("assignment"), assignmentUid, pair,
                            changes.json()));
    }
    return {};
}

Result<int> ConflictService::reconcile()
{
    struct Active {
        qint64 id;
        QString uid;
        QString status;
    };
    QHash<quint64, Active> active;
    auto key = [](qint64 e, qint64 a) { return (quint64(e) << 32) ^ quint64(a); };
    Result<db::Statement> st =
        m_db.prepare("SELECT s.id, s.uid, s.status, s.expert_id, s.application_id FROM assignment s "
                     "JOIN expert e ON e.id = s.expert_id WHERE e.round_id = ?1 AND s.status NOT IN "
                     "('void', 'handed_back')");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    RB_TRY(st->forEach([&](const db::Statement& r) {
        active.insert(key(r.integer(3), r.integer(4)), {r.integer(0), r.text(1), r.text(2)});
    }));
    if (active.isEmpty())
        return 0;
    Result<QList<Conflict>> conflicts = all();
    if (!conflicts)
        return conflicts.takeError();
    int voided = 0;
    AuditLog audit(m_db);
    for (const Conflict& c : *conflicts) {
        const auto it = active.constFind(key(c.expertId, c.applicationId));
        if (it == active.constEnd())
            continue;
        const QString reason = conflicttype::displayName(c.type) + Tr::tr(": ", "after a place in a file") + c.reason;
        RB_TRY(m_db.exec("UPDATE assignment SET status = 'void', void_reason = ?2 WHERE id = ?1", it->id, reason));
        ChangeSet changes;
        changes.add(QStringLiteral("status"), it->status, QStringLiteral("void"));
        changes.add(QStringLiteral("void_reason"), QString(), reason);
        RB_TRY(audit.record(m_round.id, QStringLiteral("update"), QStringLiteral("assignment"), it->uid,
                            c.expertCode + QLatin1Char('/') + c.applicationCode, changes.json()));
        active.remove(key(c.expertId, c.applicationId));
        ++voided;
    }
    return voided;
}

Result<QString> ConflictService::storedUid(qint64 expertId, qint64 applicationId, Conflict::Type type)
{
    return m_db.scalarText("SELECT uid FROM conflict WHERE expert_id = ?1 AND application_id = ?2 AND type = ?3",
                           expertId, applicationId, conflicttype::key(type));
}

Status ConflictService::remove(const QString& uid)
{
    RB_VALUE(const QString pair,
             m_db.scalarText("SELECT e.code || '/' || a.code FROM conflict c JOIN expert e ON e.id = c.expert_id "
                             "JOIN application a ON a.id = c.application_id WHERE c.uid = ?1",
                             uid));
    RB_TRY(m_db.exec("DELETE FROM conflict WHERE uid = ?1", uid));
    return AuditLog(m_db).record(m_round.id, QStringLiteral("delete"), QStringLiteral("conflict"), uid, pair);
}

} // namespace rb
