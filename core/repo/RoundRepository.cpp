// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/RoundRepository.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "repo/AuditLog.h"
#include "round/RoundKey.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rb {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, uid, code, category, year, title, template, created_at, created_by FROM round ";

Round readRound(const db::Statement& st)
{
    Round r;
    r.id = st.integer(0);
    r.uid = st.text(1);
    r.code = st.text(2);
    r.category = category::fromKey(st.text(3)).value_or(Category::Scenario);
    r.year = int(st.integer(4));
    r.title = st.text(5);
    r.templateName = st.text(6);
    r.createdAt = st.text(7);
    r.createdBy = st.text(8);
    return r;
}

} // namespace

Result<QList<Round>> RoundRepository::list()
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "ORDER BY year, code");
    if (!st)
        return st.takeError();
    QList<Round> rounds;
    RB_TRY(st->forEach([&](const db::Statement& row) { rounds << readRound(row); }));
    return rounds;
}

Result<std::optional<Round>> RoundRepository::byCode(const QString& code)
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "WHERE code = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, code);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    return *row ? std::optional<Round>(readRound(*st)) : std::nullopt;
}

Result<std::optional<Round>> RoundRepository::byId(qint64 id)
{
    Result<db::Statement> st = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, id);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    return *row ? std::optional<Round>(readRound(*st)) : std::nullopt;
}

Result<Round> RoundRepository::resolve(const QString& code)
{
    Result<QList<Round>> rounds = list();
    if (!rounds)
        return rounds.takeError();
    QStringList codes;
    for (const Round& r : *rounds) {
        if (r.code == code)
            return r;
        codes << r.code;
    }
    if (rounds->isEmpty())
        return Error::usage(Tr::tr("the file holds no round yet; create one with 'new'"));
    if (code.isEmpty() && rounds->size() == 1)
        return rounds->first();
    if (code.isEmpty())
        return Error::usage(Tr::tr("the file holds several rounds; choose one with --round (%1)")
                                .arg(codes.join(QStringLiteral(", "))));
    return Error::usage(
        Tr::tr("there is no round %1 in this file (rounds: %2)").arg(code, codes.join(QStringLiteral(", "))));
}

Result<Round> RoundRepository::create(Category category, int year, const QString& title, const QString& templateName)
{
    if (year < 2000 || year > 2100)
        return Error::usage(Tr::tr("the year must be between 2000 and 2100, not %1").arg(year));
    if (title.trimmed().isEmpty())
        return Error::usage(Tr::tr("the round needs a title"));
    const QString base = QStringLiteral("%1-%2").arg(year).arg(category::codePrefix(category));
    QString code = base;
    for (int n = 2;; ++n) {
        Result<std::optional<Round>> existing = byCode(code);
        if (!existing)
            return existing.takeError();
        if (!existing->has_value())
            break;
        code = QStringLiteral("%1-%2").arg(base).arg(n);
    }
    Round r;
    r.uid = newUid();
    r.code = code;
    r.category = category;
    r.year = year;
    r.title = title.trimmed();
    r.templateName = templateName;
    r.createdAt = Clock::current().timestamp();
    r.createdBy = m_db.user();
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("INSERT INTO round (uid, code, category, year, title, template, created_at, created_by) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                     r.uid, r.code, category::key(category), year, r.title, db::nullIfEmpty(templateName), r.createdAt,
                     r.createdBy));
    r.id = m_db.lastInsertId();
    Result<crypto::KeyPair> key = RoundKey(m_db, r.id).ensure(); // the secretariat's key, made with the round
    if (!key)
        return key.takeError();
    RB_TRY(AuditLog(m_db).record(r.id, QStringLiteral("create"), QStringLiteral("round"), r.uid, r.code,
                                 QJsonObject{{QStringLiteral("category"), category::key(category)},
                                             {QStringLiteral("year"), year},
                                             {QStringLiteral("title"), r.title}}));
    RB_TRY(tx.commit());
    return r;
}

Status RoundRepository::rename(const Round& round, const QString& title)
{
    db::Transaction tx(m_db);
    RB_TRY(tx.status());
    RB_TRY(m_db.exec("UPDATE round SET title = ?2 WHERE id = ?1", round.id, title));
    ChangeSet changes;
    changes.add(QStringLiteral("title"), round.title, title);
    RB_TRY(AuditLog(m_db).record(round.id, QStringLiteral("update"), QStringLiteral("round"), round.uid, round.code,
                                 changes.json()));
    return tx.commit();
}

Status RoundRepository::setTemplateName(qint64 roundId, const QString& name)
{
    return m_db.exec("UPDATE round SET template = ?2 WHERE id = ?1 AND template IS NOT ?2", roundId,
                     db::nullIfEmpty(name));
}

} // namespace rb
