// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/FormalReview.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/Text.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace rb::workflow {

namespace {
const char* const kOverride = "__override__";
}

QStringList FormalReview::defaultChecklist(Category category)
{
    QStringList items = {
        QString::fromUtf8("具有独立法人资格"), QString::fromUtf8("近三年未发生重大安全、环保、质量事故"),
        QString::fromUtf8("信用记录良好"),     QString::fromUtf8("关键装备与软件安全可控"),
        QString::fromUtf8("无知识产权纠纷"),   QString::fromUtf8("同意接受现场评估"),
    };
    if (category == Category::Factory) {
        items << QString::fromUtf8("按 GB/T 39116 自评估达到二级及以上")
              << QString::fromUtf8("未承担过揭榜任务（不得重复申报）");
    }
    if (category == Category::Scenario)
        items << QString::fromUtf8("场景描述不超过 3000 字");
    if (category == Category::Zone)
        items = {QString::fromUtf8("创建方案由城市人民政府申报"), QString::fromUtf8("创建方案要素完整"),
                 QString::fromUtf8("附地方支持政策文件")};
    return items;
}

QStringList FormalReview::checklist()
{
    const QString text = RoundSettings(m_db, m_round.id).text(QStringLiteral("formal.checklist"));
    if (text.isEmpty())
        return defaultChecklist(m_round.category);
    // Items are separated by new lines or semicolons only: an item's own text uses 、 (安全、环保、质量).
    static const QRegularExpression separators(QStringLiteral("[\n\r;；]"));
    QStringList items;
    for (const QString& part : text.split(separators)) {
        const QString item = text::clean(part);
        if (!item.isEmpty() && !items.contains(item))
            items << item;
    }
    return items;
}

Result<QList<FormalItem>> FormalReview::items(qint64 applicationId)
{
    QList<FormalItem> list;
    for (const QString& item : checklist())
        list.append({item, std::nullopt, {}, {}, {}});
    Result<db::Statement> st = m_db.prepare("SELECT item_key, passed, note, coalesce(checked_by, ''), "
                                            "coalesce(checked_at, '') FROM formal_check WHERE application_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, applicationId);
    RB_TRY(st->forEach([&](const db::Statement& r) {
        for (FormalItem& i : list) {
            if (i.key == r.text(0))
                i = {r.text(0), r.isNull(1) ? std::nullopt : std::optional<bool>(r.integer(1) != 0), r.text(2),
                     r.text(3), r.text(4)};
        }
    }));
    return list;
}

Status FormalReview::record(qint64 applicationId, const QString& item, bool passed, const QString& note)
{
    if (!checklist().contains(item))
        return Error::input(Tr::tr("'%1' is not an item of this round's formal review checklist").arg(item));
    if (!passed && note.trimmed().isEmpty())
        return Error::input(Tr::tr("say why the item is not met"));
    RB_TRY(m_db.exec(
        "INSERT INTO formal_check (application_id, item_key, passed, note, checked_at, checked_by) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (application_id, item_key) DO UPDATE SET passed = "
        "excluded.passed, note = excluded.note, checked_at = excluded.checked_at, checked_by = excluded.checked_by",
        applicationId, item, passed, note.trimmed(), Clock::current().timestamp(), m_db.user()));
    RB_VALUE(const QString code, m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId));
    RB_VALUE(const QString uid, m_db.scalarText("SELECT uid FROM application WHERE id = ?1", applicationId));
    return AuditLog(m_db).record(m_round.id, QStringLiteral("formal_review"), QStringLiteral("application"), uid, code,
                                 QJsonObject{{QStringLiteral("item"), item},
                                             {QStringLiteral("passed"), passed},
                                             {QStringLiteral("note"), note.trimmed()}});
}

Status FormalReview::overrideFailure(qint64 applicationId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::input(Tr::tr("an override must say why"));
    RB_TRY(m_db.exec(
        "INSERT INTO formal_check (application_id, item_key, passed, note, checked_at, checked_by) VALUES "
        "(?1, ?2, 1, ?3, ?4, ?5) ON CONFLICT (application_id, item_key) DO UPDATE SET note = excluded.note, "
        "checked_at = excluded.checked_at, checked_by = excluded.checked_by",
        applicationId, QString::fromLatin1(kOverride), reason.trimmed(), Clock::current().timestamp(), m_db.user()));
    RB_VALUE(const QString code, m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId));
    RB_VALUE(const QString uid, m_db.scalarText("SELECT uid FROM application WHERE id = ?1", applicationId));
    return AuditLog(m_db).record(m_round.id, QStringLiteral("formal_override"), QStringLiteral("application"), uid,
                                 code, QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
}

Result<QString> FormalReview::blocker(qint64 applicationId)
{
    Result<QList<FormalItem>> list = items(applicationId);
    if (!list)
        return list.takeError();
    Result<qint64> overridden =
        m_db.scalar("SELECT count(*) FROM formal_check WHERE application_id = ?1 AND item_key = ?2", 0, applicationId,
                    QString::fromLatin1(kOverride));
    if (!overridden)
        return overridden.takeError();
    QStringList unchecked;
    QStringList failed;
    for (const FormalItem& i : *list) {
        if (!i.passed)
            unchecked << i.key;
        else if (!*i.passed)
            failed << i.key;
    }
    if (!unchecked.isEmpty())
        return Tr::tr("formal review items not checked yet: %1").arg(unchecked.join(QStringLiteral("；")));
    if (!failed.isEmpty() && !*overridden)
        return Tr::tr("formal review items not met: %1 (the secretariat can override with a reason)")
            .arg(failed.join(QStringLiteral("；")));
    return QString();
}

} // namespace rb::workflow
