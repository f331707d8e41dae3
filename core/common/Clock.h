// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace rb {

/// Where time comes from; tests replace it with a fixed clock.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    /// ISO 8601 UTC with seconds, the format stored in databases.
    [[nodiscard]] QString timestamp() const;

    /// The process-wide clock (the system clock unless a test replaced it).
    static const Clock& current();
    /// Replaces the clock; pass nullptr to restore the system clock. For tests.
    static void setCurrent(const Clock* clock);
};

/// A clock that always answers the same time.
class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime time) : m_time(std::move(time)) {}
    [[nodiscard]] QDateTime now() const override { return m_time; }
    void set(QDateTime time) { m_time = std::move(time); }

private:
    QDateTime m_time;
};

/// A new globally unique id for a row that can travel between files.
QString newUid();

} // namespace rb
