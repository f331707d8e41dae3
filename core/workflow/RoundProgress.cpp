// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/RoundProgress.h"

#include "common/Tr.h"
#include "domain/States.h"
#include "repo/RoundSettings.h"

#include <array>
#include <initializer_list>
#include <numeric>

namespace rb::workflow {

using states::State;

Status StateCounts::read(db::Database& db, qint64 roundId)
{
    Result<db::Statement> st = db.prepare("SELECT state, count(*) FROM application WHERE round_id = ?1 GROUP BY state");
    if (!st)
        return st.takeError();
    st->bind(1, roundId);
    return st->forEach([this](const db::Statement& r) {
        if (const std::optional<State> s = states::fromKey(r.text(0)))
            m_counts[std::size_t(*s)] = int(r.integer(1));
    });
}

int StateCounts::of(std::initializer_list<State> states) const
{
    int n = 0;
    for (State s : states)
        n += m_counts[std::size_t(s)];
    return n;
}

int StateCounts::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

namespace {

Result<int> count(db::Database& db, const QByteArray& sql, qint64 roundId)
{
    Result<qint64> n = db.scalar(std::string_view(sql.constData(), size_t(sql.size())), 0, roundId);
    if (!n)
        return n.takeError();
    return int(*n);
}

Result<int> applications(db::Database& db, qint64 roundId, const char* where)
{
    return count(db, QByteArray("SELECT count(*) FROM application WHERE round_id = ?1 AND ") + where, roundId);
}

/// The states after the committee's decision (a notice, an approval, the titles' life); and those from the notice
/// on, and from the approval on.
constexpr std::initializer_list<State> kNoticed = {State::PublicNotice, State::Approved,         State::Withdrawn,
                                                   State::Construction, State::AcceptanceFailed, State::Valid,
                                                   State::ReevalDue,    State::Revoked};
constexpr std::initializer_list<State> kApproved = {State::Approved, State::Construction, State::AcceptanceFailed,
                                                    State::Valid,    State::ReevalDue,    State::Revoked};

} // namespace

QString stepKey(Step step)
{
    switch (step) {
    case Step::Import: return QStringLiteral("import");
    case Step::FormalReview: return QStringLiteral("formal_review");
    case Step::Assignment: return QStringLiteral("assignment");
    case Step::Packages: return QStringLiteral("packages");
    case Step::Returns: return QStringLiteral("returns");
    case Step::Deliberation: return QStringLiteral("deliberation");
    case Step::Notice: return QStringLiteral("notice");
    case Step::Approval: return QStringLiteral("approval");
    }
    return {};
}

QString stepName(Step step)
{
    switch (step) {
    case Step::Import: return Tr::tr("Import", "a step of the work");
    case Step::FormalReview: return Tr::tr("Formal review", "a step of the work");
    case Step::Assignment: return Tr::tr("Conflicts and assignment", "a step of the work");
    case Step::Packages: return Tr::tr("Issue review packages", "a step of the work");
    case Step::Returns: return Tr::tr("Returns and consolidation", "a step of the work");
    case Step::Deliberation: return Tr::tr("Deliberation", "a step of the work");
    case Step::Notice: return Tr::tr("Public notice", "a step of the work");
    case Step::Approval: return Tr::tr("Approval and after", "a step of the work");
    }
    return {};
}

QString causeBefore(const RoundProgress& progress, Step step)
{
    for (const StepStatus& s : progress.steps) {
        if (s.step == step)
            break;
        if ((s.waiting > 0 || s.blocked > 0) && !s.hint.isEmpty())
            return s.hint;
    }
    return {};
}

Result<RoundProgress> roundProgress(db::Database& db, const Round& round)
{
    const qint64 id = round.id;
    RoundProgress out;
    const QString apps = Tr::tr("applications");

    StateCounts counts;
    RB_TRY(counts.read(db, id));
    const int total = counts.total();

    // Import: the applications and the experts are in.
    Result<int> experts = count(db, "SELECT count(*) FROM expert WHERE round_id = ?1", id);
    if (!experts)
        return experts.takeError();
    {
        StepStatus s{Step::Import, total, 0, 0, apps, {}};
        if (total == 0 || *experts == 0) {
            s.waiting = 1;
            s.hint = total == 0 ? Tr::tr("Import the applications (File ▸ Import).")
                                : Tr::tr("Import the experts (File ▸ Import).");
        }
        out.steps << s;
    }

    // Formal review: every application is checked before anything else happens to it.
    const int past = total - counts.of({State::Recommended, State::FormalReview});
    Result<int> failed = applications(db, id,
                                      "state = 'formal_review' AND EXISTS (SELECT 1 FROM formal_check f WHERE "
                                      "f.application_id = application.id AND f.passed = 0)");
    if (!failed)
        return failed.takeError();
    {
        StepStatus s{Step::FormalReview, past, total - past - *failed, *failed, apps, {}};
        if (s.waiting)
            s.hint = Tr::tr("%n application(s) wait for their formal review (lifecycle page, Formal review: select "
                            "them and record all items met in one step).",
                            nullptr, s.waiting);
        else if (s.blocked)
            s.hint = Tr::tr("%n application(s) failed an item: not accept them, or override with a reason.", nullptr,
                            s.blocked);
        out.steps << s;
    }

    // Assignment: the applications in expert review have their experts.
    const int perApplication = RoundSettings(db, id).integer(QStringLiteral("assignment.per_application"), 5);
    const QByteArray activeOf = "(SELECT count(*) FROM assignment x WHERE x.application_id = application.id AND "
                                "x.status <> 'void')";
    const int inReview = counts.of({State::ExpertReview});
    // Past expert review: everything but the states before it and the refusal at formal review.
    const int decidedOrLater =
        total - counts.of({State::Recommended, State::FormalReview, State::NotAccepted, State::ExpertReview});
    Result<int> short_ = count(db,
                               "SELECT count(*) FROM application WHERE round_id = ?1 AND state = 'expert_review' AND "
                                   + activeOf + " < " + QByteArray::number(perApplication),
                               id);
    if (!short_)
        return short_.takeError();
    {
        StepStatus s{Step::Assignment, inReview - *short_ + decidedOrLater, *short_, 0, apps, {}};
        if (s.waiting)
            s.hint = Tr::tr("%n application(s) in expert review have fewer than %1 experts (assignment page).", nullptr,
                            s.waiting)
                         .arg(perApplication);
        out.steps << s;
    }

    // Packages: every expert with work has a package.
    const QByteArray withWork = "SELECT count(DISTINCT s.expert_id) FROM assignment s JOIN application a ON a.id = "
                                "s.application_id WHERE a.round_id = ?1 AND s.status <> 'void' AND a.state = "
                                "'expert_review'";
    Result<int> busy = count(db, withWork, id);
    Result<int> packaged =
        count(db,
              withWork
                  + " AND EXISTS (SELECT 1 FROM package p WHERE p.expert_id = s.expert_id AND p.status <> "
                    "'superseded')",
              id);
    Result<int> paper = count(db, withWork + " AND s.source = 'paper'", id);
    if (!busy || !packaged || !paper)
        return (!busy ? busy : !packaged ? packaged : paper).takeError();
    {
        StepStatus s{Step::Packages, *packaged, std::max(0, *busy - *packaged - *paper), 0, Tr::tr("experts"), {}};
        if (s.waiting)
            s.hint = Tr::tr("%n expert(s) with applications to review have no package yet (review packages page).",
                            nullptr, s.waiting);
        out.steps << s;
    }

    // Returns: the scores of the applications in expert review are in.
    const QByteArray ofReview = "SELECT count(*) FROM assignment s JOIN application a ON a.id = s.application_id "
                                "WHERE a.round_id = ?1 AND a.state = 'expert_review' AND ";
    Result<int> returned = count(db, ofReview + "s.status IN ('submitted', 'entered')", id);
    Result<int> open = count(db, ofReview + "s.status IN ('assigned', 'handed_back')", id);
    if (!returned || !open)
        return (!returned ? returned : open).takeError();
    {
        StepStatus s{Step::Returns, *returned, *open, 0, Tr::tr("assignments"), {}};
        if (s.waiting)
            s.hint = Tr::tr("%n assignment(s) have not come back: merge the returned packages or enter paper "
                            "scores.",
                            nullptr, s.waiting);
        out.steps << s;
    }

    // Deliberation: the scored applications are decided by the committee, case by case.
    const int decided = counts.of({State::Proposed, State::Rejected}) + counts.of(kNoticed);
    Result<int> ready = count(db,
                              "SELECT count(*) FROM application WHERE round_id = ?1 AND (state IN ('deliberation', "
                              "'revise') OR (state = 'expert_review' AND "
                                  + activeOf
                                  + " > 0 AND NOT EXISTS (SELECT 1 FROM assignment x WHERE x.application_id = "
                                    "application.id AND x.status IN ('assigned', 'handed_back'))))",
                              id);
    if (!ready)
        return ready.takeError();
    {
        StepStatus s{Step::Deliberation, decided, *ready, 0, apps, {}};
        if (s.waiting)
            s.hint = Tr::tr("%n application(s) are ready for the committee or on an agenda (deliberation page).",
                            nullptr, s.waiting);
        out.steps << s;
    }

    // Public notice: the proposed applications are published; objections are resolved.
    const int noticed = counts.of(kNoticed);
    const int proposed = counts.of({State::Proposed});
    Result<int> objected = applications(db, id,
                                        "state = 'public_notice' AND EXISTS (SELECT 1 FROM objection o WHERE "
                                        "o.application_id = application.id AND o.outcome = 'pending')");
    if (!objected)
        return objected.takeError();
    {
        StepStatus s{Step::Notice, noticed, proposed, *objected, apps, {}};
        if (s.waiting)
            s.hint = Tr::tr("%n proposed application(s) wait to be published (notice page).", nullptr, s.waiting);
        else if (s.blocked)
            s.hint =
                Tr::tr("%n application(s) on notice have an objection to resolve (notice page).", nullptr, s.blocked);
        out.steps << s;
    }

    // Approval and after: the list is approved once the notice is over.
    {
        StepStatus s{Step::Approval, counts.of(kApproved), counts.of({State::PublicNotice}) - *objected, 0, apps, {}};
        if (s.waiting)
            s.hint = Tr::tr("%n application(s) on notice: approve them once the period is over (notice page).", nullptr,
                            s.waiting);
        out.steps << s;
    }

    for (const StepStatus& s : std::as_const(out.steps)) {
        if (s.waiting > 0 || s.blocked > 0) {
            out.next = s.step;
            break;
        }
    }
    return out;
}

} // namespace rb::workflow
