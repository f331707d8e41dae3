// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// The recommending authority (推荐单位 as a quota counts it) behind a recommender as people write it: a
/// province's department (江苏省工业和信息化厅, 宁波市经济和信息化局, 上海市经济和信息化委员会, 新疆生产建设兵团工业和
/// 信息化局 …), a bare province or city name, a central enterprise group (中国石油天然气集团有限公司) or their
/// supervisor (国务院国资委), which stand for 中央企业.
namespace rb::authority {

/// The key under which a mapping of \a recommender is remembered (its organisation key).
QString key(const QString& recommender);

/// The authority (a Region name: a province, a 计划单列市, 新疆生产建设兵团 or 中央企业) \a recommender stands
/// for, looking first in \a mapped (key() -> Region name, the round's remembered choices); nothing when it names
/// no known authority.
std::optional<QString> resolve(const QString& recommender, const QHash<QString, QString>& mapped = {});

/// The central enterprise groups ReviewBench knows (resources/authorities/central-enterprises.txt).
const QStringList& centralEnterprises();

/// "江苏省工业和信息化厅, 浙江, 中国石油天然气集团有限公司 …": the accepted forms, for messages.
QString acceptedForms();

} // namespace rb::authority
