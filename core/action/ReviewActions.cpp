// SPDX-License-Identifier: GPL-3.0-or-later
#include "action/ReviewActions.h"

#include "common/Clock.h"
#include "common/Tr.h"
#include "consolidation/Consolidation.h"
#include "repo/AuditLog.h"
#include "repo/AuthorityAliases.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundRepository.h"
#include "repo/RoundSettings.h"
#include "review/Assignments.h"
#include "review/Conflicts.h"
#include "review/Dossiers.h"
#include "settings/SettingsLabels.h"

#include <QFileInfo>

namespace rb::action {

namespace {

Action make(const Round& round, const char* key, QString text, std::function<Status(Context&)> work)
{
    return Action{QString::fromLatin1(key), std::move(text), Kind::Undoable, round.id, std::move(work)};
}

} // namespace

Action setSetting(const Round& round, const QString& key, const QString& value)
{
    // The text is the user's: the setting's name and the value in words, not the keys.
    QString shown = value.trimmed();
    if (shown == QLatin1String("default"))
        shown = Tr::tr("its default");
    else if (shown == QLatin1String("none") || shown.isEmpty())
        shown = Tr::tr("none");
    else if (shown == QLatin1String("true") || shown == QLatin1String("false"))
        shown = shown == QLatin1String("true") ? Tr::tr("yes") : Tr::tr("no");
    else
        shown = settings::choiceLabel(key, shown);
    return make(round, "setting.set", Tr::tr("Set %1 to %2").arg(settings::label(key), shown),
                [=](Context& c) -> Status {
                    Result<SettingValue> set = RoundSettings(c.db, round.id).set(key, value);
                    if (!set)
                        return set.takeError();
                    c.out.insert(QStringLiteral("value"), set->value);
                    if (set->definition.key == QLatin1String("conflict.same_province")) {
                        // The rule applies at once: pairs it makes conflicted no longer count.
                        Result<int> voided = ConflictService(c.db, round).reconcile();
                        if (!voided)
                            return voided.takeError();
                        if (*voided)
                            c.summary = Tr::tr("%n assignment(s) voided by the same-province rule", nullptr, *voided);
                    }
                    return {};
                });
}

Action replaceCriteria(const Round& round, const QList<Criterion>& items, const QString& text,
                       const std::optional<QString>& source)
{
    return make(round, "criteria.replace", text, [=](Context& c) -> Status {
        Result<CriteriaRepository::Changes> changes = CriteriaRepository(c.db, round.id).replace(items);
        if (!changes)
            return changes.takeError();
        if (source)
            RB_TRY(RoundRepository(c.db).setTemplateName(round.id, *source));
        return {};
    });
}

Action applyWeights(const Round& round, const ahp::Analysis& analysis, bool force)
{
    const QString text =
        Tr::tr("Weigh the criteria by the analytic hierarchy process (CR = %1)").arg(analysis.weights.cr, 0, 'f', 3);
    return make(round, "criteria.weights", text, [=](Context& c) -> Status {
        if (!analysis.weights.consistent() && !force)
            return Error::input(Tr::tr("the judgments are not consistent enough: CR = %1 is above 0.10. Revise the "
                                       "judgment of '%2' against '%3' (%4 would fit the others), or apply anyway "
                                       "(--force)")
                                    .arg(analysis.weights.cr, 0, 'f', 3)
                                    .arg(analysis.worst ? analysis.codes[analysis.worst->row] : QString(),
                                         analysis.worst ? analysis.codes[analysis.worst->column] : QString(),
                                         analysis.worst ? ahp::formatJudgment(analysis.worst->suggested) : QString()));
        // Weights decide what a score is worth: they are set before any score counts.
        const std::string sql =
            std::string("SELECT count(*) FROM score sc JOIN assignment s ON s.id = sc.assignment_id "
                        "JOIN expert e ON e.id = s.expert_id WHERE e.round_id = ?1 AND ")
            + consolidation::kCountedAssignments;
        RB_VALUE(const qint64 counted, c.db.scalar(sql, 0, round.id));
        if (counted > 0)
            return Error::input(Tr::tr("the round already has %n counted score(s): the criteria's points can no longer "
                                       "change",
                                       nullptr, int(counted)));
        RB_VALUE(const CriteriaTree tree, CriteriaRepository(c.db, round.id).tree());
        // The matrices were read against the criteria as they are now.
        RB_VALUE(const QStringList codes, ahp::comparedCodes(tree, analysis.parent));
        if (codes != analysis.codes)
            return Error::input(Tr::tr("the criteria have changed since the matrices were read; read them again"));
        const QList<Criterion> items = ahp::applied(tree, analysis, c.db.user(), Clock::current().timestamp().left(10));
        Result<CriteriaRepository::Changes> changes = CriteriaRepository(c.db, round.id).replace(items);
        if (!changes)
            return changes.takeError();
        return AuditLog(c.db).record(round.id, QStringLiteral("criteria.weights"), QStringLiteral("criteria"),
                                     QString(), analysis.parent, analysis.toJson());
    });
}

Action assign(const Round& round, qint64 expertId, qint64 applicationId, const QString& expertCode,
              const QString& applicationCode)
{
    return make(round, "assignment.add", Tr::tr("Assign %1 to %2").arg(expertCode, applicationCode),
                [=](Context& c) -> Status {
                    Result<Assignment> a = AssignmentRepository(c.db, round).add(expertId, applicationId);
                    return a ? Status() : Status(a.takeError());
                });
}

Action unassign(const Round& round, qint64 expertId, qint64 applicationId, const QString& expertCode,
                const QString& applicationCode)
{
    return make(round, "assignment.remove", Tr::tr("Unassign %1 from %2").arg(expertCode, applicationCode),
                [=](Context& c) -> Status {
                    AssignmentRepository repo(c.db, round);
                    Result<std::optional<Assignment>> existing = repo.find(expertId, applicationId);
                    if (!existing)
                        return existing.takeError();
                    if (!*existing)
                        return Error::input(Tr::tr("%1 is not assigned to %2").arg(expertCode, applicationCode));
                    return repo.remove((*existing)->id);
                });
}

Action autoAssign(const Round& round, int perApplication, quint64 seed)
{
    return make(round, "assignment.auto", Tr::tr("Assign automatically (%1 per application)").arg(perApplication),
                [=](Context& c) -> Status {
                    Result<AssignReport> report = AssignmentRepository(c.db, round).assign(perApplication, false, seed);
                    if (!report)
                        return report.takeError();
                    c.out.insert(QStringLiteral("created"), report->created);
                    return {};
                });
}

Action declareConflict(const Round& round, qint64 expertId, qint64 applicationId, const QString& reason,
                       const QString& expertCode, const QString& applicationCode)
{
    return make(round, "conflict.declare", Tr::tr("Declare a conflict %1 / %2").arg(expertCode, applicationCode),
                [=](Context& c) {
                    return ConflictService(c.db, round)
                        .declare(expertId, applicationId, Conflict::Type::Declared, reason.trimmed());
                });
}

Action forgetAuthorityAlias(const Round& round, const QString& key, const QString& recommender)
{
    return make(round, "authority_alias.forget", Tr::tr("Forget what %1 stands for").arg(recommender),
                [=](Context& c) { return AuthorityAliases(c.db, round.id).forget(key); });
}

Action attachDossiers(const Round& round, qint64 applicationId, const QString& applicationCode,
                      const QStringList& files)
{
    const QString text = files.size() == 1
                             ? Tr::tr("Attach %1 to %2").arg(QFileInfo(files.first()).fileName(), applicationCode)
                             : Tr::tr("Attach %n dossier(s) to %1", nullptr, int(files.size())).arg(applicationCode);
    return make(round, "dossier.attach", text, [=](Context& c) -> Status {
        DossierRepository dossiers(c.db, round);
        for (const QString& file : files) {
            Result<Dossier> d = dossiers.attach(applicationId, file);
            if (!d)
                return d.takeError();
        }
        return {};
    });
}

Action importTable(const Round& round, import::Kind kind, const io::Table& table, const import::Options& options)
{
    return make(round, "import", Tr::tr("Import %1").arg(QFileInfo(table.fileName).fileName()),
                [=](Context& c) -> Status {
                    // Checked again on the writing connection: the plan must hold for the file as it is now.
                    Result<import::Plan> plan = import::prepare(c.db, round, kind, table, options);
                    if (!plan)
                        return plan.takeError();
                    if (!plan->ok())
                        return plan->error();
                    Result<import::Summary> applied = import::apply(c.db, round, *plan, c.progress);
                    if (!applied)
                        return applied.takeError();
                    c.out.insert(QStringLiteral("created"), applied->created);
                    c.out.insert(QStringLiteral("updated"), applied->updated);
                    c.out.insert(QStringLiteral("unchanged"), applied->unchanged);
                    c.out.insert(QStringLiteral("removed"), applied->removed);
                    return {};
                });
}

Action addRound(const round::NewRound& spec)
{
    return Action{QStringLiteral("round.add"), Tr::tr("Add round %1").arg(spec.title), Kind::Undoable, std::nullopt,
                  [=](Context& c) -> Status {
                      Result<Round> r = round::addRound(c.db, spec);
                      if (!r)
                          return r.takeError();
                      c.out.insert(QStringLiteral("round"), r->code);
                      return {};
                  }};
}

} // namespace rb::action
