// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/States.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

/// An organisation that applies (申报单位).
struct Applicant {
    qint64 id = 0;
    QString uid;
    QString name;
    QString creditCode; ///< empty when unknown (allowed in zone and re-evaluation rounds)
    friend bool operator==(const Applicant&, const Applicant&) = default;
};

/// An application (申报项目) in a round. A pioneer-zone application may have several applicants.
struct Application {
    qint64 id = 0;
    QString uid;
    QString code;     ///< 申报编号, unique in the round
    QString title;    ///< 项目名称
    QString province; ///< 所在地区: a Region name
    QString sector;   ///< 所属行业, may be empty
    QString recommender; ///< 推荐单位 as the table writes it (江苏省工业和信息化厅, 中国石油天然气集团有限公司 …)
    QString authority;           ///< the recommending authority it stands for: a Region name; quotas count by it
    std::optional<int> priority; ///< 推荐顺序 within the recommender
    QString state = states::key(states::State::Recommended);
    QList<Applicant> applicants;

    [[nodiscard]] QString applicantNames() const; ///< "A;B"
    [[nodiscard]] QString creditCodes() const;    ///< "X;Y" (empty codes kept as empty parts)
};

/// A member of the expert roster (评审专家).
struct Expert {
    qint64 id = 0;
    QString uid;
    QString code; ///< 专家编号, unique in the round
    QString name;
    QString organisation;
    QString organisationCreditCode;
    QString province;
    QStringList fields; ///< 专业领域
    QString contact;    ///< 联系方式: phone, e-mail (several columns of a roster joined)
    QString title;      ///< 职称
};

} // namespace rb
