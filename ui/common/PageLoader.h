// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/BackgroundJob.h"
#include "common/Result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace rb::db {
class Database;
}

namespace rb::ui {

class Workspace;

/// Fills a page from the round: what the page shows is read by \a read and then handed to \a apply on the GUI
/// thread. On a large round the read runs on a worker thread with its own read-only connection (the page keeps
/// what it showed until the new data arrives, and a newer load replaces an older one), so showing a page never
/// stalls the window; on a small round it is read at once, without a flicker.
class PageLoader : public QObject {
    Q_OBJECT
public:
    PageLoader(Workspace& workspace, QObject* parent);

    template <typename T>
    void load(std::function<Result<T>(db::Database&)> read, std::function<void(T&)> apply)
    {
        auto value = std::make_shared<std::optional<T>>();
        run(
            [read = std::move(read), value](db::Database& db) -> Status {
                Result<T> r = read(db);
                if (!r)
                    return r.takeError();
                value->emplace(std::move(*r));
                return {};
            },
            [value, apply = std::move(apply)] {
                if (*value)
                    apply(**value);
            });
    }

    /// Whether a load is running on the worker thread.
    [[nodiscard]] bool isLoading() const;
    /// Rounds with at least this many applications are read in the background (tests set 0 to always do so).
    static void setBackgroundThreshold(int applications);
    [[nodiscard]] static int backgroundThreshold();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void run(std::function<Status(db::Database&)> read, std::function<void()> apply);

    Workspace& m_workspace;
    BackgroundJob* m_job;
};

} // namespace rb::ui
