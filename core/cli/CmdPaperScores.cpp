// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "common/Tr.h"

namespace rb::cli {

/// `import scores DB FILE --entered-by NAME`: paper score sheets typed in by the secretariat.
int importPaperScores(const QString&, const QString&, const QString&, const QString&, Io& io)
{
    return io.fail(
        Error::usage(Tr::tr("usage: importing paper score sheets into a round database is not available yet")));
}

} // namespace rb::cli
