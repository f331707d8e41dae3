// SPDX-License-Identifier: GPL-3.0-or-later
// 公示名单: the applications on public notice, the period and how to object.
#include "common/Tr.h"
#include "report/Builders.h"

#include "notice/PublicNotice.h"

namespace rb::report::detail {

namespace {

QString chineseDate(const QDate& day)
{
    return zh("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

} // namespace

Result<QList<Block>> noticeList(Context& c)
{
    Result<QList<notice::Notice>> notices = notice::NoticeService(c.db, c.round).notices();
    if (!notices)
        return notices.takeError();
    QList<Block> blocks;
    for (const notice::Notice& n : *notices) {
        if (!c.request.application.isEmpty() && !n.applications.contains(c.request.application))
            continue;
        if (!blocks.isEmpty())
            blocks << PageBreak{};
        blocks << Heading{1, zh("公示名单")};
        if (!n.title.isEmpty())
            blocks << Heading{2, n.title};
        blocks << Paragraph{zh("根据评审工作安排，经形式审查、专家评审和论证，现将拟入选项目名单予以公示（共 %1 项）。")
                                .arg(n.applications.size())};
        blocks << Paragraph{
            zh("公示期：%1至%2（%3个工作日）。").arg(chineseDate(n.start), chineseDate(n.end)).arg(n.workingDays),
            true};
        Table t;
        t.columns = {{zh("序号"), 0.5, Align::Center},     {zh("申报编号"), 1.3, Align::Center},
                     {zh("项目名称"), 2.8, Align::Left},   {zh("申报单位"), 2.4, Align::Left},
                     {zh("所在地区"), 1.0, Align::Center}, {zh("所属行业"), 0.9, Align::Center}};
        QStringList codes = n.applications;
        std::sort(codes.begin(), codes.end());
        int i = 0;
        for (const QString& code : codes) {
            // The whole list is printed even when one application was asked for: it is one public document.
            const Application* a = c.application(code);
            t.rows << QStringList{QString::number(++i),        code,
                                  a ? a->title : QString(),    a ? applicants(*a) : QString(),
                                  a ? a->province : QString(), a ? a->sector : QString()};
        }
        blocks << t;
        blocks << Heading{2, zh("异议方式")};
        blocks << Paragraph{zh(
            "公示期间，任何单位或个人对公示项目有异议的，请在公示期内以书面形式提出，写明异议项目、事实依据和联系方式，"
            "并附必要的证明材料。单位提出异议的，须加盖单位公章；个人提出异议的，须签署真实姓名。"
            "匿名、逾期或无事实依据的异议不予受理。")};
        blocks << Paragraph{zh("联系方式：") + (n.contact.isEmpty() ? zh("（见公示通知）") : n.contact)};
        blocks << Paragraph{zh("公示日期：") + chineseDate(n.start)};
    }
    if (blocks.isEmpty())
        return Error::input(Tr::tr("the round has no public notice to print"));
    return blocks;
}

} // namespace rb::report::detail
