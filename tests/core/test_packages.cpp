// SPDX-License-Identifier: GPL-3.0-or-later
// Review packages: each file holds exactly its expert's data, read table by table with raw SQL.
#include "ReviewFixture.h"

#include "package/PackageFile.h"
#include "package/Verify.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "review/Conflicts.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ExpertRow {
    qint64 id;
    QString uid;
    QString code;
    QString name;
};

QList<ExpertRow> experts(test::DemoRound& demo)
{
    QList<ExpertRow> out;
    for (const QStringList& r :
         test::rows(*demo.db, "SELECT id, uid, code, name FROM expert WHERE round_id = 1 ORDER BY code", 4))
        out.append({r[0].toLongLong(), r[1], r[2], r[3]});
    return out;
}

/// Every text value of every table of a SQLite file.
QStringList allText(db::Database& db)
{
    QStringList out;
    for (const QString& table : test::column(db, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
        for (const QStringList& col : test::rows(db, ("PRAGMA table_info(" + table.toStdString() + ")").c_str(), 2)) {
            const std::string sql = "SELECT \"" + col[1].toStdString() + "\" FROM " + table.toStdString()
                                    + " WHERE typeof(\"" + col[1].toStdString() + "\") = 'text'";
            for (const QStringList& v : test::rows(db, sql.c_str(), 1))
                out << v.first();
        }
    }
    return out;
}

QStringList packagePaths(const test::CliRun& run)
{
    QStringList out = run.out.split(u'\n', Qt::SkipEmptyParts);
    for (QString& p : out)
        p = p.trimmed();
    return out;
}

const QByteArray kPdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

} // namespace

TEST_CASE("packages: each file holds exactly its expert's data, table by table", "[packages]")
{
    test::DemoRound demo(40, 12, 3, 3);
    REQUIRE(demo.round.id == 1);
    const AssignReport report = demo.assign(3);
    REQUIRE(report.created == 120);
    const QString dossierApp = *demo.db->scalarText("SELECT code FROM application ORDER BY code LIMIT 1");
    const QString pdf = demo.dir.write(u"申报书.pdf"_s, kPdf);
    const test::CliRun attached = test::runCli({u"attach"_s, demo.path, dossierApp, pdf});
    INFO(attached.err.toStdString());
    REQUIRE(attached.code == 0);
    const test::CliRun built = test::runCli({u"package"_s, demo.path, u"--out"_s, demo.outDir()});
    INFO(built.err.toStdString());
    REQUIRE(built.code == 0);
    const QStringList paths = packagePaths(built);
    REQUIRE(paths.size() == 12);
    // The codes go to a file of their own, with a warning to send them separately.
    const QString codes = QDir(demo.outDir()).filePath(u"access-codes.csv"_s);
    REQUIRE(QFile::exists(codes));
    CHECK(built.err.contains(u"another channel"_s));
    test::rememberCodes(codes);
    QSet<QString> distinctCodes;
    for (const QString& path : paths)
        distinctCodes.insert(test::codeOf(path));
    CHECK(distinctCodes.size() == 12);

    const QList<ExpertRow> roster = experts(demo);
    Result<QList<Conflict>> conflicts = ConflictService(*demo.db, demo.round).all();
    RB_REQUIRE_OK(conflicts);
    QSet<QString> conflicted;
    for (const Conflict& c : *conflicts)
        conflicted.insert(c.expertCode + u'|' + c.applicationCode);
    Result<QList<SettingValue>> settings = RoundSettings(*demo.db, demo.round.id).all();
    RB_REQUIRE_OK(settings);
    const QSet<QString> criterionUids = test::column(*demo.db, "SELECT uid FROM criterion WHERE round_id = 1");
    const QString fileUid = *demo.db->scalarText("SELECT value FROM meta WHERE key = 'file_uid'");
    QSet<QString> withDossier;
    int dossierPackages = 0;
    for (const QStringList& r : test::rows(*demo.db,
                                           "SELECT e.code FROM assignment s JOIN expert e ON e.id = s.expert_id "
                                           "JOIN application a ON a.id = s.application_id "
                                           "WHERE a.code = (SELECT min(code) FROM application)",
                                           1))
        withDossier.insert(r.first());
    REQUIRE(withDossier.size() == 3);

    for (const ExpertRow& expert : roster) {
        const QString path = QDir(demo.outDir()).filePath(package::fileName(demo.round.code, expert.code, 1));
        INFO("package of " << expert.code.toStdString());
        REQUIRE(paths.contains(QDir::toNativeSeparators(path)));
        REQUIRE(package::isPackage(path));
        auto pkg = test::openRaw(path);
        CHECK(test::column(*pkg, "SELECT name FROM sqlite_master WHERE type = 'table'")
              == QSet<QString>{u"meta"_s, u"issue"_s, u"signing_key"_s, u"setting"_s, u"criterion"_s, u"application"_s,
                               u"dossier"_s, u"score"_s, u"opinion"_s, u"seal"_s});
        // meta: the expert's own identity, the round, the master file, revision 1.
        CHECK(package::meta(*pkg, "expert_code") == expert.code);
        CHECK(package::meta(*pkg, "expert_name") == expert.name);
        CHECK(package::meta(*pkg, "expert_uid") == expert.uid);
        CHECK(package::meta(*pkg, "round_uid") == demo.round.uid);
        CHECK(package::meta(*pkg, "round_code") == demo.round.code);
        CHECK(package::meta(*pkg, "master_file_uid") == fileUid);
        CHECK(package::meta(*pkg, "revision") == u"1"_s);
        CHECK(package::meta(*pkg, "status") == u"open"_s);
        CHECK(*pkg->scalarText("PRAGMA journal_mode") == u"delete"_s);
        // signing_key: one Ed25519 secret key, only in a box under the access code (nonce, MAC, 64 bytes).
        CHECK(test::rows(*pkg, "SELECT length(box) FROM signing_key", 1) == QList<QStringList>{{u"104"_s}});
        CHECK_FALSE(test::fileBytes(path).contains(test::signingKeyOf(path).left(32)));
        // setting: only how to score; no pass line, quota, vote rule or anything else the expert does not need.
        QHash<QString, QString> stored;
        for (const QStringList& r : test::rows(*pkg, "SELECT key, value FROM setting", 2))
            stored.insert(r[0], r[1]);
        int scoring = 0;
        for (const SettingValue& s : *settings) {
            if (s.definition.key.startsWith(u"scoring."_s)) {
                ++scoring;
                CHECK(stored.value(s.definition.key) == s.value);
            } else {
                CHECK_FALSE(stored.contains(s.definition.key));
            }
        }
        CHECK(stored.size() == scoring);
        CHECK(scoring == 4);
        // No login name of the secretariat.
        CHECK(package::meta(*pkg, "created_by").isEmpty());
        CHECK_FALSE(test::fileBytes(path).contains("tester"));
        // criterion: the round's criteria.
        CHECK(test::column(*pkg, "SELECT uid FROM criterion") == criterionUids);
        // application: exactly the expert's active, non-conflicted assignments.
        QSet<QString> expected;
        const std::string assignedSql =
            "SELECT a.uid, a.code FROM assignment s JOIN application a ON a.id = s.application_id WHERE "
            "s.status = 'assigned' AND s.expert_id = "
            + std::to_string(expert.id);
        for (const QStringList& r : test::rows(*demo.db, assignedSql.c_str(), 2)) {
            CHECK_FALSE(conflicted.contains(expert.code + u'|' + r[1]));
            expected.insert(r[0]);
        }
        CHECK_FALSE(expected.isEmpty());
        CHECK(test::column(*pkg, "SELECT uid FROM application") == expected);
        for (const QStringList& r : test::rows(*pkg, "SELECT uid, code, title FROM application", 3)) {
            CHECK(*demo.db->scalarText("SELECT code FROM application WHERE uid = ?1", r[0]) == r[1]);
            CHECK(*demo.db->scalarText("SELECT title FROM application WHERE uid = ?1", r[0]) == r[2]);
        }
        // dossier: the PDF travels only to the experts of its application.
        // It is encrypted under the access code: no run of its bytes is in the file; the code holder reads it.
        const QList<QStringList> dossiers =
            test::rows(*pkg,
                       "SELECT a.code, d.file_name, d.media_type, d.uid FROM dossier d JOIN application a ON a.uid = "
                       "d.application_uid",
                       4);
        if (withDossier.contains(expert.code)) {
            ++dossierPackages;
            REQUIRE(dossiers.size() == 1);
            CHECK(dossiers[0].mid(0, 3) == QStringList{dossierApp, u"申报书.pdf"_s, u"application/pdf"_s});
            const QByteArray bytes = test::fileBytes(path);
            for (qsizetype at = 0; at + 8 <= kPdf.size(); ++at)
                CHECK_FALSE(bytes.contains(kPdf.mid(at, 8)));
            auto unlocked = test::openUnlocked(path);
            Result<QByteArray> data = unlocked->dossierContent(dossiers[0][3]);
            RB_REQUIRE_OK(data);
            CHECK(*data == kPdf);
            // Locked, the package does not show it.
            Result<std::unique_ptr<package::Package>> locked = package::Package::open(path, true);
            RB_REQUIRE_OK(locked);
            CHECK_FALSE((*locked)->dossierContent(dossiers[0][3]).ok());
        } else {
            CHECK(dossiers.isEmpty());
        }
        // score, opinion, seal: nothing yet.
        CHECK(*pkg->scalar("SELECT count(*) FROM score", -1) == 0);
        CHECK(*pkg->scalar("SELECT count(*) FROM opinion", -1) == 0);
        CHECK(*pkg->scalar("SELECT count(*) FROM seal", -1) == 0);
        // No other expert anywhere: not their code, name or uid in any text, nor their uid in the bytes.
        const QStringList texts = allText(*pkg);
        const QByteArray bytes = test::fileBytes(path);
        CHECK(bytes.contains(expert.uid.toLatin1()));
        QStringList leaks;
        for (const ExpertRow& other : roster) {
            if (other.code == expert.code)
                continue;
            if (bytes.contains(other.uid.toLatin1()))
                leaks << other.uid;
            for (QString text : texts) {
                if (text.contains(other.code) || text.contains(other.uid)
                    || (other.name != expert.name && text.remove(expert.name).contains(other.name)))
                    leaks << other.code + u": "_s + text;
            }
        }
        CHECK(texts.size() > 100);
        CHECK(leaks.isEmpty());
        pkg.reset();
        CHECK_FALSE(QFile::exists(path + u"-wal"_s));
        CHECK_FALSE(QFile::exists(path + u"-journal"_s));
    }
    CHECK(dossierPackages == 3);
    CHECK(
        test::rows(*demo.db, "SELECT count(*), min(revision), max(revision), min(status), max(status) FROM package", 5)
        == QList<QStringList>{{u"12"_s, u"1"_s, u"1"_s, u"issued"_s, u"issued"_s}});
}

TEST_CASE("packages: one self-contained file while open and after every edit (never WAL)", "[packages]")
{
    test::DemoRound demo(12, 5, 2);
    demo.assign(2);
    const QString path = demo.packageOf(demo.build());
    Result<std::unique_ptr<package::Package>> p = package::Package::open(path);
    RB_REQUIRE_OK(p);
    CHECK(*(*p)->db().scalarText("PRAGMA journal_mode") == u"delete"_s);
    const Criterion* leaf = (*p)->criteria().leaves().first();
    for (const package::Item& item : (*p)->items()) {
        RB_REQUIRE_OK((*p)->setScore(item.uid, leaf->uid, 1.5));
        CHECK_FALSE(QFile::exists(path + u"-wal"_s));
        CHECK_FALSE(QFile::exists(path + u"-journal"_s));
    }
    // A copy taken while the program still has it open holds every edit.
    const QString copy = demo.dir.path(u"copy.rbpkg"_s);
    REQUIRE(QFile::copy(path, copy));
    auto raw = test::openRaw(copy);
    CHECK(*raw->scalar("SELECT count(*) FROM score WHERE value = 1.5", 0) == (*p)->items().size());
    CHECK(*raw->scalarText("PRAGMA integrity_check") == u"ok"_s);
}

TEST_CASE("packages: re-running skips experts, --reissue makes revision 2 and revision 1 stale", "[packages]")
{
    test::DemoRound demo(20, 6, 3);
    demo.assign(3);
    const test::CliRun first = test::runCli({u"package"_s, demo.path, u"--out"_s, demo.outDir()});
    REQUIRE(first.code == 0);
    REQUIRE(packagePaths(first).size() == 6);
    const QString codes = QDir(demo.outDir()).filePath(u"access-codes.csv"_s);
    test::rememberCodes(codes);
    const QStringList files = QDir(demo.outDir()).entryList(QDir::Files);

    const test::CliRun again = test::runCli({u"package"_s, demo.path, u"--out"_s, demo.outDir()});
    REQUIRE(again.code == 0);
    CHECK(packagePaths(again).isEmpty());
    CHECK(again.err.count(u"already has revision 1"_s) == 6);
    CHECK(QDir(demo.outDir()).entryList(QDir::Files) == files);
    CHECK(*demo.db->scalar("SELECT count(*) FROM package", 0) == 6);

    const QString expert = u"E001"_s;
    const QString r1 = QDir(demo.outDir()).filePath(package::fileName(demo.round.code, expert, 1));
    const test::CliRun reissued =
        test::runCli({u"package"_s, demo.path, u"--out"_s, demo.outDir(), u"--expert"_s, expert, u"--reissue"_s});
    INFO(reissued.err.toStdString());
    REQUIRE(reissued.code == 0);
    const QString r2 = QDir(demo.outDir()).filePath(package::fileName(demo.round.code, expert, 2));
    CHECK(packagePaths(reissued) == QStringList{QDir::toNativeSeparators(r2)});
    CHECK(test::rows(*demo.db,
                     "SELECT p.revision, p.status FROM package p JOIN expert e ON e.id = p.expert_id "
                     "WHERE e.code = 'E001' ORDER BY p.revision",
                     2)
          == QList<QStringList>{{u"1"_s, u"superseded"_s}, {u"2"_s, u"issued"_s}});
    auto raw2 = test::openRaw(r2);
    CHECK(package::meta(*raw2, "revision") == u"2"_s);
    CHECK(package::meta(*raw2, "package_uid") != package::meta(*test::openRaw(r1), "package_uid"));
    CHECK(test::column(*raw2, "SELECT uid FROM application")
          == test::column(*test::openRaw(r1), "SELECT uid FROM application"));
    raw2.reset();
    // The codes file keeps the other experts' codes and gives E001's new one.
    Result<io::Table> table = io::readTable(codes);
    RB_REQUIRE_OK(table);
    CHECK(table->rows.size() == 6);
    test::rememberCodes(codes);
    CHECK(test::codeOf(r2) != test::codeOf(r1));

    // The expert returns the old revision, submitted: it is stale. The new one is not submitted yet.
    for (const QString& path : {r1, r2}) {
        auto p = test::openUnlocked(path);
        test::fillAll(*p);
        if (path == r1)
            RB_REQUIRE_OK(p->submit());
    }
    Result<package::Verified> old = package::verify(*demo.db, demo.round, r1);
    RB_REQUIRE_OK(old);
    CHECK(old->rejection == package::Rejection::Stale);
    CHECK(old->revision == 1);
    Result<package::Verified> current = package::verify(*demo.db, demo.round, r2);
    RB_REQUIRE_OK(current);
    CHECK(current->rejection == package::Rejection::NotSubmitted);
}

TEST_CASE("packages: an application that became conflicted after assignment is not sent to the expert",
          "[packages][conflicts]")
{
    test::DemoRound demo(30, 8, 3);
    demo.assign(3);
    // The roster is corrected: expert E001 in fact works for the applicant of one of their applications.
    const QList<QStringList> target =
        test::rows(*demo.db,
                   "SELECT a.code, p.name, p.credit_code, e.name FROM assignment s JOIN expert e ON e.id = s.expert_id "
                   "JOIN application a ON a.id = s.application_id JOIN application_applicant aa ON "
                   "aa.application_id = a.id JOIN applicant p ON p.id = aa.applicant_id WHERE e.code = 'E001' "
                   "ORDER BY a.code LIMIT 1",
                   4);
    REQUIRE(target.size() == 1);
    const QString csv = u"code,name,organisation,organisation_credit_code\nE001,%1,%2,%3\n"_s.arg(
        target[0][3], target[0][1], target[0][2]);
    const test::CliRun imported =
        test::runCli({u"import"_s, u"experts"_s, demo.path, demo.dir.writeText(u"fix.csv"_s, csv)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    Result<QList<Conflict>> conflicts = ConflictService(*demo.db, demo.round).all();
    RB_REQUIRE_OK(conflicts);
    QSet<QString> conflicted;
    for (const Conflict& c : *conflicts)
        conflicted.insert(c.applicationCode + u'|' + c.expertCode);
    REQUIRE(conflicted.contains(target[0][0] + u"|E001"_s));

    const QList<package::IssuedPackage> issued = demo.build();
    for (const package::IssuedPackage& p : issued) {
        auto raw = test::openRaw(p.path);
        for (const QString& app : test::column(*raw, "SELECT code FROM application")) {
            INFO(p.expertCode.toStdString() << " received " << app.toStdString());
            CHECK_FALSE(conflicted.contains(app + u'|' + p.expertCode));
        }
    }
}
