// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Region.h"
#include "common/Tr.h"

#include "domain/Text.h"

#include <QCoreApplication>
#include <QHash>

namespace rb {

namespace {

Region province(const char* name, const char* code, int weight)
{
    const QString n = QString::fromUtf8(name);
    return {n, Region::Kind::Province, QString::fromLatin1(code), n, weight};
}

Region city(const char* name, const char* code, const char* inProvince, int weight)
{
    return {QString::fromUtf8(name), Region::Kind::City, QString::fromLatin1(code), QString::fromUtf8(inProvince),
            weight};
}

QList<Region> buildRegions()
{
    // Weights follow the rough distribution of national pilots (coastal manufacturing provinces lead).
    return {
        province("北京市", "11", 4),
        province("天津市", "12", 3),
        province("河北省", "13", 4),
        province("山西省", "14", 2),
        province("内蒙古自治区", "15", 1),
        province("辽宁省", "21", 3),
        province("吉林省", "22", 2),
        province("黑龙江省", "23", 2),
        province("上海市", "31", 5),
        province("江苏省", "32", 10),
        province("浙江省", "33", 9),
        province("安徽省", "34", 6),
        province("福建省", "35", 4),
        province("江西省", "36", 3),
        province("山东省", "37", 9),
        province("河南省", "41", 5),
        province("湖北省", "42", 5),
        province("湖南省", "43", 5),
        province("广东省", "44", 9),
        province("广西壮族自治区", "45", 2),
        province("海南省", "46", 1),
        province("重庆市", "50", 3),
        province("四川省", "51", 4),
        province("贵州省", "52", 2),
        province("云南省", "53", 2),
        province("西藏自治区", "54", 1),
        province("陕西省", "61", 3),
        province("甘肃省", "62", 1),
        province("青海省", "63", 1),
        province("宁夏回族自治区", "64", 1),
        province("新疆维吾尔自治区", "65", 1),
        city("大连市", "2102", "辽宁省", 1),
        city("青岛市", "3702", "山东省", 2),
        city("宁波市", "3302", "浙江省", 2),
        city("厦门市", "3502", "福建省", 1),
        city("深圳市", "4403", "广东省", 3),
        {QString::fromUtf8("新疆生产建设兵团"), Region::Kind::Corps, QStringLiteral("66"),
         QString::fromUtf8("新疆生产建设兵团"), 1},
        {QString::fromUtf8("中央企业"), Region::Kind::CentralSoe, QString(), QString::fromUtf8("中央企业"), 3},
    };
}

QString shortForm(const QString& name)
{
    static const char* const kSuffixes[] = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"};
    for (const char* suffix : kSuffixes) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s) && name.size() > s.size())
            return name.left(name.size() - s.size());
    }
    return name;
}

/// The English names, in the order of the regions (translated back to the Chinese name in Chinese).
// clang-format off
const char* const kEnglishNames[] = {
    QT_TRANSLATE_NOOP("rb::Region", "Beijing"), QT_TRANSLATE_NOOP("rb::Region", "Tianjin"),
    QT_TRANSLATE_NOOP("rb::Region", "Hebei"), QT_TRANSLATE_NOOP("rb::Region", "Shanxi"),
    QT_TRANSLATE_NOOP("rb::Region", "Inner Mongolia"), QT_TRANSLATE_NOOP("rb::Region", "Liaoning"),
    QT_TRANSLATE_NOOP("rb::Region", "Jilin"), QT_TRANSLATE_NOOP("rb::Region", "Heilongjiang"),
    QT_TRANSLATE_NOOP("rb::Region", "Shanghai"), QT_TRANSLATE_NOOP("rb::Region", "Jiangsu"),
    QT_TRANSLATE_NOOP("rb::Region", "Zhejiang"), QT_TRANSLATE_NOOP("rb::Region", "Anhui"),
    QT_TRANSLATE_NOOP("rb::Region", "Fujian"), QT_TRANSLATE_NOOP("rb::Region", "Jiangxi"),
    QT_TRANSLATE_NOOP("rb::Region", "Shandong"), QT_TRANSLATE_NOOP("rb::Region", "Henan"),
    QT_TRANSLATE_NOOP("rb::Region", "Hubei"), QT_TRANSLATE_NOOP("rb::Region", "Hunan"),
    QT_TRANSLATE_NOOP("rb::Region", "Guangdong"), QT_TRANSLATE_NOOP("rb::Region", "Guangxi"),
    QT_TRANSLATE_NOOP("rb::Region", "Hainan"), QT_TRANSLATE_NOOP("rb::Region", "Chongqing"),
    QT_TRANSLATE_NOOP("rb::Region", "Sichuan"), QT_TRANSLATE_NOOP("rb::Region", "Guizhou"),
    QT_TRANSLATE_NOOP("rb::Region", "Yunnan"), QT_TRANSLATE_NOOP("rb::Region", "Tibet"),
    QT_TRANSLATE_NOOP("rb::Region", "Shaanxi"), QT_TRANSLATE_NOOP("rb::Region", "Gansu"),
    QT_TRANSLATE_NOOP("rb::Region", "Qinghai"), QT_TRANSLATE_NOOP("rb::Region", "Ningxia"),
    QT_TRANSLATE_NOOP("rb::Region", "Xinjiang"), QT_TRANSLATE_NOOP("rb::Region", "Dalian"),
    QT_TRANSLATE_NOOP("rb::Region", "Qingdao"), QT_TRANSLATE_NOOP("rb::Region", "Ningbo"),
    QT_TRANSLATE_NOOP("rb::Region", "Xiamen"), QT_TRANSLATE_NOOP("rb::Region", "Shenzhen"),
    QT_TRANSLATE_NOOP("rb::Region", "Xinjiang Production and Construction Corps"),
    QT_TRANSLATE_NOOP("rb::Region", "Central state-owned enterprises"),
};
const char* const kSectorNames[] = {
    QT_TRANSLATE_NOOP("rb::Region", "Raw materials"), QT_TRANSLATE_NOOP("rb::Region", "Equipment manufacturing"),
    QT_TRANSLATE_NOOP("rb::Region", "Consumer goods"), QT_TRANSLATE_NOOP("rb::Region", "Electronics and information"),
};
// clang-format on

} // namespace

QString Region::displayName(const QString& name)
{
    const QList<Region>& regions = all();
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (regions[i].name == name)
            return QCoreApplication::translate("rb::Region", kEnglishNames[i]);
    }
    return name;
}

const QList<Region>& Region::all()
{
    static const QList<Region> regions = buildRegions();
    return regions;
}

const Region* Region::find(const QString& name)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        const QList<Region>& regions = all();
        for (int i = 0; i < regions.size(); ++i) {
            map.insert(text::nameKey(regions[i].name), i);
            map.insert(text::nameKey(shortForm(regions[i].name)), i);
        }
        map.insert(text::nameKey(QString::fromUtf8("兵团")), int(regions.size()) - 2);
        map.insert(text::nameKey(QString::fromUtf8("央企")), int(regions.size()) - 1);
        map.insert(text::nameKey(QString::fromUtf8("中央企业集团")), int(regions.size()) - 1);
        return map;
    }();
    const auto it = index.constFind(text::nameKey(name));
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

const Region* Region::findAtStart(const QString& text)
{
    const QString key = text::nameKey(text);
    const Region* best = nullptr;
    qsizetype bestLength = 0;
    for (const Region& r : all()) {
        for (const QString& form : {r.name, shortForm(r.name)}) {
            const QString k = text::nameKey(form);
            if (k.size() > bestLength && key.startsWith(k)) {
                best = &r;
                bestLength = k.size();
            }
        }
    }
    return best;
}

namespace sector {

const QStringList& all()
{
    static const QStringList names = {QString::fromUtf8("原材料"), QString::fromUtf8("装备制造"),
                                      QString::fromUtf8("消费品"), QString::fromUtf8("电子信息")};
    return names;
}

QString displayName(const QString& name)
{
    const QStringList& names = all();
    const qsizetype i = names.indexOf(name);
    return i < 0 ? name : QCoreApplication::translate("rb::Region", kSectorNames[i]);
}

QString canonical(const QString& name)
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> map;
        for (const QString& n : all())
            map.insert(text::nameKey(n), n);
        const QStringList& n = all();
        for (const char* a : {"raw materials", "raw material", "materials"})
            map.insert(text::nameKey(QString::fromLatin1(a)), n[0]);
        for (const char* a : {"equipment", "equipment manufacturing"})
            map.insert(text::nameKey(QString::fromLatin1(a)), n[1]);
        for (const char* a : {"consumer goods", "consumer"})
            map.insert(text::nameKey(QString::fromLatin1(a)), n[2]);
        for (const char* a : {"electronics", "electronic information", "electronics and information"})
            map.insert(text::nameKey(QString::fromLatin1(a)), n[3]);
        return map;
    }();
    return aliases.value(text::nameKey(name));
}

} // namespace sector

namespace category {

QString key(Category c)
{
    switch (c) {
    case Category::Scenario: return QStringLiteral("scenario");
    case Category::Factory: return QStringLiteral("factory");
    case Category::Zone: return QStringLiteral("zone");
    case Category::Reeval: return QStringLiteral("reeval");
    }
    return {};
}

std::optional<Category> fromKey(const QString& k)
{
    for (Category c : {Category::Scenario, Category::Factory, Category::Zone, Category::Reeval}) {
        if (key(c) == k)
            return c;
    }
    return std::nullopt;
}

QString codePrefix(Category c)
{
    switch (c) {
    case Category::Scenario: return QStringLiteral("SCN");
    case Category::Factory: return QStringLiteral("FAC");
    case Category::Zone: return QStringLiteral("ZON");
    case Category::Reeval: return QStringLiteral("REV");
    }
    return {};
}

QString chineseName(Category c)
{
    switch (c) {
    case Category::Scenario: return QString::fromUtf8("智能制造优秀场景");
    case Category::Factory: return QString::fromUtf8("智能制造示范工厂");
    case Category::Zone: return QString::fromUtf8("智能制造先行区");
    case Category::Reeval: return QString::fromUtf8("复评");
    }
    return {};
}

QString displayName(Category c)
{
    switch (c) {
    case Category::Scenario: return Tr::tr("Excellent scenario");
    case Category::Factory: return Tr::tr("Demonstration factory");
    case Category::Zone: return Tr::tr("Pioneer zone");
    case Category::Reeval: return Tr::tr("Re-evaluation");
    }
    return {};
}

bool requiresCreditCode(Category c)
{
    return c == Category::Scenario || c == Category::Factory;
}

} // namespace category

} // namespace rb
