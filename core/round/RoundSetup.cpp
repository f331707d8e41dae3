// SPDX-License-Identifier: GPL-3.0-or-later
#include "round/RoundSetup.h"

#include "import/Importer.h"
#include "repo/RoundRepository.h"
#include "storage/Schema.h"
#include "templates/Templates.h"

#include "workflow/CalendarFiles.h"

#include <QFile>
#include <QFileInfo>

namespace rb::round {

Result<Round> addRound(db::Database& db, const NewRound& spec)
{
    QString templateName =
        spec.criteriaTemplate.isEmpty() ? templates::defaultFor(spec.category) : spec.criteriaTemplate;
    const bool withCriteria = templateName != QLatin1String("none");
    std::optional<io::Table> criteria;
    if (withCriteria) {
        Result<io::Table> table = templates::load(templateName);
        if (!table)
            return table.takeError();
        criteria = *table;
    }
    db::Transaction tx(db);
    RB_TRY(tx.status());
    Result<Round> round =
        RoundRepository(db).create(spec.category, spec.year, spec.title, withCriteria ? templateName : QString());
    if (!round)
        return round.takeError();
    if (criteria) {
        Result<import::Plan> plan = import::prepare(db, *round, import::Kind::Criteria, *criteria);
        if (!plan)
            return plan.takeError();
        Result<import::Summary> applied = import::apply(db, *round, *plan);
        if (!applied)
            return applied.takeError();
        // The template's criteria are the round's: named as their origin (the import alone would clear it).
        RB_TRY(RoundRepository(db).setTemplateName(round->id, templateName));
    }
    RB_TRY(tx.commit());
    return round;
}

Result<Round> createOrAdd(const QString& path, const NewRound& spec, const QString& user)
{
    const bool existed = QFileInfo::exists(path);
    Result<std::unique_ptr<db::Database>> opened = existed ? db::schema::open(path) : db::schema::create(path);
    if (!opened)
        return opened.takeError();
    (*opened)->setUser(user);
    // A new file starts with the State Council's holiday arrangements the program knows.
    if (!existed) {
        if (Status s = workflow::loadShippedCalendar(**opened); !s) {
            opened->reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
            return s.takeError();
        }
    }
    Result<Round> round = addRound(**opened, spec);
    if (!round && !existed) {
        opened->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return round;
}

} // namespace rb::round
