// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Criteria.h"
#include "common/Tr.h"

#include "domain/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace rb {

namespace {

QString points(double value)
{
    return QString::number(value, 'g', 10);
}
} // namespace

namespace bands {

Result<QList<Band>> parse(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;；,，]"));
    static const QRegularExpression bandPattern(
        QStringLiteral("^\\s*([^:：]+?)\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)\\s*[-–~～]\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$"));
    QList<Band> result;
    const QString normalised = text.normalized(QString::NormalizationForm_KC);
    for (const QString& part : normalised.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = bandPattern.match(part);
        if (!m.hasMatch())
            return Error::input(Tr::tr("'%1' is not a band; write bands like 优:85-100;良:60-85").arg(part.trimmed()));
        double from = m.captured(2).toDouble();
        double to = m.captured(3).toDouble();
        if (from > to)
            std::swap(from, to);
        if (to > 100)
            return Error::input(Tr::tr("band %1 goes beyond 100 percent").arg(m.captured(1)));
        result.append({m.captured(1), from, to});
    }
    std::sort(result.begin(), result.end(), [](const Band& a, const Band& b) { return a.toPercent > b.toPercent; });
    for (qsizetype i = 1; i < result.size(); ++i) {
        if (result[i].toPercent > result[i - 1].fromPercent)
            return Error::input(Tr::tr("bands %1 and %2 overlap").arg(result[i - 1].label, result[i].label));
    }
    return result;
}

QString format(const QList<Band>& list)
{
    QStringList parts;
    for (const Band& b : list)
        parts << QStringLiteral("%1:%2-%3").arg(b.label, points(b.fromPercent), points(b.toPercent));
    return parts.join(QLatin1Char(';'));
}

std::optional<int> indexOf(const QList<Band>& list, double score, double maxPoints)
{
    if (maxPoints <= 0)
        return std::nullopt;
    const double percent = score / maxPoints * 100.0;
    // Bands are sorted from the top; a score on a boundary belongs to the higher band.
    for (int i = 0; i < list.size(); ++i) {
        if (percent >= list[i].fromPercent - 1e-9 && percent <= list[i].toPercent + 1e-9)
            return i;
    }
    return std::nullopt;
}

} // namespace bands

namespace criterionkind {

QString key(CriterionKind kind)
{
    return kind == CriterionKind::Veto ? QStringLiteral("veto") : QStringLiteral("points");
}

std::optional<CriterionKind> parse(const QString& text)
{
    const QString k = text::nameKey(text);
    for (const char* s : {"points", "point", "score", "分值", "评分", "计分", "打分"}) {
        if (k == QString::fromUtf8(s))
            return CriterionKind::Points;
    }
    for (const char* s : {"veto", "否决", "否决项", "一票否决", "一票否决项"}) {
        if (k == QString::fromUtf8(s))
            return CriterionKind::Veto;
    }
    return std::nullopt;
}

} // namespace criterionkind

CriteriaTree::CriteriaTree(QList<Criterion> items)
{
    QHash<QString, QList<qsizetype>> byParent;
    QSet<QString> codes;
    for (qsizetype i = 0; i < items.size(); ++i)
        codes.insert(items[i].code);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString parent = codes.contains(items[i].parentCode) ? items[i].parentCode : QString();
        byParent[parent].append(i);
    }
    std::function<void(const QString&)> visit = [&](const QString& parent) {
        for (qsizetype i : byParent.value(parent)) {
            m_index.insert(items[i].code, m_items.size());
            m_items.append(items[i]);
            visit(items[i].code);
        }
    };
    visit(QString());
}

const Criterion* CriteriaTree::find(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_items[*it];
}

QList<const Criterion*> CriteriaTree::children(const QString& parentCode) const
{
    QList<const Criterion*> result;
    for (const Criterion& c : m_items) {
        if (c.parentCode == parentCode)
            result << &c;
    }
    return result;
}

bool CriteriaTree::isLeaf(const QString& code) const
{
    return std::none_of(m_items.begin(), m_items.end(), [&](const Criterion& c) { return c.parentCode == code; });
}

int CriteriaTree::depth(const QString& code) const
{
    int d = 0;
    for (const Criterion* c = find(code); c && !c->parentCode.isEmpty(); c = find(c->parentCode))
        ++d;
    return d;
}

double CriteriaTree::maxPoints(const QString& code) const
{
    const Criterion* c = find(code);
    if (!c || c->kind == CriterionKind::Veto)
        return 0;
    const QList<const Criterion*> kids = children(code);
    if (kids.isEmpty())
        return c->maxPoints.value_or(0);
    double sum = 0;
    for (const Criterion* k : kids)
        sum += maxPoints(k->code);
    return sum;
}

double CriteriaTree::leafSum() const
{
    double sum = 0;
    for (const Criterion* c : leaves()) {
        if (c->kind == CriterionKind::Points)
            sum += c->maxPoints.value_or(0);
    }
    return sum;
}

QList<const Criterion*> CriteriaTree::leaves() const
{
    QList<const Criterion*> result;
    for (const Criterion& c : m_items) {
        if (isLeaf(c.code))
            result << &c;
    }
    return result;
}

QList<Issue> CriteriaTree::validate(const QList<Criterion>& items, const QList<int>& rows, const QString& fileName,
                                    SumRule sumRule)
{
    QList<Issue> issues;
    auto rowOf = [&](qsizetype i) { return i < rows.size() ? rows[i] : 0; };
    auto add = [&](qsizetype i, const char* column, const QString& message) {
        issues.append({fileName, rowOf(i), QString::fromLatin1(column), message});
    };

    QHash<QString, qsizetype> firstIndex;
    QHash<QString, QList<qsizetype>> children;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Criterion& c = items[i];
        if (c.code.isEmpty()) {
            add(i, "code", Tr::tr("the criterion has no code"));
            continue;
        }
        if (firstIndex.contains(c.code)) {
            const int first = rowOf(firstIndex[c.code]);
            add(i, "code",
                first ? Tr::tr("code %1 is used twice (also row %2)").arg(c.code).arg(first)
                      : Tr::tr("code %1 is used twice").arg(c.code));
            continue;
        }
        firstIndex.insert(c.code, i);
        if (c.name.trimmed().isEmpty())
            add(i, "name", Tr::tr("the criterion has no name"));
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Criterion& c = items[i];
        if (c.parentCode.isEmpty() || c.code.isEmpty())
            continue;
        if (!firstIndex.contains(c.parentCode))
            add(i, "parent", Tr::tr("the parent %1 is not a criterion of this list").arg(c.parentCode));
        else if (c.parentCode == c.code)
            add(i, "parent", Tr::tr("a criterion cannot be its own parent"));
        else
            children[c.parentCode].append(i);
    }
    // Cycles: walk up from each item; a chain longer than the list is a loop.
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString code = items[i].parentCode;
        int steps = 0;
        while (!code.isEmpty() && firstIndex.contains(code) && steps <= items.size()) {
            code = items[firstIndex[code]].parentCode;
            ++steps;
        }
        if (steps > items.size()) {
            add(i, "parent", Tr::tr("the parents of %1 form a loop").arg(items[i].code));
            return issues;
        }
    }
    std::function<double(qsizetype)> sumOf = [&](qsizetype i) -> double {
        const QList<qsizetype> kids = children.value(items[i].code);
        if (kids.isEmpty())
            return items[i].kind == CriterionKind::Points ? items[i].maxPoints.value_or(0) : 0;
        double s = 0;
        for (qsizetype k : kids)
            s += sumOf(k);
        return s;
    };
    double leafTotal = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Criterion& c = items[i];
        if (c.code.isEmpty() || firstIndex.value(c.code) != i)
            continue;
        const bool leaf = !children.contains(c.code);
        if (c.kind == CriterionKind::Veto) {
            if (!leaf)
                add(i, "kind", Tr::tr("veto item %1 cannot have sub-criteria").arg(c.code));
            if (c.maxPoints)
                add(i, "max", Tr::tr("veto item %1 has no points; leave the maximum empty").arg(c.code));
            continue;
        }
        if (c.maxPoints && (*c.maxPoints <= 0 || *c.maxPoints > 100))
            add(i, "max", Tr::tr("the maximum must be more than 0 and at most 100, not %1").arg(points(*c.maxPoints)));
        if (leaf) {
            if (!c.maxPoints)
                add(i, "max", Tr::tr("criterion %1 is scored but has no maximum points").arg(c.code));
            else
                leafTotal += *c.maxPoints;
        } else if (c.maxPoints) {
            const double sum = sumOf(i);
            if (std::abs(sum - *c.maxPoints) > 1e-6)
                add(i, "max",
                    Tr::tr("the maximum of %1 is %2 but its sub-criteria add up to %3")
                        .arg(c.code, points(*c.maxPoints), points(sum)));
        }
        if (!c.bands.isEmpty()) {
            Result<QList<Band>> parsed = bands::parse(c.bands);
            if (!parsed)
                add(i, "bands", parsed.error().message);
        }
    }
    if (sumRule == SumRule::Check && issues.isEmpty() && std::abs(leafTotal - 100.0) > 1e-6)
        issues.append(
            {fileName, 0, QStringLiteral("max"),
             Tr::tr("the points of the scored criteria add up to %1; they must add up to 100").arg(points(leafTotal))});
    return issues;
}

QString scoreProblem(const Criterion& c, double value)
{
    if (!std::isfinite(value))
        return Tr::tr("'%1' is not a number").arg(value);
    if (c.kind == CriterionKind::Veto)
        return value == 0 || value == 1 ? QString() : Tr::tr("a veto item takes 1 (triggered) or 0 (not triggered)");
    const double max = c.maxPoints.value_or(0);
    if (value < 0 || value > max)
        return Tr::tr("the score must be between 0 and %1").arg(max);
    if (std::abs(value * 2 - std::round(value * 2)) > 1e-9)
        return Tr::tr("scores are given in whole or half points");
    return {};
}

} // namespace rb
