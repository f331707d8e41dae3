// SPDX-License-Identifier: GPL-3.0-or-later
// A scoring process for the crash-safety test: opens a package and sets scores one by one, cycling
// through the applications, leaves and valid values. Before each edit it prints "TRY <item uid>
// <criterion uid> <value>"; after setScore returned ok it prints "EDIT <item uid> <criterion uid>
// <value>" and flushes, so every EDIT line is an edit the package reported as saved. The test kills
// it (SIGKILL) at an arbitrary moment.
//
// Usage: rb_scorer PACKAGE [START] [COUNT]
#include "package/Package.h"

#include <QCoreApplication>

#include <cstdio>

using namespace rb;

namespace {

void line(const char* kind, const QString& item, const QString& criterion, double value)
{
    std::printf("%s %s %s %s\n", kind, item.toUtf8().constData(), criterion.toUtf8().constData(),
                QByteArray::number(value).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: rb_scorer PACKAGE [START] [COUNT]\n");
        return 1;
    }
    const qint64 start = args.size() > 2 ? args.at(2).toLongLong() : 0;
    const qint64 count = args.size() > 3 ? args.at(3).toLongLong() : 1000000;
    Result<std::unique_ptr<package::Package>> opened = package::Package::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().toString().toUtf8().constData());
        return 3;
    }
    package::Package& p = **opened;
    const QList<package::Item> items = p.items();
    const QList<const Criterion*> leaves = p.criteria().leaves();
    if (items.isEmpty() || leaves.isEmpty()) {
        std::fprintf(stderr, "the package has nothing to score\n");
        return 2;
    }
    const qint64 cells = items.size() * leaves.size();
    for (qint64 i = start; i < start + count; ++i) {
        const package::Item& item = items[i % items.size()];
        const Criterion& c = *leaves[(i / items.size()) % leaves.size()];
        const qint64 lap = i / cells;
        double value = 0;
        if (c.kind == CriterionKind::Veto) {
            value = double(lap % 2);
        } else {
            const qint64 halves = qint64(c.maxPoints.value_or(0) * 2);
            value = double((i * 7 + lap) % (halves + 1)) / 2.0;
        }
        line("TRY", item.uid, c.uid, value);
        if (Status s = p.setScore(item.uid, c.uid, value); !s) {
            std::fprintf(stderr, "%s\n", s.error().toString().toUtf8().constData());
            return 2;
        }
        line("EDIT", item.uid, c.uid, value);
    }
    std::printf("DONE\n");
    std::fflush(stdout);
    return 0;
}
