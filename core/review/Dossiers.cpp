// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/Dossiers.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "repo/AuditLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace rb {

QString DossierRepository::mediaType(const QByteArray& content)
{
    if (content.startsWith("%PDF"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

Result<Dossier> DossierRepository::attach(qint64 applicationId, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    constexpr qint64 kMaxSize = 512LL * 1024 * 1024;
    if (file.size() > kMaxSize)
        return Error::input(Tr::tr("%1 is larger than 512 MB").arg(path));
    const QByteArray content = file.readAll();
    Dossier d;
    d.fileName = QFileInfo(path).fileName();
    d.mediaType = mediaType(content);
    if (d.mediaType.isEmpty())
        return Error::input(Tr::tr("%1 is not a PDF, PNG or JPEG file").arg(d.fileName));
    d.size = content.size();
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    Result<db::Statement> existing =
        m_db.prepare("SELECT id, uid FROM attachment WHERE application_id = ?1 AND sha256 = ?2");
    if (!existing)
        return existing.takeError();
    existing->bindAll(applicationId, d.sha256);
    Result<bool> found = existing->step();
    if (!found)
        return found.takeError();
    if (*found) {
        d.id = existing->integer(0);
        d.uid = existing->text(1);
        existing->reset();
        return d;
    }
    existing->reset();
    d.uid = newUid();
    RB_TRY(
        m_db.exec("INSERT INTO attachment (uid, application_id, file_name, media_type, size, sha256, data, added_at, "
                  "added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                  d.uid, applicationId, d.fileName, d.mediaType, d.size, d.sha256, content,
                  Clock::current().timestamp(), m_db.user()));
    d.id = m_db.lastInsertId();
    RB_VALUE(const QString code, m_db.scalarText("SELECT code FROM application WHERE id = ?1", applicationId));
    RB_TRY(AuditLog(m_db).record(m_round.id, QStringLiteral("create"), QStringLiteral("attachment"), d.uid, code,
                                 QJsonObject{{QStringLiteral("file_name"), d.fileName},
                                             {QStringLiteral("size"), d.size},
                                             {QStringLiteral("sha256"), d.sha256}}));
    return d;
}

Result<QList<Dossier>> DossierRepository::list(qint64 applicationId)
{
    Result<db::Statement> st = m_db.prepare("SELECT id, uid, file_name, media_type, size, sha256 FROM attachment "
                                            "WHERE application_id = ?1 ORDER BY id");
    if (!st)
        return st.takeError();
    st->bind(1, applicationId);
    QList<Dossier> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.integer(0), r.text(1), r.text(2), r.text(3), r.integer(4), r.text(5)});
    }));
    return list;
}

Result<QByteArray> DossierRepository::content(qint64 dossierId)
{
    Result<db::Statement> st = m_db.prepare("SELECT data FROM attachment WHERE id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, dossierId);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return Error::input(Tr::tr("the dossier no longer exists"));
    QByteArray data = st->blob(0);
    st->reset();
    return data;
}

Status DossierRepository::remove(qint64 dossierId)
{
    RB_VALUE(const QString uid, m_db.scalarText("SELECT uid FROM attachment WHERE id = ?1", dossierId));
    RB_TRY(m_db.exec("DELETE FROM attachment WHERE id = ?1", dossierId));
    return AuditLog(m_db).record(m_round.id, QStringLiteral("delete"), QStringLiteral("attachment"), uid, QString());
}

} // namespace rb
