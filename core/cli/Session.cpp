// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Session.h"
#include "common/Tr.h"

#include "cli/Cli.h"
#include "repo/RoundRepository.h"
#include "storage/Schema.h"

#include <QCoreApplication>

namespace rb::cli {

Result<Session> openRound(const QString& path, const QString& roundCode)
{
    Result<std::unique_ptr<db::Database>> opened = db::schema::open(path);
    if (!opened)
        return opened.takeError();
    (*opened)->setUser(defaultUserName());
    Result<Round> round = RoundRepository(**opened).resolve(roundCode);
    if (!round)
        return round.takeError();
    return Session{std::move(*opened), *round};
}

QString roundOptionHelp()
{
    return Tr::tr("The round to act on (default: the only round of the file).");
}

} // namespace rb::cli
