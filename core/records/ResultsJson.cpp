// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/ResultsJson.h"

#include <QJsonArray>

#include <cmath>

namespace rb::records {

namespace {

QJsonValue number(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonValue optional(const std::optional<double>& v)
{
    return v ? number(*v) : QJsonValue();
}

QJsonObject row(const consolidation::ApplicationResult& a)
{
    // Without a counted expert there is no statistic: null, not a misleading 0.
    const auto stat = [&a](double v) { return a.experts > 0 ? number(v) : QJsonValue(); };
    return {{QStringLiteral("application"), a.code},
            {QStringLiteral("applicant"), a.applicant},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("score"), optional(a.score)},
            {QStringLiteral("rank"), a.rank ? QJsonValue(*a.rank) : QJsonValue()},
            {QStringLiteral("experts"), a.experts},
            {QStringLiteral("assigned"), a.assigned},
            {QStringLiteral("mean"), stat(a.mean)},
            {QStringLiteral("median"), stat(a.median)},
            {QStringLiteral("trimmed_mean"), stat(a.trimmedMean)},
            {QStringLiteral("zscore"), stat(a.zscore)},
            {QStringLiteral("stddev"), stat(a.stddev)},
            {QStringLiteral("range"), stat(a.range)},
            {QStringLiteral("veto"), a.veto},
            {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)}};
}

} // namespace

QJsonObject resultsJson(const consolidation::Results& results)
{
    QJsonArray apps;
    for (const consolidation::ApplicationResult& a : results.applications)
        apps.append(row(a));
    QJsonArray bias;
    for (const consolidation::ExpertBias& b : results.bias)
        bias.append(QJsonObject{{QStringLiteral("expert"), b.expertCode},
                                {QStringLiteral("scored"), b.scored},
                                {QStringLiteral("bias"), number(b.bias)}});
    return {{QStringLiteral("round"), results.roundCode},
            {QStringLiteral("method"), results.method},
            {QStringLiteral("kendall_w"), optional(results.kendallW)},
            {QStringLiteral("kendall_p"), optional(results.kendallP)},
            {QStringLiteral("applications"), apps},
            {QStringLiteral("bias"), bias}};
}

Records resultRows(const consolidation::Results& results)
{
    Records r;
    for (const char* k : {"rank", "application", "applicant", "score", "experts", "mean", "median", "trimmed_mean",
                          "stddev", "range", "veto", "flags"})
        r.keys << QString::fromLatin1(k);
    for (const consolidation::ApplicationResult& a : results.applications)
        r.rows << row(a);
    return r;
}

} // namespace rb::records
