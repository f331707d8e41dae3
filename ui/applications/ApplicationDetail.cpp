// SPDX-License-Identifier: GPL-3.0-or-later
#include "applications/ApplicationDetail.h"

#include "domain/Region.h"
#include "domain/States.h"
#include "repo/AuditLog.h"
#include "review/Dossiers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace rb::ui {

namespace {

struct Detail {
    Q_DECLARE_TR_FUNCTIONS(rb::ui::ApplicationDetail)
};

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px;white-space:nowrap'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString valueText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString history(db::Database& db, const Round& round, const QString& uid)
{
    Result<QList<AuditEntry>> entries = AuditLog(db).entries(round.id, uid, 50);
    if (!entries || entries->isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><table cellspacing=0>").arg(Detail::tr("History").toHtmlEscaped());
    for (const AuditEntry& e : *entries) {
        const QString when =
            QDateTime::fromString(e.at, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QStringList changes;
        if (e.action == QLatin1String("update")) {
            for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
                const QJsonArray pair = it.value().toArray();
                changes << QStringLiteral("%1: %2 → %3")
                               .arg(it.key(), valueText(pair.at(0)), valueText(pair.at(1)))
                               .toHtmlEscaped();
            }
        }
        const QString what = e.action == QLatin1String("create")   ? Detail::tr("created")
                             : e.action == QLatin1String("update") ? Detail::tr("changed")
                                                                   : e.action;
        html += QStringLiteral("<tr><td style='color:#666;padding-right:8px;white-space:nowrap'>%1</td><td>%2 %3<br/>"
                               "<span style='color:#444'>%4</span></td></tr>")
                    .arg(when.toHtmlEscaped(), e.user.toHtmlEscaped(), what.toHtmlEscaped(),
                         changes.join(QStringLiteral("<br/>")));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString applicationDetailHtml(db::Database& db, const Round& round, const Application& a)
{
    QString html =
        QStringLiteral("<h3>%1</h3><p style='color:#1F5FAF'>%2 · %3</p><table cellspacing=2>")
            .arg(a.title.toHtmlEscaped(), a.code.toHtmlEscaped(), states::displayName(a.state).toHtmlEscaped());
    for (int i = 0; i < a.applicants.size(); ++i) {
        const Applicant& p = a.applicants[i];
        const QString label = a.applicants.size() > 1 ? Detail::tr("Applicant %1").arg(i + 1) : Detail::tr("Applicant");
        html += row(label, p.name);
        html += row(Detail::tr("Credit code"), p.creditCode);
    }
    html += row(Detail::tr("Region"), Region::displayName(a.province));
    html += row(Detail::tr("Sector"), sector::displayName(a.sector));
    html += row(Detail::tr("Recommended by"), a.recommender);
    html += row(Detail::tr("Priority"), a.priority ? QString::number(*a.priority) : QString());
    html += QStringLiteral("</table>");
    if (Result<QList<Dossier>> dossiers = DossierRepository(db, round).list(a.id); dossiers && !dossiers->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(Detail::tr("Dossiers").toHtmlEscaped());
        for (const Dossier& d : *dossiers)
            html += QStringLiteral("<li>%1 (%2 KB)</li>").arg(d.fileName.toHtmlEscaped()).arg((d.size + 1023) / 1024);
        html += QStringLiteral("</ul>");
    }
    return html + history(db, round, a.uid);
}

} // namespace rb::ui
