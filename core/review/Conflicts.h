// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <QString>

#include <optional>

namespace rb {

/// A conflict of interest (回避) between an expert and an application.
struct Conflict {
    enum class Type { Organisation, Province, Declared, SelfDeclared, Discovered, Possible };
    qint64 expertId = 0;
    qint64 applicationId = 0;
    QString expertCode;
    QString applicationCode;
    Type type = Type::Declared;
    QString reason;
    QString uid; ///< stored conflicts only (detected ones are computed from the rosters)

    [[nodiscard]] bool detected() const
    {
        return type == Type::Organisation || type == Type::Province || type == Type::Possible;
    }
};

namespace conflicttype {
/// "organisation", "province", "declared", "self_declared", "discovered", "possible"
QString key(Conflict::Type type);
std::optional<Conflict::Type> fromKey(const QString& key);
QString displayName(Conflict::Type type);
} // namespace conflicttype

/// Fast lookup of conflicted (expert, application) pairs.
class ConflictSet {
public:
    void add(qint64 expertId, qint64 applicationId) { m_pairs.insert(key(expertId, applicationId)); }
    [[nodiscard]] bool contains(qint64 expertId, qint64 applicationId) const
    {
        return m_pairs.contains(key(expertId, applicationId));
    }
    [[nodiscard]] qsizetype size() const { return m_pairs.size(); }

private:
    static quint64 key(qint64 e, qint64 a) { return (quint64(e) << 32) ^ quint64(a); }
    QSet<quint64> m_pairs;
};

/// The conflicts of a round: those found from the rosters (the expert works for the applicant, matched by
/// credit code and by normalised organisation name; optionally the same province) and those declared by the
/// secretariat or the expert. A name match where both credit codes are known and differ is a *possible*
/// conflict: one roster probably holds a typo. It counts like any conflict (never assigned) and is listed for
/// the secretariat to check, until a corrected roster makes it either a conflict by code or no match.
class ConflictService {
public:
    ConflictService(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

    /// Every conflict, ordered by expert and application code.
    Result<QList<Conflict>> all();
    /// Just the pairs, for assignment.
    Result<ConflictSet> pairs();
    /// The pairs of one application (its detail: the roster is matched against its applicants only).
    Result<ConflictSet> pairsOf(qint64 applicationId);

    /// Records a declared conflict (audited). An active assignment of the pair becomes void with the
    /// reason: the expert's scores for it no longer count. Call inside a transaction.
    Status declare(qint64 expertId, qint64 applicationId, Conflict::Type type, const QString& reason);
    /// Voids every active assignment whose pair has a conflict, keeping the reason: a conflict found
    /// after assigning (a roster changed, a rule was turned on) never reaches the expert and scores
    /// already given for it no longer count. Audited. Call inside a transaction. Returns how many.
    Result<int> reconcile();
    /// Removes a stored conflict by uid (audited); a voided assignment is not restored.
    Status remove(const QString& uid);
    /// The uid of the stored conflict of a pair and type, or empty.
    Result<QString> storedUid(qint64 expertId, qint64 applicationId, Conflict::Type type);

private:
    /// Conflicts found in the rosters, of every application or of \a onlyApplication.
    Result<QList<Conflict>> detect(std::optional<qint64> onlyApplication = std::nullopt);
    Result<QList<Conflict>> stored();

    db::Database& m_db;
    Round m_round;
};

} // namespace rb
