// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <memory>

namespace rb::cli {

/// An open round database and the round a command acts on.
struct Session {
    std::unique_ptr<db::Database> db;
    Round round;
};

/// Opens \a path (migrating older files) and resolves \a roundCode (empty = the only round).
Result<Session> openRound(const QString& path, const QString& roundCode);

/// The "--round CODE" option text, shared by the commands that act on a round.
QString roundOptionHelp();

} // namespace rb::cli
