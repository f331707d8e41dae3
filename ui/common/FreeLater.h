// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>

#include <memory>
#include <utility>

namespace rb::ui {

/// Frees \a value on a worker thread of Qt's global pool. A model replacing 50,000 rows takes some 90 ms on the GUI
/// thread just to free the old ones (their strings and lists); the pool's threads do it meanwhile, and the pool
/// waits for them when the program ends.
template <typename T>
void freeLater(T&& value)
{
    // The only reference travels into the task (moved, never copied), so the last one is always dropped there.
    auto holder = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    QThreadPool::globalInstance()->start([held = std::move(holder)]() mutable { held.reset(); });
}

} // namespace rb::ui
