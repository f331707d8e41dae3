// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace rb {

/// A recommending authority (推荐单位) and the region it stands for: the 31 provinces,
/// the 5 separately planned cities (计划单列市), the XPCC (兵团) and the central SOEs (中央企业).
struct Region {
    enum class Kind { Province, City, Corps, CentralSoe };
    QString name; ///< canonical Chinese name, e.g. "浙江省"
    Kind kind;
    QString divisionCode; ///< administrative division prefix (2 or 4 digits), empty for SOEs
    QString province;     ///< the province a city lies in; the region itself otherwise
    int weight;           ///< rough share of applications, for synthetic data

    /// All 38 regions in the official order.
    static const QList<Region>& all();
    /// Finds a region by its name, a short form ("浙江", "广西", "兵团", "央企") or English.
    static const Region* find(const QString& name);
    /// The name shown to the user: the Chinese name in Chinese, the English name (Zhejiang) in English; a name that is
    /// not a region is returned as it is.
    static QString displayName(const QString& name);
    /// The region whose name or short form \a text starts with ("浙江省杭州市" -> 浙江省, "宁波市北仑区" -> 宁波市),
    /// the longest such; nullptr when none.
    static const Region* findAtStart(const QString& text);
};

/// The four sectors (所属行业) of the factory programme.
namespace sector {
const QStringList& all();
/// The canonical name for a name or English alias, or a null string.
QString canonical(const QString& name);
/// The name shown to the user (消费品 / Consumer goods); another value is returned as it is.
QString displayName(const QString& name);
} // namespace sector

/// The category of a round.
enum class Category { Scenario, Factory, Zone, Reeval };

namespace category {
QString key(Category c); ///< "scenario", ...
std::optional<Category> fromKey(const QString& key);
QString codePrefix(Category c);  ///< "SCN", "FAC", "ZON", "REV"
QString chineseName(Category c); ///< 智能制造优秀场景, ...
QString displayName(Category c); ///< translated
bool requiresCreditCode(Category c);
} // namespace category

} // namespace rb
