// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "domain/Round.h"
#include "storage/Database.h"

#include <QHash>

#include <memory>

namespace rb::package {

/// Who and what a package is for.
struct Info {
    QString packageUid;
    QString masterFileUid;
    QString roundUid;
    QString roundCode;
    QString roundTitle;
    Category category = Category::Scenario;
    int year = 0;
    QString expertUid;
    QString expertCode;
    QString expertName;
    int revision = 0;
    bool submitted = false;
    QString submittedAt;
    QByteArray roundPublicKey; ///< the secretariat's key that sealed what the package brought
    QString roundFingerprint;  ///< of that key, to compare with the code letter
};

/// An application assigned to the expert.
struct Item {
    QString uid;
    QString code;
    QString title;
    QString applicants;
    QString province;
    QString sector;
};

struct ScoreEntry {
    std::optional<double> value;
    QString comment;
};

struct Opinion {
    QString strengths;
    QString problems;
    QString recommendation; ///< "", recommend, not_recommend, revise
    bool handedBack = false;
    QString handbackReason;
    friend bool operator==(const Opinion&, const Opinion&) = default;
};

enum class ItemState { NotStarted, InProgress, Complete, HandedBack, Submitted };

/// What stops a submission: where (application and criterion) and why.
struct Missing {
    QString applicationCode;
    QString criterionCode;
    QString message;
};

struct DossierFile {
    QString uid;
    QString fileName;
    QString mediaType;
};

/// An expert's review package, opened for scoring. Every change is written at once in its own
/// transaction (autosave); a submitted package refuses changes.
///
/// Opening checks the secretariat's issue seal with the round key the package carries and refuses a package
/// changed after it was issued. unlock() with the expert's access code then proves that round key (the code
/// holder's box holds it), opens the signing key (until submission) and the dossiers; the keys stay in memory
/// only and are wiped when the package is closed.
class Package {
public:
    static Result<std::unique_ptr<Package>> open(const QString& path, bool readOnly = false);
    ~Package();

    /// Unlocks the package with its access code (as typed: case, spaces and dashes do not matter). A wrong code
    /// is an Input error and changes nothing.
    Status unlock(const QString& accessCode);
    [[nodiscard]] bool unlocked() const { return !m_contentKey.isEmpty(); }

    [[nodiscard]] const Info& info() const { return m_info; }
    [[nodiscard]] const CriteriaTree& criteria() const { return m_criteria; }
    [[nodiscard]] const QList<Item>& items() const { return m_items; }
    [[nodiscard]] const Item* item(const QString& uid) const;
    [[nodiscard]] const Item* itemByCode(const QString& code) const;
    [[nodiscard]] QString setting(const QString& key) const;
    [[nodiscard]] QList<Band> bandsOf(const Criterion& criterion) const;
    [[nodiscard]] db::Database& db() { return *m_db; }
    [[nodiscard]] QString path() const { return m_db->path(); }

    Result<QHash<QString, ScoreEntry>> scores(const QString& itemUid); ///< keyed by criterion uid
    Result<Opinion> opinion(const QString& itemUid);
    Result<ItemState> state(const QString& itemUid);
    /// Sum of the points leaves scored so far.
    Result<double> total(const QString& itemUid);

    /// Checks a value for a leaf: 0..max in half points, or 0/1 for a veto item. Empty = fine.
    [[nodiscard]] QString checkValue(const Criterion& criterion, double value) const;
    /// Whether the round requires a comment for \a value on \a criterion.
    [[nodiscard]] bool commentRequired(const Criterion& criterion, std::optional<double> value) const;

    Status setScore(const QString& itemUid, const QString& criterionUid, std::optional<double> value);
    Status setComment(const QString& itemUid, const QString& criterionUid, const QString& comment);
    Status setOpinion(const QString& itemUid, const Opinion& opinion);
    /// The expert declares a conflict: the application goes back to the secretariat unscored.
    Status handBack(const QString& itemUid, const QString& reason);
    Status withdrawHandBack(const QString& itemUid);

    /// Everything that must be filled before submitting (empty = ready).
    Result<QList<Missing>> missing();
    /// Validates, seals (signs the content with the key unlock() opened, then destroys that key in the file and
    /// in memory) and locks the package.
    Status submit();

    Result<QList<DossierFile>> dossiers(const QString& itemUid);
    /// The dossier's bytes, decrypted (the package must be unlocked) and checked against the hash the
    /// secretariat sealed.
    Result<QByteArray> dossierContent(const QString& dossierUid);

private:
    explicit Package(std::unique_ptr<db::Database> db);
    Status load();
    Status checkIssueSeal();
    Status ensureOpen() const;
    [[nodiscard]] Error changedAfterIssue() const;

    std::unique_ptr<db::Database> m_db;
    QByteArray m_contentKey; ///< derived from the access code; empty while locked
    QByteArray m_signingKey; ///< the expert's secret key, until submission
    Info m_info;
    CriteriaTree m_criteria;
    QList<Item> m_items;
    QHash<QString, QString> m_settings;
};

} // namespace rb::package
