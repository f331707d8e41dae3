// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/PaperEntry.h"
#include "common/Tr.h"

#include "common/Clock.h"
#include "domain/Criteria.h"
#include "import/Aliases.h"
#include "repo/AuditLog.h"
#include "repo/CriteriaRepository.h"
#include "repo/RoundSettings.h"
#include "review/Conflicts.h"

#include <QHash>
#include <QJsonObject>

#include <cmath>

namespace rb::merge {

namespace {

struct Row {
    qint64 assignmentId;
    qint64 criterionId;
    double value;
    QString comment;
    QString expert;
    QString application;
    QString criterion;
};

} // namespace

Result<PaperReport> importPaperScores(db::Database& db, const Round& round, const io::Table& table,
                                      const QString& enteredBy)
{
    if (enteredBy.trimmed().isEmpty())
        return Error::usage(Tr::tr("say who typed the sheets in (--entered-by NAME)"));
    io::Table located = table;
    Result<import::ColumnMap> columns = import::ColumnMap::locate(located, import::fieldsOf(import::Sheet::Scores),
                                                                  import::silentlyIgnored(import::Sheet::Scores));
    if (!columns)
        return columns.takeError();
    const import::ColumnMap& map = *columns;
    Result<CriteriaTree> tree = CriteriaRepository(db, round.id).tree();
    if (!tree)
        return tree.takeError();
    QHash<QString, qint64> assignmentOf; // "expert|application" -> active assignment
    QHash<QString, QString> statusOf;
    {
        Result<db::Statement> st =
            db.prepare("SELECT e.code || '|' || a.code, s.id, s.status FROM assignment s JOIN "
                       "expert e ON e.id = s.expert_id JOIN application a ON a.id = s.application_id "
                       "WHERE e.round_id = ?1");
        if (!st)
            return st.takeError();
        st->bind(1, round.id);
        RB_TRY(st->forEach([&](const db::Statement& r) {
            assignmentOf.insert(r.text(0), r.integer(1));
            statusOf.insert(r.text(0), r.text(2));
        }));
    }
    QSet<QString> conflicted;
    {
        Result<QList<Conflict>> list = ConflictService(db, round).all();
        if (!list)
            return list.takeError();
        for (const Conflict& c : *list)
            conflicted.insert(c.expertCode + QLatin1Char('|') + c.applicationCode);
    }
    QList<Issue> issues;
    QList<Row> rows;
    QHash<QString, int> seen;
    for (const io::TableRow& row : located.rows) {
        auto issue = [&](const QString& key, const QString& message) {
            issues.append({table.fileName, row.number, map.label(key), message});
        };
        const int before = int(issues.size());
        const QString expert = map.value(row, QStringLiteral("expert"));
        const QString app = map.value(row, QStringLiteral("application"));
        const QString code = map.value(row, QStringLiteral("criterion"));
        const QString pair = expert + QLatin1Char('|') + app;
        const QString scoreText = map.value(row, QStringLiteral("score"));
        if (conflicted.contains(pair))
            issue(QStringLiteral("application"),
                  Tr::tr("%1 has a conflict of interest with %2; the score cannot count").arg(expert, app));
        else if (!assignmentOf.contains(pair))
            issue(QStringLiteral("application"), Tr::tr("%1 is not assigned to %2").arg(expert, app));
        else if (statusOf.value(pair) == QLatin1String("void") || statusOf.value(pair) == QLatin1String("handed_back"))
            issue(QStringLiteral("application"),
                  Tr::tr("the assignment of %1 to %2 no longer counts").arg(expert, app));
        else if (statusOf.value(pair) == QLatin1String("submitted"))
            // Sealed scores change only through the seal: a typed sheet must not overwrite or remove them.
            issue(QStringLiteral("application"),
                  Tr::tr("the scores of %1 for %2 came sealed in a review package and cannot be typed over; hand "
                         "the assignment back or re-issue the package first")
                      .arg(expert, app));
        const Criterion* c = tree->find(code);
        if (!c || !tree->isLeaf(code))
            issue(QStringLiteral("criterion"), Tr::tr("'%1' is not a scored criterion of this round").arg(code));
        bool ok = false;
        const double value = scoreText.toDouble(&ok);
        if (!ok)
            issue(QStringLiteral("score"),
                  scoreText.isEmpty() ? Tr::tr("the score is empty") : Tr::tr("'%1' is not a number").arg(scoreText));
        else if (c) {
            const QString problem = scoreProblem(*c, value);
            if (!problem.isEmpty())
                issue(QStringLiteral("score"), problem);
        }
        const QString key = pair + QLatin1Char('|') + code;
        if (seen.contains(key))
            issue(QStringLiteral("criterion"),
                  Tr::tr("%1 / %2 / %3 appears twice (also row %4)").arg(expert, app, code).arg(seen[key]));
        seen.insert(key, row.number);
        if (issues.size() == before)
            rows.append(
                {assignmentOf.value(pair), c->id, value, map.value(row, QStringLiteral("comment")), expert, app, code});
    }
    if (!issues.isEmpty())
        return Error::input(
            Tr::tr("%1: %2 problem(s) found; nothing was imported").arg(table.fileName).arg(issues.size()), issues);

    const bool doubleEntry = RoundSettings(db, round.id).flag(QStringLiteral("entry.double_entry"));
    const QString now = Clock::current().timestamp();
    PaperReport report;
    report.entered = int(rows.size());
    db::Transaction tx(db);
    RB_TRY(tx.status());
    QSet<qint64> touched;
    for (const Row& r : rows) {
        touched.insert(r.assignmentId);
        bool counts = true;
        if (doubleEntry) {
            RB_TRY(db.exec(
                "INSERT INTO paper_entry (assignment_id, criterion_id, entered_by, value, comment, entered_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (assignment_id, criterion_id, entered_by) DO UPDATE "
                "SET value = excluded.value, comment = excluded.comment, entered_at = excluded.entered_at",
                r.assignmentId, r.criterionId, enteredBy, r.value, r.comment, now));
            Result<db::Statement> other =
                db.prepare("SELECT entered_by, value FROM paper_entry WHERE assignment_id = ?1 "
                           "AND criterion_id = ?2 AND entered_by != ?3 ORDER BY entered_at LIMIT 1");
            if (!other)
                return other.takeError();
            other->bindAll(r.assignmentId, r.criterionId, enteredBy);
            Result<bool> found = other->step();
            if (!found)
                return found.takeError();
            if (!*found) {
                // A first entry waits for the second; whatever already counts stays until they agree.
                ++report.pending;
                other->reset();
                continue;
            } else if (std::abs(other->real(1) - r.value) > 1e-9) {
                counts = false;
                report.mismatches.append(
                    {r.expert, r.application, r.criterion, other->text(0), other->real(1), enteredBy, r.value});
            }
            other->reset();
        }
        if (!counts) {
            RB_TRY(db.exec("DELETE FROM score WHERE assignment_id = ?1 AND criterion_id = ?2", r.assignmentId,
                           r.criterionId));
            continue;
        }
        RB_TRY(db.exec("INSERT INTO score (assignment_id, criterion_id, value, comment) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT (assignment_id, criterion_id) DO UPDATE SET value = excluded.value, comment = "
                       "excluded.comment",
                       r.assignmentId, r.criterionId, r.value, r.comment));
        ++report.counted;
    }
    // An assignment whose every scored criterion now counts is entered; one typed on paper that no longer has
    // every score (a field whose two entries now differ) stops counting until the entries agree again.
    const int leaves = int(tree->leaves().size());
    for (qint64 id : touched) {
        Result<qint64> n = db.scalar("SELECT count(*) FROM score WHERE assignment_id = ?1", 0, id);
        if (!n)
            return n.takeError();
        if (*n == leaves)
            RB_TRY(db.exec(
                "UPDATE assignment SET status = 'entered', source = 'paper', entered_by = ?2, submitted_at = ?3 "
                "WHERE id = ?1 AND status = 'assigned'",
                id, enteredBy, now));
        else
            RB_TRY(db.exec("UPDATE assignment SET status = 'assigned', source = NULL, entered_by = NULL, "
                           "submitted_at = NULL WHERE id = ?1 AND status = 'entered' AND source = 'paper'",
                           id));
    }
    RB_TRY(AuditLog(db).record(round.id, QStringLiteral("import"), QStringLiteral("paper_scores"), QString(),
                               table.fileName,
                               QJsonObject{{QStringLiteral("entered_by"), enteredBy},
                                           {QStringLiteral("rows"), report.entered},
                                           {QStringLiteral("counted"), report.counted},
                                           {QStringLiteral("mismatches"), int(report.mismatches.size())},
                                           {QStringLiteral("pending"), report.pending}}));
    RB_TRY(tx.commit());
    return report;
}

} // namespace rb::merge
