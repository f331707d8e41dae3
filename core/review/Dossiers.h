// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

namespace rb {

/// A dossier file (申报书, PDF or image) stored with an application.
struct Dossier {
    qint64 id = 0;
    QString uid;
    QString fileName;
    QString mediaType; ///< application/pdf, image/png, image/jpeg
    qint64 size = 0;
    QString sha256;
};

/// The dossiers of a round's applications, stored in the database so they travel in packages.
class DossierRepository {
public:
    DossierRepository(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

    /// Stores \a path with the application (the same content twice is stored once). Audited.
    /// Only PDF, PNG and JPEG files are accepted. Call inside a transaction.
    Result<Dossier> attach(qint64 applicationId, const QString& path);
    Result<QList<Dossier>> list(qint64 applicationId);
    Result<QByteArray> content(qint64 dossierId);
    Status remove(qint64 dossierId);

    /// The media type of file content, or empty when it is not a PDF, PNG or JPEG.
    static QString mediaType(const QByteArray& content);

private:
    db::Database& m_db;
    Round m_round;
};

} // namespace rb
