// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the package reader: package::verify (the private snapshot, its exact schema, the seal,
// round, expert and every value) on a returned .rbpkg, against a small master round made once per process.
//
// The master's uids and keys are random, so a package only gets past the identity checks against the master it
// was issued from. The harness therefore keeps its master in a state folder (RB_FUZZ_PACKAGE_STATE, else a
// temporary one), made on first use and reused after: master.rbdb, keys.txt (each expert's signing key, opened
// with its access code before submission), version.txt and seeds/ (the submitted packages, the corpus to start
// from; scripts/fuzz passes that folder to libFuzzer). A crash file reproduces with the same state folder.
//
// A mutated package almost never keeps a valid seal. An input that passes the snapshot checks but fails on a
// seal is therefore sealed again (the issue seal with the master's round key, the return seal with its expert's
// key) and verified once more, so that mutated scores, comments, opinions and criteria reach the value checks too.
#include "FuzzCheck.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "demo/Demo.h"
#include "demo/DemoScores.h"
#include "domain/Criteria.h"
#include "package/PackageBuilder.h"
#include "package/PackageFile.h"
#include "package/Seal.h"
#include "package/Verify.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundRepository.h"
#include "round/RoundKey.h"
#include "storage/Schema.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace {

using namespace rb;
using fuzz::require;

/// The master every input is verified against (never changed by verify) and what is needed to seal again.
struct State {
    QString dir;
    std::unique_ptr<QTemporaryDir> scratch; ///< this process's own files (and the state, when no folder was given)
    std::unique_ptr<db::Database> master;
    Round round;
    QHash<QString, Criterion> leafByUid;
    QHash<QString, QByteArray> secretKeys; ///< expert code -> signing key
    QByteArray roundSecretKey;             ///< the master's round key, to seal what a mutation changed at issue
    QString input;                         ///< the file each input is written to
    bool verbose = false;                  ///< RB_FUZZ_VERBOSE=1: print each outcome (to see how deep inputs get)
};

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "fuzz_package setup: %s\n", qPrintable(what));
    std::abort();
}

template <typename T>
T take(Result<T> result, const char* what)
{
    if (!result)
        fail(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().toString());
    return std::move(*result);
}

void check(const Status& status, const char* what)
{
    if (!status)
        fail(QString::fromLatin1(what) + QStringLiteral(": ") + status.error().toString());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

/// The expert's signing key of an issued package, opened with its access code.
QByteArray signingKey(const QString& path, const QString& code)
{
    std::unique_ptr<db::Database> pkg = take(package::open(path, true), "open package");
    Result<db::Statement> st =
        pkg->prepare("SELECT i.kdf_salt, i.kdf_ops, i.kdf_mem, k.box FROM issue i, signing_key k");
    if (!st)
        fail(QStringLiteral("cannot read %1").arg(path));
    const Result<bool> row = st->step();
    if (!row || !*row)
        fail(QStringLiteral("no signing key in %1").arg(path));
    const crypto::KdfParams kdf{st->blob(0), quint64(st->integer(1)), quint64(st->integer(2))};
    const QByteArray box = st->blob(3);
    st->reset();
    const QByteArray key = take(crypto::deriveKey(*crypto::canonicalAccessCode(code), kdf), "derive the key");
    const std::optional<QByteArray> secret = crypto::open(box, key);
    if (!secret)
        fail(QStringLiteral("the access code does not open %1").arg(path));
    return *secret;
}

/// A master of 6 applications, 3 experts, 2 experts an application (factory template), its packages issued,
/// filled and submitted; written to \a dir.
void makeState(const QString& dir)
{
    QDir(dir + QStringLiteral("/seeds")).removeRecursively();
    QDir().mkpath(dir + QStringLiteral("/seeds"));
    const QString master = dir + QStringLiteral("/master.rbdb");
    QFile::remove(master);
    demo::DemoSpec spec;
    spec.applications = 6;
    spec.experts = 3;
    spec.perApplication = 2;
    spec.seed = 9;
    spec.assign = true;
    const Round round = take(demo::createDemo(master, spec, QStringLiteral("fuzz")), "demo round");
    std::unique_ptr<db::Database> db = take(db::schema::open(master), "open master");
    db->setUser(QStringLiteral("fuzz"));
    package::BuildOptions options;
    options.outDir = dir + QStringLiteral("/seeds");
    const QList<package::IssuedPackage> issued = take(package::build(*db, round, options), "issue packages");
    QByteArray keys;
    quint64 seed = 1;
    for (const package::IssuedPackage& p : issued) {
        keys += p.expertCode.toUtf8() + ' ' + signingKey(p.path, p.accessCode).toHex() + '\n';
        check(demo::fillAndSubmit(p.path, p.accessCode, seed++), "fill and submit");
    }
    writeFile(dir + QStringLiteral("/keys.txt"), keys);
}

State& state()
{
    static State s = [] {
        State st;
        st.dir = qEnvironmentVariable("RB_FUZZ_PACKAGE_STATE");
        if (!st.dir.isEmpty())
            QDir().mkpath(st.dir);
        st.scratch =
            std::make_unique<QTemporaryDir>(st.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/fuzz_package-XXXXXX")
                                                             : st.dir + QStringLiteral("/scratch-XXXXXX"));
        if (!st.scratch->isValid())
            fail(QStringLiteral("cannot make a temporary folder"));
        if (st.dir.isEmpty())
            st.dir = st.scratch->path();
        // A state made by another version of the formats is made again.
        const QByteArray version =
            QByteArray::number(db::schema::kLatestVersion) + '/' + QByteArray::number(package::kFormatVersion);
        QFile stamp(st.dir + QStringLiteral("/version.txt"));
        const bool current = stamp.open(QIODevice::ReadOnly) && stamp.readAll() == version;
        stamp.close();
        if (!current || !QFile::exists(st.dir + QStringLiteral("/keys.txt"))) {
            makeState(st.dir);
            writeFile(stamp.fileName(), version);
        }
        st.master = take(db::schema::open(st.dir + QStringLiteral("/master.rbdb")), "open master");
        const QList<Round> rounds = take(RoundRepository(*st.master).list(), "rounds");
        if (rounds.size() != 1)
            fail(QStringLiteral("the master holds %1 rounds").arg(rounds.size()));
        st.round = rounds.first();
        st.roundSecretKey = take(RoundKey(*st.master, st.round.id).ensure(), "round key").secretKey;
        const CriteriaTree criteria = take(CriteriaRepository(*st.master, st.round.id).tree(), "criteria");
        for (const Criterion* c : criteria.leaves())
            st.leafByUid.insert(c->uid, *c);
        QFile keys(st.dir + QStringLiteral("/keys.txt"));
        if (!keys.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read keys.txt"));
        for (const QByteArray& line : keys.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2)
                st.secretKeys.insert(QString::fromUtf8(fields[0]), QByteArray::fromHex(fields[1]));
        }
        st.input = st.scratch->filePath(QStringLiteral("input.rbpkg"));
        st.verbose = qEnvironmentVariableIntValue("RB_FUZZ_VERBOSE") != 0;
        return st;
    }();
    return s;
}

/// \a bytes with a seal made again over their content with the expert's own key; nothing when the content
/// cannot be read or names no expert of the master. The image is changed in memory only.
std::optional<QByteArray> resealed(const QByteArray& bytes, const State& s)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return std::nullopt;
    }
    std::unique_ptr<db::Database> db = db::Database::adopt(handle, QStringLiteral("resealed.rbpkg"), false);
    auto* image = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(bytes.size())));
    if (!image)
        return std::nullopt;
    std::memcpy(image, bytes.constData(), std::size_t(bytes.size()));
    image[18] = image[19] = 1; // as the snapshot reads it: no WAL
    if (sqlite3_deserialize(handle, "main", image, bytes.size(), bytes.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        return std::nullopt;
    const QByteArray key = s.secretKeys.value(package::meta(*db, "expert_code"));
    if (key.isEmpty())
        return std::nullopt;
    // Both seals again: the secretariat's over what the mutation changed at issue, the expert's over the return.
    Result<QByteArray> issued = package::seal::issueDigest(*db);
    if (issued && !db->exec("UPDATE issue SET signature = ?1 WHERE id = 1", crypto::sign(*issued, s.roundSecretKey)))
        return std::nullopt;
    Result<QByteArray> digest = package::seal::digest(*db);
    if (!digest
        || !db->exec("UPDATE seal SET digest = ?1, signature = ?2 WHERE id = 1", *digest, crypto::sign(*digest, key)))
        return std::nullopt;
    db->clearStatementCache();
    sqlite3_int64 size = 0;
    unsigned char* out = sqlite3_serialize(handle, "main", &size, 0);
    if (!out)
        return std::nullopt;
    QByteArray result(reinterpret_cast<const char*>(out), qsizetype(size));
    sqlite3_free(out);
    return result;
}

/// What verify promises for any file: an outcome, not an error (the master is readable), and when it accepts,
/// only applications, criteria and values the master's rules allow.
package::Verified verifyChecked(const State& s)
{
    Result<package::Verified> v = package::verify(*s.master, s.round, s.input);
    require(v.ok(), "verify fails only when the master cannot be read");
    require(v->ok() || !v->reason.isEmpty(), "a rejection says why");
    if (s.verbose)
        std::fprintf(stderr, "verify: %s %s\n", qPrintable(package::rejectionKey(v->rejection)), qPrintable(v->reason));
    if (v->ok()) {
        for (const package::ReturnedScore& score : v->content.scores) {
            require(score.criterion >= 0 && score.criterion < v->content.criterionUids.size(),
                    "an accepted score names a criterion");
            const auto c = s.leafByUid.constFind(v->content.criterionUids[score.criterion]);
            require(c != s.leafByUid.constEnd(), "an accepted score is for a criterion of the master");
            require(rb::scoreProblem(*c, score.value).isEmpty(), "an accepted score is a valid score");
            require(score.application >= 0 && score.application < v->content.applicationUids.size(),
                    "an accepted score is for an application of the package");
        }
    }
    return *v;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    state(); // the master and the seeds exist before libFuzzer reads its corpus folders
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const State& s = state();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    writeFile(s.input, bytes);
    const package::Verified first = verifyChecked(s);
    if (first.rejection != package::Rejection::BadSeal)
        return 0;
    if (const std::optional<QByteArray> again = resealed(bytes, s)) {
        writeFile(s.input, *again);
        verifyChecked(s);
    }
    return 0;
}
