// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/Demo.h"
#include "demo/DemoLifecycle.h"
#include "demo/DemoScores.h"
#include "review/Assignments.h"

#include "domain/CreditCode.h"
#include "domain/Region.h"
#include "import/Importer.h"
#include "repo/RoundSettings.h"
#include "round/RoundSetup.h"
#include "storage/Schema.h"
#include "workflow/CalendarFiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>

namespace rb::demo {

using namespace detail;

namespace {

/// A deterministic generator: QRandomGenerator's own bounded() is the same on every platform.
class Dice {
public:
    explicit Dice(quint64 seed)
    {
        const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
        m_rng = QRandomGenerator(words, 2);
    }
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[below(int(list.size()))];
    }
    QString chars(const char* alphabet, int n)
    {
        const int size = int(std::strlen(alphabet));
        QString s;
        for (int i = 0; i < n; ++i)
            s += QLatin1Char(alphabet[below(size)]);
        return s;
    }

private:
    QRandomGenerator m_rng;
};

const Region& pickRegion(Dice& dice)
{
    static const int total = [] {
        int sum = 0;
        for (const Region& r : Region::all())
            sum += r.weight;
        return sum;
    }();
    int n = dice.below(total);
    for (const Region& r : Region::all()) {
        n -= r.weight;
        if (n < 0)
            return r;
    }
    return Region::all().first();
}

QString pickSector(Dice& dice)
{
    const int n = dice.below(100);
    const QStringList& s = sector::all();
    return n < 25 ? s[0] : n < 60 ? s[1] : n < 80 ? s[2] : s[3];
}

/// GB 11714 check character of an 8-character organisation code body.
QChar organisationCheck(const QString& body)
{
    static const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body.at(i);
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QChar(u'0' + check);
}

QString creditCode(Dice& dice, const Region& region, bool government)
{
    QString division = region.divisionCode;
    if (division.isEmpty())
        division = QStringLiteral("11");
    if (division.size() == 2)
        division += QStringLiteral("%1").arg(dice.below(5) + 1, 2, 10, QLatin1Char('0'));
    division += QStringLiteral("00");
    const QString body = government ? QStringLiteral("0") + dice.chars("0123456789", 7)
                                    : QStringLiteral("MA") + dice.chars("0123456789ABCDEFGHJKLMNPQRTUWXY", 6);
    const QString first17 =
        (government ? QStringLiteral("11") : QStringLiteral("91")) + division + body + organisationCheck(body);
    return first17 + QLatin1Char(creditcode::checkCharacter(first17));
}

QString brand(Dice& dice)
{
    const QStringList& b = brandCharacters();
    QString first = dice.pick(b);
    QString second = dice.pick(b);
    while (second == first)
        second = dice.pick(b);
    return first + second;
}

QString city(Dice& dice, const Region& region)
{
    const QStringList cities = citiesOf(region.name);
    return cities.isEmpty() ? region.name.left(2) : dice.pick(cities);
}

QString companyName(Dice& dice, const Region& region, const QString& sectorName)
{
    const QString word = dice.pick(industryWords(sectorName));
    if (region.kind == Region::Kind::CentralSoe)
        return QString::fromUtf8("中国") + brand(dice) + word + QString::fromUtf8("集团有限公司");
    static const QStringList suffixes = {QString::fromUtf8("有限公司"), QString::fromUtf8("股份有限公司"),
                                         QString::fromUtf8("科技有限公司"), QString::fromUtf8("集团有限公司")};
    if (dice.chance(15))
        return brand(dice) + word + QString::fromUtf8("（") + city(dice, region) + QString::fromUtf8("）有限公司");
    return city(dice, region) + brand(dice) + word + dice.pick(suffixes);
}

QString applicationTitle(Dice& dice, Category category, const QString& sectorName, const QString& place)
{
    const QString product = dice.pick(productWords(sectorName));
    switch (category) {
    case Category::Scenario: {
        const QString scenario = dice.pick(scenarioNames());
        switch (dice.below(3)) {
        case 0: return QString::fromUtf8("基于5G+工业互联网的") + scenario + QString::fromUtf8("场景");
        case 1: return product + scenario + QString::fromUtf8("场景");
        default: return QString::fromUtf8("面向") + product + QString::fromUtf8("的") + scenario;
        }
    }
    case Category::Zone: return place + QString::fromUtf8("智能制造先行区创建方案");
    case Category::Factory:
    case Category::Reeval:
        switch (dice.below(3)) {
        case 0: return product + QString::fromUtf8("智能制造示范工厂建设项目");
        case 1: return product + QString::fromUtf8("全流程智能工厂");
        default: return QString::fromUtf8("面向") + product + QString::fromUtf8("的数字化智能工厂");
        }
    }
    return product;
}

/// A name as another person might type it: other brackets, a stray space.
QString variantSpelling(const QString& name, Dice& dice)
{
    QString v = name;
    if (v.contains(QString::fromUtf8("（"))) {
        v.replace(QString::fromUtf8("（"), QStringLiteral("("));
        v.replace(QString::fromUtf8("）"), QStringLiteral(")"));
    } else if (v.size() > 4) {
        v.insert(2 + dice.below(int(v.size()) - 4), QLatin1Char(' '));
    }
    return v;
}

QString zeroPadded(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

} // namespace

DemoData generate(const DemoSpec& spec)
{
    Dice dice(spec.seed);
    DemoData data;
    data.applications.fileName = QStringLiteral("demo-applications");
    data.applications.encoding = QStringLiteral("UTF-8");
    data.applications.header = {QStringLiteral("code"),        QStringLiteral("applicant"),
                                QStringLiteral("credit_code"), QStringLiteral("province"),
                                QStringLiteral("sector"),      QStringLiteral("title"),
                                QStringLiteral("recommender"), QStringLiteral("priority")};
    const QString prefix = QStringLiteral("%1-%2-").arg(spec.year).arg(category::codePrefix(spec.category));
    const int width = std::max(4, int(QString::number(spec.applications).size()));
    QSet<QString> usedNames;
    QHash<QString, int> priorities;
    struct Org {
        QString name;
        QString code;
        QString region;
    };
    QList<Org> applicants;
    for (int i = 1; i <= spec.applications; ++i) {
        const Region& region = pickRegion(dice);
        const QString sectorName = pickSector(dice);
        Org org;
        QString place = city(dice, region);
        if (spec.category == Category::Zone) {
            org = {place + QString::fromUtf8("市人民政府"), creditCode(dice, region, true), region.name};
            if (usedNames.contains(org.name))
                org.name = place + QString::fromUtf8("市") + brand(dice).left(1) + QString::fromUtf8("区人民政府");
        } else if (!applicants.isEmpty() && dice.chance(5)) {
            org = dice.pick(applicants); // the same enterprise with a second project
        } else {
            org = {companyName(dice, region, sectorName), creditCode(dice, region, false), region.name};
            for (int attempt = 0; usedNames.contains(org.name) && attempt < 20; ++attempt)
                org.name = companyName(dice, region, sectorName);
            if (usedNames.contains(org.name))
                org.name = org.name.insert(org.name.size() - 4, QString::number(i));
        }
        usedNames.insert(org.name);
        applicants << org;
        QString names = org.name;
        QString codes = org.code;
        if (spec.category == Category::Zone && dice.chance(15)) {
            const QString other = city(dice, region);
            if (other != place) {
                names += QString::fromUtf8("；") + other + QString::fromUtf8("市人民政府");
                codes += QString::fromUtf8("；") + creditCode(dice, region, true);
                place += QString::fromUtf8("、") + other;
            }
        }
        const Region* owner = Region::find(org.region);
        const QString recommender = owner ? owner->name : region.name;
        const int priority = ++priorities[recommender];
        data.applications.rows.append(
            {i + 1,
             {prefix + zeroPadded(i, width), names, codes, recommender,
              spec.category == Category::Zone ? QString() : sectorName,
              applicationTitle(dice, spec.category, sectorName, place), recommender, QString::number(priority)}});
    }

    data.experts.fileName = QStringLiteral("demo-experts");
    data.experts.encoding = QStringLiteral("UTF-8");
    data.experts.header = {QStringLiteral("code"),         QStringLiteral("name"),
                           QStringLiteral("organisation"), QStringLiteral("organisation_credit_code"),
                           QStringLiteral("province"),     QStringLiteral("fields"),
                           QStringLiteral("contact")};
    static const QStringList topics = QString::fromUtf8("工业互联网 人工智能 工业软件 智能装备 数字孪生 质量管理 "
                                                        "能源管理 网络安全 标准化 精益生产")
                                          .split(QLatin1Char(' '));
    const int expertWidth = std::max(3, int(QString::number(spec.experts).size()));
    for (int i = 1; i <= spec.experts; ++i) {
        QString name = dice.pick(surnames()) + dice.pick(givenNameCharacters());
        if (dice.chance(60))
            name += dice.pick(givenNameCharacters());
        QString organisation;
        QString organisationCode;
        QString province;
        const int kind = dice.below(100);
        if (kind < 10 && !applicants.isEmpty()) {
            // Works for an applicant: a conflict the recusal rules must find.
            const Org& org = dice.pick(applicants);
            province = org.region;
            if (dice.chance(50)) {
                organisation = org.name;
                organisationCode = org.code;
            } else {
                organisation = variantSpelling(org.name, dice);
            }
        } else if (kind < 16) {
            const Region& region = pickRegion(dice);
            organisation = companyName(dice, region, pickSector(dice));
            province = region.name;
        } else {
            const auto& [institution, region] = dice.pick(institutions());
            organisation = institution;
            province = region;
        }
        QStringList fields{pickSector(dice)};
        if (dice.chance(40)) {
            const QString second = pickSector(dice);
            if (!fields.contains(second))
                fields << second;
        }
        fields << dice.pick(topics);
        const QString contact = QStringLiteral("13%1-%2-%3")
                                    .arg(dice.below(10))
                                    .arg(zeroPadded(dice.below(10000), 4))
                                    .arg(zeroPadded(dice.below(10000), 4));
        data.experts.rows.append({i + 1,
                                  {QStringLiteral("E") + zeroPadded(i, expertWidth), name, organisation,
                                   organisationCode, province, fields.join(QLatin1Char(';')), contact}});
    }
    return data;
}

Result<Round> addDemoRound(db::Database& db, const DemoSpec& spec, const Progress& progress)
{
    const DemoData data = generate(spec);
    static const char* const kTitles[] = {"%1年度智能制造优秀场景评审（演示）",
                                          "%1年度智能制造示范工厂揭榜评审（演示）",
                                          "%1年度智能制造先行区创建论证（演示）", "%1年度智能制造示范工厂复评（演示）"};
    const QString title = QString::fromUtf8(kTitles[int(spec.category)]).arg(spec.year);
    Result<Round> round = [&]() -> Result<Round> {
        db::Transaction tx(db);
        RB_TRY(tx.status());
        Result<Round> added = round::addRound(
            db, {spec.category, spec.year, title, spec.criteria > 0 ? QStringLiteral("none") : QString()});
        if (!added)
            return added;
        if (spec.criteria > 0) {
            Result<io::Table> table =
                io::parseCsv(syntheticCriteriaCsv(spec.criteria), QStringLiteral("synthetic-criteria"));
            Result<import::Plan> plan = table ? import::prepare(db, *added, import::Kind::Criteria, *table)
                                              : Result<import::Plan>(table.error());
            if (!plan)
                return plan.takeError();
            if (!plan->ok())
                return plan->error();
            Result<import::Summary> applied = import::apply(db, *added, *plan);
            if (!applied)
                return applied.takeError();
        }
        const qint64 total = data.applications.rows.size() + data.experts.rows.size();
        qint64 offset = 0;
        for (const auto& [kind, table] : {std::pair{import::Kind::Applications, &data.applications},
                                          std::pair{import::Kind::Experts, &data.experts}}) {
            Result<import::Plan> plan = import::prepare(db, *added, kind, *table);
            if (!plan)
                return plan.takeError();
            const Progress step = [&](qint64 done, qint64) { return !progress || progress(offset + done, total); };
            Result<import::Summary> summary = import::apply(db, *added, *plan, step);
            if (!summary)
                return summary.takeError();
            offset += table->rows.size();
        }
        Result<SettingValue> perApplication =
            RoundSettings(db, added->id)
                .set(QStringLiteral("assignment.per_application"), QString::number(spec.perApplication));
        if (!perApplication)
            return perApplication.takeError();
        RB_TRY(tx.commit());
        return added;
    }();
    if (!round)
        return round;
    if (spec.assign || spec.scored || spec.lifecycle) {
        Result<AssignReport> assigned = AssignmentRepository(db, *round).assign(spec.perApplication, false, spec.seed);
        if (!assigned)
            return assigned.takeError();
    }
    if (spec.lifecycle)
        RB_TRY(formalReview(db, *round, spec.seed));
    if (spec.scored || spec.lifecycle)
        RB_TRY(scoreThroughPackages(db, *round, spec.seed));
    return round;
}

Result<Round> createDemo(const QString& path, const DemoSpec& spec, const QString& user, const Progress& progress)
{
    Result<std::unique_ptr<db::Database>> opened = db::schema::create(path);
    if (!opened)
        return opened.takeError();
    db::Database& db = **opened;
    db.setUser(user);
    auto fail = [&](Error error) -> Result<Round> {
        opened->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return error;
    };
    if (Status loaded = workflow::loadShippedCalendar(db); !loaded)
        return fail(loaded.takeError());
    if (spec.lifecycle) {
        // Two years earlier, a round of the same kind went the whole way: its factories now near the
        // end of construction fill the due dashboard. It is made with the clock set back.
        if (Status s = addEarlierRound(db, spec); !s)
            return fail(s.takeError());
    }
    Result<Round> round = addDemoRound(db, spec, progress);
    if (!round)
        return fail(round.takeError());
    if (spec.lifecycle) {
        if (Status s = deliberateAndPublish(db, *round, spec.seed); !s)
            return fail(s.takeError());
    }
    return round;
}

} // namespace rb::demo
