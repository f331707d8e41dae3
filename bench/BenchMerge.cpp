// SPDX-License-Identifier: GPL-3.0-or-later
// Merge and consolidation at scale, against the same work done directly with the sqlite3 tool.
#include "Timing.h"

#include "consolidation/Consolidation.h"
#include "demo/Demo.h"
#include "demo/DemoScores.h"
#include "merge/Backup.h"
#include "merge/PackageMerge.h"
#include "package/PackageBuilder.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

namespace rb::bench {

namespace {

struct Size {
    int applications;
    int perApplication;
    int criteria;
    int experts;
    int runs;
};

double elapsed(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// Runs a SQL script with the sqlite3 command-line tool and returns its wall time.
double sqliteTool(const QString& database, const QString& script)
{
    QProcess p;
    p.setStandardInputFile(script);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {database});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    return elapsed(t);
}

Result<std::unique_ptr<db::Database>> copyOf(const QString& source, const QString& target)
{
    auto src = db::schema::open(source);
    if (!src)
        return src.takeError();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    if (Status s = merge::copyDatabase(**src, target); !s)
        return s.takeError();
    return db::schema::open(target);
}

/// The same row copy the merge does, as plain SQL: attach each package, copy its scores (and, when
/// \a everything, its opinions and the assignments' new status too) in one transaction per package.
QString mergeScript(db::Database& db, const Round& round, const QStringList& packages, const QString& path,
                    bool everything)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream sql(&file);
    sql << "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;\n";
    for (const QString& pkg : packages) {
        auto pk = db::Database::open(pkg, db::OpenMode::ReadOnly);
        const QString expertUid = *(*pk)->scalarText("SELECT value FROM meta WHERE key = 'expert_uid'");
        const qint64 expertId = *db.scalar("SELECT id FROM expert WHERE uid = ?1", 0, expertUid);
        sql << "ATTACH DATABASE '" << pkg << "' AS p;\n"
            << (everything ? "BEGIN;\n" : "")
            << "INSERT INTO score (assignment_id, criterion_id, value, comment) SELECT s.id, c.id, ps.value, "
               "ps.comment "
               "FROM p.score ps JOIN application a ON a.uid = ps.application_uid AND a.round_id = "
            << round.id << " JOIN assignment s ON s.application_id = a.id AND s.expert_id = " << expertId
            << " JOIN criterion c ON c.uid = ps.criterion_uid AND c.round_id = " << round.id
            << " WHERE ps.value IS NOT NULL;\n";
        if (everything)
            sql << "INSERT INTO opinion (assignment_id, strengths, problems, recommendation) SELECT s.id, "
                   "po.strengths, "
                   "po.problems, nullif(po.recommendation, '') FROM p.opinion po JOIN application a ON a.uid = "
                   "po.application_uid AND a.round_id = "
                << round.id << " JOIN assignment s ON s.application_id = a.id AND s.expert_id = " << expertId
                << " WHERE po.handed_back = 0;\nUPDATE assignment SET status = 'submitted' WHERE expert_id = "
                << expertId << " AND status = 'assigned';\nCOMMIT;\n";
        sql << "DETACH DATABASE p;\n";
    }
    return path;
}

/// The same per-application aggregation the consolidation does, as plain SQL.
QString consolidationScript(const Round& round, const QString& path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream(&file)
        << "PRAGMA cache_size = -65536;\n"
           "SELECT application_id, avg(total), count(*), min(total), max(total) FROM ("
           "SELECT s.application_id, sum(CASE WHEN c.kind = 'points' THEN sc.value ELSE 0 END) AS total, "
           "max(CASE WHEN c.kind = 'veto' AND sc.value >= 1 THEN 1 ELSE 0 END) AS veto "
           "FROM assignment s JOIN expert e ON e.id = s.expert_id JOIN score sc ON sc.assignment_id = s.id "
           "JOIN criterion c ON c.id = sc.criterion_id WHERE e.round_id = "
        << round.id << " AND s.status IN ('submitted', 'entered') GROUP BY s.id) GROUP BY application_id;\n";
    return path;
}

void benchSize(QTextStream& out, const Size& size)
{
    const QString dir = scratchDir() + QStringLiteral("/merge-%1").arg(size.applications);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString base = dir + QStringLiteral("/base.rbdb");
    out << QStringLiteral("== %1 applications × %2 experts × %3 criteria (%4 experts in all): %5 scores")
               .arg(size.applications)
               .arg(size.perApplication)
               .arg(size.criteria)
               .arg(size.experts)
               .arg(qint64(size.applications) * size.perApplication * size.criteria)
        << Qt::endl;
    demo::DemoSpec spec;
    spec.applications = size.applications;
    spec.experts = size.experts;
    spec.perApplication = size.perApplication;
    spec.criteria = size.criteria;
    spec.assign = true;
    QElapsedTimer t;
    t.start();
    Result<Round> round = demo::createDemo(base, spec, QStringLiteral("bench"));
    if (!round)
        qFatal("demo: %s", qPrintable(round.error().toString()));
    out << QStringLiteral("  set-up (demo round, assignment): %1 s").arg(elapsed(t), 0, 'f', 2) << Qt::endl;
    QStringList packages;
    {
        auto db = db::schema::open(base);
        t.restart();
        auto issued = package::build(**db, *round, {dir + QStringLiteral("/packages"), {}, false});
        if (!issued)
            qFatal("package: %s", qPrintable(issued.error().toString()));
        out << QStringLiteral("  package every expert (%1 packages): %2 s")
                   .arg(issued->size())
                   .arg(elapsed(t), 0, 'f', 2)
            << Qt::endl;
        t.restart();
        for (const auto& p : *issued) {
            if (Status s = demo::fillAndSubmit(p.path, p.accessCode, 7); !s)
                qFatal("fill: %s", qPrintable(s.error().toString()));
            packages << p.path;
        }
        out << QStringLiteral("  fill and submit every package: %1 s").arg(elapsed(t), 0, 'f', 2) << Qt::endl;
    }
    const QString script =
        mergeScript(**db::schema::open(base), *round, packages, dir + QStringLiteral("/merge.sql"), true);
    const QString scoresOnly =
        mergeScript(**db::schema::open(base), *round, packages, dir + QStringLiteral("/scores.sql"), false);
    QList<double> ours;
    QList<double> tool;
    QList<double> toolScores;
    const QString merged = dir + QStringLiteral("/merged.rbdb");
    for (int run = 0; run < size.runs; ++run) {
        {
            auto copy = copyOf(base, merged);
            t.restart();
            auto report = merge::mergePackages(**copy, *round, packages);
            ours << elapsed(t);
            if (!report || report->anyRejected())
                qFatal("merge failed");
        }
        auto copy = copyOf(base, dir + QStringLiteral("/tool.rbdb"));
        copy->reset();
        tool << sqliteTool(dir + QStringLiteral("/tool.rbdb"), script);
        auto copy2 = copyOf(base, dir + QStringLiteral("/tool2.rbdb"));
        copy2->reset();
        toolScores << sqliteTool(dir + QStringLiteral("/tool2.rbdb"), scoresOnly);
    }
    out << QStringLiteral("  merge, ReviewBench (verify seals, copy scores and opinions, statuses, audit): %1")
               .arg(describe(ours))
        << Qt::endl;
    out << QStringLiteral(
               "  merge, sqlite3 tool, same rows (scores, opinions, statuses; a transaction per package): %1")
               .arg(describe(tool))
        << Qt::endl;
    out << QStringLiteral("  merge, sqlite3 tool, scores only: %1").arg(describe(toolScores)) << Qt::endl;
    out << QStringLiteral("  merge ratio (ours ÷ sqlite3, same rows): %1").arg(median(ours) / median(tool), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("  merge ratio (ours ÷ sqlite3, scores only): %1")
               .arg(median(ours) / median(toolScores), 0, 'f', 2)
        << Qt::endl;
    QList<double> consolidateOurs;
    QList<double> consolidateTool;
    const QString aggregate = consolidationScript(*round, dir + QStringLiteral("/consolidate.sql"));
    for (int run = 0; run < 5; ++run) {
        {
            auto db = db::schema::open(merged, db::OpenMode::ReadOnly);
            t.restart();
            auto results = consolidation::consolidate(**db, *round);
            consolidateOurs << elapsed(t);
            if (!results)
                qFatal("consolidate failed");
        }
        consolidateTool << sqliteTool(merged, aggregate);
    }
    out << QStringLiteral("  consolidate, ReviewBench: %1").arg(describe(consolidateOurs)) << Qt::endl;
    out << QStringLiteral("  consolidate, sqlite3 tool: %1").arg(describe(consolidateTool)) << Qt::endl;
    out << QStringLiteral("  consolidation ratio (ours ÷ sqlite3): %1")
               .arg(median(consolidateOurs) / median(consolidateTool), 0, 'f', 2)
        << Qt::endl;
    if (qEnvironmentVariableIsEmpty("RB_BENCH_KEEP"))
        QDir(dir).removeRecursively();
}

} // namespace

void benchMerge(QTextStream& out, bool large)
{
    benchSize(out, {2000, 7, 25, 100, 3});
    if (large)
        benchSize(out, {50000, 5, 20, 2500, 3});
}

} // namespace rb::bench
