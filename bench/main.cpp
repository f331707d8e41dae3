// SPDX-License-Identifier: GPL-3.0-or-later
// rb_bench [CASE...]: runs the named benchmark cases (all by default) and prints medians.
#include "Timing.h"

#include "app/GuiApp.h"

#include <QApplication>
#include <QTextStream>

namespace rb::bench {
void benchFoundation(QTextStream& out);
void benchMerge(QTextStream& out, bool large);
void benchReport(QTextStream& out);
void benchGui(QTextStream& out);
} // namespace rb::bench

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rb::ui::setUpApplication();
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewBenchBench"));
    QTextStream out(stdout);
    const QStringList cases = app.arguments().mid(1);
    auto wanted = [&](const char* name) { return cases.isEmpty() || cases.contains(QLatin1String(name)); };
    if (wanted("foundation"))
        rb::bench::benchFoundation(out);
    if (wanted("merge") || wanted("merge-small"))
        rb::bench::benchMerge(out, !cases.contains(QLatin1String("merge-small")));
    if (wanted("report"))
        rb::bench::benchReport(out);
    if (wanted("gui"))
        rb::bench::benchGui(out);
    out << QStringLiteral("peak memory %1 MiB").arg(rb::bench::peakMemoryMiB(), 0, 'f', 0) << Qt::endl;
    return 0;
}
