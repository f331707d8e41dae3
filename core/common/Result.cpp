// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Result.h"
#include "common/Tr.h"

#include <QCoreApplication>

namespace rb {

QString Issue::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (row > 0)
        where << Tr::tr("row %1").arg(row);
    if (!column.isEmpty())
        where << Tr::tr("column %1").arg(column);
    if (where.isEmpty())
        return message;
    return where.join(Tr::tr(", ", "between the parts of a place in a file")) + Tr::tr(": ", "after a place in a file")
           + message;
}

Error Error::cancelled()
{
    return {ErrorKind::Cancelled, Tr::tr("cancelled; nothing was changed"), {}};
}

QString Error::toString() const
{
    QString text = message;
    for (const Issue& issue : issues)
        text += QStringLiteral("\n  ") + issue.toString();
    return text;
}

} // namespace rb
