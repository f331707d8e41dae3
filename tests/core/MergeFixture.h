// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the merge tests: a demo round assigned at creation, its packages, a canonical dump of what a
// merge changes (scores, opinions, assignment and package status, conflicts, consolidated results).
#pragma once

#include "ReviewFixture.h"

#include "consolidation/Consolidation.h"
#include "demo/DemoScores.h"
#include "merge/Backup.h"
#include "merge/PackageMerge.h"

#include <QMap>

namespace rb::test {

/// Every row of \a sql (built at run time) as text cells.
inline QList<QStringList> query(db::Database& db, const QString& sql, int columns)
{
    Result<db::Statement> st = db.prepare(sql.toStdString());
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

inline std::unique_ptr<db::Database> openDb(const QString& path)
{
    Result<std::unique_ptr<db::Database>> opened = db::schema::open(path);
    RB_REQUIRE_OK(opened);
    (*opened)->setUser(u"tester"_s);
    return std::move(*opened);
}

/// What a merge may change, without timestamps: one text to compare. \a expert limits the rows to one expert.
inline QString dump(db::Database& db, const Round& round, const QString& expert = {})
{
    const QString where = expert.isEmpty() ? u"1"_s : u"e.code = '%1'"_s.arg(expert);
    const QString pair = u" JOIN assignment s ON s.id = x.assignment_id JOIN expert e ON e.id = s.expert_id "
                         "JOIN application a ON a.id = s.application_id "_s;
    const QList<QPair<QString, int>> sections = {
        {u"SELECT e.code, a.code, c.code, x.value, coalesce(x.comment, '') FROM score x"_s + pair
             + u"JOIN criterion c ON c.id = x.criterion_id WHERE %1 ORDER BY 1, 2, 3"_s.arg(where),
         5},
        {u"SELECT e.code, a.code, x.strengths, x.problems, coalesce(x.recommendation, '') FROM opinion x"_s + pair
             + u"WHERE %1 ORDER BY 1, 2"_s.arg(where),
         5},
        {u"SELECT e.code, a.code, s.status, coalesce(s.source, ''), coalesce(s.void_reason, '') FROM assignment s "
         "JOIN expert e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id WHERE %1 ORDER BY 1, 2"_s
             .arg(where),
         5},
        {u"SELECT e.code, x.revision, x.status, coalesce(x.conflict_reason, '') FROM package x JOIN expert e ON "
         "e.id = x.expert_id WHERE %1 ORDER BY 1, 2"_s.arg(where),
         4},
        {u"SELECT e.code, a.code, x.type, x.reason FROM conflict x JOIN expert e ON e.id = x.expert_id JOIN "
         "application a ON a.id = x.application_id WHERE %1 ORDER BY 1, 2, 3"_s.arg(where),
         4},
    };
    QString out;
    for (const auto& [sql, columns] : sections) {
        for (const QStringList& row : query(db, sql, columns))
            out += row.join(u'|') + u'\n';
        out += u"--\n"_s;
    }
    if (!expert.isEmpty())
        return out;
    Result<consolidation::Results> results = consolidation::consolidate(db, round);
    RB_REQUIRE_OK(results);
    for (const consolidation::ApplicationResult& a : results->applications) {
        out += u"%1|%2|%3|%4|%5|"_s.arg(a.code)
                   .arg(a.score ? QString::number(*a.score, 'f', 6) : u"-"_s)
                   .arg(a.rank ? QString::number(*a.rank) : u"-"_s)
                   .arg(a.experts)
                   .arg(a.flags.join(u','));
        for (const consolidation::ExpertTotal& t : a.totals)
            out += u"%1:%2 "_s.arg(t.expertCode).arg(t.total);
        out += u'\n';
    }
    return out;
}

/// A demo round (factory template) with every application assigned at creation.
struct MergeRound {
    explicit MergeRound(int applications = 40, int experts = 10, int perApplication = 3, quint64 seed = 7)
    {
        path = dir.path(u"master.rbdb"_s);
        demo::DemoSpec spec;
        spec.applications = applications;
        spec.experts = experts;
        spec.perApplication = perApplication;
        spec.seed = seed;
        spec.assign = true;
        Result<Round> r = demo::createDemo(path, spec, u"tester"_s);
        RB_REQUIRE_OK(r);
        round = *r;
        db = openDb(path);
    }

    /// Writes packages (every expert, or those named) and returns expert code → path of what was written.
    QMap<QString, QString> build(const QStringList& experts = {}, bool reissue = false)
    {
        package::BuildOptions options;
        options.outDir = dir.path(u"packages"_s);
        options.experts = experts;
        options.reissue = reissue;
        Result<QList<package::IssuedPackage>> issued = package::build(*db, round, options);
        RB_REQUIRE_OK(issued);
        remember(*issued);
        QMap<QString, QString> out;
        for (const package::IssuedPackage& p : *issued) {
            if (!p.skipped)
                out.insert(p.expertCode, p.path);
        }
        return out;
    }

    /// Fills and submits each package with its own seed.
    static void fillAll(const QMap<QString, QString>& packages, quint64 seed = 100)
    {
        quint64 n = 0;
        for (const QString& path : packages)
            RB_REQUIRE_OK(demo::fillAndSubmit(path, codeOf(path), seed + n++));
    }

    merge::MergeReport merge(const QStringList& files) { return mergeInto(*db, files); }

    merge::MergeReport mergeInto(db::Database& target, const QStringList& files)
    {
        Result<merge::MergeReport> report = merge::mergePackages(target, round, files);
        RB_REQUIRE_OK(report);
        return *report;
    }

    /// A consistent copy of the master as it is now.
    QString copy(const QString& name)
    {
        const QString target = dir.path(name);
        RB_REQUIRE_OK(merge::copyDatabase(*db, target));
        return target;
    }

    TempDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
    Round round;
};

/// The outcome of the file \a path in a report.
inline const merge::FileOutcome& outcomeOf(const merge::MergeReport& report, const QString& path)
{
    for (const merge::FileOutcome& f : report.files) {
        if (f.file == path)
            return f;
    }
    FAIL("no outcome for " << path.toStdString());
    return report.files.first();
}

} // namespace rb::test
