// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Tr.h"
#include "import/Aliases.h"
#include "import/Importer.h"

#include "domain/Authority.h"
#include "domain/CreditCode.h"
#include "domain/Region.h"
#include "domain/Text.h"
#include "repo/ApplicationRepository.h"
#include "repo/AuthorityAliases.h"
#include "repo/RoundSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMap>

namespace rb::import::detail {

namespace {

/// "32-K7M2QX": the authority's division code (ZY for 中央企业) and 30 bits of a hash of applicants and title.
QString generatedCode(const QString& authority, const QStringList& applicants, const QString& title)
{
    const Region* region = Region::find(authority);
    const QString prefix = region && !region->divisionCode.isEmpty() ? region->divisionCode : QStringLiteral("ZY");
    QString key;
    for (const QString& a : applicants)
        key += text::organisationKey(a) + QLatin1Char('|');
    key += text::nameKey(title);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    static const char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    quint32 bits = (quint32(uchar(hash[0])) << 24) | (quint32(uchar(hash[1])) << 16) | (quint32(uchar(hash[2])) << 8)
                   | quint32(uchar(hash[3]));
    QString code = prefix + QLatin1Char('-');
    for (int i = 0; i < 6; ++i, bits >>= 5)
        code += QLatin1Char(kAlphabet[bits & 31]);
    return code;
}

} // namespace

Status prepareApplications(db::Database& db, const Round& round, Plan& plan)
{
    Result<ColumnMap> columns = ColumnMap::locate(plan.table, fieldsOf(Sheet::Applications, round.category),
                                                  silentlyIgnored(Sheet::Applications));
    const io::Table& table = plan.table;
    if (!columns) {
        plan.issues = columns.error().issues;
        return {};
    }
    const ColumnMap& map = *columns;
    plan.notes << map.notes();
    // Tables from the provinces number their rows (序号) but carry no 申报编号: each application then gets a
    // code made from its authority, applicant and title, the same each time the file is imported.
    const bool generateCodes = !map.has(QStringLiteral("code"));
    if (generateCodes)
        plan.notes << Tr::tr("the file has no 申报编号 column: each application gets a code made from its "
                             "recommending authority, applicant and title (such as 32-K7M2QX), the same each time "
                             "the file is imported");
    for (const QString& h : map.ignored())
        plan.notes << Tr::tr("column '%1' is not used and was ignored").arg(h);

    // What recommenders stand for: remembered in the round, then what the caller says now.
    Result<QHash<QString, QString>> remembered = AuthorityAliases(db, round.id).map();
    if (!remembered)
        return remembered.takeError();
    QHash<QString, QString> mapped = *remembered;
    for (auto it = plan.authorities.constBegin(); it != plan.authorities.constEnd(); ++it)
        mapped.insert(it.key(), it.value());

    ApplicationRepository repo(db, round.id);
    Result<QList<Application>> existingList = repo.list();
    if (!existingList)
        return existingList.takeError();
    QHash<QString, const Application*> existing;
    for (const Application& a : *existingList)
        existing.insert(a.code, &a);

    const bool needCode = category::requiresCreditCode(round.category);
    QHash<QString, int> rowOfCode;
    QHash<QString, QPair<QString, int>> nameOfCreditCode; // credit code -> (name key, row)
    auto issue = [&](int row, const QString& key, const QString& message) {
        plan.issues.append({table.fileName, row, map.label(key), message});
    };

    for (const io::TableRow& row : table.rows) {
        const int issuesBefore = int(plan.issues.size());
        Application app;
        app.code = map.value(row, QStringLiteral("code"));
        app.title = map.value(row, QStringLiteral("title"));
        const QStringList names = text::splitList(map.value(row, QStringLiteral("applicant")));
        const QStringList codes = text::splitList(map.value(row, QStringLiteral("credit_code")));
        auto checkCode = [&] {
            if (app.code.isEmpty())
                issue(row.number, QStringLiteral("code"), Tr::tr("the application code is empty"));
            else if (rowOfCode.contains(app.code))
                issue(row.number, QStringLiteral("code"),
                      Tr::tr("application code %1 appears twice (also row %2)").arg(app.code).arg(rowOfCode[app.code]));
            else
                rowOfCode.insert(app.code, row.number);
        };
        if (!generateCodes)
            checkCode();
        if (app.title.isEmpty())
            issue(row.number, QStringLiteral("title"), Tr::tr("the title is empty"));
        if (names.isEmpty())
            issue(row.number, QStringLiteral("applicant"), Tr::tr("the applicant is empty"));
        if (needCode && codes.isEmpty())
            issue(row.number, QStringLiteral("credit_code"),
                  Tr::tr("the unified social credit code is required (round category: %1)")
                      .arg(category::displayName(round.category)));
        else if (!codes.isEmpty() && codes.size() != names.size())
            issue(row.number, QStringLiteral("credit_code"),
                  Tr::tr("%1 applicants but %2 credit codes; give one code per applicant, in the same order")
                      .arg(names.size())
                      .arg(codes.size()));
        for (int i = 0; i < names.size(); ++i) {
            Applicant applicant;
            applicant.name = names[i];
            if (i < codes.size()) {
                const QString code = creditcode::normalise(codes[i]);
                const QString reason = creditcode::validate(code);
                if (!reason.isEmpty()) {
                    issue(row.number, QStringLiteral("credit_code"),
                          Tr::tr("%1 is not a valid credit code: %2").arg(codes[i], reason));
                } else {
                    applicant.creditCode = code;
                    const QString key = text::nameKey(applicant.name);
                    const auto seen = nameOfCreditCode.constFind(code);
                    if (seen != nameOfCreditCode.constEnd() && seen->first != key)
                        issue(row.number, QStringLiteral("credit_code"),
                              Tr::tr("credit code %1 belongs to a differently named applicant in row %2")
                                  .arg(code)
                                  .arg(seen->second));
                    else if (seen == nameOfCreditCode.constEnd())
                        nameOfCreditCode.insert(code, {key, row.number});
                }
            }
            app.applicants << applicant;
        }
        const QString provinceText = map.value(row, QStringLiteral("province"));
        // "江苏省南京市" is in 江苏省.
        const Region* region =
            Region::find(provinceText) ? Region::find(provinceText) : Region::findAtStart(provinceText);
        if (provinceText.isEmpty())
            issue(row.number, QStringLiteral("province"), Tr::tr("the region is empty"));
        else if (!region)
            issue(row.number, QStringLiteral("province"),
                  Tr::tr("'%1' is not a province, separately planned city, 新疆生产建设兵团 or 中央企业")
                      .arg(provinceText));
        else
            app.province = region->name;
        const QString sectorText = map.value(row, QStringLiteral("sector"));
        if (!sectorText.isEmpty()) {
            app.sector = sector::canonical(sectorText);
            if (app.sector.isEmpty())
                issue(row.number, QStringLiteral("sector"),
                      Tr::tr("'%1' is not a sector (原材料, 装备制造, 消费品 or 电子信息)").arg(sectorText));
        }
        // The recommender as written; the authority it stands for counts for the quotas.
        const QString recommenderText = map.value(row, QStringLiteral("recommender"));
        if (recommenderText.isEmpty()) {
            app.recommender = app.province;
            app.authority = app.province;
        } else if (const std::optional<QString> authority = authority::resolve(recommenderText, mapped)) {
            app.recommender = recommenderText;
            app.authority = *authority;
            const QString key = authority::key(recommenderText);
            if (plan.authorities.contains(key))
                plan.newAuthorities.insert(key, {recommenderText, *authority});
        } else {
            if (!plan.unresolved.contains(recommenderText))
                plan.unresolved << recommenderText;
            issue(row.number, QStringLiteral("recommender"),
                  Tr::tr("'%1' names no recommending authority ReviewBench knows (%2); say which it is with "
                         "--authority \"%1=浙江省\" (or 中央企业 …), or choose it in the import preview")
                      .arg(recommenderText, authority::acceptedForms()));
        }
        if (generateCodes && !app.title.isEmpty() && !names.isEmpty() && !app.authority.isEmpty()) {
            app.code = generatedCode(app.authority, names, app.title);
            checkCode();
        }
        const QString priorityText = map.value(row, QStringLiteral("priority"));
        if (!priorityText.isEmpty()) {
            bool ok = false;
            const int p = priorityText.toInt(&ok);
            if (!ok || p < 1 || p > 100000)
                issue(row.number, QStringLiteral("priority"),
                      Tr::tr("the priority must be a whole number from 1, not '%1'").arg(priorityText));
            else
                app.priority = p;
        }
        if (plan.issues.size() != issuesBefore)
            continue;
        if (const Application* old = existing.value(app.code)) {
            // A column the file does not have leaves the stored value alone.
            if (!map.has(QStringLiteral("sector")))
                app.sector = old->sector;
            if (!map.has(QStringLiteral("recommender"))) {
                app.recommender = old->recommender;
                app.authority = old->authority;
            }
            if (!map.has(QStringLiteral("priority")))
                app.priority = old->priority;
            if (!map.has(QStringLiteral("credit_code")) && old->applicantNames() == app.applicantNames())
                app.applicants = old->applicants;
        }
        plan.applications << app;
    }

    // Rules over the whole round as it would be after the import: priorities (per recommender as written) and
    // quotas (per authority).
    QMap<QString, QList<QPair<QString, int>>> byRecommender; // recommender -> (code, row)
    QMap<QString, QList<QPair<QString, int>>> byAuthority;   // authority -> (code, row)
    QHash<QString, const Application*> incoming;
    for (const Application& a : plan.applications)
        incoming.insert(a.code, &a);
    for (const Application& a : *existingList) {
        if (!incoming.contains(a.code) && !rowOfCode.contains(a.code)) {
            byRecommender[a.recommender].append({a.code, 0});
            byAuthority[a.authority].append({a.code, 0});
        }
    }
    for (const Application& a : plan.applications) {
        byRecommender[a.recommender].append({a.code, rowOfCode.value(a.code)});
        byAuthority[a.authority].append({a.code, rowOfCode.value(a.code)});
    }

    QHash<QString, QPair<QString, int>> priorityOwner; // "recommender|priority" -> (code, row)
    auto priorityOf = [&](const QString& code) -> std::optional<int> {
        if (const Application* a = incoming.value(code))
            return a->priority;
        if (const Application* a = existing.value(code))
            return a->priority;
        return std::nullopt;
    };
    RoundSettings settings(db, round.id);
    for (auto it = byRecommender.constBegin(); it != byRecommender.constEnd(); ++it) {
        for (const auto& [code, row] : it.value()) {
            const std::optional<int> p = priorityOf(code);
            if (!p)
                continue;
            const QString key = it.key() + QLatin1Char('|') + QString::number(*p);
            const auto owner = priorityOwner.constFind(key);
            if (owner == priorityOwner.constEnd()) {
                priorityOwner.insert(key, {code, row});
            } else if (row > 0) {
                issue(row, QStringLiteral("priority"),
                      owner->second > 0
                          ? Tr::tr("%1 already gave priority %2 in row %3").arg(it.key()).arg(*p).arg(owner->second)
                          : Tr::tr("%1 already gave priority %2 to application %3")
                                .arg(it.key())
                                .arg(*p)
                                .arg(owner->first));
            }
        }
    }
    for (auto it = byAuthority.constBegin(); it != byAuthority.constEnd(); ++it) {
        const std::optional<int> quota = settings.quotaFor(it.key());
        if (!quota || it.value().size() <= *quota)
            continue;
        QStringList rows;
        int count = 0;
        int firstOver = 0;
        for (const auto& [code, row] : it.value()) {
            if (row > 0)
                rows << QString::number(row);
            if (++count > *quota && row > 0 && firstOver == 0)
                firstOver = row;
        }
        issue(firstOver, QStringLiteral("recommender"),
              Tr::tr("%1 would have %2 applications in this round, more than its quota of %3 (rows of this file: "
                     "%4)")
                  .arg(it.key())
                  .arg(it.value().size())
                  .arg(*quota)
                  .arg(rows.join(QStringLiteral(", "))));
    }
    // A known credit code under another name renames the applicant: allowed (organisations do
    // rename) but shown, since it may also be a mistyped code.
    Result<db::Statement> knownName = db.prepare("SELECT name FROM applicant WHERE credit_code = ?1");
    if (!knownName)
        return knownName.takeError();
    for (const Application& a : plan.applications) {
        for (const Applicant& p : a.applicants) {
            if (p.creditCode.isEmpty())
                continue;
            knownName->bind(1, p.creditCode);
            Result<bool> row = knownName->step();
            if (!row)
                return row.takeError();
            const QString stored = *row ? knownName->text(0) : QString();
            knownName->reset();
            if (!stored.isEmpty() && text::nameKey(stored) != text::nameKey(p.name))
                plan.notes << Tr::tr(
                                  "row %1: the applicant with credit code %2 is recorded as %3 and will be renamed %4")
                                  .arg(rowOfCode.value(a.code))
                                  .arg(p.creditCode, stored, p.name);
        }
    }
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
                     [](const Issue& a, const Issue& b) { return a.row < b.row; });

    for (const Application& a : plan.applications) {
        const Application* old = existing.value(a.code);
        if (!old) {
            ++plan.expected.created;
            continue;
        }
        const bool same = old->title == a.title && old->province == a.province && old->sector == a.sector
                          && old->recommender == a.recommender && old->priority == a.priority
                          && old->applicantNames() == a.applicantNames()
                          && (a.creditCodes().isEmpty() || old->creditCodes() == a.creditCodes());
        same ? ++plan.expected.unchanged : ++plan.expected.updated;
    }
    return {};
}

} // namespace rb::import::detail
