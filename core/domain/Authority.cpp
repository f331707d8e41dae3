// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Authority.h"
#include "common/Tr.h"

#include "domain/Region.h"
#include "domain/Text.h"

#include <QFile>
#include <QSet>

namespace rb::authority {

namespace {

/// The key of an organisation name without its legal-form ending, so "国家电网公司" finds "国家电网有限公司".
QString bareKey(const QString& name)
{
    QString k = text::organisationKey(name);
    for (const char* ending : {"股份有限公司", "有限公司", "公司"}) {
        const QString e = QString::fromUtf8(ending);
        if (k.endsWith(e) && k.size() > e.size()) {
            k.chop(e.size());
            break;
        }
    }
    return k;
}

const QSet<QString>& centralKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> out;
        for (const QString& name : centralEnterprises()) {
            out.insert(text::organisationKey(name));
            out.insert(bareKey(name));
        }
        return out;
    }();
    return keys;
}

/// What a provincial department's name ends with, after the region's own name (compared as organisation keys).
const QStringList& departmentEndings()
{
    static const QStringList endings = [] {
        QStringList out;
        for (const char* e :
             {"工业和信息化厅", "经济和信息化厅", "工业和信息化局", "经济和信息化局", "工业和信息化委员会",
              "经济和信息化委员会", "经济和信息化委", "经济信息化委员会", "工业和信息化主管部门",
              "经济和信息化主管部门", "工业和信息化部门", "经信委", "经信厅", "经信局", "工信厅", "工信局", "工信委"})
            out << text::organisationKey(QString::fromUtf8(e));
        return out;
    }();
    return endings;
}

bool isSupervisor(const QString& k)
{
    for (const char* name : {"国务院国资委", "国资委", "国务院国有资产监督管理委员会"}) {
        if (k == text::organisationKey(QString::fromUtf8(name)))
            return true;
    }
    return false;
}

} // namespace

QString key(const QString& recommender)
{
    return text::organisationKey(recommender);
}

const QStringList& centralEnterprises()
{
    static const QStringList names = [] {
        QStringList out;
        QFile file(QStringLiteral(":/rb/authorities/central-enterprises.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QString name = QString::fromUtf8(line).trimmed();
            if (!name.isEmpty() && !name.startsWith(QLatin1Char('#')))
                out << name;
        }
        return out;
    }();
    return names;
}

std::optional<QString> resolve(const QString& recommender, const QHash<QString, QString>& mapped)
{
    const QString text = text::clean(recommender);
    if (text.isEmpty())
        return std::nullopt;
    const QString k = key(text);
    if (const auto m = mapped.constFind(k); m != mapped.constEnd() && Region::find(*m))
        return Region::find(*m)->name;
    if (const Region* r = Region::find(text))
        return r->name;
    for (const QString& ending : departmentEndings()) {
        if (k.endsWith(ending) && k.size() > ending.size()) {
            if (const Region* r = Region::find(k.left(k.size() - ending.size())))
                return r->name;
        }
    }
    if (isSupervisor(k) || centralKeys().contains(k) || centralKeys().contains(bareKey(text)))
        return QString::fromUtf8("中央企业");
    return std::nullopt;
}

QString acceptedForms()
{
    return Tr::tr("a province, 计划单列市, 新疆生产建设兵团 or 中央企业, written as the region (浙江省, 宁波) or its "
                  "department (江苏省工业和信息化厅, 宁波市经济和信息化局), or a central enterprise group "
                  "(中国石油天然气集团有限公司) or 国务院国资委");
}

} // namespace rb::authority
