// SPDX-License-Identifier: GPL-3.0-or-later
// The action layer (issue 12): every user action applied in one transaction with what it changed recorded, so that
// undo restores the file's content exactly and redo brings it back; undo refused (changing nothing) when a row it
// changed was changed since or when the action is a barrier; the audit log only grows. And the committee rules it
// carries: a meeting needs a chair, members keep their order.
#include "SmallRound.h"

#include "action/DeliberationActions.h"
#include "action/ReviewActions.h"
#include "repo/AuditLog.h"
#include "repo/RoundSettings.h"
#include "review/Assignments.h"

#include <sqlite3.h>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every row of every table but the audit log, in a fixed order: the content undo must restore exactly.
QString content(db::Database& db)
{
    QStringList tables;
    {
        Result<db::Statement> st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                              "('audit_log', 'sqlite_sequence') ORDER BY name");
        RB_REQUIRE_OK(st);
        RB_REQUIRE_OK(st->forEach([&](const db::Statement& r) { tables << r.text(0); }));
    }
    QString out;
    for (const QString& table : tables) {
        sqlite3_stmt* st = nullptr;
        const QByteArray sql = "SELECT * FROM " + table.toUtf8();
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) == SQLITE_OK);
        const int columns = sqlite3_column_count(st);
        sqlite3_finalize(st);
        QByteArray ordered = sql + " ORDER BY ";
        for (int c = 1; c <= columns; ++c)
            ordered += QByteArray::number(c) + (c < columns ? "," : "");
        REQUIRE(sqlite3_prepare_v2(db.handle(), ordered.constData(), -1, &st, nullptr) == SQLITE_OK);
        out += table + u'\n';
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                out += (text ? QString::fromUtf8(text) : u"∅"_s) + u'|';
            }
            out += u'\n';
        }
        sqlite3_finalize(st);
    }
    return out;
}

qint64 auditCount(db::Database& db, const char* action)
{
    return *db.scalar("SELECT count(*) FROM audit_log WHERE action = ?1", -1, QString::fromLatin1(action));
}

action::Done done(db::Database& db, action::Action a)
{
    Result<action::Done> done = action::perform(db, std::move(a));
    RB_REQUIRE_OK(done);
    return *done;
}

QStringList memberNames(test::SmallRound& f)
{
    Result<QList<deliberation::Member>> all = deliberation::DeliberationService(*f.db, f.round).members();
    RB_REQUIRE_OK(all);
    QStringList names;
    for (const auto& m : *all)
        names << m.name + u':' + m.role;
    return names;
}

} // namespace

TEST_CASE("actions: undo restores the file's content exactly and redo brings the action back", "[actions]")
{
    test::SmallRound f(2, 2);
    done(*f.db, action::addMember(f.round, u"主任甲"_s, u"示例大学"_s, u"chair"_s));
    done(*f.db, action::holdMeeting(f.round, {u"第一次论证会"_s, QDate(2026, 11, 20), u"北京"_s, {}, false}));
    const QString before = content(*f.db);

    // Adding a member also puts them on the attendance of the planned meeting: one action, two tables.
    action::Done added = done(*f.db, action::addMember(f.round, u"委员乙"_s, u"示例研究院"_s, u"member"_s));
    CHECK(added.kind == action::Kind::Undoable);
    CHECK_FALSE(added.changedNothing());
    CHECK(added.out.value(u"member"_s).toLongLong() > 0);
    CHECK(*f.db->scalar("SELECT count(*) FROM meeting_attendance", -1) == 2);
    const QString after = content(*f.db);
    REQUIRE(after != before);

    RB_REQUIRE_OK(action::undo(*f.db, added));
    CHECK(content(*f.db) == before);
    RB_REQUIRE_OK(action::redo(*f.db, added));
    CHECK(content(*f.db) == after);
    // The audit log keeps the action and records both steps back and forth.
    CHECK(auditCount(*f.db, "undo") == 1);
    CHECK(auditCount(*f.db, "redo") == 1);
    CHECK(*f.db->scalar("SELECT count(*) FROM audit_log WHERE entity = 'committee_member' AND action = 'create'", -1)
          == 2);
}

TEST_CASE("actions: removing a member takes their attendance with it, and undo gives both back", "[actions]")
{
    test::SmallRound f(1, 1);
    done(*f.db, action::addMember(f.round, u"主任甲"_s, QString(), u"chair"_s));
    done(*f.db, action::addMember(f.round, u"委员乙"_s, QString(), u"member"_s));
    done(*f.db, action::holdMeeting(f.round, {u"论证会"_s, QDate(2026, 11, 20), QString(), {u"委员乙"_s}, false}));
    const QString before = content(*f.db);
    action::Done removed = done(*f.db, action::removeMember(f.round, u"委员乙"_s));
    CHECK(*f.db->scalar("SELECT count(*) FROM meeting_attendance", -1) == 1); // ON DELETE CASCADE
    RB_REQUIRE_OK(action::undo(*f.db, removed));
    CHECK(content(*f.db) == before); // the absence recorded for the meeting is back too
}

TEST_CASE("actions: undo is refused, changing nothing, when what the action changed was changed since", "[actions]")
{
    test::SmallRound f(1, 1);
    action::Done added = done(*f.db, action::addMember(f.round, u"委员乙"_s, u"示例研究院"_s, u"member"_s));
    // Another program (or a path outside the history) changes the same row afterwards.
    auto other = db::Database::open(f.path, db::OpenMode::OpenExisting);
    RB_REQUIRE_OK(other);
    const qint64 seen = *action::dataVersion(*f.db);
    RB_REQUIRE_OK((*other)->exec("UPDATE committee_member SET organisation = '另一单位' WHERE name = '委员乙'"));
    CHECK(*action::dataVersion(*f.db) != seen); // the history can tell the file was written by someone else
    const QString before = content(*f.db);
    const qint64 audit = *f.db->scalar("SELECT count(*) FROM audit_log", -1);
    Status undone = action::undo(*f.db, added);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(u"changed again since"_s));
    CHECK(content(*f.db) == before);
    CHECK(*f.db->scalar("SELECT count(*) FROM audit_log", -1) == audit);
}

TEST_CASE("actions: a concluded case is a barrier; a refused action changes nothing", "[actions]")
{
    test::SmallRound f(1, 1);
    // No chair: no meeting, and nothing is left behind.
    done(*f.db, action::addMember(f.round, u"委员乙"_s, QString(), u"member"_s));
    const QString before = content(*f.db);
    Result<action::Done> refused =
        action::perform(*f.db, action::holdMeeting(f.round, {u"论证会"_s, QDate(2026, 11, 20), QString(), {}, true}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"no chair"_s));
    CHECK(content(*f.db) == before);
    // An unknown absent name is refused before the meeting is made.
    done(*f.db, action::editMember(f.round, u"委员乙"_s, QString(), std::nullopt, u"chair"_s));
    const QString withChair = content(*f.db);
    refused = action::perform(
        *f.db, action::holdMeeting(f.round, {u"论证会"_s, QDate(2026, 11, 20), QString(), {u"无名氏"_s}, true}));
    REQUIRE_FALSE(refused.ok());
    CHECK(content(*f.db) == withChair);

    action::Done barrier;
    barrier.key = u"case.conclude"_s;
    barrier.text = u"Conclude P1"_s;
    barrier.kind = action::Kind::Barrier;
    Status undone = action::undo(*f.db, barrier);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(u"final"_s));
    CHECK(content(*f.db) == withChair);
}

TEST_CASE("actions: undoing the same-province rule gives back the assignments it voided", "[actions][conflicts]")
{
    test::SmallRound f(2, 2);
    // E2 lives in the applicants' province (浙江省).
    f.importCsv(import::Kind::Experts, "code,name,organisation,province\nE2,专家2,第2研究院,浙江省\n");
    f.assignAll({u"E1"_s, u"E2"_s}, {u"P1"_s, u"P2"_s});
    const QString before = content(*f.db);
    auto active = [&] {
        return *f.db->scalar("SELECT count(*) FROM assignment WHERE status NOT IN ('void', 'conflict')", -1);
    };
    REQUIRE(active() == 4);
    action::Done on = done(*f.db, action::setSetting(f.round, u"conflict.same_province"_s, u"true"_s));
    CHECK(active() == 2);
    CHECK(on.summary.contains(u"2"_s));
    RB_REQUIRE_OK(action::undo(*f.db, on));
    CHECK(active() == 4);
    CHECK(RoundSettings(*f.db, f.round.id).flag(u"conflict.same_province"_s) == false);
    CHECK(content(*f.db) == before);
}

TEST_CASE("actions: the committee keeps the order it is given, the chair first", "[actions][deliberation]")
{
    test::SmallRound f(1, 1);
    for (const char* name : {"甲", "乙", "丙"})
        done(*f.db, action::addMember(f.round, QString::fromUtf8(name), QString(), u"member"_s));
    done(*f.db, action::addMember(f.round, u"丁"_s, QString(), u"chair"_s));
    CHECK(memberNames(f) == QStringList{u"丁:chair"_s, u"甲:member"_s, u"乙:member"_s, u"丙:member"_s});
    action::Done moved = done(*f.db, action::moveMember(f.round, u"丙"_s, -1));
    CHECK(memberNames(f) == QStringList{u"丁:chair"_s, u"甲:member"_s, u"丙:member"_s, u"乙:member"_s});
    // Across a role boundary: refused (change the role instead).
    CHECK_FALSE(action::perform(*f.db, action::moveMember(f.round, u"甲"_s, -1)).ok());
    RB_REQUIRE_OK(action::undo(*f.db, moved));
    CHECK(memberNames(f) == QStringList{u"丁:chair"_s, u"甲:member"_s, u"乙:member"_s, u"丙:member"_s});
    // A meeting created without a chair is impossible; naming a chair later chairs the open meetings.
    done(*f.db, action::holdMeeting(f.round, {u"论证会"_s, QDate(2026, 11, 20), QString(), {}, false}));
    done(*f.db, action::editMember(f.round, u"丁"_s, QString(), std::nullopt, u"member"_s));
    done(*f.db, action::editMember(f.round, u"甲"_s, QString(), std::nullopt, u"chair"_s));
    CHECK(*f.db->scalarText("SELECT m.name FROM meeting JOIN committee_member m ON m.id = meeting.chair_id")
          == u"甲"_s);
}
