// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Workspace.h"

#include "repo/RoundRepository.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rb::ui {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& user)
{
    Result<std::unique_ptr<db::Database>> opened = db::schema::open(path);
    if (!opened)
        return opened.takeError();
    (*opened)->setUser(user);
    Result<QList<Round>> rounds = RoundRepository(**opened).list();
    if (!rounds)
        return rounds.takeError();
    if (rounds->isEmpty())
        return Error::input(tr("%1 holds no review round").arg(path));
    return std::unique_ptr<Workspace>(new Workspace(std::move(*opened), *rounds));
}

Workspace::Workspace(std::unique_ptr<db::Database> db, QList<Round> rounds)
    : m_db(std::move(db)), m_rounds(std::move(rounds)), m_round(m_rounds.last())
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

Workspace::~Workspace() = default;

void Workspace::setRound(const QString& code)
{
    for (const Round& r : m_rounds) {
        if (r.code == code && r.id != m_round.id) {
            m_round = r;
            m_undo.clear();
            Q_EMIT roundChanged();
            return;
        }
    }
}

Status Workspace::reloadRounds(const QString& select)
{
    Result<QList<Round>> rounds = RoundRepository(*m_db).list();
    if (!rounds)
        return rounds.takeError();
    m_rounds = *rounds;
    Q_EMIT dataChanged(Rounds);
    if (!select.isEmpty())
        setRound(select);
    return {};
}

QString Workspace::suggestedOutput(const QString& name) const
{
    QString folder = QFileInfo(path()).absolutePath();
    if (!QFileInfo(folder).isWritable())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(m_round.code + QLatin1Char('-') + name);
}

void Workspace::notifyChanged(DataKinds kinds, bool undoable)
{
    if (!undoable) {
        m_undo.clear();
        m_changedOutsideUndo = true;
        Q_EMIT modifiedChanged(true);
    }
    Q_EMIT dataChanged(kinds);
}

} // namespace rb::ui
