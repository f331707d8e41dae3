// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Document.h"
#include "common/Tr.h"

#include "report/Builders.h"

#include "common/Clock.h"
#include "repo/ApplicationRepository.h"
#include "repo/ExpertRepository.h"

namespace rb::report {

namespace {

struct KindName {
    Kind kind;
    const char* key;
    const char* title;
};

const KindName kKinds[] = {
    {Kind::ScoringSheet, "scoring-sheet", "专家评分表"},
    {Kind::Opinions, "opinions", "专家评审意见表"},
    {Kind::Summary, "summary", "评分汇总表"},
    {Kind::Ranking, "ranking", "排名表（拟入选名单）"},
    {Kind::Minutes, "minutes", "论证意见"},
    {Kind::Notice, "notice", "公示名单"},
    {Kind::Statistics, "statistics", "评审统计"},
    {Kind::Weights, "weights", "评价指标权重确定表（层次分析法）"},
};

} // namespace

QString key(Kind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<Kind> kindFromKey(const QString& key)
{
    for (const KindName& k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QStringList kindKeys()
{
    QStringList keys;
    for (const KindName& k : kKinds)
        keys << QString::fromLatin1(k.key);
    return keys;
}

QString title(Kind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QString::fromUtf8(k.title);
    }
    return {};
}

Result<Document> build(db::Database& db, const Round& round, const Request& request)
{
    Result<QList<Application>> applications = ApplicationRepository(db, round.id).list();
    if (!applications)
        return applications.takeError();
    Result<QList<Expert>> experts = ExpertRepository(db, round.id).list();
    if (!experts)
        return experts.takeError();
    detail::Context context{db, round, request, std::move(*applications), {}, {}};
    for (qsizetype i = 0; i < context.applications.size(); ++i)
        context.index.insert(context.applications[i].code, i);
    if (!request.application.isEmpty() && !context.index.contains(request.application))
        return Error::usage(Tr::tr("no application %1 in round %2").arg(request.application, round.code));
    for (Expert& e : *experts)
        context.experts.insert(e.code, std::move(e));
    if (!request.expert.isEmpty() && !context.experts.contains(request.expert))
        return Error::usage(Tr::tr("no expert %1 in round %2").arg(request.expert, round.code));

    Result<QList<Block>> blocks = [&]() -> Result<QList<Block>> {
        switch (request.kind) {
        case Kind::ScoringSheet: return detail::scoringSheets(context);
        case Kind::Opinions: return detail::opinionSheets(context);
        case Kind::Summary: return detail::summary(context);
        case Kind::Ranking: return detail::ranking(context);
        case Kind::Minutes: return detail::minutes(context);
        case Kind::Notice: return detail::noticeList(context);
        case Kind::Statistics: return detail::statistics(context);
        case Kind::Weights: return detail::weights(context);
        }
        return Error::usage(Tr::tr("unknown kind of document"));
    }();
    if (!blocks)
        return blocks.takeError();
    Document doc;
    doc.title = title(request.kind);
    doc.roundTitle = round.title;
    doc.date = Clock::current().now().toLocalTime().date().toString(Qt::ISODate);
    doc.landscape = request.kind == Kind::Ranking;
    doc.blocks = std::move(*blocks);
    return doc;
}

} // namespace rb::report
