// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PageLoader.h"

#include "document/Workspace.h"
#include "storage/Schema.h"

namespace rb::ui {

namespace {
int g_threshold = 5000;
}

PageLoader::PageLoader(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::runningChanged, this, &PageLoader::loadingChanged);
}

bool PageLoader::isLoading() const
{
    return m_job->isRunning();
}

void PageLoader::setBackgroundThreshold(int applications)
{
    g_threshold = applications;
}

int PageLoader::backgroundThreshold()
{
    return g_threshold;
}

void PageLoader::run(std::function<Status(db::Database&)> read, std::function<void()> apply)
{
    const Result<qint64> size =
        m_workspace.db().scalar("SELECT count(*) FROM application WHERE round_id = ?1", 0, m_workspace.round().id);
    if (size && *size < g_threshold) {
        m_job->cancel(); // an older load going would overwrite this one
        if (read(m_workspace.db()))
            apply();
        return;
    }
    const QString path = m_workspace.path();
    m_job->start(
        [path, read = std::move(read)](const Progress& cancel) -> Status {
            Result<std::unique_ptr<db::Database>> worker = db::schema::open(path, db::OpenMode::ReadOnly);
            if (!worker)
                return worker.takeError();
            (*worker)->setCancelCheck(cancel);
            return read(**worker);
        },
        [apply = std::move(apply)](const Status& status) {
            if (status)
                apply();
        });
}

} // namespace rb::ui
