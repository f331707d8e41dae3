// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppController.h"
#include "app/FirstStartDialog.h"

#include "action/ReviewActions.h"

#include "app/MainWindow.h"
#include "app/NewRoundDialog.h"
#include "app/PreferencesDialog.h"
#include "cli/CliApp.h"
#include "common/Messages.h"
#include "expert/AccessCodeDialog.h"
#include "expert/ExpertSession.h"
#include "expert/ExpertWindow.h"
#include "package/PackageFile.h"
#include "round/RoundSetup.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace rb::ui {

AppController::AppController() = default;

MainWindow* AppController::window() const
{
    return qobject_cast<MainWindow*>(m_window.get());
}

ExpertWindow* AppController::expertWindow() const
{
    return qobject_cast<ExpertWindow*>(m_window.get());
}
AppController::~AppController()
{
    m_window.reset();
    for (const QPointer<QMainWindow>& old : std::as_const(m_retiredWindows))
        delete old.data();
}

void AppController::start(const QString& path)
{
    cli::installTranslation(m_preferences.effectiveLanguage());
    // The name every change records is asked for once, before anything is changed.
    FirstStartDialog::askOnce(nullptr);
    if (!path.isEmpty())
        openFile(path);
    if (!m_window)
        rebuildWindow();
    m_window->show();
}

bool AppController::openFile(const QString& path)
{
    if (package::isPackage(path)) {
        Result<std::unique_ptr<ExpertSession>> session = ExpertSession::open(path);
        if (!session) {
            messages::warn(m_window.get(), tr("Open"), session.error().toString());
            return false;
        }
        // The dossiers and the signing key open only with the access code.
        if (!AccessCodeDialog::unlock(m_window.get(), (*session)->package()))
            return false;
        m_preferences.addRecentFile(path);
        std::unique_ptr<QObject> old =
            m_expert ? std::unique_ptr<QObject>(std::move(m_expert)) : std::unique_ptr<QObject>(std::move(m_workspace));
        m_expert = std::move(*session);
        rebuildWindow(std::move(old));
        return true;
    }
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, m_preferences.userName());
    if (!opened) {
        messages::warn(m_window.get(), tr("Open"), opened.error().toString());
        m_preferences.removeRecentFile(path);
        return false;
    }
    m_preferences.addRecentFile(path);
    std::unique_ptr<QObject> old =
        m_expert ? std::unique_ptr<QObject>(std::move(m_expert)) : std::unique_ptr<QObject>(std::move(m_workspace));
    m_workspace = std::move(*opened);
    connect(m_workspace.get(), &Workspace::commandFailed, this,
            [this](const QString& message) { messages::warn(m_window.get(), tr("Change not saved"), message); });
    rebuildWindow(std::move(old));
    return true;
}

void AppController::closeFile()
{
    rebuildWindow(m_expert ? std::unique_ptr<QObject>(std::move(m_expert))
                           : std::unique_ptr<QObject>(std::move(m_workspace)));
}

void AppController::newFile()
{
    NewRoundDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const round::NewRound spec = dialog.spec();
    const QString suggested = QStringLiteral("%1/%2.rbdb").arg(folder, spec.title);
    QString path = QFileDialog::getSaveFileName(m_window.get(), tr("New review file"), suggested,
                                                tr("ReviewBench files (*.rbdb)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".rbdb")))
        path += QStringLiteral(".rbdb");
    if (QFileInfo::exists(path)) {
        messages::warn(m_window.get(), tr("New review file"),
                       tr("%1 already exists. Open it and use File ▸ Add round to add a round to it.").arg(path));
        return;
    }
    Result<Round> round = round::createOrAdd(path, spec, m_preferences.userName());
    if (!round) {
        messages::warn(m_window.get(), tr("New review file"), round.error().toString());
        return;
    }
    openFile(path);
}

void AppController::addRound()
{
    if (!m_workspace)
        return;
    NewRoundDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<action::Done> done = m_workspace->perform(action::addRound(dialog.spec()), Workspace::Everything);
    if (!done) {
        messages::warn(m_window.get(), tr("Add round"), done.error().toString());
        return;
    }
    (void)m_workspace->reloadRounds(done->out.value(QStringLiteral("round")).toString());
}

void AppController::openPreferences()
{
    PreferencesDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preferences.setUserName(dialog.userName());
    if (m_workspace)
        m_workspace->setUser(m_preferences.userName());
    if (dialog.language() != m_preferences.language()) {
        m_preferences.setLanguage(dialog.language());
        setLanguage(m_preferences.effectiveLanguage());
    }
}

void AppController::setLanguage(const QString& language)
{
    cli::installTranslation(language);
    rebuildWindow();
}

void AppController::rebuildWindow(std::unique_ptr<QObject> retired)
{
    const int page = window() ? window()->currentPage() : 0;
    const bool visible = m_window && m_window->isVisible();
    const QByteArray geometry = m_window ? m_window->saveGeometry() : m_preferences.windowGeometry();
    // The old window may be running one of its own actions: delete it later, and keep the
    // workspace its pages refer to until then.
    if (QMainWindow* old = m_window.release()) {
        old->hide();
        if (retired)
            connect(old, &QObject::destroyed, [w = retired.release()] { delete w; });
        old->deleteLater();
        m_retiredWindows.removeAll(nullptr);
        m_retiredWindows.append(old);
    }
    if (m_expert) {
        m_window = std::make_unique<ExpertWindow>(*this, *m_expert);
    } else {
        auto main = std::make_unique<MainWindow>(*this, m_workspace.get());
        main->setCurrentPage(page);
        m_window = std::move(main);
    }
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (visible)
        m_window->show();
}

} // namespace rb::ui
