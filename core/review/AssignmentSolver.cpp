// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AssignmentSolver.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>
#include <set>

namespace rb::assignment {

QList<int> Solution::loads(int expertCount) const
{
    QList<int> load(expertCount, 0);
    for (const QList<int>& list : experts) {
        for (int e : list)
            ++load[e];
    }
    return load;
}

namespace {

/// Moves assignments from overloaded to underloaded experts while a move is possible.
void rebalance(const Problem& p, QList<QList<int>>& chosen, QList<int>& load, const QList<QSet<int>>& fixed)
{
    // Which applications each expert holds (movable ones only).
    for (int guard = 0; guard < 1000000; ++guard) {
        const auto [minIt, maxIt] = std::minmax_element(load.begin(), load.end());
        if (*maxIt - *minIt <= 1)
            return;
        bool moved = false;
        // Try every (heavy, light) pair whose loads differ by two or more, heaviest first.
        QList<int> order(p.experts);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return load[a] > load[b]; });
        for (int hi = 0; hi < order.size() && !moved; ++hi) {
            const int heavy = order[hi];
            for (int lo = int(order.size()) - 1; lo > hi && !moved; --lo) {
                const int light = order[lo];
                if (load[heavy] - load[light] < 2)
                    break;
                for (int a = 0; a < chosen.size() && !moved; ++a) {
                    QList<int>& list = chosen[a];
                    const qsizetype at = list.indexOf(heavy);
                    if (at < 0 || fixed[a].contains(heavy) || list.contains(light) || p.conflicts[a].contains(light))
                        continue;
                    list[at] = light;
                    --load[heavy];
                    ++load[light];
                    moved = true;
                }
            }
            if (load[order.first()] - load[order.last()] < 2)
                break;
        }
        if (!moved)
            return; // the conflicts allow no better balance
    }
}

} // namespace

Solution solve(const Problem& p)
{
    const qsizetype apps = p.conflicts.size();
    Solution s;
    s.experts.resize(apps);
    QList<QSet<int>> fixed(apps);
    QList<int> load(p.experts, 0);
    for (qsizetype a = 0; a < apps; ++a) {
        const QList<int> existing = a < p.existing.size() ? p.existing[a] : QList<int>();
        for (int e : existing) {
            s.experts[a] << e;
            fixed[a].insert(e);
            ++load[e];
        }
        const int available = p.experts - int(p.conflicts[a].size());
        if (available < p.perApplication && s.experts[a].size() < p.perApplication)
            s.impossible << int(a);
    }
    if (!s.impossible.isEmpty()) {
        s.experts.clear();
        return s;
    }
    const quint32 words[2] = {quint32(p.seed), quint32(p.seed >> 32)};
    QRandomGenerator rng(words, 2);
    QList<quint32> tiebreak(p.experts);
    for (quint32& t : tiebreak)
        t = rng.generate();
    // Ordered by (load, tiebreak, expert): the least loaded expert is always first.
    using Key = std::tuple<int, quint32, int>;
    std::set<Key> byLoad;
    for (int e = 0; e < p.experts; ++e)
        byLoad.insert({load[e], tiebreak[e], e});
    // The most constrained applications choose first.
    QList<int> order(apps);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return p.conflicts[x].size() > p.conflicts[y].size(); });
    for (int a : order) {
        QList<int>& list = s.experts[a];
        const int sector = a < p.sector.size() ? p.sector[a] : -1;
        while (list.size() < p.perApplication) {
            // Among the eligible experts of the lowest load, prefer one whose fields match.
            int pick = -1;
            int pickLoad = -1;
            for (const auto& [l, t, e] : byLoad) {
                if (pickLoad >= 0 && l > pickLoad)
                    break;
                if (p.conflicts[a].contains(e) || list.contains(e))
                    continue;
                if (pick < 0) {
                    pick = e;
                    pickLoad = l;
                    if (sector < 0)
                        break;
                }
                if (sector >= 0 && e < p.expertSectors.size() && p.expertSectors[e].contains(sector)) {
                    pick = e;
                    break;
                }
            }
            Q_ASSERT(pick >= 0);
            byLoad.erase({load[pick], tiebreak[pick], pick});
            ++load[pick];
            byLoad.insert({load[pick], tiebreak[pick], pick});
            list << pick;
        }
    }
    rebalance(p, s.experts, load, fixed);
    return s;
}

Solution solveAll(const Problem& p)
{
    Solution s;
    s.experts.resize(p.conflicts.size());
    for (qsizetype a = 0; a < p.conflicts.size(); ++a) {
        QList<int> list = a < p.existing.size() ? p.existing[a] : QList<int>();
        for (int e = 0; e < p.experts; ++e) {
            if (!p.conflicts[a].contains(e) && !list.contains(e))
                list << e;
        }
        s.experts[a] = list;
    }
    return s;
}

} // namespace rb::assignment
