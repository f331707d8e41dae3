// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/Demo.h"

#include <QHash>

namespace rb::demo::detail {

namespace {
QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

const QStringList& surnames()
{
    static const QStringList list = split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 "
                                          "许 韩 冯 邓 曹 彭 曾 萧 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 沈 任");
    return list;
}

const QStringList& givenNameCharacters()
{
    static const QStringList list = split("伟 芳 娜 敏 静 磊 军 洋 勇 艳 杰 涛 明 超 秀 霞 平 刚 桂 华 建 国 志 强 "
                                          "文 斌 宁 晨 浩 宇 欣 悦 鹏 飞 海 波 雪 梅 丽 峰 博 立 新 春 晓 慧 振 东");
    return list;
}

const QStringList& brandCharacters()
{
    static const QStringList list = split("恒 瑞 华 鑫 宏 博 天 中 联 新 远 达 盛 泰 科 源 嘉 信 安 通 德 兴 金 亿 "
                                          "创 智 海 星 辰 永 昌 隆 丰 锦 汇 航 卓 越 凯 力 威 诚 益 合 拓 英 润");
    return list;
}

QStringList industryWords(const QString& sector)
{
    static const QHash<QString, QStringList> words = {
        {QString::fromUtf8("原材料"), split("钢铁 化工 新材料 有色金属 建材 石化 铝业 特种玻璃 精细化工 水泥")},
        {QString::fromUtf8("装备制造"), split("重工 精密机械 智能装备 汽车零部件 机床 电气 工程机械 轨道交通装备 船舶 "
                                              "液压 风电装备 航空部件")},
        {QString::fromUtf8("消费品"), split("食品 纺织 家电 医药 家居 乳业 服饰 日化 饮料 造纸")},
        {QString::fromUtf8("电子信息"), split("电子 半导体 光电 通信 智能终端 集成电路 显示 新能源电池 传感器 "
                                              "印制电路")},
    };
    return words.value(sector);
}

QStringList productWords(const QString& sector)
{
    static const QHash<QString, QStringList> words = {
        {QString::fromUtf8("原材料"), split("高品质特钢 绿色建材 高性能树脂 铝合金型材 电子级化学品 光伏玻璃")},
        {QString::fromUtf8("装备制造"), split("高端数控机床 工程机械 新能源汽车零部件 工业机器人 大型铸锻件 智能农机")},
        {QString::fromUtf8("消费品"), split("乳制品 功能性纺织品 智能家电 中药饮片 定制家居 休闲食品")},
        {QString::fromUtf8("电子信息"),
         split("功率半导体 新型显示面板 锂离子电池 5G通信模组 智能传感器 高端印制电路板")},
    };
    return words.value(sector);
}

const QStringList& scenarioNames()
{
    static const QStringList list =
        split("工厂数字化规划设计 数字基础设施建设 数字孪生工厂构建 产品数字化设计 产品虚拟验证 工艺数字化设计 "
              "制造工程优化 生产计划优化 车间智能排产 生产进度跟踪 生产动态调度 仓储智能管理 物料精准配送 "
              "危险作业自动化 安全一体化管控 能源智能管控 碳资产全生命周期管理 污染在线管理 网络协同制造 "
              "柔性产线快速换产 工艺动态优化 先进过程控制 人机协同作业 在线智能检测 质量精准追溯 质量分析与改进 "
              "设备运行监控 设备故障诊断与预测 设备维修维护 智能经营决策 数智精益管理 规模化定制 产品精准营销 "
              "远程运维服务 产品增值服务 客户主动服务 供应链数字化管理 采购计划优化协同 供应链风险预警与调度 "
              "供应链物流智能配送");
    return list;
}

const QList<QPair<QString, QString>>& institutions()
{
    static const QList<QPair<QString, QString>> list = [] {
        const char* const data[][2] = {
            {"清华大学", "北京市"},
            {"北京航空航天大学", "北京市"},
            {"北京理工大学", "北京市"},
            {"中国电子技术标准化研究院", "北京市"},
            {"中国信息通信研究院", "北京市"},
            {"国家工业信息安全发展研究中心", "北京市"},
            {"机械工业仪器仪表综合技术经济研究所", "北京市"},
            {"中国科学院自动化研究所", "北京市"},
            {"上海交通大学", "上海市"},
            {"同济大学", "上海市"},
            {"上海工业自动化仪表研究院", "上海市"},
            {"浙江大学", "浙江省"},
            {"东南大学", "江苏省"},
            {"南京航空航天大学", "江苏省"},
            {"华中科技大学", "湖北省"},
            {"武汉理工大学", "湖北省"},
            {"西安交通大学", "陕西省"},
            {"西北工业大学", "陕西省"},
            {"哈尔滨工业大学", "黑龙江省"},
            {"大连理工大学", "大连市"},
            {"东北大学", "辽宁省"},
            {"天津大学", "天津市"},
            {"华南理工大学", "广东省"},
            {"广东工业大学", "广东省"},
            {"重庆大学", "重庆市"},
            {"四川大学", "四川省"},
            {"电子科技大学", "四川省"},
            {"山东大学", "山东省"},
            {"合肥工业大学", "安徽省"},
            {"中南大学", "湖南省"},
            {"湖南大学", "湖南省"},
            {"郑州大学", "河南省"},
            {"厦门大学", "厦门市"},
            {"福州大学", "福建省"},
            {"中国机械工业联合会", "北京市"},
            {"中国石油和化学工业联合会", "北京市"},
            {"中国钢铁工业协会", "北京市"},
            {"中国轻工业联合会", "北京市"},
        };
        QList<QPair<QString, QString>> out;
        for (const auto& d : data)
            out.append({QString::fromUtf8(d[0]), QString::fromUtf8(d[1])});
        return out;
    }();
    return list;
}

QStringList citiesOf(const QString& region)
{
    static const QHash<QString, QStringList> cities = [] {
        const char* const data[][2] = {
            {"北京市", "北京"},
            {"天津市", "天津"},
            {"河北省", "石家庄 唐山 保定 沧州"},
            {"山西省", "太原 大同 长治"},
            {"内蒙古自治区", "呼和浩特 包头 鄂尔多斯"},
            {"辽宁省", "沈阳 鞍山 营口"},
            {"吉林省", "长春 吉林"},
            {"黑龙江省", "哈尔滨 齐齐哈尔 大庆"},
            {"上海市", "上海"},
            {"江苏省", "苏州 无锡 常州 南京 南通 徐州"},
            {"浙江省", "杭州 绍兴 嘉兴 湖州 台州 温州"},
            {"安徽省", "合肥 芜湖 马鞍山 滁州"},
            {"福建省", "福州 泉州 漳州"},
            {"江西省", "南昌 赣州 九江"},
            {"山东省", "济南 烟台 潍坊 淄博 临沂"},
            {"河南省", "郑州 洛阳 许昌 新乡"},
            {"湖北省", "武汉 宜昌 襄阳 十堰"},
            {"湖南省", "长沙 株洲 湘潭"},
            {"广东省", "广州 佛山 东莞 珠海 惠州"},
            {"广西壮族自治区", "南宁 柳州 桂林"},
            {"海南省", "海口"},
            {"重庆市", "重庆"},
            {"四川省", "成都 绵阳 德阳 宜宾"},
            {"贵州省", "贵阳 遵义"},
            {"云南省", "昆明 曲靖"},
            {"西藏自治区", "拉萨"},
            {"陕西省", "西安 宝鸡 咸阳"},
            {"甘肃省", "兰州 天水"},
            {"青海省", "西宁"},
            {"宁夏回族自治区", "银川 石嘴山"},
            {"新疆维吾尔自治区", "乌鲁木齐 克拉玛依"},
            {"大连市", "大连"},
            {"青岛市", "青岛"},
            {"宁波市", "宁波"},
            {"厦门市", "厦门"},
            {"深圳市", "深圳"},
            {"新疆生产建设兵团", "石河子 五家渠"},
            {"中央企业", "中国 中"},
        };
        QHash<QString, QStringList> map;
        for (const auto& d : data)
            map.insert(QString::fromUtf8(d[0]), split(d[1]));
        return map;
    }();
    return cities.value(region);
}

} // namespace rb::demo::detail
