// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/Package.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "deliberation/Labels.h"
#include "package/PackageFile.h"
#include "package/Seal.h"

#include <QFileInfo>

#include <cmath>

namespace rb::package {

Result<std::unique_ptr<Package>> Package::open(const QString& path, bool readOnly)
{
    Result<std::unique_ptr<db::Database>> db = package::open(path, readOnly);
    if (!db)
        return db.takeError();
    std::unique_ptr<Package> p(new Package(std::move(*db)));
    RB_TRY(p->load());
    return p;
}

Package::Package(std::unique_ptr<db::Database> db) : m_db(std::move(db)) {}

Package::~Package()
{
    crypto::wipe(m_contentKey);
    crypto::wipe(m_signingKey);
}

Error Package::changedAfterIssue() const
{
    return Error::input(Tr::tr("%1: this package was changed after it was issued; ask the secretariat for a new one")
                            .arg(QFileInfo(m_db->path()).fileName()));
}

Status Package::checkIssueSeal()
{
    Result<db::Statement> st = m_db->prepare("SELECT round_public_key, signature FROM issue WHERE id = 1");
    if (!st)
        return st.takeError();
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return changedAfterIssue();
    m_info.roundPublicKey = st->blob(0);
    const QByteArray signature = st->blob(1);
    st->reset();
    Result<QByteArray> digest = seal::issueDigest(*m_db);
    if (!digest || !crypto::verify(*digest, signature, m_info.roundPublicKey))
        return changedAfterIssue();
    m_info.roundFingerprint = crypto::fingerprint(m_info.roundPublicKey);
    return {};
}

Status Package::unlock(const QString& accessCode)
{
    const Error wrong = Error::input(Tr::tr("the access code is wrong: check it against the letter from the "
                                            "secretariat (the code is not the package's file name)"));
    const std::optional<QByteArray> code = crypto::canonicalAccessCode(accessCode);
    if (!code)
        return wrong;
    Result<db::Statement> st =
        m_db->prepare("SELECT kdf_salt, kdf_ops, kdf_mem, code_box, package_public_key FROM issue WHERE id = 1");
    if (!st)
        return st.takeError();
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return changedAfterIssue();
    const crypto::KdfParams kdf{st->blob(0), quint64(st->integer(1)), quint64(st->integer(2))};
    const QByteArray codeBox = st->blob(3);
    const QByteArray packagePublicKey = st->blob(4);
    st->reset();
    Result<QByteArray> key = crypto::deriveKey(*code, kdf);
    if (!key)
        return key.takeError();
    // The code box holds the round key: only the code holder (and the secretariat) could have made it.
    const std::optional<QByteArray> roundKey = crypto::open(codeBox, *key);
    if (!roundKey) {
        crypto::wipe(*key);
        return wrong;
    }
    if (*roundKey != m_info.roundPublicKey) {
        crypto::wipe(*key);
        return changedAfterIssue();
    }
    QByteArray signingKey;
    if (!m_info.submitted) {
        Result<db::Statement> boxRow = m_db->prepare("SELECT box FROM signing_key WHERE id = 1");
        if (!boxRow)
            return boxRow.takeError();
        Result<bool> hasKey = boxRow->step();
        if (!hasKey)
            return hasKey.takeError();
        const QByteArray box = *hasKey ? boxRow->blob(0) : QByteArray();
        boxRow->reset();
        std::optional<QByteArray> opened = crypto::open(box, *key);
        if (!opened || crypto::publicKeyOf(*opened) != packagePublicKey) {
            crypto::wipe(*key);
            return changedAfterIssue();
        }
        signingKey = *opened;
        crypto::wipe(*opened);
    }
    crypto::wipe(m_contentKey);
    crypto::wipe(m_signingKey);
    m_contentKey = *key;
    m_signingKey = signingKey;
    crypto::wipe(*key);
    return {};
}

Status Package::load()
{
    db::Database& db = *m_db;
    m_info.packageUid = meta(db, "package_uid");
    m_info.masterFileUid = meta(db, "master_file_uid");
    m_info.roundUid = meta(db, "round_uid");
    m_info.roundCode = meta(db, "round_code");
    m_info.roundTitle = meta(db, "round_title");
    m_info.category = category::fromKey(meta(db, "round_category")).value_or(Category::Scenario);
    m_info.year = meta(db, "round_year").toInt();
    m_info.expertUid = meta(db, "expert_uid");
    m_info.expertCode = meta(db, "expert_code");
    m_info.expertName = meta(db, "expert_name");
    m_info.revision = meta(db, "revision").toInt();
    m_info.submitted = meta(db, "status") == QLatin1String("submitted");
    m_info.submittedAt = meta(db, "submitted_at");
    if (m_info.packageUid.isEmpty() || m_info.expertCode.isEmpty())
        return Error::input(Tr::tr("%1 is an incomplete review package").arg(db.path()));
    // Nothing the secretariat did not seal is shown to the expert.
    RB_TRY(checkIssueSeal());
    Result<db::Statement> st = db.prepare("SELECT key, value FROM setting");
    if (!st)
        return st.takeError();
    RB_TRY(st->forEach([&](const db::Statement& r) { m_settings.insert(r.text(0), r.text(1)); }));
    Result<db::Statement> crit = db.prepare(
        "SELECT uid, code, name, parent_code, kind, max_points, guidance, bands FROM criterion ORDER BY position");
    if (!crit)
        return crit.takeError();
    QList<Criterion> items;
    RB_TRY(crit->forEach([&](const db::Statement& r) {
        Criterion c;
        c.uid = r.text(0);
        c.code = r.text(1);
        c.name = r.text(2);
        c.parentCode = r.text(3);
        c.kind = criterionkind::parse(r.text(4)).value_or(CriterionKind::Points);
        c.maxPoints = r.optReal(5);
        c.guidance = r.text(6);
        c.bands = r.text(7);
        items << c;
    }));
    m_criteria = CriteriaTree(items);
    Result<db::Statement> apps =
        db.prepare("SELECT uid, code, title, applicants, province, sector FROM application ORDER BY position");
    if (!apps)
        return apps.takeError();
    RB_TRY(apps->forEach([&](const db::Statement& r) {
        m_items.append({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
    }));
    return {};
}

const Item* Package::item(const QString& uid) const
{
    for (const Item& i : m_items) {
        if (i.uid == uid)
            return &i;
    }
    return nullptr;
}

const Item* Package::itemByCode(const QString& code) const
{
    for (const Item& i : m_items) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QString Package::setting(const QString& key) const
{
    return m_settings.value(key);
}

QList<Band> Package::bandsOf(const Criterion& criterion) const
{
    const QString text = criterion.bands.isEmpty() ? setting(QStringLiteral("scoring.bands")) : criterion.bands;
    Result<QList<Band>> parsed = bands::parse(text.isEmpty() ? bands::kDefault : text);
    return parsed ? *parsed : QList<Band>();
}

Status Package::ensureOpen() const
{
    if (m_info.submitted)
        return Error::input(
            Tr::tr("the package was submitted on %1 and can no longer be changed").arg(m_info.submittedAt));
    if (m_db->readOnly())
        return Error::input(Tr::tr("the package is open read-only"));
    return {};
}

Result<QHash<QString, ScoreEntry>> Package::scores(const QString& itemUid)
{
    Result<db::Statement> st =
        m_db->prepare("SELECT criterion_uid, value, comment FROM score WHERE application_uid = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, itemUid);
    QHash<QString, ScoreEntry> map;
    RB_TRY(st->forEach([&](const db::Statement& r) { map.insert(r.text(0), {r.optReal(1), r.text(2)}); }));
    return map;
}

Result<Opinion> Package::opinion(const QString& itemUid)
{
    Result<db::Statement> st = m_db->prepare("SELECT strengths, problems, recommendation, handed_back, handback_reason "
                                             "FROM opinion WHERE application_uid = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, itemUid);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    Opinion o;
    if (*row)
        o = {st->text(0), st->text(1), st->text(2), st->integer(3) != 0, st->text(4)};
    st->reset();
    return o;
}

QString Package::checkValue(const Criterion& c, double value) const
{
    return scoreProblem(c, value);
}

bool Package::commentRequired(const Criterion& c, std::optional<double> value) const
{
    const QString rule = setting(QStringLiteral("scoring.require_comments"));
    if (rule == QLatin1String("all"))
        return true;
    if (rule != QLatin1String("extreme_bands") || !value || c.kind != CriterionKind::Points)
        return false;
    const QList<Band> list = bandsOf(c);
    const std::optional<int> band = bands::indexOf(list, *value, c.maxPoints.value_or(0));
    return band && (*band == 0 || *band == int(list.size()) - 1);
}

Result<ItemState> Package::state(const QString& itemUid)
{
    Result<Opinion> o = opinion(itemUid);
    if (!o)
        return o.takeError();
    if (o->handedBack)
        return ItemState::HandedBack;
    if (m_info.submitted)
        return ItemState::Submitted;
    Result<QHash<QString, ScoreEntry>> s = scores(itemUid);
    if (!s)
        return s.takeError();
    int filled = 0;
    int needed = 0;
    for (const Criterion* c : m_criteria.leaves()) {
        ++needed;
        if (s->value(c->uid).value)
            ++filled;
    }
    const bool anything =
        filled > 0 || !o->strengths.isEmpty() || !o->problems.isEmpty() || !o->recommendation.isEmpty();
    if (!anything)
        return ItemState::NotStarted;
    return filled == needed ? ItemState::Complete : ItemState::InProgress;
}

Result<double> Package::total(const QString& itemUid)
{
    Result<QHash<QString, ScoreEntry>> s = scores(itemUid);
    if (!s)
        return s.takeError();
    double sum = 0;
    for (const Criterion* c : m_criteria.leaves()) {
        if (c->kind == CriterionKind::Points)
            sum += s->value(c->uid).value.value_or(0);
    }
    return sum;
}

Status Package::setScore(const QString& itemUid, const QString& criterionUid, std::optional<double> value)
{
    RB_TRY(ensureOpen());
    const Criterion* c = nullptr;
    for (const Criterion* leaf : m_criteria.leaves()) {
        if (leaf->uid == criterionUid)
            c = leaf;
    }
    if (!c || !item(itemUid))
        return Error::input(Tr::tr("no such criterion or application in this package"));
    if (value) {
        const QString problem = checkValue(*c, *value);
        if (!problem.isEmpty())
            return Error::input(Tr::tr("%1: %2").arg(c->code, problem));
    }
    Result<Opinion> o = opinion(itemUid);
    if (!o)
        return o.takeError();
    if (o->handedBack)
        return Error::input(Tr::tr("this application was handed back and is not scored"));
    return m_db->exec("INSERT INTO score (application_uid, criterion_uid, value) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (application_uid, criterion_uid) DO UPDATE SET value = excluded.value",
                      itemUid, criterionUid, value);
}

Status Package::setComment(const QString& itemUid, const QString& criterionUid, const QString& comment)
{
    RB_TRY(ensureOpen());
    const QList<const Criterion*> leaves = m_criteria.leaves();
    if (!item(itemUid)
        || std::none_of(leaves.begin(), leaves.end(), [&](const Criterion* c) { return c->uid == criterionUid; }))
        return Error::input(Tr::tr("no such criterion or application in this package"));
    Result<Opinion> o = opinion(itemUid);
    if (!o)
        return o.takeError();
    if (o->handedBack)
        return Error::input(Tr::tr("this application was handed back and is not scored"));
    return m_db->exec("INSERT INTO score (application_uid, criterion_uid, value, comment) VALUES (?1, ?2, NULL, ?3) "
                      "ON CONFLICT (application_uid, criterion_uid) DO UPDATE SET comment = excluded.comment",
                      itemUid, criterionUid, comment);
}

Status Package::setOpinion(const QString& itemUid, const Opinion& o)
{
    RB_TRY(ensureOpen());
    if (!item(itemUid))
        return Error::input(Tr::tr("no such application in this package"));
    if (!o.recommendation.isEmpty() && !labels::isKey(labels::Kind::Recommendation, o.recommendation))
        return Error::input(Tr::tr("unknown recommendation %1").arg(o.recommendation));
    return m_db->exec(
        "INSERT INTO opinion (application_uid, strengths, problems, recommendation, handed_back, "
        "handback_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (application_uid) DO UPDATE SET "
        "strengths = excluded.strengths, problems = excluded.problems, recommendation = "
        "excluded.recommendation, handed_back = excluded.handed_back, handback_reason = excluded.handback_reason",
        itemUid, o.strengths, o.problems, o.recommendation, o.handedBack, o.handbackReason);
}

Status Package::handBack(const QString& itemUid, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::input(Tr::tr("say why you cannot review this application"));
    Result<Opinion> o = opinion(itemUid);
    if (!o)
        return o.takeError();
    Opinion changed = *o;
    changed.handedBack = true;
    changed.handbackReason = reason.trimmed();
    return setOpinion(itemUid, changed);
}

Status Package::withdrawHandBack(const QString& itemUid)
{
    Result<Opinion> o = opinion(itemUid);
    if (!o)
        return o.takeError();
    Opinion changed = *o;
    changed.handedBack = false;
    changed.handbackReason.clear();
    return setOpinion(itemUid, changed);
}

Result<QList<Missing>> Package::missing()
{
    QList<Missing> list;
    const bool needOpinion = setting(QStringLiteral("scoring.require_opinion")) == QLatin1String("true");
    const bool needRecommendation = setting(QStringLiteral("scoring.require_recommendation")) == QLatin1String("true");
    for (const Item& it : m_items) {
        Result<Opinion> o = opinion(it.uid);
        if (!o)
            return o.takeError();
        if (o->handedBack)
            continue;
        Result<QHash<QString, ScoreEntry>> s = scores(it.uid);
        if (!s)
            return s.takeError();
        for (const Criterion* c : m_criteria.leaves()) {
            const ScoreEntry e = s->value(c->uid);
            if (!e.value)
                list.append({it.code, c->code,
                             c->kind == CriterionKind::Veto ? Tr::tr("say whether the veto item applies")
                                                            : Tr::tr("no score yet")});
            else if (commentRequired(*c, e.value) && e.comment.trimmed().isEmpty())
                list.append({it.code, c->code, Tr::tr("a comment is required for this score")});
        }
        if (needOpinion && (o->strengths.trimmed().isEmpty() || o->problems.trimmed().isEmpty()))
            list.append({it.code, QString(), Tr::tr("the overall opinion (strengths and problems) is required")});
        if (needRecommendation && o->recommendation.isEmpty())
            list.append({it.code, QString(), Tr::tr("a recommendation is required")});
    }
    return list;
}

Status Package::submit()
{
    RB_TRY(ensureOpen());
    Result<QList<Missing>> gaps = missing();
    if (!gaps)
        return gaps.takeError();
    if (!gaps->isEmpty()) {
        QList<Issue> issues;
        for (const Missing& m : *gaps)
            issues.append({QString(), 0, QString(),
                           (m.criterionCode.isEmpty() ? m.applicationCode
                                                      : m.applicationCode + QStringLiteral(" / ") + m.criterionCode)
                               + Tr::tr(": ", "after a place in a file") + m.message});
        return Error::input(Tr::tr("%1 item(s) are missing; the package was not submitted").arg(gaps->size()), issues);
    }
    if (m_signingKey.isEmpty())
        return Error::input(Tr::tr("enter the access code first: only the code holder can seal the package"));
    db::Database& db = *m_db;
    const QString now = Clock::current().timestamp();
    {
        db::Transaction tx(db);
        RB_TRY(tx.status());
        RB_TRY(setMeta(db, "submitted_at", now));
        Result<QByteArray> digest = seal::digest(db);
        if (!digest)
            return digest.takeError();
        RB_TRY(db.exec("INSERT INTO seal (id, digest, signature, signed_at) VALUES (1, ?1, ?2, ?3)", *digest,
                       crypto::sign(*digest, m_signingKey), now));
        RB_TRY(setMeta(db, "status", QStringLiteral("submitted")));
        // The key goes: nobody can sign different content for this package any more.
        RB_TRY(db.exec("DELETE FROM signing_key"));
        RB_TRY(tx.commit());
    }
    // secure_delete zeroed the freed page; VACUUM also drops it from the file.
    crypto::wipe(m_signingKey);
    db.clearStatementCache();
    RB_TRY(db.execScript("VACUUM"));
    m_info.submitted = true;
    m_info.submittedAt = now;
    return {};
}

Result<QList<DossierFile>> Package::dossiers(const QString& itemUid)
{
    Result<db::Statement> st =
        m_db->prepare("SELECT uid, file_name, media_type FROM dossier WHERE application_uid = ?1 ORDER BY rowid");
    if (!st)
        return st.takeError();
    st->bind(1, itemUid);
    QList<DossierFile> list;
    RB_TRY(st->forEach([&](const db::Statement& r) { list.append({r.text(0), r.text(1), r.text(2)}); }));
    return list;
}

Result<QByteArray> Package::dossierContent(const QString& dossierUid)
{
    if (!unlocked())
        return Error::input(Tr::tr("enter the access code to read the dossiers"));
    Result<db::Statement> st = m_db->prepare("SELECT box, sha256 FROM dossier WHERE uid = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, dossierUid);
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return Error::input(Tr::tr("no such dossier"));
    const QByteArray box = st->blob(0);
    const QByteArray sealedHash = st->blob(1);
    st->reset();
    std::optional<QByteArray> data = crypto::open(box, m_contentKey);
    if (!data || crypto::sha256(*data) != sealedHash)
        return changedAfterIssue();
    return *data;
}

} // namespace rb::package
