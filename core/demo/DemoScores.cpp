// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoScores.h"
#include "common/Tr.h"

#include "deliberation/Labels.h"
#include "merge/PackageMerge.h"
#include "package/Package.h"
#include "package/PackageBuilder.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>

namespace rb::demo {

namespace {

/// A value from 0 to 1 fixed by a text and a seed (the same application gets the same quality from
/// every expert; the same expert the same bias in every package).
double unit(const QString& text, quint64 seed)
{
    const QByteArray h =
        QCryptographicHash::hash(QByteArray(text.toUtf8() + QByteArray::number(seed)), QCryptographicHash::Md5);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | uchar(h[i]);
    return double(v >> 11) / double(1ULL << 53);
}

double normal(QRandomGenerator& rng)
{
    // Box–Muller on our own generator, so the numbers are the same on every platform.
    const double u1 = std::max(rng.generateDouble(), 1e-12);
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

const char* const kStrengths[] = {"建设内容与揭榜任务契合度高，关键工序数字化水平较高。",
                                  "成效指标量化充分，数据来源清晰。", "工业互联网平台应用深入，数据贯通程度高。",
                                  "在行业内具有较好的示范推广价值。"};
const char* const kProblems[] = {"部分成效数据缺少第三方佐证。", "网络安全防护措施描述较简略。",
                                 "服务环节智能化建设相对薄弱。", "投资与进度安排需进一步细化。"};

} // namespace

Status fillAndSubmit(const QString& path, const QString& accessCode, quint64 seed)
{
    Result<std::unique_ptr<package::Package>> opened = package::Package::open(path);
    if (!opened)
        return opened.takeError();
    package::Package& p = **opened;
    RB_TRY(p.unlock(accessCode));
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    QRandomGenerator rng(words, 2);
    const double bias = (unit(p.info().expertCode, seed) - 0.5) * 0.12;
    db::Transaction tx(p.db());
    RB_TRY(tx.status());
    for (const package::Item& item : p.items()) {
        // One application in 200 is handed back: the expert declares a conflict.
        if (unit(item.code + p.info().expertCode + QStringLiteral("recusal"), seed) < 0.005) {
            RB_TRY(p.handBack(item.uid, QString::fromUtf8("与申报单位存在合作关系")));
            continue;
        }
        const double quality = 0.55 + 0.35 * unit(item.code, seed);
        const bool bad = unit(item.code + QStringLiteral("veto"), seed) < 0.015;
        double total = 0;
        for (const Criterion* c : p.criteria().leaves()) {
            double value = 0;
            if (c->kind == CriterionKind::Veto) {
                value = bad && rng.generateDouble() < 0.7 ? 1 : 0;
            } else {
                const double max = c->maxPoints.value_or(0);
                const double fraction = std::clamp(quality + bias + 0.07 * normal(rng), 0.0, 1.0);
                value = std::round(fraction * max * 2) / 2;
                total += value;
            }
            RB_TRY(p.setScore(item.uid, c->uid, value));
        }
        package::Opinion o;
        o.strengths = QString::fromUtf8(kStrengths[rng.bounded(4)]);
        o.problems = QString::fromUtf8(kProblems[rng.bounded(4)]);
        o.recommendation = total >= 80   ? labels::key(labels::Recommendation::Recommend)
                           : total >= 60 ? labels::key(labels::Recommendation::Revise)
                                         : labels::key(labels::Recommendation::NotRecommend);
        RB_TRY(p.setOpinion(item.uid, o));
    }
    RB_TRY(tx.commit());
    return p.submit();
}

Status scoreThroughPackages(db::Database& db, const Round& round, quint64 seed, const Progress& progress)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error::io(folder.errorString());
    Result<QList<package::IssuedPackage>> issued = package::build(db, round, {folder.path(), {}, false});
    if (!issued)
        return issued.takeError();
    QStringList files;
    qint64 done = 0;
    const qint64 total = issued->size() * 2;
    for (const package::IssuedPackage& p : *issued) {
        if (p.skipped)
            continue;
        RB_TRY(fillAndSubmit(p.path, p.accessCode, seed));
        files << p.path;
        if (progress && !progress(++done, total))
            return Error::cancelled();
    }
    Result<merge::MergeReport> report = merge::mergePackages(db, round, files, [&](qint64 d, qint64 t) {
        return !progress || progress(done + d * issued->size() / std::max<qint64>(t, 1), total);
    });
    if (!report)
        return report.takeError();
    if (report->anyRejected())
        return Error::database(Tr::tr("the demo packages did not merge cleanly"));
    return {};
}

QByteArray syntheticCriteriaCsv(int leaves)
{
    QByteArray csv = "code,name,parent,max,kind,guidance\n";
    const double points = 100.0 / leaves;
    const int groups = (leaves + 4) / 5;
    int made = 0;
    for (int g = 1; g <= groups; ++g) {
        csv += QByteArray::number(g) + ",一级指标" + QByteArray::number(g) + ",,,points,\n";
        for (int k = 1; k <= 5 && made < leaves; ++k, ++made)
            csv += QByteArray::number(g) + '.' + QByteArray::number(k) + ",二级指标" + QByteArray::number(g) + '.'
                   + QByteArray::number(k) + ',' + QByteArray::number(g) + ',' + QByteArray::number(points, 'g', 6)
                   + ",points,评分要点\n";
    }
    csv += "V1,重大事故或弄虚作假,,,veto,一票否决\n";
    return csv;
}

} // namespace rb::demo
