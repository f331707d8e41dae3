// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDossier.h"

#include "repo/ApplicationRepository.h"
#include "review/Dossiers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

namespace rb::ui::demo {

namespace {

/// Numbers derived from the code, so a dossier is the same every time.
int figure(const QString& code, int salt, int low, int high)
{
    const QByteArray h = QCryptographicHash::hash((code + QString::number(salt)).toUtf8(), QCryptographicHash::Md5);
    const auto v = quint32(uchar(h[0])) << 8 | uchar(h[1]);
    return low + int(v % quint32(high - low + 1));
}

QString html(const Round& round, const Application& a)
{
    const QString kind = category::chineseName(round.category);
    const int efficiency = figure(a.code, 1, 18, 46);
    const int cycle = figure(a.code, 2, 20, 38);
    const int defects = figure(a.code, 3, 25, 52);
    const int energy = figure(a.code, 4, 8, 24);
    const int invest = figure(a.code, 5, 3, 60) * 1000;
    const int level = figure(a.code, 6, 2, 4);
    QString applicants;
    for (const Applicant& p : a.applicants)
        applicants += QStringLiteral("%1（%2）<br/>").arg(p.name.toHtmlEscaped(), p.creditCode);
    return QString::fromUtf8(
               "<h2 align='center'>%1申报书</h2><p align='center'>%2</p>"
               "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
               "<tr><td width='25%'>项目名称</td><td>%3</td></tr><tr><td>申报单位</td><td>%4</td></tr>"
               "<tr><td>所在地区</td><td>%5</td></tr><tr><td>所属行业</td><td>%6</td></tr>"
               "<tr><td>申报编号</td><td>%7</td></tr><tr><td>总投资</td><td>%8 万元</td></tr></table>"
               "<h3>一、企业基本情况</h3><p>申报单位长期深耕%6领域，建有省级企业技术中心，近三年未发生重大安全、"
               "环保、质量事故，信用记录良好。依据 GB/T 39116 开展智能制造能力成熟度自评估，达到%9级。</p>"
               "<h3>二、建设内容</h3><p>围绕设计、生产、管理、服务全流程，建设基于 5G 与工业互联网的数字化车间，"
               "部署制造执行系统、高级计划排程、在线智能检测与设备预测性维护，实现关键工序数控化和数据贯通。"
               "关键装备与工业软件采用安全可控方案，建立网络与数据安全防护体系。</p>"
               "<h3>三、实施成效（建设前基线与当前对比）</h3>"
               "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
               "<tr><th>指标</th><th>变化</th></tr><tr><td>生产效率</td><td>提升 %10%</td></tr>"
               "<tr><td>产品研制周期</td><td>缩短 %11%</td></tr><tr><td>产品不良品率</td><td>降低 %12%</td></tr>"
               "<tr><td>单位产值综合能耗</td><td>降低 %13%</td></tr></table>"
               "<h3>四、推广价值</h3><p>形成可复制推广的行业解决方案，已向产业链上下游 %14 家企业输出经验。</p>"
               "<p style='color:#888'>（本申报书为 ReviewBench 演示数据，内容为合成示例。）</p>")
        .arg(kind, round.title.toHtmlEscaped(), a.title.toHtmlEscaped(), applicants, a.province, a.sector, a.code)
        .arg(invest)
        .arg(level)
        .arg(efficiency)
        .arg(cycle)
        .arg(defects)
        .arg(energy)
        .arg(figure(a.code, 7, 5, 60));
}

} // namespace

QByteArray dossierPdf(const Round& round, const Application& application)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(application.title);
    writer.setCreator(QStringLiteral("ReviewBench demo"));
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setHtml(html(round, application));
    doc.print(&writer); // lays the text out for the writer's resolution and breaks it into pages
    return buffer.data();
}

Result<int> attachDossiers(db::Database& db, const Round& round, int count)
{
    Result<QList<Application>> apps = ApplicationRepository(db, round.id).list();
    if (!apps)
        return apps.takeError();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::io(scratch.errorString());
    DossierRepository dossiers(db, round);
    db::Transaction tx(db);
    RB_TRY(tx.status());
    int attached = 0;
    for (const Application& a : *apps) {
        if (attached >= count)
            break;
        const QString path = scratch.filePath(QStringLiteral("%1 申报书.pdf").arg(a.code));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(dossierPdf(round, a)) < 0)
            return Error::io(file.errorString());
        file.close();
        Result<Dossier> d = dossiers.attach(a.id, path);
        if (!d)
            return d.takeError();
        ++attached;
    }
    RB_TRY(tx.commit());
    return attached;
}

} // namespace rb::ui::demo
