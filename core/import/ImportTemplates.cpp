// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportTemplates.h"
#include "common/Tr.h"

#include "io/XlsxWriter.h"

namespace rb::import {

namespace {

struct Column {
    const char* key;
    const char* explanation; ///< what the column takes (Chinese, for the 填表说明 sheet)
    const char* example;
    bool text; ///< kept as text (codes with leading zeros, credit codes)
};

QList<Column> columnsOf(Sheet sheet)
{
    switch (sheet) {
    case Sheet::Applications:
        return {
            {"code", "本批次内唯一；可不填，不填时按推荐主体、申报单位和项目名称自动生成", "A001", true},
            {"applicant", "申报单位全称；联合申报的多个单位用“；”分隔", "示例智能装备有限公司", false},
            {"credit_code", "18位统一社会信用代码，每个申报单位一个，顺序与申报单位一致", "91320500MA1AAAA01E", true},
            {"province", "31个省（区、市）、计划单列市、新疆生产建设兵团或中央企业，如“江苏省”“宁波市”", "江苏省",
             false},
            {"sector", "原材料、装备制造、消费品或电子信息", "装备制造", false},
            {"title", "项目（场景、工厂、先行区）名称", "柔性产线快速换产", false},
            {"recommender", "推荐单位，可写主管部门全称，如“江苏省工业和信息化厅”；中央企业写集团名称",
             "江苏省工业和信息化厅", false},
            {"priority", "推荐顺序，从1起的整数，同一推荐单位内不重复", "1", false},
        };
    case Sheet::Experts:
        return {
            {"code", "本批次内唯一，如 001", "001", true},
            {"name", "专家姓名", "张伟", false},
            {"organisation", "工作单位全称（用于回避判断）", "示例大学", false},
            {"organisation_credit_code", "工作单位的统一社会信用代码（可不填；填写后回避判断更准确）", "", true},
            {"province", "所在地区，如“北京市”“浙江省杭州市”", "北京市", false},
            {"fields", "专业领域，多个用“；”或“、”分隔", "装备制造；工业互联网", false},
            {"contact", "手机、电子邮箱等联系方式", "13800000000", true},
            {"title", "职称", "教授级高级工程师", false},
        };
    case Sheet::Criteria:
        return {
            {"code", "指标编号，如 1、1.1", "1.1", true},
            {"name", "指标名称", "技术先进性", false},
            {"parent", "上级指标编号；一级指标不填", "1", true},
            {"max", "分值；二级指标（计分项）必填，计分项合计100分", "10", false},
            {"kind", "points（计分）或 veto（否决项）", "points", false},
            {"guidance", "评分要点", "关键工序数控化率、数据贯通程度", false},
            {"bands", "评分档次（分值的百分比），如 优:85-100;良:60-85;中:40-60;差:0-40", "", false},
        };
    case Sheet::Conflicts:
        return {
            {"expert", "专家编号", "001", true},
            {"application", "申报编号", "A001", true},
            {"reason", "回避理由", "曾为申报单位提供咨询", false},
        };
    case Sheet::Scores:
        return {
            {"expert", "专家编号", "001", true},
            {"application", "申报编号", "A001", true},
            {"criterion", "指标编号", "1.1", true},
            {"score", "得分：0至该指标分值，整数或半分；否决项 1=触发，0=未触发", "8.5", false},
            {"comment", "评分意见（可不填；评分位于最高或最低档时按本批次要求填写）", "", false},
        };
    case Sheet::Committee:
        return {
            {"name", "委员姓名", "王建国", false},
            {"organisation", "工作单位全称", "示例大学", false},
            {"role", "主任委员、副主任委员、委员或秘书；不填为委员；主任委员只有一位", "委员", false},
        };
    case Sheet::Calendar:
        return {
            {"date", "日期，如 2027-10-01", "2027-10-01", true},
            {"kind", "放假 或 上班（调休）", "放假", false},
            {"note", "节日名称", "国庆节", false},
        };
    }
    return {};
}

QString titleOf(Sheet sheet)
{
    switch (sheet) {
    case Sheet::Applications: return QString::fromUtf8("申报项目推荐汇总表");
    case Sheet::Experts: return QString::fromUtf8("评审专家名单");
    case Sheet::Criteria: return QString::fromUtf8("评价指标");
    case Sheet::Conflicts: return QString::fromUtf8("回避关系");
    case Sheet::Scores: return QString::fromUtf8("专家评分录入表");
    case Sheet::Calendar: return QString::fromUtf8("节假日安排");
    case Sheet::Committee: return QString::fromUtf8("评审委员会名单");
    }
    return {};
}

} // namespace

QStringList templateKinds()
{
    return {QStringLiteral("applications"), QStringLiteral("experts"), QStringLiteral("criteria"),
            QStringLiteral("scores"), QStringLiteral("committee")};
}

std::optional<Sheet> templateKind(const QString& name)
{
    const QList<Sheet> sheets = {Sheet::Applications, Sheet::Experts, Sheet::Criteria, Sheet::Scores, Sheet::Committee};
    const qsizetype i = templateKinds().indexOf(name);
    return i < 0 ? std::nullopt : std::optional<Sheet>(sheets[i]);
}

Status writeTemplate(Sheet sheet, Category category, const QString& path)
{
    const QList<Field> fields = fieldsOf(sheet, category);
    const QList<Column> columns = columnsOf(sheet);
    io::XlsxSheet form;
    form.name = titleOf(sheet);
    form.title = titleOf(sheet);
    form.formatWholeColumns = true;
    form.printable = true;
    io::XlsxSheet help;
    help.name = QString::fromUtf8("填表说明");
    help.header = {QString::fromUtf8("列"), QString::fromUtf8("必填"), QString::fromUtf8("说明"),
                   QString::fromUtf8("示例")};
    help.widths = {22, 8, 70, 26};
    help.printable = true;
    for (const Column& c : columns) {
        const auto field =
            std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.key == QLatin1String(c.key); });
        if (field == fields.end())
            continue;
        const QString header = (field->required ? QStringLiteral("*") : QString()) + field->chinese;
        form.header << header;
        form.numberFormats << (c.text ? QStringLiteral("@") : QString());
        form.widths << std::max(12, std::min(40, int(QString::fromUtf8(c.example).size()) * 2 + 4));
        help.rows.append({header, field->required ? QString::fromUtf8("是") : QString::fromUtf8("否"),
                          QString::fromUtf8(c.explanation), QString::fromUtf8(c.example)});
    }
    help.rows.append(QVariantList());
    help.rows.append({QString::fromUtf8("说明"), QString(),
                      QString::fromUtf8("第一张表从表头下一行起逐行填写，不要改动表头；带 * 的列必须填写。"),
                      QString()});
    help.rows.append({QString(), QString(),
                      QString::fromUtf8("表头上方的标题、表格下方的说明行和“序号”列在导入时会自动跳过。"), QString()});
    return io::writeXlsx(path, {form, help});
}

} // namespace rb::import
