// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AccessLetters.h"

#include "report/Builders.h"

#include <QFileInfo>

namespace rb::report {

using detail::zh;

Document accessLetters(const Round& round, const QList<package::IssuedPackage>& issued, const QString& date)
{
    Document doc;
    doc.title = zh("评审包访问码通知");
    doc.roundTitle = round.title;
    doc.date = date;
    bool first = true;
    for (const package::IssuedPackage& p : issued) {
        if (p.skipped || p.accessCode.isEmpty())
            continue;
        if (!first)
            doc.blocks << PageBreak{};
        first = false;
        doc.blocks << Heading{1, zh("评审包访问码通知")};
        doc.blocks << Paragraph{zh("%1 专家（编号 %2）：").arg(p.expertName, p.expertCode), true};
        doc.blocks << Paragraph{zh("您好！现将“%1”的评审包访问码告知如下。评审包文件另行发送给您，本通知与评审包"
                                   "不会通过同一渠道送达。")
                                    .arg(round.title)};
        doc.blocks << Fields{2,
                             {{zh("评审包文件"), QFileInfo(p.path).fileName()},
                              {zh("版本"), zh("第 %1 版").arg(p.revision)},
                              {zh("访问码"), p.accessCode},
                              {zh("秘书处密钥指纹"), p.roundFingerprint}}};
        doc.blocks << Heading{2, zh("使用方法")};
        doc.blocks << Paragraph{
            zh("1. 用 ReviewBench 评审工作台打开评审包文件，按提示输入上面的访问码（不区分大小写，短横线可省略）。"
               "访问码只用于本评审包，请勿转告他人。")};
        doc.blocks << Paragraph{
            zh("2. 打开后请核对窗口中显示的秘书处密钥指纹与本通知一致；不一致时说明评审包在传递中被替换，请勿评分，"
               "并立即与秘书处联系。")};
        doc.blocks << Paragraph{
            zh("3. 评分过程中所填内容随时自动保存。全部完成后点击“提交”：评分即以您的密钥封存，之后不能再修改。")};
        doc.blocks << Paragraph{
            zh("4. 将提交后的评审包文件（%1）按秘书处指定的方式交回。申报材料已加密，只有持访问码者能够阅读，"
               "请勿将申报材料另行保存或转发。")
                .arg(QFileInfo(p.path).fileName())};
        doc.blocks << Signatures{{zh("秘书处（盖章）"), zh("日期")}};
    }
    return doc;
}

} // namespace rb::report
