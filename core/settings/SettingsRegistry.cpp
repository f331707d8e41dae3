// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsRegistry.h"
#include "common/Tr.h"

#include "domain/Criteria.h"
#include "domain/Region.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rb::settings {

namespace {

Definition integer(const char* key, int def, int min, int max, const char* description, bool optional = false)
{
    return {QString::fromLatin1(key),
            Type::Integer,
            def < 0 ? QString() : QString::number(def),
            optional,
            {},
            double(min),
            double(max),
            description};
}

Definition number(const char* key, double def, double min, double max, const char* description, bool optional = false)
{
    return {QString::fromLatin1(key),
            Type::Number,
            def < 0 ? QString() : QString::number(def),
            optional,
            {},
            min,
            max,
            description};
}

Definition flag(const char* key, bool def, const char* description)
{
    return {QString::fromLatin1(key),
            Type::Boolean,
            def ? QStringLiteral("true") : QStringLiteral("false"),
            false,
            {},
            0,
            0,
            description};
}

Definition choice(const char* key, const char* def, QStringList choices, const char* description)
{
    return {
        QString::fromLatin1(key), Type::Choice, QString::fromLatin1(def), false, std::move(choices), 0, 0, description};
}

Definition fraction(const char* key, const char* def, const char* description)
{
    return {QString::fromLatin1(key), Type::Fraction, QString::fromLatin1(def), false, {}, 0, 1, description};
}

} // namespace

const QList<Definition>& definitions()
{
    static const QList<Definition> all = {
        choice("aggregation.method", "trimmed",
               {QStringLiteral("trimmed"), QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("zscore")},
               QT_TRANSLATE_NOOP("rb::Core", "How experts' totals become the application's score: the mean without the "
                                             "highest and lowest, the mean, the median or standardised scores")),
        integer(
            "aggregation.trim_min_experts", 5, 3, 99,
            QT_TRANSLATE_NOOP("rb::Core", "Fewest counted experts for the trimmed mean; below it the mean is used")),
        integer("assignment.per_application", 5, 1, 99,
                QT_TRANSLATE_NOOP("rb::Core", "Experts assigned to each application")),
        flag("conflict.same_province", false,
             QT_TRANSLATE_NOOP("rb::Core", "Experts never review applications from their own province")),
        number("ranking.pass_line", -1, 0, 100,
               QT_TRANSLATE_NOOP("rb::Core", "Lowest score that can be proposed; without one, any score can"), true),
        integer(
            "ranking.selection_quota", -1, 1, 100000,
            QT_TRANSLATE_NOOP("rb::Core", "How many applications the round may propose; without a number, no limit"),
            true),
        integer("flags.pivotal_rank_change", 3, 1, 100000,
                QT_TRANSLATE_NOOP("rb::Core", "Name an expert as pivotal when leaving them out moves an application by "
                                              "more than this many ranks (or across the quota)")),
        number("flags.disagreement_range", 20, 0, 100,
               QT_TRANSLATE_NOOP("rb::Core", "Flag a disagreement when experts' totals differ by at least this")),
        number("flags.disagreement_stddev", 10, 0, 100,
               QT_TRANSLATE_NOOP("rb::Core", "Flag a disagreement when the standard deviation reaches this")),
        {QStringLiteral("scoring.bands"),
         Type::Bands,
         bands::kDefault,
         false,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("rb::Core",
                           "Default bands (percent of a criterion's maximum) for criteria without their own")},
        choice("scoring.require_comments", "none",
               {QStringLiteral("none"), QStringLiteral("extreme_bands"), QStringLiteral("all")},
               QT_TRANSLATE_NOOP("rb::Core", "When an expert must explain the score of a criterion: never, for a "
                                             "score in the top or bottom band, or always")),
        flag("scoring.require_opinion", false,
             QT_TRANSLATE_NOOP("rb::Core", "Experts must write strengths and problems before submitting")),
        flag("scoring.require_recommendation", false,
             QT_TRANSLATE_NOOP("rb::Core", "Experts must give a recommendation before submitting")),
        flag("entry.double_entry", false,
             QT_TRANSLATE_NOOP("rb::Core", "Paper score sheets are typed in twice by different people and compared")),
        fraction("deliberation.quorum", "2/3",
                 QT_TRANSLATE_NOOP("rb::Core", "Share of the committee that must be present for a deliberation")),
        fraction("deliberation.pass_ratio", "3/4",
                 QT_TRANSLATE_NOOP("rb::Core", "Share of the members present who must vote for a conclusion")),
        integer("notice.working_days", 5, 1, 60,
                QT_TRANSLATE_NOOP("rb::Core", "Length of the public notice in working days")),
        integer("construction.months", 24, 1, 120,
                QT_TRANSLATE_NOOP("rb::Core", "Construction period after approval, in months")),
        integer("validity.years", 3, 1, 20,
                QT_TRANSLATE_NOOP("rb::Core", "How long a title is valid after the decision, in years")),
        integer("progress_report.months", 12, 1, 60,
                QT_TRANSLATE_NOOP("rb::Core", "Interval between progress reports, in months")),
        {QStringLiteral("formal.checklist"),
         Type::List,
         QString(),
         true,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("rb::Core", "The eligibility items checked in the formal review; without a list, the "
                                       "category's default list")},
        integer("quota.default", -1, 0, 100000,
                QT_TRANSLATE_NOOP("rb::Core", "Most applications each recommending authority may submit; without a "
                                              "number, no quota. A quota set for one authority overrides it"),
                true),
    };
    return all;
}

std::optional<Definition> find(const QString& key)
{
    for (const Definition& d : definitions()) {
        if (d.key == key)
            return d;
    }
    static const QString quotaPrefix = QStringLiteral("quota.");
    if (key.startsWith(quotaPrefix)) {
        if (const Region* region = Region::find(key.mid(quotaPrefix.size()))) {
            Definition d = integer(
                "quota.default", -1, 0, 100000,
                QT_TRANSLATE_NOOP("rb::Core", "Most applications this recommending authority may submit"), true);
            d.key = quotaPrefix + region->name;
            return d;
        }
    }
    return std::nullopt;
}

std::optional<double> toNumber(const QString& canonical)
{
    if (canonical.isEmpty())
        return std::nullopt;
    const qsizetype slash = canonical.indexOf(QLatin1Char('/'));
    bool ok1 = false;
    bool ok2 = true;
    double value = 0;
    if (slash > 0) {
        const double numerator = canonical.left(slash).toDouble(&ok1);
        const double denominator = canonical.mid(slash + 1).toDouble(&ok2);
        if (!ok1 || !ok2 || denominator == 0)
            return std::nullopt;
        value = numerator / denominator;
    } else {
        value = canonical.toDouble(&ok1);
    }
    return ok1 && ok2 ? std::optional<double>(value) : std::nullopt;
}

Result<QString> normalise(const Definition& d, const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    const QString lower = value.toLower();
    if (d.optional && (value.isEmpty() || lower == QLatin1String("none") || value == QString::fromUtf8("无")))
        return QString();
    switch (d.type) {
    case Type::Choice:
        if (d.choices.contains(lower))
            return lower;
        return Error::input(
            Tr::tr("%1 must be one of %2, not '%3'").arg(d.key, d.choices.join(QStringLiteral(", ")), value));
    case Type::Boolean:
        for (const char* yes : {"true", "yes", "on", "1", "是"}) {
            if (lower == QString::fromUtf8(yes))
                return QStringLiteral("true");
        }
        for (const char* no : {"false", "no", "off", "0", "否"}) {
            if (lower == QString::fromUtf8(no))
                return QStringLiteral("false");
        }
        return Error::input(Tr::tr("%1 must be true or false, not '%2'").arg(d.key, value));
    case Type::Integer: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < d.minimum || n > d.maximum)
            return Error::input(Tr::tr("%1 must be a whole number from %2 to %3, not '%4'")
                                    .arg(d.key)
                                    .arg(d.minimum)
                                    .arg(d.maximum)
                                    .arg(value));
        return QString::number(n);
    }
    case Type::Number: {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (!ok || n < d.minimum || n > d.maximum)
            return Error::input(Tr::tr("%1 must be a number from %2 to %3, not '%4'")
                                    .arg(d.key)
                                    .arg(d.minimum)
                                    .arg(d.maximum)
                                    .arg(value));
        return QString::number(n);
    }
    case Type::Fraction: {
        const std::optional<double> n = toNumber(value);
        if (!n || *n <= 0 || *n > 1)
            return Error::input(Tr::tr("%1 must be a fraction such as 2/3 or 0.75, not '%2'").arg(d.key, value));
        return value;
    }
    case Type::List: {
        QStringList items;
        for (const QString& part : value.split(QRegularExpression(QStringLiteral("[;；]")))) {
            if (!part.trimmed().isEmpty())
                items << part.trimmed();
        }
        return items.join(QLatin1Char(';'));
    }
    case Type::Bands: {
        Result<QList<Band>> parsed = bands::parse(value);
        if (!parsed)
            return Error::input(d.key + QStringLiteral(": ") + parsed.error().message);
        return bands::format(*parsed);
    }
    }
    return value;
}

QString Definition::description() const
{
    return Tr::tr(descriptionSource);
}

QString Definition::typeName() const
{
    QString name;
    switch (type) {
    case Type::Choice: name = choices.join(QLatin1Char('|')); break;
    case Type::Integer: name = Tr::tr("integer %1–%2").arg(minimum).arg(maximum); break;
    case Type::Number: name = Tr::tr("number %1–%2").arg(minimum).arg(maximum); break;
    case Type::Boolean: name = QStringLiteral("true|false"); break;
    case Type::Fraction: name = Tr::tr("fraction"); break;
    case Type::Bands: name = Tr::tr("bands"); break;
    case Type::List: name = Tr::tr("list"); break;
    }
    if (optional)
        name += Tr::tr(" or none");
    return name;
}

} // namespace rb::settings
