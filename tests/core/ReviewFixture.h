// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the conflict, assignment, package, seal, score-sheet and crash tests: a demo round with
// assignments and packages, raw reads of package files, and helpers to fill a package.
#pragma once

#include "TestSupport.h"

#include "crypto/Crypto.h"
#include "demo/Demo.h"
#include "io/Table.h"
#include "package/Package.h"
#include "package/PackageBuilder.h"
#include "review/Assignments.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace rb::test {

using namespace Qt::Literals::StringLiterals;

/// The access codes of the packages the tests issued, by package uid: a copy of a package file keeps its code.
inline QHash<QString, QString>& accessCodes()
{
    static QHash<QString, QString> codes;
    return codes;
}

/// The package uid stored in a package file, read without the package API.
inline QString packageUidOf(const QString& path)
{
    Result<std::unique_ptr<db::Database>> raw = db::Database::open(path, db::OpenMode::ReadOnly);
    RB_REQUIRE_OK(raw);
    Result<QString> uid = (*raw)->scalarText("SELECT value FROM meta WHERE key = 'package_uid'");
    RB_REQUIRE_OK(uid);
    return *uid;
}

/// Keeps the access codes of the packages just issued, for codeOf().
inline void remember(const QList<package::IssuedPackage>& issued)
{
    for (const package::IssuedPackage& p : issued) {
        if (!p.skipped)
            accessCodes().insert(packageUidOf(p.path), p.accessCode);
    }
}

/// Keeps the access codes the `package` command wrote to \a csv (expert, name, package, code), for codeOf().
inline void rememberCodes(const QString& csv)
{
    Result<io::Table> table = io::readTable(csv);
    RB_REQUIRE_OK(table);
    REQUIRE(table->header == QStringList{u"expert"_s, u"name"_s, u"package"_s, u"code"_s});
    for (const io::TableRow& r : table->rows)
        accessCodes().insert(packageUidOf(QFileInfo(csv).dir().filePath(r.cell(2))), r.cell(3));
}

/// The access code of a package file (or of the package it is a copy of).
inline QString codeOf(const QString& packagePath)
{
    const QString code = accessCodes().value(packageUidOf(packagePath));
    REQUIRE_FALSE(code.isEmpty());
    return code;
}

/// A package opened and unlocked with its access code, as its expert opens it.
inline std::unique_ptr<package::Package> openUnlocked(const QString& path)
{
    Result<std::unique_ptr<package::Package>> p = package::Package::open(path);
    RB_REQUIRE_OK(p);
    RB_REQUIRE_OK((*p)->unlock(codeOf(path)));
    return std::move(*p);
}

/// The expert's signing key of an unsubmitted package, decrypted with its access code (as only its expert can).
inline QByteArray signingKeyOf(const QString& path)
{
    Result<std::unique_ptr<db::Database>> raw = db::Database::open(path, db::OpenMode::ReadOnly);
    RB_REQUIRE_OK(raw);
    Result<db::Statement> st =
        (*raw)->prepare("SELECT i.kdf_salt, i.kdf_ops, i.kdf_mem, k.box FROM issue i, signing_key k");
    RB_REQUIRE_OK(st);
    Result<bool> row = st->step();
    RB_REQUIRE_OK(row);
    REQUIRE(*row);
    const crypto::KdfParams kdf{st->blob(0), quint64(st->integer(1)), quint64(st->integer(2))};
    const QByteArray box = st->blob(3);
    st->reset();
    Result<QByteArray> key = crypto::deriveKey(*crypto::canonicalAccessCode(codeOf(path)), kdf);
    RB_REQUIRE_OK(key);
    const std::optional<QByteArray> secret = crypto::open(box, *key);
    REQUIRE(secret.has_value());
    return *secret;
}

/// A demo round (factory template: 18 points leaves and 4 veto items) in a temporary folder.
struct DemoRound {
    DemoRound(int applications, int experts, int perApplication, quint64 seed = 1)
    {
        path = dir.path(u"demo.rbdb"_s);
        demo::DemoSpec spec;
        spec.applications = applications;
        spec.experts = experts;
        spec.perApplication = perApplication;
        spec.seed = seed;
        Result<Round> r = demo::createDemo(path, spec, u"tester"_s);
        RB_REQUIRE_OK(r);
        round = *r;
        Result<std::unique_ptr<db::Database>> opened = db::schema::open(path);
        RB_REQUIRE_OK(opened);
        db = std::move(*opened);
        db->setUser(u"tester"_s);
    }

    AssignReport assign(int perApplication, quint64 seed = 1)
    {
        Result<AssignReport> report = AssignmentRepository(*db, round).assign(perApplication, false, seed);
        RB_REQUIRE_OK(report);
        return *report;
    }

    [[nodiscard]] QString outDir() const { return dir.path(u"packages"_s); }

    QList<package::IssuedPackage> build(const QStringList& experts = {}, bool reissue = false)
    {
        package::BuildOptions options;
        options.outDir = outDir();
        options.experts = experts;
        options.reissue = reissue;
        Result<QList<package::IssuedPackage>> issued = package::build(*db, round, options);
        RB_REQUIRE_OK(issued);
        remember(*issued);
        return *issued;
    }

    /// The path of the first package written for \a expert (or of the first package at all).
    QString packageOf(const QList<package::IssuedPackage>& issued, const QString& expert = {}) const
    {
        for (const package::IssuedPackage& p : issued) {
            if (!p.skipped && (expert.isEmpty() || p.expertCode == expert))
                return p.path;
        }
        FAIL("no package was written for " << expert.toStdString());
        return {};
    }

    TempDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
    Round round;
};

/// A valid score in the middle band (良) of a points leaf; 0 (not triggered) for a veto item.
inline double middleValue(const Criterion& c)
{
    if (c.kind == CriterionKind::Veto)
        return 0;
    return std::round(c.maxPoints.value_or(0) * 0.7 * 2) / 2;
}

/// Scores every leaf of every application of \a p with middleValue(), in one transaction (fast).
inline void fillAll(package::Package& p)
{
    db::Transaction tx(p.db());
    RB_REQUIRE_OK(tx.status());
    for (const package::Item& item : p.items()) {
        for (const Criterion* c : p.criteria().leaves())
            RB_REQUIRE_OK(p.setScore(item.uid, c->uid, middleValue(*c)));
    }
    RB_REQUIRE_OK(tx.commit());
}

/// Opens any SQLite file read-only, bypassing the package API.
inline std::unique_ptr<db::Database> openRaw(const QString& path, db::OpenMode mode = db::OpenMode::ReadOnly)
{
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(path, mode);
    RB_REQUIRE_OK(opened);
    return std::move(*opened);
}

/// Every row of a query as text cells.
inline QList<QStringList> rows(db::Database& db, const char* sql, int columns)
{
    Result<db::Statement> st = db.prepare(sql);
    RB_REQUIRE_OK(st);
    QList<QStringList> out;
    RB_REQUIRE_OK(st->forEach([&](const db::Statement& r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << r.text(c);
        out << cells;
    }));
    return out;
}

/// The set of the first column of a query.
inline QSet<QString> column(db::Database& db, const char* sql)
{
    QSet<QString> out;
    for (const QStringList& r : rows(db, sql, 1))
        out.insert(r.first());
    return out;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// A CLI `list ... --format json` as an array of objects.
inline QJsonArray listJson(const QString& kind, const QString& dbPath)
{
    const CliRun run = runCli({u"list"_s, kind, dbPath, u"--format"_s, u"json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

/// "expert|application" pairs of a JSON list.
inline QSet<QString> pairsOf(const QJsonArray& list)
{
    QSet<QString> out;
    for (const QJsonValue& v : list)
        out.insert(v[u"expert"_s].toString() + u'|' + v[u"application"_s].toString());
    return out;
}

} // namespace rb::test
