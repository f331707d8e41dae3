// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/report: one builder per kind of document and the lookups they share.
#pragma once

#include "report/Document.h"

#include "domain/Application.h"

#include <QHash>

namespace rb::report::detail {

/// What every builder reads: the request, the rosters, and how experts are named.
struct Context {
    db::Database& db;
    const Round& round;
    const Request& request;
    QList<Application> applications; ///< every application of the round, by code
    QHash<QString, qsizetype> index; ///< position in applications by code
    QHash<QString, Expert> experts;  ///< by code

    /// The expert's name, or the code when the document shows experts by code (or the name is unknown).
    [[nodiscard]] QString expertName(const QString& code) const;
    /// "E001 张三", or "E001" by code.
    [[nodiscard]] QString expertLabel(const QString& code) const;
    [[nodiscard]] const Application* application(const QString& code) const;
    /// Whether the request covers the application (all, or the one it names).
    [[nodiscard]] bool selected(const QString& code) const
    {
        return request.application.isEmpty() || request.application == code;
    }
};

Result<QList<Block>> scoringSheets(Context& context);
Result<QList<Block>> opinionSheets(Context& context);
Result<QList<Block>> summary(Context& context);
Result<QList<Block>> ranking(Context& context);
Result<QList<Block>> minutes(Context& context);
Result<QList<Block>> noticeList(Context& context);
Result<QList<Block>> statistics(Context& context);
Result<QList<Block>> weights(Context& context);

/// Chinese text from UTF-8 source.
inline QString zh(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
/// A score as people write it: "12", "12.5"; with \a decimals fixed ("85.20").
QString number(double value, int decimals = -1);
/// 推荐 / 不推荐 / 修改后复核 for a stored recommendation.
QString recommendationName(const QString& key);
/// 是 / 否.
QString yesNo(bool value);
/// Chinese names of application states and flags, as the documents print them.
QString stateName(const QString& key);
QString flagNames(const QStringList& flags);
/// The applicants joined with 、.
QString applicants(const Application& application);

/// An expert's opinion sheet as stored in the round database (counted assignments only).
struct Opinion {
    QString application;
    QString expert;
    QString strengths;
    QString problems;
    QString recommendation; ///< recommend, not_recommend, revise, or empty
    bool recused = false;
    QString recusalReason;
};
/// Every counted opinion of the round (conflicted pairs left out), keyed by "application|expert".
Result<QHash<QString, Opinion>> opinions(db::Database& db, const Round& round);
inline QString pairKey(const QString& application, const QString& expert)
{
    return application + QLatin1Char('|') + expert;
}

} // namespace rb::report::detail
