// SPDX-License-Identifier: GPL-3.0-or-later
// Print-ready documents at scale: the ranking of a 5,000-application round and every scoring sheet of a round,
// laid out and written to PDF; the figure is seconds per 100 pages.
#include "Timing.h"

#include "demo/Demo.h"
#include "report/Document.h"
#include "report/ReportPrinter.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace rb::bench {

namespace {

double elapsed(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// Builds the document once (timed apart), then writes the PDF \a runs times.
void measure(QTextStream& out, const QString& label, const QString& database, const Round& round,
             const report::Request& request, int runs)
{
    auto db = db::schema::open(database);
    if (!db)
        qFatal("cannot open %s", qPrintable(database));
    QElapsedTimer t;
    t.start();
    Result<report::Document> doc = report::build(**db, round, request);
    if (!doc)
        qFatal("report: %s", qPrintable(doc.error().toString()));
    const double buildSeconds = elapsed(t);
    const QString pdf = QDir(scratchDir()).filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    const QList<double> seconds = repeat(runs, {}, [&] {
        QElapsedTimer w;
        w.start();
        Result<int> written = ui::reports::writePdf(*doc, pdf);
        if (!written)
            qFatal("report: %s", qPrintable(written.error().toString()));
        pages = *written;
        return elapsed(w);
    });
    out << QStringLiteral("  %1: %2 pages, %3 KiB; build %4 s; write %5")
               .arg(label)
               .arg(pages)
               .arg(QFileInfo(pdf).size() / 1024)
               .arg(buildSeconds, 0, 'f', 2)
               .arg(describe(seconds))
        << Qt::endl;
    out << QStringLiteral("  %1: %2 s per 100 pages (median)")
               .arg(label)
               .arg(median(seconds) * 100.0 / pages, 0, 'f', 3)
        << Qt::endl;
    QFile::remove(pdf);
}

Round demoRound(QTextStream& out, const QString& path, const demo::DemoSpec& spec)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QElapsedTimer t;
    t.start();
    Result<Round> round = demo::createDemo(path, spec, QStringLiteral("bench"));
    if (!round)
        qFatal("demo: %s", qPrintable(round.error().toString()));
    out << QStringLiteral("  set-up (demo round of %1 applications%2): %3 s")
               .arg(spec.applications)
               .arg(spec.scored ? QStringLiteral(", scored through packages") : QString())
               .arg(elapsed(t), 0, 'f', 1)
        << Qt::endl;
    return *round;
}

} // namespace

void benchReport(QTextStream& out)
{
    out << QStringLiteral("== reports (PDF, A4)") << Qt::endl;
    const QString dir = scratchDir();
    {
        demo::DemoSpec spec;
        spec.applications = 5000;
        spec.experts = 300;
        spec.perApplication = 5;
        spec.scored = true;
        const QString path = QDir(dir).filePath(QStringLiteral("report-ranking.rbdb"));
        const Round round = demoRound(out, path, spec);
        report::Request ranking;
        ranking.kind = report::Kind::Ranking;
        measure(out, QStringLiteral("ranking of 5,000 applications"), path, round, ranking, 3);
    }
    {
        demo::DemoSpec spec;
        spec.applications = 300;
        spec.experts = 60;
        spec.perApplication = 5;
        spec.scored = true;
        const QString path = QDir(dir).filePath(QStringLiteral("report-sheets.rbdb"));
        const Round round = demoRound(out, path, spec);
        report::Request sheets;
        sheets.kind = report::Kind::ScoringSheet;
        measure(out, QStringLiteral("every scoring sheet (300 applications × 5 experts)"), path, round, sheets, 3);
    }
}

} // namespace rb::bench
