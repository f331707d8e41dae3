// SPDX-License-Identifier: GPL-3.0-or-later
// Access codes and the two seals (issue 10): only the code holder can seal a package or read its dossiers, only the
// round's secretariat can have issued it, and a copy of the issued file is useless without the code.
#include "MergeFixture.h"

#include "crypto/Crypto.h"
#include "io/Table.h"
#include "merge/DatabaseMerge.h"
#include "package/PackageFile.h"
#include "package/Seal.h"
#include "package/Verify.h"
#include "review/Dossiers.h"
#include "round/RoundKey.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using Kind = merge::FileOutcome::Kind;

namespace {

std::unique_ptr<db::Database> rawOpen(const QString& path)
{
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(path, db::OpenMode::OpenExisting);
    RB_REQUIRE_OK(opened);
    return std::move(*opened);
}

/// Everything an expert-side command writes, and the file, as they are.
struct Untouched {
    QString path;
    QByteArray hash = test::fileHash(path);
    void check() const { CHECK(test::fileHash(path) == hash); }
};

/// A score sheet for every leaf of every application of the package, as an expert fills one in Excel.
QString sheetFor(test::MergeRound& m, const QString& path)
{
    Result<std::unique_ptr<package::Package>> p = package::Package::open(path, true);
    RB_REQUIRE_OK(p);
    QString csv = u"expert,application,criterion,score\n"_s;
    for (const package::Item& item : (*p)->items()) {
        for (const Criterion* c : (*p)->criteria().leaves())
            csv += u"%1,%2,%3,%4\n"_s.arg((*p)->info().expertCode, item.code, c->code)
                       .arg(c->kind == CriterionKind::Veto ? 0.0 : c->maxPoints.value_or(0) / 2);
    }
    return m.dir.writeText(u"sheet-%1.csv"_s.arg(QFileInfo(path).baseName()), csv);
}

} // namespace

TEST_CASE("access: codes are readable, random and checked in any spelling", "[access][crypto]")
{
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const QString code = crypto::newAccessCode();
        REQUIRE(code.size() == 14);
        CHECK(code[4] == u'-');
        CHECK(code[9] == u'-');
        const QString bare = QString(code).remove(u'-');
        for (QChar c : bare)
            CHECK(QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ").contains(c));
        codes.insert(code);
    }
    CHECK(codes.size() == 200);
    CHECK(crypto::canonicalAccessCode(u"k7m2-q9xp-4rtd"_s) == QByteArray("K7M2Q9XP4RTD"));
    CHECK(crypto::canonicalAccessCode(u" K7M2 Q9XP 4RTD "_s) == QByteArray("K7M2Q9XP4RTD"));
    CHECK(crypto::canonicalAccessCode(u"Ｋ７Ｍ２－Ｑ９ＸＰ－４ＲＴＤ"_s) == QByteArray("K7M2Q9XP4RTD")); // full-width
    CHECK_FALSE(crypto::canonicalAccessCode(u"K7M2-Q9XP-4RT"_s));                                        // too short
    CHECK_FALSE(crypto::canonicalAccessCode(u"K7M2-Q9XP-4RTO"_s)); // O is not in the alphabet
    CHECK_FALSE(crypto::canonicalAccessCode(u"WRONG-0000"_s));
    // Key derivation refuses parameters a hostile file could use to exhaust memory or time.
    crypto::KdfParams huge = crypto::KdfParams::fresh();
    huge.memLimit = quint64(4) << 30;
    const Result<QByteArray> refused = crypto::deriveKey("K7M2Q9XP4RTD", huge);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Input);
    const crypto::KdfParams kdf = crypto::KdfParams::fresh();
    CHECK(kdf.withinBounds());
    CHECK(crypto::deriveKey("K7M2Q9XP4RTD", kdf).value() == crypto::deriveKey("K7M2Q9XP4RTD", kdf).value());
    CHECK(crypto::deriveKey("K7M2Q9XP4RTD", kdf).value() != crypto::deriveKey("K7M2Q9XP4RTE", kdf).value());
    CHECK(QRegularExpression(u"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"_s)
              .match(crypto::fingerprint(crypto::newKeyPair().publicKey))
              .hasMatch());
}

TEST_CASE("access: a package cannot be sealed without its code or with a wrong one, and nothing changes",
          "[access][attack]")
{
    test::MergeRound m(12, 5, 3);
    const QString path = m.build({u"E001"_s}).value(u"E001"_s);
    {
        Result<std::unique_ptr<package::Package>> p = package::Package::open(path);
        RB_REQUIRE_OK(p);
        test::fillAll(**p);
        // Scoring works without the code, sealing does not.
        const Status refused = (*p)->submit();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(u"access code"_s));
        CHECK_FALSE((*p)->info().submitted);
        // Neither does a wrong code, in any spelling.
        for (const QString& wrong : {u"AAAA-BBBB-CCCC"_s, u"WRONG-0000"_s, QString(), test::codeOf(path).left(13)}) {
            const Status s = (*p)->unlock(wrong);
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().kind == ErrorKind::Input);
            CHECK(s.error().message.contains(u"wrong"_s));
            CHECK_FALSE((*p)->unlocked());
        }
    }
    const Untouched file{path};
    const test::CliRun wrong = test::runCli({u"submit"_s, path, u"--code"_s, u"WRONG-0000"_s});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(u"wrong"_s));
    const test::CliRun none = test::runCli({u"submit"_s, path});
    CHECK(none.code == 1);
    file.check();
    CHECK(package::verify(*m.db, m.round, path)->rejection == package::Rejection::NotSubmitted);
    // The code from the letter, typed in lower case: sealed.
    const test::CliRun right = test::runCli({u"submit"_s, path, u"--code"_s, test::codeOf(path).toLower()});
    INFO(right.err.toStdString());
    CHECK(right.code == 0);
    CHECK(package::verify(*m.db, m.round, path)->ok());
}

TEST_CASE("access: a copy of the issued file kept by anyone is useless without the code", "[access][attack]")
{
    test::MergeRound m(12, 5, 3);
    const QString genuine = m.build({u"E001"_s}).value(u"E001"_s);
    const QString before = test::dump(*m.db, m.round);
    // Someone keeps a copy of the issued file (the out folder, a mailbox, a backup) and tries to return forged
    // scores with it, sealed by a key of their own.
    const QString kept = m.dir.path(u"kept.rbpkg"_s);
    REQUIRE(QFile::copy(genuine, kept));
    {
        auto p = package::Package::open(kept);
        RB_REQUIRE_OK(p);
        test::fillAll(**p);
        CHECK_FALSE((*p)->submit().ok());
        for (const package::Item& item : (*p)->items())
            RB_REQUIRE_OK((*p)->setScore(item.uid, (*p)->criteria().leaves().first()->uid, 0));
    }
    const crypto::KeyPair forger = crypto::newKeyPair();
    SECTION("sealed with the forger's key")
    {
        auto db = rawOpen(kept);
        RB_REQUIRE_OK(db->execScript("UPDATE meta SET value = 'submitted' WHERE key = 'status';"
                                     "INSERT INTO meta (key, value) VALUES ('submitted_at', '2030-01-01T00:00:00');"
                                     "DELETE FROM signing_key;"));
        Result<QByteArray> digest = package::seal::digest(*db);
        RB_REQUIRE_OK(digest);
        RB_REQUIRE_OK(db->exec("INSERT INTO seal (id, digest, signature, signed_at) VALUES (1, ?1, ?2, '2030')",
                               *digest, crypto::sign(*digest, forger.secretKey)));
    }
    SECTION("with the forger's public key put in the package and the issue seal made again by a forged round key")
    {
        const crypto::KeyPair round = crypto::newKeyPair();
        auto db = rawOpen(kept);
        RB_REQUIRE_OK(db->exec("UPDATE issue SET package_public_key = ?1, round_public_key = ?2", forger.publicKey,
                               round.publicKey));
        Result<QByteArray> issued = package::seal::issueDigest(*db);
        RB_REQUIRE_OK(issued);
        RB_REQUIRE_OK(db->exec("UPDATE issue SET signature = ?1", crypto::sign(*issued, round.secretKey)));
        RB_REQUIRE_OK(db->execScript("UPDATE meta SET value = 'submitted' WHERE key = 'status';"
                                     "INSERT INTO meta (key, value) VALUES ('submitted_at', '2030-01-01T00:00:00');"
                                     "DELETE FROM signing_key;"));
        Result<QByteArray> digest = package::seal::digest(*db);
        RB_REQUIRE_OK(digest);
        RB_REQUIRE_OK(db->exec("INSERT INTO seal (id, digest, signature, signed_at) VALUES (1, ?1, ?2, '2030')",
                               *digest, crypto::sign(*digest, forger.secretKey)));
        db.reset();
        // The genuine code cannot prove that round key: the expert is warned too.
        auto p = package::Package::open(kept);
        RB_REQUIRE_OK(p);
        const Status s = (*p)->unlock(test::codeOf(genuine));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(u"changed after it was issued"_s));
    }
    const merge::MergeReport forged = m.merge({kept});
    REQUIRE(forged.files.size() == 1);
    INFO(forged.files.first().reason.toStdString());
    CHECK(forged.files.first().kind == Kind::Rejected);
    CHECK(forged.files.first().reasonKey == u"bad_seal"_s);
    CHECK(test::dump(*m.db, m.round) == before);
    // The genuine return still merges: the forgery turned nothing into a conflict.
    RB_REQUIRE_OK(demo::fillAndSubmit(genuine, test::codeOf(genuine), 3));
    const merge::MergeReport real = m.merge({genuine});
    CHECK(real.files.first().kind == Kind::Merged);
}

TEST_CASE("access: a package changed after issue is refused by the expert window, sheet, import scores and submit",
          "[access][attack]")
{
    test::MergeRound m(12, 5, 3);
    // Two dossiers for applications of E001.
    const QList<QStringList> apps = test::rows(*m.db,
                                               "SELECT a.id FROM assignment s JOIN expert e ON e.id = s.expert_id "
                                               "JOIN application a ON a.id = s.application_id WHERE e.code = 'E001' "
                                               "ORDER BY a.code LIMIT 2",
                                               1);
    REQUIRE(apps.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const QString pdf =
            m.dir.write(u"d%1.pdf"_s.arg(i), "%PDF-1.4\n% dossier " + QByteArray::number(i) + "\n%%EOF\n");
        RB_REQUIRE_OK(DossierRepository(*m.db, m.round).attach(apps[i][0].toLongLong(), pdf));
    }
    const QString issued = m.build({u"E001"_s}).value(u"E001"_s);
    const QString code = test::codeOf(issued);
    {
        auto p = test::openUnlocked(issued);
        for (const package::Item& item : p->items()) {
            Result<QList<package::DossierFile>> files = p->dossiers(item.uid);
            RB_REQUIRE_OK(files);
            for (const package::DossierFile& d : files.value())
                RB_REQUIRE_OK(p->dossierContent(d.uid));
        }
    }
    const QList<const char*> edits = {
        "UPDATE criterion SET max_points = 60 WHERE code = '1.1'",
        "UPDATE criterion SET guidance = '只看规模，不看成效' WHERE code = '1.1'",
        "UPDATE application SET title = '被替换的项目名称' WHERE position = 0",
        "DELETE FROM application WHERE position = 2",
        "UPDATE setting SET value = 'all' WHERE key = 'scoring.require_comments'",
        "UPDATE dossier SET sha256 = zeroblob(32)",
        "UPDATE meta SET value = '某专家' WHERE key = 'expert_name'",
        "INSERT INTO meta (key, value) VALUES ('pass_line', '60')",
        "UPDATE issue SET kdf_mem = 1073741824",
    };
    int n = 0;
    for (const char* sql : edits) {
        INFO(sql);
        const QString path = m.dir.path(u"changed%1.rbpkg"_s.arg(++n));
        REQUIRE(QFile::copy(issued, path));
        RB_REQUIRE_OK(rawOpen(path)->execScript(sql));
        const Untouched file{path};
        Result<std::unique_ptr<package::Package>> opened = package::Package::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(u"changed after it was issued"_s));
        const test::CliRun sheet = test::runCli({u"sheet"_s, path, u"--out"_s, m.dir.path(u"s%1.xlsx"_s.arg(n))});
        CHECK(sheet.code == 2);
        CHECK(sheet.err.contains(u"changed after it was issued"_s));
        CHECK_FALSE(QFile::exists(m.dir.path(u"s%1.xlsx"_s.arg(n))));
        const test::CliRun imported = test::runCli({u"import"_s, u"scores"_s, path, sheetFor(m, issued)});
        CHECK(imported.code == 2);
        const test::CliRun submitted = test::runCli({u"submit"_s, path, u"--code"_s, code});
        CHECK(submitted.code == 2);
        CHECK(submitted.err.contains(u"changed after it was issued"_s));
        file.check();
    }
    SECTION("two dossiers swapped: each opens only as itself")
    {
        const QString path = m.dir.path(u"swapped.rbpkg"_s);
        REQUIRE(QFile::copy(issued, path));
        RB_REQUIRE_OK(
            rawOpen(path)->execScript("CREATE TEMP TABLE b AS SELECT uid, box FROM dossier;"
                                      "UPDATE dossier SET box = (SELECT box FROM b WHERE b.uid != dossier.uid);"));
        auto p = test::openUnlocked(path);
        int refused = 0;
        for (const package::Item& item : p->items()) {
            Result<QList<package::DossierFile>> files = p->dossiers(item.uid);
            RB_REQUIRE_OK(files);
            for (const package::DossierFile& d : files.value()) {
                Result<QByteArray> data = p->dossierContent(d.uid);
                REQUIRE_FALSE(data.ok());
                CHECK(data.error().message.contains(u"changed after it was issued"_s));
                ++refused;
            }
        }
        CHECK(refused == 2);
    }
    SECTION("the unchanged package works with every command")
    {
        const test::CliRun sheet =
            test::runCli({u"sheet"_s, issued, u"--out"_s, m.dir.path(u"ok.xlsx"_s), u"--code"_s, code});
        INFO(sheet.err.toStdString());
        CHECK(sheet.code == 0);
        const test::CliRun imported =
            test::runCli({u"import"_s, u"scores"_s, issued, sheetFor(m, issued), u"--code"_s, code});
        INFO(imported.err.toStdString());
        CHECK(imported.code == 0);
        CHECK(test::runCli({u"submit"_s, issued, u"--code"_s, code}).code == 0);
        CHECK(m.merge({issued}).files.first().kind == Kind::Merged);
    }
}

TEST_CASE("access: a package of the format before access codes is refused, naming the file", "[access]")
{
    test::MergeRound m(12, 5, 3);
    const QString path = m.build({u"E001"_s}).value(u"E001"_s);
    RB_REQUIRE_OK(rawOpen(path)->execScript("PRAGMA user_version = 1"));
    Result<std::unique_ptr<package::Package>> opened = package::Package::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QFileInfo(path).fileName()));
    CHECK(opened.error().message.contains(u"re-issue"_s));
    Result<package::Verified> v = package::verify(*m.db, m.round, path);
    RB_REQUIRE_OK(v);
    CHECK(v->rejection == package::Rejection::Damaged);
}

TEST_CASE("access: two different sealed copies are listed and the secretariat chooses one", "[access][merge]")
{
    test::MergeRound m(12, 5, 3);
    const QString a = m.build({u"E001"_s}).value(u"E001"_s);
    const QString b = m.dir.path(u"second-machine.rbpkg"_s);
    REQUIRE(QFile::copy(a, b));
    RB_REQUIRE_OK(demo::fillAndSubmit(a, test::codeOf(a), 11));
    RB_REQUIRE_OK(demo::fillAndSubmit(b, test::codeOf(b), 12));
    REQUIRE(m.merge({a}).files.first().kind == Kind::Merged);
    const QString first = test::dump(*m.db, m.round);
    const merge::MergeReport second = m.merge({b});
    CHECK(second.files.first().kind == Kind::Conflict);
    CHECK(test::dump(*m.db, m.round) != first); // the package is marked in conflict ...
    CHECK(*m.db->scalar("SELECT count(*) FROM package WHERE conflict_reason IS NOT NULL", 0) == 1);
    const QString conflicted = test::dump(*m.db, m.round);
    // ... but a's scores still count, and the CLI refuses --choose with anything but one package.
    CHECK(test::runCli({u"merge"_s, m.path, a, b, u"--choose"_s}).code == 1);
    m.db.reset();
    const test::CliRun chose = test::runCli({u"merge"_s, m.path, b, u"--choose"_s, u"--format"_s, u"json"_s});
    m.db = test::openDb(m.path);
    INFO(chose.err.toStdString());
    REQUIRE(chose.code == 0);
    CHECK(chose.out.contains(u"\"merged\""_s));
    CHECK(test::dump(*m.db, m.round) != conflicted);
    CHECK(*m.db->scalar("SELECT count(*) FROM package WHERE conflict_reason IS NOT NULL", 0) == 0);
    CHECK(*m.db->scalar("SELECT count(*) FROM audit_log WHERE action = 'choose'", 0) == 1);
    const QString chosen = test::dump(*m.db, m.round);
    // Both copies again: nothing changes, the choice stands.
    const merge::MergeReport again = m.merge({a, b});
    CHECK(again.count(Kind::AlreadyMerged) == 2);
    CHECK(test::dump(*m.db, m.round) == chosen);
    // A package not in conflict cannot be "chosen".
    const merge::MergeReport notInConflict = *merge::chooseCopy(*m.db, m.round, a);
    CHECK(notInConflict.files.first().kind == Kind::Rejected);
    CHECK(notInConflict.files.first().reasonKey == u"no_conflict"_s);
}

TEST_CASE("access: a colleague's copy brings a package only with a valid round-key certificate", "[access][database]")
{
    test::MergeRound m(12, 5, 3);
    const QString colleague = m.copy(u"colleague.rbdb"_s);
    // The colleague issues E002's package in their copy after the split.
    QString issuedThere;
    {
        auto db = test::openDb(colleague);
        package::BuildOptions options;
        options.outDir = m.dir.path(u"colleague-out"_s);
        options.experts = {u"E002"_s};
        Result<QList<package::IssuedPackage>> issued = package::build(*db, m.round, options);
        RB_REQUIRE_OK(issued);
        test::remember(*issued);
        issuedThere = issued->first().path;
    }
    RB_REQUIRE_OK(demo::fillAndSubmit(issuedThere, test::codeOf(issuedThere), 5));
    // Here the package is unknown until the copies are merged.
    CHECK(package::verify(*m.db, m.round, issuedThere)->rejection == package::Rejection::UnknownPackage);

    SECTION("a genuine certificate: the package row comes along and its file then merges here")
    {
        Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, colleague);
        RB_REQUIRE_OK(report);
        CHECK(report->added.value(u"package"_s) == 1);
        CHECK(m.merge({issuedThere}).files.first().kind == Kind::Merged);
    }
    SECTION("a forged certificate, or a public key swapped under a genuine one: held back")
    {
        for (const char* sql :
             {"UPDATE package SET certificate = randomblob(64)", "UPDATE package SET public_key = randomblob(32)"}) {
            INFO(sql);
            const QString forged = m.dir.path(u"forged.rbdb"_s);
            QFile::remove(forged);
            REQUIRE(QFile::copy(colleague, forged));
            RB_REQUIRE_OK(rawOpen(forged)->execScript(sql));
            const QString before = test::dump(*m.db, m.round);
            Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, forged);
            RB_REQUIRE_OK(report);
            CHECK(report->added.value(u"package"_s) == 0);
            REQUIRE(report->heldBack.size() == 1);
            CHECK(report->heldBack.first().key == u"E002"_s);
            CHECK(test::dump(*m.db, m.round) == before);
            CHECK(package::verify(*m.db, m.round, issuedThere)->rejection == package::Rejection::UnknownPackage);
        }
    }
    SECTION("another secretariat key for the same round refuses the whole merge")
    {
        const crypto::KeyPair other = crypto::newKeyPair();
        RB_REQUIRE_OK(rawOpen(colleague)->exec("UPDATE round_key SET public_key = ?1, secret_key = ?2", other.publicKey,
                                               other.secretKey));
        const QString before = test::dump(*m.db, m.round);
        Result<merge::DatabaseMergeReport> report = merge::mergeDatabase(*m.db, colleague);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message.contains(u"secretariat key"_s));
        CHECK(test::dump(*m.db, m.round) == before);
    }
}

TEST_CASE("access: package refuses to overwrite a file that is not a file of access codes, before writing any",
          "[access][cli]")
{
    test::MergeRound m(12, 5, 3);
    const QString out = m.dir.path(u"out"_s);
    QDir().mkpath(out);
    const QString other = m.dir.writeText(u"out/名单.csv"_s, u"序号,姓名\n1,张三\n"_s);
    const test::CliRun refused = test::runCli({u"package"_s, m.path, u"--out"_s, out, u"--codes"_s, other});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"not a file of access codes"_s));
    CHECK(QDir(out).entryList({u"*.rbpkg"_s}, QDir::Files).isEmpty());
    CHECK(*m.db->scalar("SELECT count(*) FROM package", -1) == 0);
    // A codes file of its own is extended: one more expert keeps the others' codes.
    const QString codes = m.dir.path(u"codes.csv"_s);
    REQUIRE(test::runCli({u"package"_s, m.path, u"--out"_s, out, u"--codes"_s, codes, u"--expert"_s, u"E001"_s}).code
            == 0);
    REQUIRE(test::runCli({u"package"_s, m.path, u"--out"_s, out, u"--codes"_s, codes, u"--expert"_s, u"E002"_s}).code
            == 0);
    Result<io::Table> table = io::readTable(codes);
    RB_REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].cell(0) == u"E001"_s);
    CHECK(table->rows[1].cell(0) == u"E002"_s);
}
