// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Aliases.h"

namespace rb::import {

namespace {

/// A field from UTF-8 literals: the English key, the canonical Chinese header, then the other headers.
Field field(const char* key, const char* chinese, std::initializer_list<const char*> aliases, bool required)
{
    Field f{QString::fromLatin1(key), QString::fromUtf8(chinese), {}, required};
    for (const char* a : aliases)
        f.aliases << QString::fromUtf8(a);
    return f;
}

/// A field several columns may fill (their values are joined).
Field joinedField(const char* key, const char* chinese, std::initializer_list<const char*> aliases)
{
    Field f = field(key, chinese, aliases, false);
    f.joined = true;
    return f;
}

} // namespace

QList<Field> fieldsOf(Sheet sheet, Category category)
{
    switch (sheet) {
    case Sheet::Applications:
        return {
            // Without a 申报编号 column, codes are made from the authority, applicant and title.
            field("code", "申报编号", {"编号", "项目编号", "申报项目编号"}, false),
            field("applicant", "申报单位", {"申报单位名称", "单位名称", "企业名称", "申报企业", "申报企业名称"}, true),
            field("credit_code", "统一社会信用代码", {"信用代码", "社会信用代码", "申报单位统一社会信用代码"},
                  category::requiresCreditCode(category)),
            field("province", "所在地区", {"地区", "省份", "所在省份", "所在地", "所在省（区、市）", "省（区、市）"},
                  true),
            field("sector", "所属行业", {"行业", "行业领域", "所属领域"}, false),
            field("title", "项目名称",
                  {"名称", "场景名称", "工厂名称", "申报项目名称", "示范工厂名称", "优秀场景名称", "先行区名称"}, true),
            field("recommender", "推荐单位", {"推荐部门", "推荐单位名称"}, false),
            field("priority", "推荐顺序", {"推荐次序", "推荐排序", "排序"}, false),
        };
    case Sheet::Experts:
        return {
            field("code", "专家编号", {"编号"}, true),
            field("name", "姓名", {"专家姓名"}, true),
            field("organisation", "工作单位", {"organization", "单位", "单位名称", "所在单位"}, true),
            field("organisation_credit_code", "单位统一社会信用代码",
                  {"organization_credit_code", "单位信用代码", "统一社会信用代码"}, false),
            field("province", "所在地区", {"地区", "省份", "所在省份", "所在地"}, false),
            field("fields", "专业领域", {"领域", "专业", "研究方向", "熟悉领域"}, false),
            joinedField("contact", "联系方式", {"电话", "联系电话", "手机", "手机号码", "电子邮箱", "邮箱"}),
            field("title", "职称", {"技术职称", "专业技术职称", "职务/职称"}, false),
        };
    case Sheet::Criteria:
        return {
            field("code", "指标编号", {"编号", "序号"}, true),
            field("name", "指标名称", {"名称", "评价指标"}, true),
            field("parent", "上级指标", {"上级指标编号", "上级编号"}, false),
            field("max", "分值", {"满分", "最高分"}, false),
            field("kind", "类型", {"指标类型"}, true),
            field("guidance", "评分要点", {"评分标准", "说明"}, false),
            field("bands", "评分档次", {"档次"}, false),
        };
    case Sheet::Conflicts:
        return {
            field("expert", "专家编号", {"专家"}, true),
            field("application", "申报编号", {"项目编号"}, true),
            field("reason", "回避理由", {"理由", "回避原因"}, true),
        };
    case Sheet::Scores:
        return {
            field("expert", "专家编号", {}, true),
            field("application", "申报编号", {}, true),
            field("criterion", "指标编号", {}, true),
            field("score", "得分", {"分数"}, true),
            field("comment", "意见", {"评分意见", "备注"}, false),
        };
    case Sheet::Committee:
        return {
            field("name", "姓名", {"委员姓名", "专家姓名"}, true),
            field("organisation", "工作单位", {"单位", "所在单位", "单位名称"}, false),
            field("role", "职务", {"委员会职务", "角色", "担任职务"}, false),
        };
    case Sheet::Calendar:
        return {
            field("date", "日期", {"day"}, true),
            field("kind", "类型", {"安排", "休/班"}, true),
            field("note", "说明", {"节日", "名称", "备注"}, false),
        };
    }
    return {};
}

QStringList silentlyIgnored(Sheet sheet)
{
    QStringList headers = {QString::fromUtf8("序号"), QStringLiteral("No."), QStringLiteral("NO")};
    if (sheet == Sheet::Criteria)
        headers.clear(); // 序号 is the criterion's number there
    if (sheet == Sheet::Experts) {
        for (const char* h : {"职务", "性别", "出生年月", "年龄", "学历", "学位", "身份证号", "身份证号码", "证件号码",
                              "传真", "通讯地址", "邮编", "备注"})
            headers << QString::fromUtf8(h);
    }
    if (sheet == Sheet::Committee) {
        for (const char* h : {"职称", "性别", "手机", "联系电话", "电子邮箱", "备注", "研究方向", "专业领域"})
            headers << QString::fromUtf8(h);
    }
    if (sheet == Sheet::Applications) {
        for (const char* h : {"联系人", "联系电话", "手机", "电子邮箱", "备注", "所属地市", "地市", "企业性质"})
            headers << QString::fromUtf8(h);
    }
    return headers;
}

} // namespace rb::import
