// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

#include <QUuid>

#include <atomic>

namespace rb {

namespace {
const Clock s_systemClock;
std::atomic<const Clock*> s_clock{&s_systemClock};
} // namespace

const Clock& Clock::current()
{
    return *s_clock.load();
}

void Clock::setCurrent(const Clock* clock)
{
    s_clock.store(clock ? clock : &s_systemClock);
}

QString Clock::timestamp() const
{
    // Formatting dominates bulk imports that stamp every row: reuse the text within a second.
    thread_local qint64 cachedSecond = -1;
    thread_local QString cachedText;
    const QDateTime t = now().toUTC();
    const qint64 second = t.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedText = t.toString(Qt::ISODate);
    }
    return cachedText;
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace rb
