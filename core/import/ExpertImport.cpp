// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "import/Columns.h"
#include "import/Importer.h"

#include "domain/CreditCode.h"
#include "domain/Region.h"
#include "domain/Text.h"
#include "repo/ExpertRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace rb::import::detail {

namespace {

QList<Field> expertFields()
{
    return {
        {QStringLiteral("code"), QString::fromUtf8("专家编号"), {QString::fromUtf8("编号")}, true},
        {QStringLiteral("name"), QString::fromUtf8("姓名"), {QString::fromUtf8("专家姓名")}, true},
        {QStringLiteral("organisation"),
         QString::fromUtf8("工作单位"),
         {QStringLiteral("organization"), QString::fromUtf8("单位")},
         true},
        {QStringLiteral("organisation_credit_code"),
         QString::fromUtf8("单位统一社会信用代码"),
         {QStringLiteral("organization_credit_code"), QString::fromUtf8("单位信用代码")},
         false},
        {QStringLiteral("province"),
         QString::fromUtf8("所在地区"),
         {QString::fromUtf8("地区"), QString::fromUtf8("省份")},
         false},
        {QStringLiteral("fields"),
         QString::fromUtf8("专业领域"),
         {QString::fromUtf8("领域"), QString::fromUtf8("专业")},
         false},
        {QStringLiteral("contact"),
         QString::fromUtf8("联系方式"),
         {QString::fromUtf8("电话"), QString::fromUtf8("联系电话")},
         false},
    };
}

QStringList splitFields(const QString& value)
{
    static const QRegularExpression separators(QStringLiteral("[;；、,，/]"));
    QStringList out;
    for (const QString& part : value.split(separators)) {
        const QString t = text::clean(part);
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

} // namespace

Status prepareExperts(db::Database& db, const Round& round, Plan& plan)
{
    const io::Table& table = plan.table;
    Result<ColumnMap> columns = ColumnMap::resolve(table, expertFields());
    if (!columns) {
        plan.issues = columns.error().issues;
        return {};
    }
    const ColumnMap& map = *columns;
    for (const QString& h : map.ignored())
        plan.notes << Tr::tr("column '%1' is not used and was ignored").arg(h);

    Result<QList<Expert>> existingList = ExpertRepository(db, round.id).list();
    if (!existingList)
        return existingList.takeError();
    QHash<QString, const Expert*> existing;
    for (const Expert& e : *existingList)
        existing.insert(e.code, &e);

    QHash<QString, int> rowOfCode;
    auto issue = [&](int row, const QString& key, const QString& message) {
        plan.issues.append({table.fileName, row, map.label(key), message});
    };
    for (const io::TableRow& row : table.rows) {
        const int issuesBefore = int(plan.issues.size());
        Expert e;
        e.code = map.value(row, QStringLiteral("code"));
        e.name = map.value(row, QStringLiteral("name"));
        e.organisation = map.value(row, QStringLiteral("organisation"));
        e.fields = splitFields(map.value(row, QStringLiteral("fields")));
        e.contact = map.value(row, QStringLiteral("contact"));
        if (e.code.isEmpty())
            issue(row.number, QStringLiteral("code"), Tr::tr("the expert code is empty"));
        else if (rowOfCode.contains(e.code))
            issue(row.number, QStringLiteral("code"),
                  Tr::tr("expert code %1 appears twice (also row %2)").arg(e.code).arg(rowOfCode[e.code]));
        else
            rowOfCode.insert(e.code, row.number);
        if (e.name.isEmpty())
            issue(row.number, QStringLiteral("name"), Tr::tr("the name is empty"));
        if (e.organisation.isEmpty())
            issue(row.number, QStringLiteral("organisation"), Tr::tr("the organisation is empty"));
        const QString creditText = map.value(row, QStringLiteral("organisation_credit_code"));
        if (!creditText.isEmpty()) {
            const QString code = creditcode::normalise(creditText);
            const QString reason = creditcode::validate(code);
            if (reason.isEmpty())
                e.organisationCreditCode = code;
            else
                issue(row.number, QStringLiteral("organisation_credit_code"),
                      Tr::tr("%1 is not a valid credit code: %2").arg(creditText, reason));
        }
        const QString provinceText = map.value(row, QStringLiteral("province"));
        if (!provinceText.isEmpty()) {
            if (const Region* region = Region::find(provinceText))
                e.province = region->name;
            else
                issue(row.number, QStringLiteral("province"),
                      Tr::tr("'%1' is not a province, separately planned city, 新疆生产建设兵团 or 中央企业")
                          .arg(provinceText));
        }
        if (plan.issues.size() != issuesBefore)
            continue;
        const Expert* old = existing.value(e.code);
        if (old) {
            // A column the file does not have leaves the stored value alone.
            if (!map.has(QStringLiteral("organisation_credit_code")))
                e.organisationCreditCode = old->organisationCreditCode;
            if (!map.has(QStringLiteral("province")))
                e.province = old->province;
            if (!map.has(QStringLiteral("fields")))
                e.fields = old->fields;
            if (!map.has(QStringLiteral("contact")))
                e.contact = old->contact;
        }
        plan.experts << e;
        if (!old)
            ++plan.expected.created;
        else if (old->name == e.name && old->organisation == e.organisation
                 && old->organisationCreditCode == e.organisationCreditCode && old->province == e.province
                 && old->fields == e.fields && old->contact == e.contact)
            ++plan.expected.unchanged;
        else
            ++plan.expected.updated;
    }
    return {};
}

} // namespace rb::import::detail
