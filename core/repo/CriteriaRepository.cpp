// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/CriteriaRepository.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "repo/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace rb {

namespace {

QJsonValue maxJson(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject describe(const Criterion& c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("parent"), c.parentCode},
            {QStringLiteral("kind"), criterionkind::key(c.kind)},
            {QStringLiteral("max"), maxJson(c.maxPoints)},
            {QStringLiteral("guidance"), c.guidance},
            {QStringLiteral("bands"), c.bands}};
}

} // namespace

Result<CriteriaTree> CriteriaRepository::tree()
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT c.id, c.uid, c.code, c.name, p.code, c.kind, c.max_points, c.guidance, c.bands FROM criterion c "
        "LEFT JOIN criterion p ON p.id = c.parent_id WHERE c.round_id = ?1 ORDER BY c.position, c.id");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    QList<Criterion> items;
    RB_TRY(st->forEach([&](const db::Statement& row) {
        Criterion c;
        c.id = row.integer(0);
        c.uid = row.text(1);
        c.code = row.text(2);
        c.name = row.text(3);
        c.parentCode = row.text(4);
        c.kind = criterionkind::parse(row.text(5)).value_or(CriterionKind::Points);
        c.maxPoints = row.optReal(6);
        c.guidance = row.text(7);
        c.bands = row.text(8);
        items << c;
    }));
    return CriteriaTree(items);
}

Result<CriteriaRepository::Changes> CriteriaRepository::replace(const QList<Criterion>& items)
{
    Result<CriteriaTree> current = tree();
    if (!current)
        return current.takeError();
    QHash<QString, const Criterion*> byUid;
    QHash<QString, const Criterion*> byCode;
    for (const Criterion& c : current->items()) {
        byUid.insert(c.uid, &c);
        byCode.insert(c.code, &c);
    }
    // Decide which stored row each item becomes.
    QList<const Criterion*> matched;
    QSet<qint64> kept;
    for (const Criterion& item : items) {
        const Criterion* old = nullptr;
        if (!item.uid.isEmpty())
            old = byUid.value(item.uid);
        if (!old)
            old = byCode.value(item.code);
        if (old && kept.contains(old->id))
            old = nullptr;
        if (old)
            kept.insert(old->id);
        matched << old;
    }
    Changes changes;
    AuditLog audit(m_db);
    for (const Criterion& c : current->items()) {
        if (kept.contains(c.id))
            continue;
        Result<qint64> scores = m_db.scalar("SELECT count(*) FROM score WHERE criterion_id = ?1", 0, c.id);
        if (!scores)
            return scores.takeError();
        if (*scores > 0)
            return Error::input(
                Tr::tr("criterion %1 already has %2 scores and cannot be removed").arg(c.code).arg(*scores));
    }
    for (const Criterion& c : current->items()) {
        if (kept.contains(c.id))
            continue;
        RB_TRY(m_db.exec("DELETE FROM criterion WHERE id = ?1", c.id));
        RB_TRY(
            audit.record(m_roundId, QStringLiteral("delete"), QStringLiteral("criterion"), c.uid, c.code, describe(c)));
        ++changes.removed;
    }
    // Free the codes first so that swapping two codes does not trip the uniqueness constraint.
    RB_TRY(m_db.exec("UPDATE criterion SET code = char(1) || uid WHERE round_id = ?1", m_roundId));
    QHash<QString, qint64> idOfCode;
    QHash<QString, int> nextPosition;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Criterion& c = items[i];
        const Criterion* old = matched[i];
        std::optional<qint64> parentId; // (assigned, not built by ?: — GCC 12 -O3 then warns of an unset value)
        if (!c.parentCode.isEmpty())
            parentId = idOfCode.value(c.parentCode);
        const int position = nextPosition[c.parentCode]++;
        const std::optional<QString> bandsText = db::nullIfEmpty(c.bands);
        if (!old) {
            const QString uid = c.uid.isEmpty() ? newUid() : c.uid;
            RB_TRY(m_db.exec("INSERT INTO criterion (uid, round_id, code, name, parent_id, position, kind, max_points, "
                             "guidance, bands) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                             uid, m_roundId, c.code, c.name, parentId, position, criterionkind::key(c.kind),
                             c.maxPoints, c.guidance, bandsText));
            idOfCode.insert(c.code, m_db.lastInsertId());
            RB_TRY(audit.record(m_roundId, QStringLiteral("create"), QStringLiteral("criterion"), uid, c.code,
                                describe(c)));
            ++changes.created;
            continue;
        }
        RB_TRY(m_db.exec("UPDATE criterion SET code = ?2, name = ?3, parent_id = ?4, position = ?5, kind = ?6, "
                         "max_points = ?7, guidance = ?8, bands = ?9 WHERE id = ?1",
                         old->id, c.code, c.name, parentId, position, criterionkind::key(c.kind), c.maxPoints,
                         c.guidance, bandsText));
        idOfCode.insert(c.code, old->id);
        ChangeSet diff;
        const QJsonObject before = describe(*old);
        const QJsonObject after = describe(c);
        for (auto it = after.begin(); it != after.end(); ++it)
            diff.add(it.key(), before.value(it.key()), it.value());
        // Order changes matter to the reader but are not field changes of the criterion.
        const bool moved = current->items().indexOf(*old) != i;
        if (!diff.isEmpty()) {
            RB_TRY(audit.record(m_roundId, QStringLiteral("update"), QStringLiteral("criterion"), old->uid, c.code,
                                diff.json()));
            ++changes.updated;
        } else if (moved) {
            ++changes.updated;
        }
    }
    return changes;
}

} // namespace rb
