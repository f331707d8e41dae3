// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CriteriaEdits.h"

#include <QSet>

namespace rb::criteriaedits {

namespace {

/// Rebuilds a pre-order list from sibling lists.
QList<Criterion> flatten(const QList<Criterion>& items,
                         const std::function<QList<qsizetype>(const QString&)>& childrenOf)
{
    QList<Criterion> out;
    std::function<void(const QString&)> visit = [&](const QString& parent) {
        for (qsizetype i : childrenOf(parent)) {
            out << items[i];
            visit(items[i].code);
        }
    };
    visit(QString());
    return out;
}

QList<qsizetype> childIndexes(const QList<Criterion>& items, const QString& parent)
{
    QList<qsizetype> kids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].parentCode == parent)
            kids << i;
    }
    return kids;
}

} // namespace

QString nextCode(const QList<Criterion>& items, const QString& parentCode)
{
    QSet<QString> used;
    for (const Criterion& c : items)
        used.insert(c.code);
    const QString prefix = parentCode.isEmpty() ? QString() : parentCode + QLatin1Char('.');
    for (int n = 1;; ++n) {
        const QString code = prefix + QString::number(n);
        if (!used.contains(code))
            return code;
    }
}

QList<Criterion> insert(const QList<Criterion>& items, const Criterion& criterion, const QString& afterCode)
{
    QList<Criterion> all = items;
    all << criterion;
    const qsizetype added = all.size() - 1;
    return flatten(all, [&](const QString& parent) {
        QList<qsizetype> kids = childIndexes(items, parent);
        if (parent == criterion.parentCode) {
            qsizetype at = kids.size();
            for (qsizetype k = 0; k < kids.size(); ++k) {
                if (items[kids[k]].code == afterCode)
                    at = k + 1;
            }
            kids.insert(at, added);
        }
        return kids;
    });
}

QList<Criterion> remove(const QList<Criterion>& items, const QString& code)
{
    QSet<QString> gone{code};
    QList<Criterion> out;
    for (const Criterion& c : items) { // parents come first in tree order
        if (gone.contains(c.code) || gone.contains(c.parentCode))
            gone.insert(c.code);
        else
            out << c;
    }
    return out;
}

QList<Criterion> move(const QList<Criterion>& items, const QString& code, int delta)
{
    qsizetype self = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].code == code)
            self = i;
    }
    if (self < 0)
        return items;
    const QString parent = items[self].parentCode;
    return flatten(items, [&](const QString& p) {
        QList<qsizetype> kids = childIndexes(items, p);
        if (p == parent) {
            const qsizetype from = kids.indexOf(self);
            const qsizetype to = std::clamp<qsizetype>(from + delta, 0, kids.size() - 1);
            kids.move(from, to);
        }
        return kids;
    });
}

QList<Criterion> update(const QList<Criterion>& items, const QString& code, const Criterion& changed)
{
    QList<Criterion> out = items;
    for (Criterion& c : out) {
        if (c.code == code) {
            const QString parent = c.parentCode;
            c = changed;
            c.parentCode = parent;
        } else if (c.parentCode == code) {
            c.parentCode = changed.code;
        }
    }
    return out;
}

} // namespace rb::criteriaedits
