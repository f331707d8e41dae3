// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace rb::action {

/// Whether a done action can be taken back by Undo.
enum class Kind {
    Undoable, ///< Undo restores exactly what it changed (while nobody changed those rows since)
    Barrier,  ///< irreversible (a concluded case, a published notice, a merge, files sent out): reversed only by a
              ///< counter-action with a reason; Undo stops there
};

/// What the work of an action sees: the connection, and where it reports its outcome.
struct Context {
    db::Database& db;
    Progress progress;        ///< for long work (an import, a merge): returns false when the user cancelled
    QString summary;          ///< one sentence for the user ("3 applications moved to …"), optional
    QVariantMap out;          ///< values the caller reads back (the id of what was created, a count)
    bool nothingDone = false; ///< set by a barrier's work that found nothing to do (it then ends no history)
};

/// One user action, the same for the GUI and the CLI: its key (the audit log's name for it), the text shown
/// ("Undo Add member 张三"), whether it is undoable, and its work. The work validates and applies; it runs inside
/// the action's one transaction and records its own audit entries. Side effects are steps of the work.
struct Action {
    QString key;
    QString text;
    Kind kind = Kind::Undoable;
    std::optional<qint64> roundId;
    std::function<Status(Context&)> work;
    /// Only for a barrier whose work commits its own steps (a merge backs the file up before it writes, then takes
    /// each package in its own transaction): perform() then runs it as it is.
    bool ownTransactions = false;
};

/// An action that was applied: what it changed, as a SQLite changeset over every table but the audit log (which
/// only grows), to undo and redo it exactly.
struct Done {
    QString key;
    QString text;
    Kind kind = Kind::Undoable;
    std::optional<qint64> roundId;
    QString summary;
    QVariantMap out;
    QByteArray changes;
    bool nothingDone = false;

    /// Nothing to take back: an undoable action that changed no row, or a barrier that found nothing to do.
    [[nodiscard]] bool changedNothing() const { return kind == Kind::Barrier ? nothingDone : changes.isEmpty(); }
};

/// Validates and applies \a action in one transaction (a savepoint inside the caller's), recording what it changes
/// when it is undoable. On an error nothing is changed.
Result<Done> perform(db::Database& db, Action action, const Progress& progress = {});

/// Takes \a done back in one transaction and records it in the audit log. Refused, changing nothing, when a row it
/// changed has been changed since (by a later action or another program) or when it is a barrier.
Status undo(db::Database& db, const Done& done);
/// Applies \a done again after undo(), with the same checks.
Status redo(db::Database& db, const Done& done);

/// The number of commits made through other connections to the file so far (PRAGMA data_version): a change
/// means another program or a background task wrote to it, after which the history cannot be trusted.
Result<qint64> dataVersion(db::Database& db);

} // namespace rb::action
