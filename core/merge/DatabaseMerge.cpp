// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/DatabaseMerge.h"
#include "common/Tr.h"

#include "crypto/Crypto.h"
#include "deliberation/Labels.h"
#include "merge/Backup.h"
#include "package/Seal.h"
#include "repo/AuditLog.h"
#include "storage/Schema.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstring>

namespace rb::merge {

namespace {

/// A foreign key column and the table it points to.
struct Ref {
    const char* column;
    const char* table;
};

/// A table whose rows carry a uid, with the columns compared and copied.
struct Spec {
    const char* table;
    const char* codeColumn; ///< shown to the user; nullptr = the uid
    QList<const char*> columns;
    QList<Ref> refs;
};

// Dependency order: a row's references are merged before the row.
const QList<Spec>& specs()
{
    static const QList<Spec> list = {
        {"round", "code", {"code", "category", "year", "title", "template", "created_at", "created_by"}, {}},
        {"applicant", "name", {"name", "name_key", "credit_code"}, {}},
        {"application",
         "code",
         {"code", "title", "province", "sector", "recommender", "priority", "state", "created_at", "authority"},
         {{"round_id", "round"}}},
        {"criterion",
         "code",
         {"code", "name", "position", "kind", "max_points", "guidance", "bands"},
         {{"round_id", "round"}, {"parent_id", "criterion"}}},
        {"expert",
         "code",
         {"code", "name", "organisation", "organisation_key", "organisation_credit_code", "province", "fields",
          "contact", "title"},
         {{"round_id", "round"}}},
        {"conflict",
         nullptr,
         {"type", "reason", "created_at", "created_by"},
         {{"expert_id", "expert"}, {"application_id", "application"}}},
        {"assignment",
         nullptr,
         {"status", "source", "entered_by", "void_reason", "submitted_at"},
         {{"expert_id", "expert"}, {"application_id", "application"}}},
        {"attachment",
         "file_name",
         {"file_name", "media_type", "size", "sha256", "data", "added_at", "added_by"},
         {{"application_id", "application"}}},
        {"workflow_event",
         nullptr,
         {"from_state", "to_state", "at", "by_user", "reason"},
         {{"application_id", "application"}}},
        // The deliberation, the notice and what follows: the same rules, by the same stable ids.
        {"committee_member",
         "name",
         {"name", "organisation", "role", "position"},
         {{"round_id", "round"}, {"expert_id", "expert"}}},
        {"meeting",
         "title",
         {"title", "held_on", "place", "status", "created_at"},
         {{"round_id", "round"}, {"chair_id", "committee_member"}}},
        {"deliberation_case",
         nullptr,
         {"position", "presentation", "questions", "collective_opinion", "conclusion", "conditions", "votes_for",
          "votes_against", "votes_abstain", "concluded_at"},
         {{"meeting_id", "meeting"}, {"application_id", "application"}, {"previous_case_id", "deliberation_case"}}},
        {"notice", "title", {"title", "start_date", "working_days", "end_date", "contact"}, {{"round_id", "round"}}},
        {"objection",
         nullptr,
         {"received_on", "from_whom", "authenticated", "content", "handling", "outcome", "handled_by", "resolved_on"},
         {{"notice_id", "notice"}, {"application_id", "application"}}},
        {"milestone", nullptr, {"kind", "due_on", "done_on", "outcome", "note"}, {{"application_id", "application"}}},
    };
    return list;
}

/// A table without ids of its own: its rows are keyed by the rows they join (through their uids) and, for some,
/// a column of their own. Differences are settled by the history of the first row they join.
struct LinkSpec {
    const char* table;
    QList<Ref> keys;
    const char* keyColumn; ///< a key column of its own, or nullptr
    QList<const char*> columns;
};

const QList<LinkSpec>& linkSpecs()
{
    static const QList<LinkSpec> list = {
        {"meeting_attendance",
         {{"meeting_id", "meeting"}, {"member_id", "committee_member"}},
         nullptr,
         {"present", "note"}},
        {"case_member",
         {{"case_id", "deliberation_case"}, {"member_id", "committee_member"}},
         nullptr,
         {"recused", "recusal_reason", "opinion", "vote", "dissent"}},
        {"notice_item", {{"notice_id", "notice"}, {"application_id", "application"}}, nullptr, {}},
        {"formal_check",
         {{"application_id", "application"}},
         "item_key",
         {"passed", "note", "checked_at", "checked_by"}},
        {"calendar_day", {}, "day", {"kind", "note"}},
    };
    return list;
}

qsizetype columnIndex(const Spec& spec, const char* name)
{
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        if (std::strcmp(spec.columns[i], name) == 0)
            return i;
    }
    return -1;
}

/// How far a status-like column has moved; progress never goes back (-1: not such a column or value).
int progress(const Spec& spec, const QVariantList& values)
{
    const auto value = [&](const char* column) { return values.value(columnIndex(spec, column)); };
    const auto is = [&](const char* table) { return std::strcmp(spec.table, table) == 0; };
    if (is("assignment")) {
        static const QHash<QString, int> assignment = {{QStringLiteral("assigned"), 0},
                                                       {QStringLiteral("submitted"), 2},
                                                       {QStringLiteral("entered"), 2},
                                                       {QStringLiteral("handed_back"), 2},
                                                       {QStringLiteral("void"), 3}};
        return assignment.value(value("status").toString(), -1);
    }
    if (is("package")) {
        static const QHash<QString, int> package = {{QStringLiteral("issued"), 0},
                                                    {QStringLiteral("returned"), 1},
                                                    {QStringLiteral("submitted"), 2},
                                                    {QStringLiteral("superseded"), 3}};
        return package.value(value("status").toString(), -1);
    }
    if (is("meeting")) {
        static const QHash<QString, int> meeting = {
            {QStringLiteral("planned"), 0}, {QStringLiteral("open"), 1}, {QStringLiteral("closed"), 2}};
        return meeting.value(value("status").toString(), -1);
    }
    // A concluded case, a resolved objection, a milestone met: final on the side that has it.
    if (is("deliberation_case"))
        return value("conclusion").isNull() ? 0 : 1;
    if (is("objection"))
        return value("outcome").toString() == QLatin1String("pending") ? 0 : 1;
    if (is("milestone"))
        return value("done_on").isNull() ? 0 : 1;
    return -1;
}

/// One audit log entry; the same change carries the same text in every copy of the file.
struct LogEntry {
    QString at, user, action, entity, uid, code, changes, roundUid;
    [[nodiscard]] QString signature() const
    {
        return QStringList{at, user, action, entity, uid, code, changes, roundUid}.join(QChar(0x1f));
    }
    /// The row (or setting) the entry is about; empty when it names none.
    [[nodiscard]] QString subject() const
    {
        if (entity == QLatin1String("setting"))
            return QStringLiteral("setting:%1:%2").arg(roundUid, code);
        return uid;
    }
};

/// What one side changed since the copies split: its audit entries the other side does not have.
struct History {
    QSet<QString> rows;    ///< subjects changed as a whole (or in fields we cannot name)
    QSet<QString> fields;  ///< subject + '/' + field
    QSet<QString> touched; ///< every subject with any change

    [[nodiscard]] bool changed(const QString& subject, const QString& field) const
    {
        return rows.contains(subject) || fields.contains(subject + QLatin1Char('/') + field);
    }
};

enum class Take { Ours, Theirs, Ask };

Take decide(bool oursChanged, bool theirsChanged)
{
    if (theirsChanged && !oursChanged)
        return Take::Theirs;
    if (oursChanged && !theirsChanged)
        return Take::Ours;
    return Take::Ask;
}

QString display(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return Tr::tr("<%1 bytes>").arg(v.toByteArray().size());
    return v.isNull() ? QStringLiteral("—") : v.toString();
}

/// The merge of one file into another, with the id maps that translate references.
class Merger {
public:
    Merger(db::Database& ours, db::Database& theirs, const QString& otherName, Prefer prefer,
           DatabaseMergeReport& report)
        : m_ours(ours), m_theirs(theirs), m_otherName(otherName), m_prefer(prefer), m_report(report)
    {}

    Status run()
    {
        RB_TRY(loadHistory());
        RB_TRY(loadSealed());
        // First: a forged key refuses the merge before anything is written.
        RB_TRY(checkRoundKeys());
        RB_TRY(checkPackages());
        for (const Spec& spec : specs())
            RB_TRY(mergeTable(spec));
        RB_TRY(addRoundKeys());
        RB_TRY(addPackages());
        RB_TRY(mergeLinks());
        RB_TRY(mergeSettings());
        RB_TRY(mergeScores());
        RB_TRY(mergeOpinions());
        RB_TRY(mergePaperEntries());
        RB_TRY(listHeldBack());
        return copyHistory();
    }

private:
    static Result<QList<LogEntry>> loadLog(db::Database& db)
    {
        Result<db::Statement> st =
            db.prepare("SELECT l.at, l.user, l.action, l.entity, coalesce(l.entity_uid, ''), "
                       "coalesce(l.entity_code, ''), l.changes, coalesce(r.uid, '') FROM audit_log l LEFT JOIN "
                       "round r ON r.id = l.round_id ORDER BY l.id");
        if (!st)
            return st.takeError();
        QList<LogEntry> entries;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            entries.append({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7)});
        }));
        return entries;
    }

    /// Entries of \a side that \a other does not hold (as a multiset: the same text twice counts twice).
    static QList<LogEntry> onlyIn(const QList<LogEntry>& side, const QList<LogEntry>& other)
    {
        QHash<QString, int> count;
        for (const LogEntry& e : other)
            ++count[e.signature()];
        QList<LogEntry> result;
        for (const LogEntry& e : side) {
            int& n = count[e.signature()];
            if (n > 0)
                --n;
            else
                result.append(e);
        }
        return result;
    }

    /// Marks what \a e changed in \a h; a package merged or in conflict changed its expert's assignments.
    Status mark(History& h, const LogEntry& e, db::Database& db, QHash<QString, QStringList>& packageAssignments)
    {
        const QString subject = e.subject();
        if (subject.isEmpty())
            return {};
        h.touched.insert(subject);
        const QJsonObject changes = QJsonDocument::fromJson(e.changes.toUtf8()).object();
        QStringList fields;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (it.value().isArray() && it.value().toArray().size() == 2)
                fields << it.key();
        }
        const bool fieldLevel = e.action == QLatin1String("update") || e.action == QLatin1String("transition")
                                || e.action == QLatin1String("revert");
        if (fieldLevel && !fields.isEmpty()) {
            for (const QString& f : fields)
                h.fields.insert(subject + QLatin1Char('/') + f);
        } else {
            h.rows.insert(subject);
        }
        if (e.entity != QLatin1String("package"))
            return {};
        if (!packageAssignments.contains(subject)) {
            Result<db::Statement> st = db.prepare("SELECT s.uid FROM assignment s JOIN package p ON p.expert_id = "
                                                  "s.expert_id WHERE p.uid = ?1");
            if (!st)
                return st.takeError();
            st->bind(1, subject);
            QStringList& list = packageAssignments[subject];
            RB_TRY(st->forEach([&](const db::Statement& r) { list << r.text(0); }));
        }
        for (const QString& assignment : packageAssignments.value(subject)) {
            h.rows.insert(assignment);
            h.touched.insert(assignment);
        }
        return {};
    }

    Status loadHistory()
    {
        Result<QList<LogEntry>> ours = loadLog(m_ours);
        if (!ours)
            return ours.takeError();
        Result<QList<LogEntry>> theirs = loadLog(m_theirs);
        if (!theirs)
            return theirs.takeError();
        for (const LogEntry& e : onlyIn(*ours, *theirs)) {
            RB_TRY(mark(m_ourHistory, e, m_ours, m_ourPackageAssignments));
            if (e.action == QLatin1String("delete") && !e.uid.isEmpty())
                m_ourDeleted.insert(e.uid);
        }
        m_theirEntries = onlyIn(*theirs, *ours);
        for (const LogEntry& e : m_theirEntries)
            RB_TRY(mark(m_theirHistory, e, m_theirs, m_theirPackageAssignments));
        return {};
    }

    /// Their changes we now hold become part of our history (so that a later merge knows we have them); the
    /// entries of rows whose difference kept our value stay theirs only, to be listed again.
    Status copyHistory()
    {
        for (const LogEntry& e : m_theirEntries) {
            const QString subject = e.subject();
            if (m_keptOurs.contains(subject))
                continue;
            const QStringList assignments = m_theirPackageAssignments.value(subject);
            if (std::any_of(assignments.begin(), assignments.end(),
                            [&](const QString& a) { return m_keptOurs.contains(a); }))
                continue;
            const auto& rounds = m_ourIds[QStringLiteral("round")];
            const auto round = rounds.constFind(e.roundUid);
            RB_TRY(m_ours.exec("INSERT INTO audit_log (at, user, round_id, action, entity, entity_uid, entity_code, "
                               "changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                               e.at, e.user,
                               round == rounds.constEnd() ? std::optional<qint64>() : std::optional<qint64>(*round),
                               e.action, e.entity, db::nullIfEmpty(e.uid), db::nullIfEmpty(e.code), e.changes));
        }
        return {};
    }

    /// Who changed \a subject since the copies split, as a whole.
    [[nodiscard]] Take decideRow(const QString& subject) const
    {
        return decide(m_ourHistory.touched.contains(subject), m_theirHistory.touched.contains(subject));
    }

    [[nodiscard]] Take decideField(const QString& subject, const QString& field) const
    {
        return decide(m_ourHistory.changed(subject, field), m_theirHistory.changed(subject, field));
    }

    /// Assignments whose scores came in a sealed package, on each side (by uid), and the expert of each.
    Status loadSealed()
    {
        for (const auto& side : {std::pair{&m_ours, &m_sealedOurs}, std::pair{&m_theirs, &m_sealedTheirs}}) {
            Result<db::Statement> st = side.first->prepare("SELECT uid FROM assignment WHERE source = 'package'");
            if (!st)
                return st.takeError();
            QSet<QString>* uids = side.second;
            RB_TRY(st->forEach([&](const db::Statement& r) { uids->insert(r.text(0)); }));
        }
        Result<db::Statement> experts =
            m_theirs.prepare("SELECT s.uid, e.uid FROM assignment s JOIN expert e ON e.id = s.expert_id");
        if (!experts)
            return experts.takeError();
        return experts->forEach([&](const db::Statement& r) { m_theirExpertOf.insert(r.text(0), r.text(1)); });
    }

    [[nodiscard]] bool sealed(const QString& assignmentUid) const
    {
        return m_sealedOurs.contains(assignmentUid) || m_sealedTheirs.contains(assignmentUid);
    }

    /// Sealed work of their assignment \a uid was not taken: listed by expert at the end.
    void holdBack(const QString& assignmentUid)
    {
        const QString expert = m_theirExpertOf.value(assignmentUid);
        if (!expert.isEmpty())
            m_heldBackExperts.insert(expert);
    }

    /// The secretariat key of each round: a round both files hold must have the same key (else one of the two
    /// was forged, and the merge is refused); a key only the other file has comes along with its round.
    Status checkRoundKeys()
    {
        Result<db::Statement> theirs = m_theirs.prepare(
            "SELECT r.uid, r.code, k.public_key, k.secret_key, k.created_at FROM round_key k JOIN round r ON r.id = "
            "k.round_id");
        if (!theirs)
            return theirs.takeError();
        Status status;
        RB_TRY(theirs->forEach([&](const db::Statement& r) {
            if (!status)
                return;
            Result<QString> ours = m_ours.scalarText("SELECT coalesce((SELECT hex(k.public_key) FROM round_key k JOIN "
                                                     "round r ON r.id = k.round_id WHERE r.uid = ?1), '')",
                                                     r.text(0));
            if (!ours) {
                status = ours.error();
                return;
            }
            const QByteArray key = r.blob(2);
            if (!ours->isEmpty() && QByteArray::fromHex(ours->toLatin1()) != key) {
                status = Error::input(Tr::tr("%1 holds another secretariat key for round %2 than this file: one of "
                                             "the two was forged. Nothing was merged.")
                                          .arg(m_otherName, r.text(1)));
                return;
            }
            m_roundKeys.insert(r.text(0), key);
            if (ours->isEmpty())
                m_newRoundKeys.append({r.text(0), key, r.blob(3), r.text(4)});
        }));
        if (!status)
            return status;
        // Our own keys, for rounds the other file has no key of.
        Result<db::Statement> mine =
            m_ours.prepare("SELECT r.uid, k.public_key FROM round_key k JOIN round r ON r.id = k.round_id");
        if (!mine)
            return mine.takeError();
        return mine->forEach([&](const db::Statement& r) {
            if (!m_roundKeys.contains(r.text(0)))
                m_roundKeys.insert(r.text(0), r.blob(1));
        });
    }

    Status addRoundKeys()
    {
        for (const NewRoundKey& k : m_newRoundKeys) {
            // Only the same round (by uid), now here: a round of the same code made elsewhere keeps its own key.
            Result<qint64> round = m_ours.scalar(
                "SELECT coalesce((SELECT r.id FROM round r WHERE r.uid = ?1 AND NOT EXISTS (SELECT 1 FROM round_key "
                "k WHERE k.round_id = r.id)), 0)",
                0, k.roundUid);
            if (!round)
                return round.takeError();
            if (*round == 0)
                continue;
            RB_TRY(m_ours.exec("INSERT INTO round_key (round_id, public_key, secret_key, created_at) VALUES (?1, ?2, "
                               "?3, ?4)",
                               *round, k.publicKey, k.secretKey, k.createdAt));
            ++m_report.added[QStringLiteral("round_key")];
        }
        return {};
    }

    /// Receipts are never taken from the other file: a receipt proves nothing without its package file. A package
    /// issued only there comes along when the round key's certificate over it verifies (it may then be merged
    /// here from its file); one without a valid certificate is held back. A package both files hold with different
    /// public keys means one of them was forged: the merge is refused.
    Status checkPackages()
    {
        Result<db::Statement> theirs = m_theirs.prepare(
            "SELECT p.uid, p.public_key, p.revision, e.code, e.uid, coalesce(p.digest, x''), p.status, r.uid, "
            "p.certificate, p.created_at FROM package p JOIN expert e ON e.id = p.expert_id JOIN round r ON r.id = "
            "e.round_id");
        if (!theirs)
            return theirs.takeError();
        Result<db::Statement> ours =
            m_ours.prepare("SELECT public_key, coalesce(digest, x''), status FROM package WHERE uid = ?1");
        if (!ours)
            return ours.takeError();
        Status status;
        RB_TRY(theirs->forEach([&](const db::Statement& r) {
            if (!status)
                return;
            ours->bind(1, r.text(0));
            Result<bool> found = ours->step();
            if (!found) {
                status = found.error();
                return;
            }
            if (!*found) {
                const QByteArray roundKey = m_roundKeys.value(r.text(7));
                const QByteArray message =
                    package::seal::certificateMessage(r.text(7), r.text(0), r.text(4), int(r.integer(2)), r.blob(1));
                if (!roundKey.isEmpty() && crypto::verify(message, r.blob(8), roundKey))
                    m_newPackages.append(
                        {r.text(0), r.text(4), r.text(7), int(r.integer(2)), r.blob(1), r.text(9), r.blob(8)});
                else
                    m_heldBackExperts.insert(r.text(4));
            } else if (ours->blob(0) != r.blob(1)) {
                status = Error::input(Tr::tr("%1 holds another public key for revision %2 of %3's package than this "
                                             "file: one of the two was forged. Nothing was merged.")
                                          .arg(m_otherName)
                                          .arg(r.integer(2))
                                          .arg(r.text(3)));
            } else if (!r.blob(5).isEmpty() && ours->blob(1) != r.blob(5)) {
                m_heldBackExperts.insert(r.text(4)); // merged there from another copy than here, or only there
            }
            ours->reset();
        }));
        RB_TRY(status);
        // Receipts the other file has and we do not: a package merged only there.
        Result<db::Statement> receipts = m_theirs.prepare(
            "SELECT p.uid, r.digest, e.uid FROM package_return r JOIN package p ON p.id = r.package_id JOIN expert "
            "e ON e.id = p.expert_id");
        if (!receipts)
            return receipts.takeError();
        return receipts->forEach([&](const db::Statement& r) {
            if (!status)
                return;
            Result<qint64> known = m_ours.scalar("SELECT count(*) FROM package_return x JOIN package p ON p.id = "
                                                 "x.package_id WHERE p.uid = ?1 AND x.digest = ?2",
                                                 0, r.text(0), r.blob(1));
            if (!known)
                status = known.error();
            else if (*known == 0)
                m_heldBackExperts.insert(r.text(2));
        });
    }

    /// Packages issued only in the other file, with a valid certificate: added as issued (or superseded when this
    /// file has a later revision); a revision both files issued separately is held back instead.
    Status addPackages()
    {
        RB_TRY(loadIds("expert"));
        for (const NewPackage& p : m_newPackages) {
            const qint64 expert = m_ourIds[QStringLiteral("expert")].value(p.expertUid);
            Result<QString> roundUid = m_ours.scalarText(
                "SELECT coalesce((SELECT r.uid FROM expert e JOIN round r ON r.id = e.round_id WHERE e.id = ?1), '')",
                expert);
            if (!roundUid)
                return roundUid.takeError();
            if (expert == 0 || *roundUid != p.roundUid) {
                m_heldBackExperts.insert(p.expertUid);
                continue;
            }
            Result<qint64> clash = m_ours.scalar("SELECT count(*) FROM package WHERE expert_id = ?1 AND revision = ?2",
                                                 0, expert, p.revision);
            Result<qint64> latest =
                m_ours.scalar("SELECT coalesce(max(revision), 0) FROM package WHERE expert_id = ?1", 0, expert);
            if (!clash || !latest)
                return clash ? latest.error() : clash.error();
            if (*clash > 0) {
                m_heldBackExperts.insert(p.expertUid);
                continue;
            }
            const bool newest = p.revision > *latest;
            if (newest)
                RB_TRY(m_ours.exec(
                    "UPDATE package SET status = 'superseded' WHERE expert_id = ?1 AND status != 'superseded'",
                    expert));
            RB_TRY(m_ours.exec("INSERT INTO package (uid, expert_id, revision, public_key, status, created_at, "
                               "certificate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               p.uid, expert, p.revision, p.publicKey,
                               newest ? QStringLiteral("issued") : QStringLiteral("superseded"), p.createdAt,
                               p.certificate));
            ++m_report.added[QStringLiteral("package")];
        }
        return {};
    }

    /// One entry per expert whose sealed work was not taken: what each file holds, and the files to merge.
    Status listHeldBack()
    {
        QStringList experts(m_heldBackExperts.begin(), m_heldBackExperts.end());
        experts.sort();
        const char* latest = "SELECT e.code, coalesce(p.revision, 0), coalesce(p.status, ''), (SELECT "
                             "group_concat(r.file_name, ', ') FROM package_return r WHERE r.package_id = p.id) FROM "
                             "expert e LEFT JOIN package p ON p.expert_id = e.id WHERE e.uid = ?1 ORDER BY p.revision "
                             "DESC LIMIT 1";
        for (const QString& expert : experts) {
            QString code;
            QString sides[2];
            db::Database* dbs[2] = {&m_ours, &m_theirs};
            for (int side = 0; side < 2; ++side) {
                Result<db::Statement> st = dbs[side]->prepare(latest);
                if (!st)
                    return st.takeError();
                st->bind(1, expert);
                Result<bool> row = st->step();
                if (!row)
                    return row.takeError();
                if (!*row) {
                    sides[side] = Tr::tr("no such expert");
                    continue;
                }
                code = code.isEmpty() ? st->text(0) : code;
                const qint64 revision = st->integer(1);
                const QString packageStatus = st->text(2);
                const QString files = st->text(3);
                if (revision == 0)
                    sides[side] = Tr::tr("no package");
                else if (files.isEmpty())
                    sides[side] = Tr::tr("revision %1 issued, not merged").arg(revision);
                else
                    sides[side] = Tr::tr("revision %1 merged from %2").arg(revision).arg(files);
                st->reset();
            }
            m_report.heldBack.append({QStringLiteral("package"), code, QStringLiteral("sealed"), sides[0], sides[1]});
        }
        return {};
    }

    Status loadIds(const char* table)
    {
        if (m_ourIds.contains(QLatin1String(table)))
            return {};
        QHash<QString, qint64>& ours = m_ourIds[QString::fromLatin1(table)];
        QHash<qint64, QString>& theirs = m_theirUids[QString::fromLatin1(table)];
        const std::string sql = std::string("SELECT id, uid FROM ") + table;
        Result<db::Statement> a = m_ours.prepare(sql);
        Result<db::Statement> b = m_theirs.prepare(sql);
        if (!a || !b)
            return a ? b.error() : a.error();
        RB_TRY(a->forEach([&](const db::Statement& r) { ours.insert(r.text(1), r.integer(0)); }));
        return b->forEach([&](const db::Statement& r) { theirs.insert(r.integer(0), r.text(1)); });
    }

    /// Their id in \a table as our id (through the uid), or nothing when we do not have that row.
    std::optional<qint64> translate(const char* table, const QVariant& theirId)
    {
        if (theirId.isNull())
            return std::nullopt;
        const QString uid = m_theirUids.value(QString::fromLatin1(table)).value(theirId.toLongLong());
        const auto& ours = m_ourIds.value(QString::fromLatin1(table));
        const auto it = ours.constFind(uid);
        return it == ours.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }

    void differ(const char* table, const QString& key, const QString& field, const QVariant& ours,
                const QVariant& theirs)
    {
        m_report.differences.append({QString::fromLatin1(table), key, field, display(ours), display(theirs)});
    }

    /// Settles a value the two files hold differently. When the histories cannot tell (Take::Ask) the value is
    /// listed, then taken from theirs under --prefer theirs, else kept and \a subject remembered as kept.
    /// Returns whether to write their value.
    bool settle(Take take, const char* table, const QString& key, const QString& field, const QVariant& ours,
                const QVariant& theirs, const QString& subject)
    {
        if (take != Take::Ask)
            return take == Take::Theirs;
        differ(table, key, field, ours, theirs);
        if (m_prefer != Prefer::Theirs) {
            m_keptOurs.insert(subject);
            return false;
        }
        ++m_report.takenFromTheirs;
        return true;
    }

    Status mergeTable(const Spec& spec)
    {
        RB_TRY(loadIds(spec.table));
        for (const Ref& r : spec.refs)
            RB_TRY(loadIds(r.table));
        QStringList columns;
        for (const char* c : spec.columns)
            columns << QString::fromLatin1(c);
        for (const Ref& r : spec.refs)
            columns << QString::fromLatin1(r.column);
        const QString list = columns.join(QStringLiteral(", "));
        const QString table = QString::fromLatin1(spec.table);
        Result<db::Statement> theirs =
            m_theirs.prepare(QStringLiteral("SELECT uid, %1 FROM %2").arg(list, table).toStdString());
        if (!theirs)
            return theirs.takeError();
        QList<std::pair<QString, QVariantList>> rows;
        RB_TRY(theirs->forEach([&](const db::Statement& r) {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i)
                values << r.value(i + 1);
            rows.append({r.text(0), values});
        }));
        const qsizetype plain = spec.columns.size();
        // (uid, self-reference column, their id) fixed after every row exists
        QList<std::tuple<QString, QString, QVariant>> selfRefs;
        for (auto& [uid, values] : rows) {
            const QString key = spec.codeColumn ? values[columnIndex(spec, spec.codeColumn)].toString() : uid;
            bool missingRef = false;
            for (qsizetype i = 0; i < spec.refs.size(); ++i) {
                QVariant& v = values[plain + i];
                if (QLatin1String(spec.refs[i].table) == QLatin1String(spec.table)) {
                    selfRefs.append({uid, QString::fromLatin1(spec.refs[i].column), v});
                    v = QVariant();
                    continue;
                }
                const std::optional<qint64> mapped = translate(spec.refs[i].table, v);
                if (!v.isNull() && !mapped)
                    missingRef = true;
                v = mapped ? QVariant(*mapped) : QVariant();
            }
            if (missingRef)
                continue; // what it belongs to was not merged (listed already)
            const auto existing = m_ourIds[table].constFind(uid);
            if (existing != m_ourIds[table].constEnd()) {
                RB_TRY(compare(spec, columns, uid, key, *existing, values, plain));
                continue;
            }
            if (m_ourDeleted.contains(uid))
                continue; // removed here since the copies split: their copy does not bring it back
            if (QLatin1String(spec.table) == QLatin1String("committee_member")) {
                // The same person added on both sides: one member (names are unique in a round's committee).
                Result<qint64> same = m_ours.scalar(
                    "SELECT coalesce((SELECT id FROM committee_member WHERE round_id = ?1 AND name = ?2), 0)", 0,
                    values[plain].toLongLong(), values[columnIndex(spec, "name")].toString());
                if (!same)
                    return same.takeError();
                if (*same) {
                    m_ourIds[table].insert(uid, *same);
                    continue;
                }
            }
            if (QLatin1String(spec.table) == QLatin1String("applicant")) {
                // The same organisation entered on both sides: one applicant, matched by credit code.
                const QString code = values[columnIndex(spec, "credit_code")].toString();
                Result<qint64> same = m_ours.scalar("SELECT id FROM applicant WHERE credit_code = ?1", 0, code);
                if (!same)
                    return same.takeError();
                if (!code.isEmpty() && *same) {
                    m_ourIds[table].insert(uid, *same);
                    continue;
                }
            }
            if (QLatin1String(spec.table) == QLatin1String("assignment") && m_sealedTheirs.contains(uid)) {
                // Sealed there: the pair arrives, its sealed state and scores only with the package file.
                values[columnIndex(spec, "status")] = QStringLiteral("assigned");
                values[columnIndex(spec, "source")] = QVariant();
                values[columnIndex(spec, "entered_by")] = QVariant();
                values[columnIndex(spec, "submitted_at")] = QVariant();
                holdBack(uid);
            }
            QStringList marks;
            for (int i = 0; i <= columns.size(); ++i)
                marks << QStringLiteral("?%1").arg(i + 1);
            Result<db::Statement> insert = m_ours.prepare(QStringLiteral("INSERT INTO %1 (uid, %2) VALUES (%3)")
                                                              .arg(table, list, marks.join(QStringLiteral(", ")))
                                                              .toStdString());
            if (!insert)
                return insert.takeError();
            insert->bind(1, uid);
            for (int i = 0; i < values.size(); ++i)
                insert->bind(i + 2, values[i]);
            if (Status s = insert->run(); !s) {
                if (s.error().kind != ErrorKind::Input)
                    return s;
                differ(spec.table, key, Tr::tr("(new row)"), Tr::tr("this code is already used by another row"), key);
                continue;
            }
            m_ourIds[table].insert(uid, m_ours.lastInsertId());
            ++m_report.added[table];
        }
        for (const auto& [uid, column, theirParent] : selfRefs) {
            const std::optional<qint64> parent = translate(spec.table, theirParent);
            if (!theirParent.isNull() && parent)
                RB_TRY(m_ours.exec(QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE uid = ?1 AND %2 IS NULL")
                                       .arg(table, column)
                                       .toStdString(),
                                   uid, *parent));
        }
        return {};
    }

    Status compare(const Spec& spec, const QStringList& columns, const QString& uid, const QString& key, qint64 ourId,
                   const QVariantList& theirs, qsizetype plain)
    {
        const QString table = QString::fromLatin1(spec.table);
        Result<db::Statement> st = m_ours.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1")
                                                      .arg(columns.join(QStringLiteral(", ")), table)
                                                      .toStdString());
        if (!st)
            return st.takeError();
        st->bind(1, ourId);
        Result<bool> row = st->step();
        if (!row || !*row)
            return row ? Status() : Status(row.error());
        QVariantList ours;
        for (int i = 0; i < columns.size(); ++i)
            ours << st->value(i);
        st->reset();
        if (table == QLatin1String("assignment") && sealed(uid)) {
            // Sealed on either side: the state stays ours, whatever the other file or its log says.
            // Both sealed: each came through a verified package (a different copy shows in the package's digest).
            if (ours != theirs && m_sealedTheirs.contains(uid) && !m_sealedOurs.contains(uid))
                holdBack(uid);
            m_assignmentTake.insert(uid, Take::Ours);
            return {};
        }
        // A status that only moves forward settles the row when the history does not: the further side wins.
        const int ourProgress = progress(spec, ours);
        const int theirProgress = progress(spec, theirs);
        Take byProgress = Take::Ask;
        if (ourProgress >= 0 && theirProgress >= 0 && ourProgress != theirProgress)
            byProgress = theirProgress > ourProgress ? Take::Theirs : Take::Ours;
        bool updated = false;
        bool asked = false;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i >= plain && theirs[i].isNull())
                continue; // a self reference, fixed separately
            if (ours[i] == theirs[i] || (ours[i].isNull() && theirs[i].isNull()))
                continue;
            Take take = decideField(uid, columns[i]);
            if (take == Take::Ask)
                take = byProgress;
            if (table == QLatin1String("application") && columns[i] == QLatin1String("state") && take != Take::Ours) {
                // A state travels only with what justifies it: their latest event leads to it, and a state the
                // committee decides comes with the concluded case that decided it.
                Result<bool> justified = justifiedState(uid, theirs[i].toString());
                if (!justified)
                    return justified.takeError();
                if (!*justified) {
                    differ(spec.table, key, columns[i], ours[i],
                           Tr::tr("%1 (nothing in %2 justifies it)").arg(display(theirs[i]), m_otherName));
                    m_keptOurs.insert(uid);
                    asked = true;
                    continue;
                }
            }
            asked = asked || take == Take::Ask;
            if (settle(take, spec.table, key, columns[i], ours[i], theirs[i], uid)) {
                RB_TRY(m_ours.exec(
                    QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE id = ?1").arg(table, columns[i]).toStdString(), ourId,
                    theirs[i]));
                updated = updated || take == Take::Theirs;
            }
        }
        if (updated)
            ++m_report.updated[table];
        if (table == QLatin1String("assignment") && (updated || asked || byProgress != Take::Ask))
            m_assignmentTake.insert(uid, asked ? Take::Ask : (updated ? Take::Theirs : Take::Ours));
        return {};
    }

    /// Whether their file justifies application \a uid being in \a state.
    Result<bool> justifiedState(const QString& uid, const QString& state)
    {
        Result<QString> latest = m_theirs.scalarText(
            "SELECT coalesce((SELECT e.to_state FROM workflow_event e JOIN application a ON a.id = e.application_id "
            "WHERE a.uid = ?1 ORDER BY e.at DESC, e.id DESC LIMIT 1), '')",
            uid);
        if (!latest)
            return latest.takeError();
        if (*latest != state)
            return false;
        // The states a conclusion decides carry the conclusion's key.
        if (!labels::conclusion(state))
            return true;
        Result<qint64> cases = m_theirs.scalar("SELECT count(*) FROM deliberation_case c JOIN application a ON a.id = "
                                               "c.application_id WHERE a.uid = ?1 AND c.conclusion = ?2",
                                               0, uid, state);
        if (!cases)
            return cases.takeError();
        return *cases > 0;
    }

    /// Rows keyed by the rows they join: added when missing here, settled like any row when both differ.
    Status mergeLinkTable(const LinkSpec& spec)
    {
        for (const Ref& r : spec.keys)
            RB_TRY(loadIds(r.table));
        QStringList keyColumns;
        for (const Ref& r : spec.keys)
            keyColumns << QString::fromLatin1(r.column);
        if (spec.keyColumn)
            keyColumns << QString::fromLatin1(spec.keyColumn);
        QStringList columns;
        for (const char* c : spec.columns)
            columns << QString::fromLatin1(c);
        const QString table = QString::fromLatin1(spec.table);
        const QStringList all = keyColumns + columns;
        Result<db::Statement> theirs = m_theirs.prepare(
            QStringLiteral("SELECT %1 FROM %2").arg(all.join(QStringLiteral(", ")), table).toStdString());
        if (!theirs)
            return theirs.takeError();
        struct Row {
            QVariantList keys; ///< our ids (and the own key column)
            QString subject;   ///< the uid of the first row it joins (its history settles differences)
            QString display;
            QVariantList values;
        };
        QList<Row> rows;
        RB_TRY(theirs->forEach([&](const db::Statement& r) {
            Row row;
            QStringList shown;
            for (qsizetype i = 0; i < spec.keys.size(); ++i) {
                const std::optional<qint64> mapped = translate(spec.keys[i].table, r.value(int(i)));
                if (!mapped)
                    return; // what it joins was not merged (listed already)
                row.keys << *mapped;
                const QString uid = m_theirUids.value(QString::fromLatin1(spec.keys[i].table)).value(r.integer(int(i)));
                if (i == 0)
                    row.subject = uid;
                shown << uid.left(8);
            }
            if (spec.keyColumn) {
                row.keys << r.value(int(spec.keys.size()));
                shown << r.text(int(spec.keys.size()));
                if (spec.keys.isEmpty())
                    row.subject = QStringLiteral("%1:%2").arg(table, r.text(0));
            }
            row.display = shown.join(QLatin1Char('/'));
            for (qsizetype i = 0; i < columns.size(); ++i)
                row.values << r.value(int(keyColumns.size() + i));
            rows.append(row);
        }));
        QStringList where;
        for (qsizetype i = 0; i < keyColumns.size(); ++i)
            where << QStringLiteral("%1 = ?%2").arg(keyColumns[i]).arg(i + 1);
        const QString condition = where.join(QStringLiteral(" AND "));
        Result<db::Statement> ours = m_ours.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                .arg(columns.isEmpty() ? QStringLiteral("1") : columns.join(QStringLiteral(", ")), table, condition)
                .toStdString());
        if (!ours)
            return ours.takeError();
        QStringList marks;
        for (qsizetype i = 0; i < all.size(); ++i)
            marks << QStringLiteral("?%1").arg(i + 1);
        Result<db::Statement> insert =
            m_ours.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                               .toStdString());
        if (!insert)
            return insert.takeError();
        for (const Row& row : std::as_const(rows)) {
            for (qsizetype i = 0; i < row.keys.size(); ++i)
                ours->bind(int(i + 1), row.keys[i]);
            Result<bool> found = ours->step();
            if (!found)
                return found.takeError();
            if (!*found) {
                ours->reset();
                const QVariantList values = row.keys + row.values;
                for (qsizetype i = 0; i < values.size(); ++i)
                    insert->bind(int(i + 1), values[i]);
                RB_TRY(insert->run());
                insert->reset();
                ++m_report.added[table];
                continue;
            }
            QVariantList mine;
            for (qsizetype i = 0; i < columns.size(); ++i)
                mine << ours->value(int(i));
            ours->reset();
            bool updated = false;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (mine[i] == row.values[i] || (mine[i].isNull() && row.values[i].isNull()))
                    continue;
                if (!settle(decideRow(row.subject), spec.table, row.display, columns[i], mine[i], row.values[i],
                            row.subject))
                    continue;
                Result<db::Statement> update = m_ours.prepare(QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE %4")
                                                                  .arg(table, columns[i])
                                                                  .arg(keyColumns.size() + 1)
                                                                  .arg(condition)
                                                                  .toStdString());
                if (!update)
                    return update.takeError();
                for (qsizetype k = 0; k < row.keys.size(); ++k)
                    update->bind(int(k + 1), row.keys[k]);
                update->bind(int(keyColumns.size() + 1), row.values[i]);
                RB_TRY(update->run());
                updated = true;
            }
            if (updated)
                ++m_report.updated[table];
        }
        return {};
    }

    Status mergeLinks()
    {
        for (const LinkSpec& spec : linkSpecs())
            RB_TRY(mergeLinkTable(spec));
        // Applicants of applications we did not have come with them; differing lists are listed.
        Result<db::Statement> st =
            m_theirs.prepare("SELECT a.uid, p.uid, aa.position FROM application_applicant aa JOIN "
                             "application a ON a.id = aa.application_id JOIN applicant p ON p.id = "
                             "aa.applicant_id");
        if (!st)
            return st.takeError();
        Status status;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            if (!status)
                return;
            const auto& apps = m_ourIds[QStringLiteral("application")];
            const auto& applicants = m_ourIds[QStringLiteral("applicant")];
            const auto app = apps.constFind(r.text(0));
            const auto applicant = applicants.constFind(r.text(1));
            if (app != apps.constEnd() && applicant != applicants.constEnd())
                status =
                    m_ours.exec("INSERT OR IGNORE INTO application_applicant (application_id, applicant_id, position) "
                                "VALUES (?1, ?2, ?3)",
                                app.value(), applicant.value(), r.integer(2));
        }));
        return status;
    }

    Status mergeSettings()
    {
        Result<db::Statement> st =
            m_theirs.prepare("SELECT r.uid, s.key, s.value FROM round_setting s JOIN round r ON r.id = s.round_id");
        if (!st)
            return st.takeError();
        Status status;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            if (!status)
                return;
            const auto mapped = m_ourIds[QStringLiteral("round")].constFind(r.text(0));
            if (mapped == m_ourIds[QStringLiteral("round")].constEnd())
                return; // a round that was not merged (its code is taken here: listed already)
            const qint64 round = *mapped;
            Result<QString> ours =
                m_ours.scalarText("SELECT value FROM round_setting WHERE round_id = ?1 AND key = ?2", round, r.text(1));
            Result<qint64> present = m_ours.scalar(
                "SELECT count(*) FROM round_setting WHERE round_id = ?1 AND key = ?2", 0, round, r.text(1));
            if (!ours || !present) {
                status = ours ? present.error() : ours.error();
                return;
            }
            if (!*present) {
                status = m_ours.exec("INSERT INTO round_setting (round_id, key, value) VALUES (?1, ?2, ?3)", round,
                                     r.text(1), r.text(2));
                ++m_report.added[QStringLiteral("round_setting")];
            } else if (*ours != r.text(2)) {
                const QString subject = QStringLiteral("setting:%1:%2").arg(r.text(0), r.text(1));
                const Take take = decideRow(subject);
                if (settle(take, "round_setting", r.text(1), QStringLiteral("value"), *ours, r.text(2), subject)) {
                    status = m_ours.exec("UPDATE round_setting SET value = ?3 WHERE round_id = ?1 AND key = ?2", round,
                                         r.text(1), r.text(2));
                    if (take == Take::Theirs)
                        ++m_report.updated[QStringLiteral("round_setting")];
                }
            }
        }));
        return status;
    }

    /// Scores are keyed by (assignment uid, criterion uid).
    Status mergeScores()
    {
        Result<db::Statement> st =
            m_theirs.prepare("SELECT s.uid, c.uid, e.code || '/' || a.code || '/' || c.code, "
                             "sc.value, sc.comment FROM score sc JOIN assignment s ON s.id = "
                             "sc.assignment_id JOIN criterion c ON c.id = sc.criterion_id JOIN expert "
                             "e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id");
        if (!st)
            return st.takeError();
        Status status;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            if (!status)
                return;
            const auto& assignments = m_ourIds[QStringLiteral("assignment")];
            const auto& criteria = m_ourIds[QStringLiteral("criterion")];
            if (!assignments.contains(r.text(0)) || !criteria.contains(r.text(1)))
                return;
            if (sealed(r.text(0))) {
                // A sealed score travels only in its package file.
                if (m_sealedTheirs.contains(r.text(0)) && !m_sealedOurs.contains(r.text(0)))
                    holdBack(r.text(0));
                return;
            }
            const qint64 a = assignments[r.text(0)];
            const qint64 c = criteria[r.text(1)];
            Result<db::Statement> mine =
                m_ours.prepare("SELECT value, comment FROM score WHERE assignment_id = ?1 AND criterion_id = ?2");
            if (!mine) {
                status = mine.error();
                return;
            }
            mine->bindAll(a, c);
            Result<bool> found = mine->step();
            if (!found) {
                status = found.error();
                return;
            }
            if (!*found) {
                mine->reset();
                status = m_ours.exec(
                    "INSERT INTO score (assignment_id, criterion_id, value, comment) VALUES (?1, ?2, ?3, ?4)", a, c,
                    r.real(3), r.value(4));
                ++m_report.added[QStringLiteral("score")];
                return;
            }
            const double ourValue = mine->real(0);
            mine->reset();
            if (ourValue != r.real(3)) {
                // Scores go with their assignment: the side whose assignment (or package) moved on has them.
                const Take take = m_assignmentTake.value(r.text(0), decideRow(r.text(0)));
                if (settle(take, "score", r.text(2), QStringLiteral("value"), ourValue, r.real(3), r.text(0))) {
                    status = m_ours.exec("UPDATE score SET value = ?3, comment = ?4 WHERE assignment_id = ?1 AND "
                                         "criterion_id = ?2",
                                         a, c, r.real(3), r.value(4));
                    if (take == Take::Theirs)
                        ++m_report.updated[QStringLiteral("score")];
                }
            }
        }));
        return status;
    }

    Status mergeOpinions()
    {
        Result<db::Statement> st =
            m_theirs.prepare("SELECT s.uid, o.strengths, o.problems, o.recommendation FROM opinion o "
                             "JOIN assignment s ON s.id = o.assignment_id");
        if (!st)
            return st.takeError();
        Status status;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            const auto& assignments = m_ourIds[QStringLiteral("assignment")];
            if (!status || !assignments.contains(r.text(0)))
                return;
            if (sealed(r.text(0))) {
                if (m_sealedTheirs.contains(r.text(0)) && !m_sealedOurs.contains(r.text(0)))
                    holdBack(r.text(0));
                return;
            }
            status = m_ours.exec("INSERT OR IGNORE INTO opinion (assignment_id, strengths, problems, recommendation) "
                                 "VALUES (?1, ?2, ?3, ?4)",
                                 assignments[r.text(0)], r.text(1), r.text(2), r.value(3));
        }));
        return status;
    }

    /// Paper sheets typed on the other copy (double entry may be half done there): keyed by assignment,
    /// criterion and who typed it.
    Status mergePaperEntries()
    {
        Result<db::Statement> st =
            m_theirs.prepare("SELECT s.uid, c.uid, p.entered_by, p.value, p.comment, p.entered_at, "
                             "e.code || '/' || a.code || '/' || c.code FROM paper_entry p JOIN "
                             "assignment s ON s.id = p.assignment_id JOIN criterion c ON c.id = "
                             "p.criterion_id JOIN expert e ON e.id = s.expert_id JOIN application a "
                             "ON a.id = s.application_id");
        if (!st)
            return st.takeError();
        Status status;
        RB_TRY(st->forEach([&](const db::Statement& r) {
            const auto& assignments = m_ourIds[QStringLiteral("assignment")];
            const auto& criteria = m_ourIds[QStringLiteral("criterion")];
            if (!status || !assignments.contains(r.text(0)) || !criteria.contains(r.text(1)))
                return;
            if (sealed(r.text(0))) {
                holdBack(r.text(0)); // paper entry over sealed scores is refused here too
                return;
            }
            const qint64 a = assignments[r.text(0)];
            const qint64 c = criteria[r.text(1)];
            Result<db::Statement> mine = m_ours.prepare(
                "SELECT value FROM paper_entry WHERE assignment_id = ?1 AND criterion_id = ?2 AND entered_by = ?3");
            if (!mine) {
                status = mine.error();
                return;
            }
            mine->bindAll(a, c, r.text(2));
            Result<bool> found = mine->step();
            if (!found) {
                status = found.error();
                return;
            }
            const std::optional<double> ours = *found ? std::optional<double>(mine->real(0)) : std::nullopt;
            mine->reset();
            if (!ours) {
                status =
                    m_ours.exec("INSERT INTO paper_entry (assignment_id, criterion_id, entered_by, value, comment, "
                                "entered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                a, c, r.text(2), r.real(3), r.text(4), r.text(5));
                ++m_report.added[QStringLiteral("paper_entry")];
            } else if (*ours != r.real(3)) {
                differ("paper_entry", r.text(6) + QLatin1Char(' ') + r.text(2), QStringLiteral("value"), *ours,
                       r.real(3));
            }
        }));
        return status;
    }

    db::Database& m_ours;
    db::Database& m_theirs;
    QString m_otherName; ///< the other file's name, for messages
    Prefer m_prefer;
    DatabaseMergeReport& m_report;
    QHash<QString, QHash<QString, qint64>> m_ourIds;
    QHash<QString, QHash<qint64, QString>> m_theirUids;
    History m_ourHistory;
    History m_theirHistory;
    QList<LogEntry> m_theirEntries;                        ///< their audit entries we did not have
    QHash<QString, QStringList> m_ourPackageAssignments;   ///< package uid -> its expert's assignment uids
    QHash<QString, QStringList> m_theirPackageAssignments; ///< the same in their file
    QHash<QString, Take> m_assignmentTake;   ///< assignment uid -> the side its differing row was settled for
    QSet<QString> m_keptOurs;                ///< subjects with a listed difference that kept our value
    QSet<QString> m_ourDeleted;              ///< uids of rows deleted here since the copies split
    QSet<QString> m_sealedOurs;              ///< assignment uids whose scores came sealed, here
    QSet<QString> m_sealedTheirs;            ///< the same in their file
    QHash<QString, QString> m_theirExpertOf; ///< their assignment uid -> expert uid
    QSet<QString> m_heldBackExperts;         ///< expert uids with sealed work not taken
    QHash<QString, QByteArray> m_roundKeys;  ///< round uid -> the secretariat's public key (ours, else theirs)
    struct NewRoundKey {
        QString roundUid;
        QByteArray publicKey, secretKey;
        QString createdAt;
    };
    QList<NewRoundKey> m_newRoundKeys; ///< keys only the other file has
    struct NewPackage {
        QString uid, expertUid, roundUid;
        int revision;
        QByteArray publicKey;
        QString createdAt;
        QByteArray certificate;
    };
    QList<NewPackage> m_newPackages; ///< packages issued only there, certified by the round key
};

} // namespace

Result<DatabaseMergeReport> mergeDatabase(db::Database& db, const QString& otherPath, Prefer prefer)
{
    Result<std::unique_ptr<db::Database>> other = db::schema::openSnapshot(otherPath);
    if (!other)
        return other.takeError();
    RB_VALUE(const QString ourFile, db.scalarText("SELECT value FROM meta WHERE key = 'file_uid'"));
    RB_VALUE(const QString theirFile, (*other)->scalarText("SELECT value FROM meta WHERE key = 'file_uid'"));
    if (theirFile == ourFile && QFileInfo(otherPath).canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath())
        return Error::usage(Tr::tr("%1 is this very file").arg(otherPath));
    DatabaseMergeReport report;
    Result<QString> saved = backup(db, QStringLiteral("before-merge"));
    if (!saved)
        return saved.takeError();
    report.backupPath = *saved;
    db::Transaction tx(db);
    RB_TRY(tx.status());
    Merger merger(db, **other, QFileInfo(otherPath).fileName(), prefer, report);
    RB_TRY(merger.run());
    QJsonObject added;
    for (auto it = report.added.constBegin(); it != report.added.constEnd(); ++it)
        added.insert(it.key(), it.value());
    QJsonObject updated;
    for (auto it = report.updated.constBegin(); it != report.updated.constEnd(); ++it)
        updated.insert(it.key(), it.value());
    RB_TRY(AuditLog(db).record(std::nullopt, QStringLiteral("merge"), QStringLiteral("database"), QString(),
                               QFileInfo(otherPath).fileName(),
                               QJsonObject{{QStringLiteral("added"), added},
                                           {QStringLiteral("updated"), updated},
                                           {QStringLiteral("differences"), int(report.differences.size())},
                                           {QStringLiteral("held_back"), int(report.heldBack.size())},
                                           {QStringLiteral("taken_from_theirs"), report.takenFromTheirs}}));
    RB_TRY(tx.commit());
    return report;
}

} // namespace rb::merge
