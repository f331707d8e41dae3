// SPDX-License-Identifier: GPL-3.0-or-later
// The typed values (issue 12): each is an enum with one table — key, screen label, official wording — and the
// database accepts exactly the keys of that table, so the screens, the documents, the CLI and the file never
// disagree about a name or a value.
#include "TestSupport.h"

#include "deliberation/Labels.h"
#include "domain/States.h"
#include "storage/Schema.h"

#include <QRegularExpression>

using namespace rb;
using states::State;

namespace {
/// The quoted words of the CHECK or trigger that guards \a column in the schema's SQL for \a object.
QStringList allowedBySchema(db::Database& db, const char* object, const QString& column)
{
    Result<QString> sql = db.scalarText("SELECT sql FROM sqlite_master WHERE name = ?1", QString::fromLatin1(object));
    REQUIRE(sql.ok());
    const QRegularExpression in(QRegularExpression::escape(column)
                                + QStringLiteral(R"(\s+(?:NOT\s+)?IN\s*\(([^)]*)\))"));
    const QRegularExpressionMatch m = in.match(*sql);
    REQUIRE(m.hasMatch());
    QStringList words;
    const QRegularExpression quoted(QStringLiteral("'([a-z_]+)'"));
    for (auto it = quoted.globalMatch(m.captured(1)); it.hasNext();)
        words << it.next().captured(1);
    return words;
}
} // namespace

TEST_CASE("typed values: every state's key, name and wording come from its one row, and round-trip",
          "[labels][workflow]")
{
    const QStringList& keys = states::all();
    REQUIRE(keys.size() == int(State::Revoked) + 1);
    for (int i = 0; i < keys.size(); ++i) {
        const auto state = State(i);
        INFO(keys[i].toStdString());
        CHECK(states::key(state) == keys[i]);
        REQUIRE(states::fromKey(keys[i]) == state);
        CHECK(states::is(keys[i], state));
        CHECK(states::displayName(state) == states::displayName(keys[i]));
        CHECK(states::official(state) == states::official(keys[i]));
        CHECK(states::official(state) != keys[i]); // every state has its Chinese wording
    }
    CHECK_FALSE(states::fromKey(QStringLiteral("Proposed")).has_value());
    CHECK_FALSE(states::fromKey(QString()).has_value());
    CHECK(states::official(QStringLiteral("unknown")) == QStringLiteral("unknown"));
    // The final states, and nothing else.
    int finals = 0;
    for (int i = 0; i < keys.size(); ++i)
        finals += states::isFinal(State(i)) ? 1 : 0;
    CHECK(finals == 6);
    CHECK(states::isFinal(State::Revoked));
    CHECK_FALSE(states::isFinal(State::PublicNotice));
}

TEST_CASE("typed values: roles, votes, conclusions and recommendations round-trip through their tables",
          "[labels][deliberation]")
{
    for (const QString& k : labels::keys(labels::Kind::Role))
        CHECK(labels::key(*labels::role(k)) == k);
    for (const QString& k : labels::keys(labels::Kind::Vote))
        CHECK(labels::key(*labels::vote(k)) == k);
    for (const QString& k : labels::keys(labels::Kind::Conclusion))
        CHECK(labels::key(*labels::conclusion(k)) == k);
    for (const QString& k : labels::keys(labels::Kind::Recommendation))
        CHECK(labels::key(*labels::recommendation(k)) == k);
    CHECK(labels::key(labels::Role::ViceChair) == QStringLiteral("vice_chair"));
    CHECK(labels::is(QStringLiteral("abstain"), labels::Vote::Abstain));
    CHECK_FALSE(labels::role(QStringLiteral("Chair")).has_value());
    CHECK_FALSE(labels::vote(QStringLiteral("yes")).has_value());
    // One name per value: the deliberation's "revise" is worded the same as the state it leads to, and differently
    // from an expert's recommendation to review again.
    CHECK(states::official(State::Revise) == labels::official(labels::Kind::Conclusion, QStringLiteral("revise")));
    CHECK(states::official(State::Revise) == QString::fromUtf8("修改完善后再议"));
    CHECK(labels::official(labels::Kind::Recommendation, QStringLiteral("revise")) == QString::fromUtf8("修改后复核"));
    // A conclusion's key is the key of the state it decides.
    for (const QString& k : labels::keys(labels::Kind::Conclusion))
        CHECK(states::fromKey(k).has_value());
}

TEST_CASE("typed values: the database accepts exactly the keys of each table", "[labels][schema]")
{
    test::TempDir dir;
    auto db = db::schema::create(dir.path(QStringLiteral("t.rbdb")));
    RB_REQUIRE_OK(db);
    CHECK(allowedBySchema(**db, "application_state_insert", QStringLiteral("NEW.state")) == states::all());
    CHECK(allowedBySchema(**db, "application_state_update", QStringLiteral("NEW.state")) == states::all());
    CHECK(allowedBySchema(**db, "committee_member", QStringLiteral("role")) == labels::keys(labels::Kind::Role));
    CHECK(allowedBySchema(**db, "case_member", QStringLiteral("vote")) == labels::keys(labels::Kind::Vote));
    CHECK(allowedBySchema(**db, "deliberation_case", QStringLiteral("conclusion"))
          == labels::keys(labels::Kind::Conclusion));
    CHECK(allowedBySchema(**db, "opinion", QStringLiteral("recommendation"))
          == labels::keys(labels::Kind::Recommendation));
}
