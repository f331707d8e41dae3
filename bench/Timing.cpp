// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace rb::bench {

QList<double> repeat(int times, const std::function<void()>& prepare, const std::function<double()>& work)
{
    QList<double> seconds;
    for (int i = 0; i < times; ++i) {
        if (prepare)
            prepare();
        seconds << work();
    }
    return seconds;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString describe(const QList<double>& seconds)
{
    const auto [min, max] = std::minmax_element(seconds.begin(), seconds.end());
    return QStringLiteral("median %1 s (min %2, max %3, n=%4)")
        .arg(median(seconds), 0, 'f', 3)
        .arg(*min, 0, 'f', 3)
        .arg(*max, 0, 'f', 3)
        .arg(seconds.size());
}

namespace {
double statusMiB(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double peakMemoryMiB()
{
    return statusMiB("VmHWM:");
}

double residentMemoryMiB()
{
    return statusMiB("VmRSS:");
}

QString scratchDir()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/reviewbench-bench");
    QDir().mkpath(dir);
    return dir;
}

} // namespace rb::bench
