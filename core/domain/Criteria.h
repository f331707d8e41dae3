// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rb {

/// A scoring band (评分档次), e.g. 优 from 85 to 100 percent of the criterion's maximum.
struct Band {
    QString label;
    double fromPercent = 0;
    double toPercent = 0;
    friend bool operator==(const Band&, const Band&) = default;
};

namespace bands {
/// The usual four bands: 优 100–85, 良 85–60, 中 60–40, 差 40–0 (percent of the maximum).
inline const QString kDefault = QStringLiteral("优:85-100;良:60-85;中:40-60;差:0-40");
/// Parses "优:85-100;良:60-85" (also with "；", "，" or "," between bands).
Result<QList<Band>> parse(const QString& text);
QString format(const QList<Band>& bands);
/// The band a score falls in (ranges include their upper bound; the top band includes 100 %).
std::optional<int> indexOf(const QList<Band>& bands, double score, double maxPoints);
} // namespace bands

enum class CriterionKind { Points, Veto };

namespace criterionkind {
QString key(CriterionKind kind);                         ///< "points" / "veto"
std::optional<CriterionKind> parse(const QString& text); ///< also 分值, 否决, 一票否决 ...
} // namespace criterionkind

struct Criterion;

/// Why \a value cannot be a score for \a criterion (empty = it can): 0..max in whole or half points, or
/// 0/1 for a veto item. The one rule for the expert's form, paper entry and the master's check of returns.
QString scoreProblem(const Criterion& criterion, double value);

/// One row of the criteria tree (评价指标).
struct Criterion {
    qint64 id = 0;
    QString uid;
    QString code;
    QString name;
    QString parentCode; ///< empty for first-level criteria
    CriterionKind kind = CriterionKind::Points;
    std::optional<double> maxPoints; ///< leaves of kind points; may be given on parents (checked)
    QString guidance;
    QString bands; ///< canonical band text, empty = the round's default
    friend bool operator==(const Criterion&, const Criterion&) = default;
};

/// The criteria of a round as a tree held in pre-order (parents before children, siblings in order).
class CriteriaTree {
public:
    CriteriaTree() = default;
    /// Arranges \a items in tree order (keeping sibling order). Items must already be valid.
    explicit CriteriaTree(QList<Criterion> items);

    /// Checks a flat list as it would be imported: codes unique and non-empty, parents known,
    /// no cycles, veto items are leaves without points, points leaves have a maximum,
    /// a parent's given maximum equals its children's sum, points leaves sum to 100.
    /// \a rows gives the file row of each item for the messages (may be empty).
    enum class SumRule { Check, Skip };
    static QList<Issue> validate(const QList<Criterion>& items, const QList<int>& rows = {},
                                 const QString& fileName = {}, SumRule sumRule = SumRule::Check);

    [[nodiscard]] const QList<Criterion>& items() const { return m_items; }
    [[nodiscard]] qsizetype size() const { return m_items.size(); }
    [[nodiscard]] const Criterion* find(const QString& code) const;
    [[nodiscard]] QList<const Criterion*> children(const QString& parentCode) const;
    [[nodiscard]] bool isLeaf(const QString& code) const;
    [[nodiscard]] int depth(const QString& code) const;
    /// A leaf's maximum, or the sum of a parent's points leaves.
    [[nodiscard]] double maxPoints(const QString& code) const;
    /// Sum of the maxima of all points leaves (must be 100).
    [[nodiscard]] double leafSum() const;
    /// Leaves in tree order (the rows an expert scores).
    [[nodiscard]] QList<const Criterion*> leaves() const;

private:
    QList<Criterion> m_items;
    QHash<QString, qsizetype> m_index;
};

} // namespace rb
