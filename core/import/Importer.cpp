// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"
#include "common/Tr.h"

#include "domain/Authority.h"
#include "domain/Region.h"
#include "domain/Text.h"
#include "io/Limits.h"
#include "repo/ApplicationRepository.h"
#include "repo/AuditLog.h"
#include "repo/AuthorityAliases.h"
#include "repo/CriteriaRepository.h"
#include "repo/ExpertRepository.h"
#include "repo/RoundRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rb::import {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Applications: return QStringLiteral("applications");
    case Kind::Experts: return QStringLiteral("experts");
    case Kind::Criteria: return QStringLiteral("criteria");
    case Kind::Conflicts: return QStringLiteral("conflicts");
    }
    return {};
}

std::optional<Kind> kindFromName(const QString& name)
{
    for (Kind k : {Kind::Applications, Kind::Experts, Kind::Criteria, Kind::Conflicts}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

Error Plan::error() const
{
    return Error::input(
        Tr::tr("%1: %n problem(s) found; nothing was imported", nullptr, int(issues.size())).arg(table.fileName),
        issues);
}

Status addAuthorityMapping(Options& options, const QString& text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    const QString recommender = equals < 0 ? QString() : text::clean(text.left(equals));
    const Region* region = equals < 0 ? nullptr : Region::find(text::clean(text.mid(equals + 1)));
    if (recommender.isEmpty() || !region)
        return Error::usage(Tr::tr("--authority takes RECOMMENDER=AUTHORITY, the authority a province, 计划单列市, "
                                   "新疆生产建设兵团 or 中央企业 (e.g. \"国务院国资委=中央企业\"), not '%1'")
                                .arg(text));
    options.authorities.insert(recommender, region->name);
    return {};
}

Result<Plan> prepare(db::Database& db, const Round& round, Kind kind, const io::Table& table, const Options& options)
{
    Plan plan;
    plan.kind = kind;
    plan.table = table;
    // The preview's edits: rows left out, cells corrected.
    if (!options.excludedRows.isEmpty() || !options.corrections.isEmpty()) {
        auto correct = [&](io::TableRow& row) {
            const auto cells = options.corrections.constFind(row.number);
            if (cells == options.corrections.constEnd())
                return;
            for (auto c = cells->constBegin(); c != cells->constEnd(); ++c) {
                if (c.key() < 0 || c.key() >= io::limits::kMaxColumns)
                    continue;
                if (c.key() >= row.cells.size())
                    row.cells.resize(c.key() + 1);
                row.cells[c.key()] = c.value();
            }
        };
        QList<io::TableRow> kept;
        for (io::TableRow row : std::as_const(plan.table.rows)) {
            if (options.excludedRows.contains(row.number))
                continue;
            correct(row);
            kept << row;
        }
        plan.table.rows = kept;
        if (!options.excludedRows.isEmpty())
            plan.notes << Tr::tr("%n row(s) left out in the preview", nullptr, int(options.excludedRows.size()));
    }
    for (auto it = options.authorities.constBegin(); it != options.authorities.constEnd(); ++it)
        plan.authorities.insert(authority::key(it.key()), it.value());
    if (table.encoding != QLatin1String("xlsx") && table.encoding != QLatin1String("UTF-8"))
        plan.notes << Tr::tr("the file was read as %1").arg(table.encoding);
    Status status;
    switch (kind) {
    case Kind::Applications: status = detail::prepareApplications(db, round, plan); break;
    case Kind::Experts: status = detail::prepareExperts(db, round, plan); break;
    case Kind::Criteria: status = detail::prepareCriteria(db, round, plan); break;
    case Kind::Conflicts: status = detail::prepareConflicts(db, round, plan); break;
    }
    if (!status)
        return status.takeError();
    return plan;
}

Result<Summary> apply(db::Database& db, const Round& round, const Plan& plan, const Progress& progress)
{
    if (!plan.ok())
        return plan.error();
    db::Transaction tx(db);
    RB_TRY(tx.status());
    Summary summary;
    const qint64 total = plan.applications.size() + plan.experts.size() + plan.criteria.size() + plan.conflicts.size();
    qint64 done = 0;
    auto count = [&](Change change) -> bool {
        switch (change) {
        case Change::Created: ++summary.created; break;
        case Change::Updated: ++summary.updated; break;
        case Change::Unchanged: ++summary.unchanged; break;
        }
        ++done;
        return !progress || (done % 256 != 0) || progress(done, total);
    };
    switch (plan.kind) {
    case Kind::Applications: {
        AuthorityAliases aliases(db, round.id);
        for (const auto& [recommender, authority] : plan.newAuthorities)
            RB_TRY(aliases.remember(recommender, authority));
        ApplicationRepository repo(db, round.id);
        // Read inside the transaction: which codes exist now decides insert or update.
        Result<QSet<QString>> existing = repo.codes();
        if (!existing)
            return existing.takeError();
        for (const Application& a : plan.applications) {
            Result<Change> changed = repo.upsert(a, existing->contains(a.code));
            if (!changed)
                return changed.takeError();
            if (!count(*changed))
                return Error::cancelled();
        }
        break;
    }
    case Kind::Experts: {
        ExpertRepository repo(db, round.id);
        Result<QSet<QString>> existing = repo.codes();
        if (!existing)
            return existing.takeError();
        for (const Expert& e : plan.experts) {
            Result<Change> changed = repo.upsert(e, existing->contains(e.code));
            if (!changed)
                return changed.takeError();
            if (!count(*changed))
                return Error::cancelled();
        }
        break;
    }
    case Kind::Criteria: {
        Result<CriteriaRepository::Changes> changes = CriteriaRepository(db, round.id).replace(plan.criteria);
        if (!changes)
            return changes.takeError();
        summary.created = changes->created;
        summary.updated = changes->updated;
        summary.removed = changes->removed;
        summary.unchanged = int(plan.criteria.size()) - changes->created - changes->updated;
        // The file replaced the set: it no longer comes from the built-in template the round started from.
        RB_TRY(RoundRepository(db).setTemplateName(round.id, QString()));
        break;
    }
    case Kind::Conflicts: {
        ConflictService service(db, round);
        for (const Conflict& c : plan.conflicts) {
            RB_TRY(service.declare(c.expertId, c.applicationId, c.type, c.reason));
            ++done;
        }
        summary.created = plan.expected.created;
        summary.updated = plan.expected.updated;
        summary.unchanged = plan.expected.unchanged;
        break;
    }
    }
    // New rosters may reveal conflicts with pairs already assigned.
    if (plan.kind != Kind::Criteria) {
        Result<int> voided = ConflictService(db, round).reconcile();
        if (!voided)
            return voided.takeError();
    }
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("import"), kindName(plan.kind), QString(), plan.table.fileName,
                               QJsonObject{{QStringLiteral("created"), summary.created},
                                           {QStringLiteral("updated"), summary.updated},
                                           {QStringLiteral("unchanged"), summary.unchanged},
                                           {QStringLiteral("removed"), summary.removed}}));
    RB_TRY(tx.commit());
    if (progress)
        progress(total, total);
    return summary;
}

Result<Summary> importFile(db::Database& db, const Round& round, Kind kind, const QString& path, const Options& options)
{
    Result<io::Table> table = io::readTable(path);
    if (!table)
        return table.takeError();
    Result<Plan> plan = prepare(db, round, kind, *table, options);
    if (!plan)
        return plan.takeError();
    return apply(db, round, *plan, {});
}

} // namespace rb::import
