// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/ExpertRepository.h"

#include "common/Clock.h"
#include "domain/Text.h"
#include "repo/AuditLog.h"

#include <QJsonObject>

namespace rb {

namespace {

constexpr std::string_view kSelect = "SELECT id, uid, code, name, organisation, organisation_credit_code, province, "
                                     "fields, contact, coalesce(title, '') FROM expert ";

Expert readExpert(const db::Statement& st)
{
    Expert e;
    e.id = st.integer(0);
    e.uid = st.text(1);
    e.code = st.text(2);
    e.name = st.text(3);
    e.organisation = st.text(4);
    e.organisationCreditCode = st.text(5);
    e.province = st.text(6);
    e.fields = text::splitList(st.text(7));
    e.contact = st.text(8);
    e.title = st.text(9);
    return e;
}

} // namespace

Result<QList<Expert>> ExpertRepository::list()
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "WHERE round_id = ?1 ORDER BY code");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QList<Expert> experts;
    RB_TRY(st->forEach([&](const db::Statement& row) { experts << readExpert(row); }));
    return experts;
}

Result<std::optional<Expert>> ExpertRepository::byCode(const QString& code)
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "WHERE round_id = ?1 AND code = ?2");
    if (!st)
        return st.takeError();
    st->bindAll(m_roundId, code);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    return *row ? std::optional<Expert>(readExpert(*st)) : std::nullopt;
}

Result<int> ExpertRepository::count()
{
    Result<qint64> n = m_db.scalar("SELECT count(*) FROM expert WHERE round_id = ?1", 0, m_roundId);
    if (!n)
        return n.takeError();
    return int(*n);
}

Result<QSet<QString>> ExpertRepository::codes()
{
    Result<db::Statement> st = m_db.prepare("SELECT code FROM expert WHERE round_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QSet<QString> result;
    RB_TRY(st->forEach([&](const db::Statement& row) { result.insert(row.text(0)); }));
    return result;
}

Result<Change> ExpertRepository::upsert(Expert e, bool known)
{
    Result<std::optional<Expert>> existing = known ? byCode(e.code) : std::optional<Expert>();
    if (!existing)
        return existing.takeError();
    const QString fields = e.fields.join(QLatin1Char(';'));
    AuditLog audit(m_db);
    if (!existing->has_value()) {
        if (e.uid.isEmpty())
            e.uid = newUid();
        RB_TRY(m_db.exec("INSERT INTO expert (uid, round_id, code, name, organisation, organisation_key, "
                         "organisation_credit_code, province, fields, contact, title) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                         e.uid, m_roundId, e.code, e.name, e.organisation, text::nameKey(e.organisation),
                         db::nullIfEmpty(e.organisationCreditCode), db::nullIfEmpty(e.province), fields, e.contact,
                         db::nullIfEmpty(e.title)));
        RB_TRY(audit.record(m_roundId, QStringLiteral("create"), QStringLiteral("expert"), e.uid, e.code,
                            QJsonObject{{QStringLiteral("name"), e.name},
                                        {QStringLiteral("organisation"), e.organisation},
                                        {QStringLiteral("organisation_credit_code"), e.organisationCreditCode},
                                        {QStringLiteral("province"), e.province},
                                        {QStringLiteral("fields"), fields},
                                        {QStringLiteral("contact"), e.contact},
                                        {QStringLiteral("title"), e.title}}));
        return Change::Created;
    }
    const Expert& old = **existing;
    ChangeSet changes;
    changes.add(QStringLiteral("name"), old.name, e.name);
    changes.add(QStringLiteral("organisation"), old.organisation, e.organisation);
    changes.add(QStringLiteral("organisation_credit_code"), old.organisationCreditCode, e.organisationCreditCode);
    changes.add(QStringLiteral("province"), old.province, e.province);
    changes.add(QStringLiteral("fields"), old.fields.join(QLatin1Char(';')), fields);
    changes.add(QStringLiteral("contact"), old.contact, e.contact);
    changes.add(QStringLiteral("title"), old.title, e.title);
    if (changes.isEmpty())
        return Change::Unchanged;
    RB_TRY(m_db.exec(
        "UPDATE expert SET name = ?2, organisation = ?3, organisation_key = ?4, organisation_credit_code = ?5, "
        "province = ?6, fields = ?7, contact = ?8, title = ?9 WHERE id = ?1",
        old.id, e.name, e.organisation, text::nameKey(e.organisation), db::nullIfEmpty(e.organisationCreditCode),
        db::nullIfEmpty(e.province), fields, e.contact, db::nullIfEmpty(e.title)));
    RB_TRY(
        audit.record(m_roundId, QStringLiteral("update"), QStringLiteral("expert"), old.uid, old.code, changes.json()));
    return Change::Updated;
}

} // namespace rb
