// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/ApplicationRepository.h"

#include "common/Clock.h"
#include "domain/Text.h"
#include "repo/AuditLog.h"

#include <QJsonObject>

namespace rb {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, uid, code, title, province, sector, recommender, priority, state, coalesce(authority, recommender) "
    "FROM application ";

Application readApplication(const db::Statement& st)
{
    Application a;
    a.id = st.integer(0);
    a.uid = st.text(1);
    a.code = st.text(2);
    a.title = st.text(3);
    a.province = st.text(4);
    a.sector = st.text(5);
    a.recommender = st.text(6);
    if (!st.isNull(7))
        a.priority = int(st.integer(7));
    a.state = st.text(8);
    a.authority = st.text(9);
    return a;
}

QJsonValue priorityJson(const std::optional<int>& p)
{
    return p ? QJsonValue(*p) : QJsonValue();
}

} // namespace

Result<QList<Application>> ApplicationRepository::list()
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "WHERE round_id = ?1 ORDER BY code");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QList<Application> apps;
    QHash<qint64, qsizetype> index;
    RB_TRY(st->forEach([&](const db::Statement& row) {
        index.insert(row.integer(0), apps.size());
        apps << readApplication(row);
    }));
    Result<db::Statement> links =
        m_db.prepare("SELECT aa.application_id, p.id, p.uid, p.name, p.credit_code FROM application_applicant aa "
                     "JOIN applicant p ON p.id = aa.applicant_id JOIN application a ON a.id = aa.application_id "
                     "WHERE a.round_id = ?1 ORDER BY aa.application_id, aa.position");
    if (!links)
        return links.takeError();
    links->bind(1, m_roundId);
    RB_TRY(links->forEach([&](const db::Statement& row) {
        const auto it = index.constFind(row.integer(0));
        if (it != index.constEnd())
            apps[*it].applicants.append({row.integer(1), row.text(2), row.text(3), row.text(4)});
    }));
    return apps;
}

Result<std::optional<Application>> ApplicationRepository::byCode(const QString& code)
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "WHERE round_id = ?1 AND code = ?2");
    if (!st)
        return st.takeError();
    st->bindAll(m_roundId, code);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<Application>();
    Application app = readApplication(*st);
    st->reset();
    Result<db::Statement> links =
        m_db.prepare("SELECT p.id, p.uid, p.name, p.credit_code FROM application_applicant aa "
                     "JOIN applicant p ON p.id = aa.applicant_id WHERE aa.application_id = ?1 ORDER BY aa.position");
    if (!links)
        return links.takeError();
    links->bind(1, app.id);
    RB_TRY(links->forEach([&](const db::Statement& r) {
        app.applicants.append({r.integer(0), r.text(1), r.text(2), r.text(3)});
    }));
    return std::optional<Application>(std::move(app));
}

Result<int> ApplicationRepository::count()
{
    Result<qint64> n = m_db.scalar("SELECT count(*) FROM application WHERE round_id = ?1", 0, m_roundId);
    if (!n)
        return n.takeError();
    return int(*n);
}

Result<int> ApplicationRepository::applicantCount()
{
    Result<qint64> n = m_db.scalar("SELECT count(DISTINCT aa.applicant_id) FROM application_applicant aa "
                                   "JOIN application a ON a.id = aa.application_id WHERE a.round_id = ?1",
                                   0, m_roundId);
    if (!n)
        return n.takeError();
    return int(*n);
}

Result<Breakdown> ApplicationRepository::breakdown()
{
    Breakdown b;
    auto group = [&](std::string_view column, QList<QPair<QString, int>>& out) -> Status {
        Result<db::Statement> st = m_db.prepare("SELECT coalesce(" + std::string(column)
                                                + ", ''), count(*) FROM application WHERE round_id = ?1 "
                                                  "GROUP BY 1 ORDER BY 2 DESC, 1");
        if (!st)
            return st.takeError();
        st->bind(1, m_roundId);
        return st->forEach([&](const db::Statement& row) { out.append({row.text(0), int(row.integer(1))}); });
    };
    RB_TRY(group("province", b.byProvince));
    RB_TRY(group("sector", b.bySector));
    RB_TRY(group("state", b.byState));
    RB_TRY(group("coalesce(authority, recommender)", b.byRecommender)); // by recommending authority
    return b;
}

Result<qint64> ApplicationRepository::applicantId(Applicant& applicant, QStringList& renamed)
{
    const QString key = text::nameKey(applicant.name);
    Result<db::Statement> find =
        applicant.creditCode.isEmpty()
            ? m_db.prepare("SELECT id, uid, name, credit_code FROM applicant WHERE name_key = ?1 "
                           "ORDER BY credit_code IS NULL, id LIMIT 1")
            : m_db.prepare("SELECT id, uid, name, credit_code FROM applicant WHERE credit_code = ?1");
    if (!find)
        return find.takeError();
    find->bind(1, applicant.creditCode.isEmpty() ? key : applicant.creditCode);
    Result<bool> row = find->step();
    if (!row)
        return row.takeError();
    if (*row) {
        applicant.id = find->integer(0);
        applicant.uid = find->text(1);
        const QString oldName = find->text(2);
        if (applicant.creditCode.isEmpty())
            applicant.creditCode = find->text(3);
        find->reset();
        if (oldName != applicant.name) {
            RB_TRY(m_db.exec("UPDATE applicant SET name = ?2, name_key = ?3 WHERE id = ?1", applicant.id,
                             applicant.name, key));
            ChangeSet changes;
            changes.add(QStringLiteral("name"), oldName, applicant.name);
            RB_TRY(AuditLog(m_db).record(m_roundId, QStringLiteral("update"), QStringLiteral("applicant"),
                                         applicant.uid, applicant.creditCode, changes.json()));
            renamed << oldName;
        }
        return applicant.id;
    }
    find->reset();
    if (applicant.uid.isEmpty())
        applicant.uid = newUid();
    RB_TRY(m_db.exec("INSERT INTO applicant (uid, name, name_key, credit_code) VALUES (?1, ?2, ?3, ?4)", applicant.uid,
                     applicant.name, key, db::nullIfEmpty(applicant.creditCode)));
    applicant.id = m_db.lastInsertId();
    return applicant.id;
}

Result<QSet<QString>> ApplicationRepository::codes()
{
    Result<db::Statement> st = m_db.prepare("SELECT code FROM application WHERE round_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QSet<QString> result;
    RB_TRY(st->forEach([&](const db::Statement& row) { result.insert(row.text(0)); }));
    return result;
}

Result<Change> ApplicationRepository::upsert(Application app, bool known)
{
    Result<std::optional<Application>> existing = known ? byCode(app.code) : std::optional<Application>();
    if (!existing)
        return existing.takeError();
    QStringList renamed;
    for (Applicant& applicant : app.applicants) {
        Result<qint64> id = applicantId(applicant, renamed);
        if (!id)
            return id.takeError();
    }
    auto linkApplicants = [&](qint64 applicationId, bool replace) -> Status {
        if (replace)
            RB_TRY(m_db.exec("DELETE FROM application_applicant WHERE application_id = ?1", applicationId));
        for (int i = 0; i < app.applicants.size(); ++i)
            RB_TRY(m_db.exec("INSERT OR IGNORE INTO application_applicant (application_id, applicant_id, position) "
                             "VALUES (?1, ?2, ?3)",
                             applicationId, app.applicants[i].id, i));
        return {};
    };
    AuditLog audit(m_db);
    if (!existing->has_value()) {
        if (app.uid.isEmpty())
            app.uid = newUid();
        RB_TRY(
            m_db.exec("INSERT INTO application (uid, round_id, code, title, province, sector, recommender, priority, "
                      "state, created_at, authority) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                      app.uid, m_roundId, app.code, app.title, app.province, db::nullIfEmpty(app.sector),
                      app.recommender, app.priority, app.state, Clock::current().timestamp(),
                      app.authority.isEmpty() ? app.recommender : app.authority));
        RB_TRY(linkApplicants(m_db.lastInsertId(), false));
        const QJsonObject created{{QStringLiteral("title"), app.title},
                                  {QStringLiteral("applicant"), app.applicantNames()},
                                  {QStringLiteral("credit_code"), app.creditCodes()},
                                  {QStringLiteral("province"), app.province},
                                  {QStringLiteral("sector"), app.sector},
                                  {QStringLiteral("recommender"), app.recommender},
                                  {QStringLiteral("authority"), app.authority},
                                  {QStringLiteral("priority"), priorityJson(app.priority)}};
        RB_TRY(audit.record(m_roundId, QStringLiteral("create"), QStringLiteral("application"), app.uid, app.code,
                            created));
        return Change::Created;
    }
    const Application& old = **existing;
    ChangeSet changes;
    changes.add(QStringLiteral("title"), old.title, app.title);
    changes.add(QStringLiteral("applicant"), old.applicantNames(), app.applicantNames());
    changes.add(QStringLiteral("credit_code"), old.creditCodes(), app.creditCodes());
    changes.add(QStringLiteral("province"), old.province, app.province);
    changes.add(QStringLiteral("sector"), old.sector, app.sector);
    changes.add(QStringLiteral("recommender"), old.recommender, app.recommender);
    changes.add(QStringLiteral("authority"), old.authority, app.authority);
    changes.add(QStringLiteral("priority"), priorityJson(old.priority), priorityJson(app.priority));
    if (changes.isEmpty())
        return renamed.isEmpty() ? Change::Unchanged : Change::Updated;
    RB_TRY(m_db.exec("UPDATE application SET title = ?2, province = ?3, sector = ?4, recommender = ?5, priority = ?6, "
                     "authority = ?7 WHERE id = ?1",
                     old.id, app.title, app.province, db::nullIfEmpty(app.sector), app.recommender, app.priority,
                     app.authority.isEmpty() ? app.recommender : app.authority));
    RB_TRY(linkApplicants(old.id, true));
    RB_TRY(audit.record(m_roundId, QStringLiteral("update"), QStringLiteral("application"), old.uid, old.code,
                        changes.json()));
    return Change::Updated;
}

} // namespace rb
