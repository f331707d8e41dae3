// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Records.h"

namespace rb::records {

namespace {
QStringList keys(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names)
        list << QString::fromLatin1(n);
    return list;
}
} // namespace

Records applications(const QList<Application>& applications)
{
    Records r;
    r.keys = keys({"code", "applicant", "credit_code", "province", "sector", "title", "recommender", "authority",
                   "priority", "state"});
    r.rows.reserve(applications.size());
    for (const Application& a : applications) {
        r.rows.append({{QStringLiteral("code"), a.code},
                       {QStringLiteral("applicant"), a.applicantNames()},
                       {QStringLiteral("credit_code"), a.creditCodes()},
                       {QStringLiteral("province"), a.province},
                       {QStringLiteral("sector"), a.sector},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("recommender"), a.recommender},
                       {QStringLiteral("authority"), a.authority},
                       {QStringLiteral("priority"), a.priority ? QJsonValue(*a.priority) : QJsonValue()},
                       {QStringLiteral("state"), a.state}});
    }
    return r;
}

Records experts(const QList<Expert>& experts)
{
    Records r;
    r.keys =
        keys({"code", "name", "organisation", "organisation_credit_code", "province", "fields", "contact", "title"});
    r.rows.reserve(experts.size());
    for (const Expert& e : experts) {
        r.rows.append({{QStringLiteral("code"), e.code},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("organisation"), e.organisation},
                       {QStringLiteral("organisation_credit_code"), e.organisationCreditCode},
                       {QStringLiteral("province"), e.province},
                       {QStringLiteral("fields"), e.fields.join(QLatin1Char(';'))},
                       {QStringLiteral("contact"), e.contact},
                       {QStringLiteral("title"), e.title}});
    }
    return r;
}

Records criteria(const CriteriaTree& tree)
{
    Records r;
    r.keys = keys({"code", "name", "parent", "max", "kind", "guidance", "bands"});
    for (const Criterion& c : tree.items()) {
        const bool veto = c.kind == CriterionKind::Veto;
        r.rows.append({{QStringLiteral("code"), c.code},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("parent"), c.parentCode},
                       {QStringLiteral("max"), veto ? QJsonValue() : QJsonValue(tree.maxPoints(c.code))},
                       {QStringLiteral("kind"), criterionkind::key(c.kind)},
                       {QStringLiteral("guidance"), c.guidance},
                       {QStringLiteral("bands"), c.bands}});
    }
    return r;
}

Records conflicts(const QList<Conflict>& list)
{
    Records r;
    r.keys = keys({"expert", "application", "type", "reason"});
    for (const Conflict& c : list) {
        r.rows.append({{QStringLiteral("expert"), c.expertCode},
                       {QStringLiteral("application"), c.applicationCode},
                       {QStringLiteral("type"), conflicttype::key(c.type)},
                       {QStringLiteral("reason"), c.reason}});
    }
    return r;
}

Records assignments(const QList<Assignment>& list)
{
    Records r;
    r.keys = keys({"expert", "application", "status"});
    for (const Assignment& a : list) {
        if (!a.active())
            continue;
        r.rows.append({{QStringLiteral("expert"), a.expertCode},
                       {QStringLiteral("application"), a.applicationCode},
                       {QStringLiteral("status"), a.status}});
    }
    return r;
}

} // namespace rb::records
