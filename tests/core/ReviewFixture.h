// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the conflict, assignment, package, seal, score-sheet and crash tests: a demo round with
// assignments and packages, raw reads of package files, and helpers to fill a package.
#pragma once

#include "TestSupport.h"

#include "demo/Demo.h"
#include "package/Package.h"
#include "package/PackageBuilder.h"
#include "review/Assignments.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace rb::test {

using namespace Qt::Literals::StringLiterals;

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
