// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace rb::bench {

/// Wall-clock seconds of each repetition of \a work (which may set up untimed state first via \a prepare).
QList<double> repeat(int times, const std::function<void()>& prepare, const std::function<double()>& work);
double median(QList<double> values);
/// "median 1.234 s (min 1.200, max 1.300, n=5)".
QString describe(const QList<double>& seconds);
/// Peak resident memory of this process in MiB (Linux), or -1 when unknown.
double peakMemoryMiB();
/// Resident memory of this process now, in MiB (Linux), or -1 when unknown.
double residentMemoryMiB();
/// A scratch folder for benchmark files.
QString scratchDir();

} // namespace rb::bench
