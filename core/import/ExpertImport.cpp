// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "import/Aliases.h"
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
    Result<ColumnMap> columns =
        ColumnMap::locate(plan.table, fieldsOf(Sheet::Experts), silentlyIgnored(Sheet::Experts));
    const io::Table& table = plan.table;
    if (!columns) {
        plan.issues = columns.error().issues;
        return {};
    }
    const ColumnMap& map = *columns;
    plan.notes << map.notes();
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
        e.title = map.value(row, QStringLiteral("title"));
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
            // Expert databases often give the city too: 浙江省杭州市.
            if (const Region* region =
                    Region::find(provinceText) ? Region::find(provinceText) : Region::findAtStart(provinceText))
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
            if (!map.has(QStringLiteral("title")))
                e.title = old->title;
        }
        plan.experts << e;
        if (!old)
            ++plan.expected.created;
        else if (old->name == e.name && old->organisation == e.organisation
                 && old->organisationCreditCode == e.organisationCreditCode && old->province == e.province
                 && old->fields == e.fields && old->contact == e.contact && old->title == e.title)
            ++plan.expected.unchanged;
        else
            ++plan.expected.updated;
    }
    return {};
}

} // namespace rb::import::detail
