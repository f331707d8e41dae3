// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a scoring process is killed (SIGKILL) in the middle of a run of edits; the package must
// open intact and hold every edit the process had reported as saved.
#include "ReviewFixture.h"

#include "package/PackageFile.h"
#include "package/Verify.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Edit {
    QString cell; ///< "item uid|criterion uid"
    double value = 0;
};

/// The complete lines of the scorer's output: every reported edit, and the edit it was making when killed.
struct Output {
    QList<Edit> edits;
    std::optional<Edit> pending; ///< a TRY without its EDIT: saved or not, both are fine
    bool done = false;
};

Output parse(const QByteArray& bytes)
{
    Output out;
    const QList<QByteArray> lines = bytes.split('\n');
    // The last element is an unfinished line (or empty): it is not a report.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(' ');
        if (f.first() == "DONE") {
            out.done = true;
            continue;
        }
        REQUIRE(f.size() == 4);
        const Edit e{QString::fromLatin1(f[1] + '|' + f[2]), f[3].toDouble()};
        if (f.first() == "TRY") {
            out.pending = e;
        } else {
            REQUIRE(f.first() == "EDIT");
            REQUIRE(out.pending);
            REQUIRE(out.pending->cell == e.cell);
            out.edits << e;
            out.pending.reset();
        }
    }
    return out;
}

/// Every score of the package, keyed by "item uid|criterion uid".
QHash<QString, double> scores(db::Database& db)
{
    QHash<QString, double> out;
    for (const QStringList& r : test::rows(db, "SELECT application_uid, criterion_uid, value FROM score", 3))
        out.insert(r[0] + u'|' + r[1], r[2].toDouble());
    return out;
}

int countEdits(const QByteArray& bytes)
{
    return int(bytes.count("\nEDIT ") + (bytes.startsWith("EDIT ") ? 1 : 0));
}

} // namespace

TEST_CASE("crash: a scoring process killed mid-run leaves an intact package with every completed edit",
          "[packages][crash]")
{
#ifndef RB_SCORER_PATH
    WARN("rb_scorer was not built; the crash test cannot run");
#else
    test::DemoRound demo(12, 5, 3);
    demo.assign(3);
    const QString path = demo.packageOf(demo.build(), u"E001"_s);
    const qint64 items = *demo.db->scalar("SELECT count(*) FROM assignment s JOIN expert e ON e.id = s.expert_id "
                                          "WHERE e.code = 'E001'",
                                          0);
    REQUIRE(items > 0);
    QHash<QString, double> before; // the package's scores before each run
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    for (int run = 0; run < 5; ++run) {
        const int target = int(rng.bounded(5, 80));
        const int extraMs = int(rng.bounded(0, 40));
        const qint64 start = rng.bounded(0, 100000);
        INFO("run " << run << ": kill after " << target << " edits + " << extraMs << " ms, start " << start);
        QProcess scorer;
        scorer.setProcessChannelMode(QProcess::SeparateChannels);
        scorer.start(QStringLiteral(RB_SCORER_PATH), {path, QString::number(start)});
        REQUIRE(scorer.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (countEdits(out) < target) {
            if (!scorer.waitForReadyRead(20000) && scorer.state() != QProcess::Running) {
                INFO(scorer.readAllStandardError().toStdString());
                FAIL("the scorer stopped before it was killed");
            }
            out += scorer.readAllStandardOutput();
            REQUIRE(timer.elapsed() < 60000);
        }
        QThread::msleep(ulong(extraMs));
        scorer.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no clean-up runs
        REQUIRE(scorer.waitForFinished(10000));
        CHECK(scorer.exitStatus() == QProcess::CrashExit);
        out += scorer.readAllStandardOutput();
        INFO(scorer.readAllStandardError().toStdString());
        const Output o = parse(out);
        REQUIRE_FALSE(o.done);
        REQUIRE(o.edits.size() >= target);
        INFO((o.pending ? "killed during an edit" : "killed between edits")
             << (QFile::exists(path + u"-journal"_s) ? ", a journal left" : ""));

        // The program opens it again (a hot journal is rolled back) and it is intact.
        Result<std::unique_ptr<package::Package>> p = package::Package::open(path);
        RB_REQUIRE_OK(p);
        CHECK(*(*p)->db().scalarText("PRAGMA integrity_check") == u"ok"_s);
        CHECK(*(*p)->db().scalarText("PRAGMA journal_mode") == u"delete"_s);
        CHECK(package::meta((*p)->db(), "status") == u"open"_s);
        CHECK((*p)->items().size() == items);
        CHECK_FALSE(QFile::exists(path + u"-wal"_s));

        // Every reported edit is there with its last value; everything else is as before the run,
        // except the cell of the edit in flight, which may hold either value.
        QHash<QString, double> expected = before;
        for (const Edit& e : o.edits)
            expected.insert(e.cell, e.value);
        const QHash<QString, double> actual = scores((*p)->db());
        QStringList wrong;
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const double got = actual.value(it.key(), -1);
            const bool inFlight = o.pending && o.pending->cell == it.key() && got == o.pending->value;
            if (got != *it && !inFlight)
                wrong << u"%1 = %2, expected %3"_s.arg(it.key()).arg(got).arg(*it);
        }
        for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
            if (!expected.contains(it.key()) && !(o.pending && o.pending->cell == it.key()))
                wrong << u"%1 = %2 was never reported"_s.arg(it.key()).arg(*it);
        }
        CHECK(wrong.isEmpty());
        // Once opened again, the file alone holds it all: a copy without any side file is the same.
        const QString copy = demo.dir.path(u"copy%1.rbpkg"_s.arg(run));
        REQUIRE(QFile::copy(path, copy));
        {
            auto raw = test::openRaw(copy);
            CHECK(*raw->scalarText("PRAGMA integrity_check") == u"ok"_s);
            CHECK(scores(*raw) == actual);
        }
        // A journal the kill left with nothing to roll back (its header not yet written) is harmless
        // and goes with the next edit that really changes something.
        const package::Item& item = (*p)->items().first();
        const Criterion* veto = (*p)->criteria().find(u"V1"_s);
        REQUIRE(veto);
        const double now = actual.value(item.uid + u'|' + veto->uid, 0);
        RB_REQUIRE_OK((*p)->setScore(item.uid, veto->uid, now == 1 ? 0 : 1));
        CHECK_FALSE(QFile::exists(path + u"-journal"_s));
        CHECK_FALSE(QFile::exists(path + u"-wal"_s));
        p->reset();
        before = scores(*test::openRaw(path));
    }
    // After all that, the package still submits and verifies.
    {
        auto p = test::openUnlocked(path);
        test::fillAll(*p);
        RB_REQUIRE_OK(p->submit());
    }
    Result<package::Verified> v = package::verify(*demo.db, demo.round, path);
    RB_REQUIRE_OK(v);
    CHECK(v->ok());
#endif
}
