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
    return {{QStringLiteral("application"), a.code},
            {QStringLiteral("applicant"), a.applicant},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("score"), optional(a.score)},
            {QStringLiteral("rank"), a.rank ? QJsonValue(*a.rank) : QJsonValue()},
            {QStringLiteral("experts"), a.experts},
            {QStringLiteral("assigned"), a.assigned},
            {QStringLiteral("mean"), number(a.mean)},
            {QStringLiteral("median"), number(a.median)},
            {QStringLiteral("trimmed_mean"), number(a.trimmedMean)},
            {QStringLiteral("zscore"), number(a.zscore)},
            {QStringLiteral("stddev"), number(a.stddev)},
            {QStringLiteral("range"), number(a.range)},
            {QStringLiteral("veto"), a.veto},
            {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)}};
}

} // namespace

QJsonObject resultsJson(const consolidation::Results& results)
{
    QJsonArray apps;
    for (const consolidation::ApplicationResult& a : results.applications)
        apps.append(row(a));
    return {{QStringLiteral("round"), results.roundCode},
            {QStringLiteral("method"), results.method},
            {QStringLiteral("kendall_w"), optional(results.kendallW)},
            {QStringLiteral("kendall_p"), optional(results.kendallP)},
            {QStringLiteral("applications"), apps}};
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
