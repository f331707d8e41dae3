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

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace rb
