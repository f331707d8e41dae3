// SPDX-License-Identifier: GPL-3.0-or-later
// Lookups and wording shared by the builders.
#include "report/Builders.h"

#include "deliberation/Labels.h"

#include "domain/States.h"
#include "review/Conflicts.h"

#include <cmath>

namespace rb::report::detail {

QString Context::expertName(const QString& code) const
{
    const auto it = experts.constFind(code);
    if (request.expertsByCode || it == experts.constEnd() || it->name.isEmpty())
        return code;
    return it->name;
}

QString Context::expertLabel(const QString& code) const
{
    const QString name = expertName(code);
    return name == code ? code : code + QLatin1Char(' ') + name;
}

const Application* Context::application(const QString& code) const
{
    const auto it = index.constFind(code);
    return it == index.constEnd() ? nullptr : &applications[*it];
}

QString number(double value, int decimals)
{
    if (decimals >= 0)
        return QString::number(value, 'f', decimals);
    // Whole and half points are what experts give; more digits only where a mean needs them.
    const double rounded = std::round(value * 100.0) / 100.0;
    return QString::number(rounded, 'g', 12);
}

QString recommendationName(const QString& key)
{
    return labels::official(labels::Kind::Recommendation, key);
}

QString yesNo(bool value)
{
    return value ? zh("是") : zh("否");
}

QString stateName(const QString& key)
{
    return states::official(key);
}

QString flagNames(const QStringList& flags)
{
    QStringList names;
    for (const QString& f : flags) {
        if (f == QLatin1String("disagreement"))
            names << zh("分歧较大");
        else if (f == QLatin1String("veto"))
            names << zh("否决");
        else if (f == QLatin1String("incomplete"))
            names << zh("评分不全");
        else if (f == QLatin1String("below_pass_line"))
            names << zh("低于及格线");
        else
            names << f;
    }
    return names.join(zh("、"));
}

QString applicants(const Application& application)
{
    QStringList names;
    for (const Applicant& a : application.applicants)
        names << a.name;
    return names.join(zh("、"));
}

Result<QHash<QString, Opinion>> opinions(db::Database& db, const Round& round)
{
    Result<ConflictSet> conflicted = ConflictService(db, round).pairs();
    if (!conflicted)
        return conflicted.takeError();
    Result<db::Statement> st = db.prepare(
        "SELECT a.code, e.code, o.strengths, o.problems, coalesce(o.recommendation, ''), o.recusal_declared, "
        "coalesce(o.recusal_reason, ''), s.expert_id, s.application_id FROM opinion o JOIN assignment s ON s.id = "
        "o.assignment_id JOIN application a ON a.id = s.application_id JOIN expert e ON e.id = s.expert_id WHERE "
        "a.round_id = ?1 AND s.status IN ('submitted', 'entered')");
    if (!st)
        return st.takeError();
    st->bind(1, round.id);
    QHash<QString, Opinion> map;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        if (conflicted->contains(r.integer(7), r.integer(8)))
            return;
        map.insert(pairKey(r.text(0), r.text(1)),
                   {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.integer(5) != 0, r.text(6)});
    }));
    return map;
}

} // namespace rb::report::detail
