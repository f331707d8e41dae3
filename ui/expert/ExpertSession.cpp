// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/ExpertSession.h"

#include "expert/ScoringCommands.h"

namespace rb::ui {

Result<std::unique_ptr<ExpertSession>> ExpertSession::open(const QString& path)
{
    Result<std::unique_ptr<package::Package>> p = package::Package::open(path);
    if (!p)
        return p.takeError();
    return std::unique_ptr<ExpertSession>(new ExpertSession(std::move(*p)));
}

ExpertSession::ExpertSession(std::unique_ptr<package::Package> package) : m_package(std::move(package)) {}

void ExpertSession::applied(const QString& itemUid, const Status& status, QUndoCommand* command)
{
    if (!status) {
        // The file did not take the change: the command must not stay on the stack.
        command->setObsolete(true);
        Q_EMIT failed(status.error().message);
    } else {
        m_lastSaved = QDateTime::currentDateTime();
        Q_EMIT saved(m_lastSaved);
    }
    Q_EMIT itemChanged(itemUid);
}

void ExpertSession::setScore(const QString& itemUid, const QString& criterionUid, std::optional<double> value)
{
    Result<QHash<QString, package::ScoreEntry>> scores = m_package->scores(itemUid);
    const std::optional<double> before = scores ? scores->value(criterionUid).value : std::nullopt;
    if (before == value)
        return;
    const Criterion* c = nullptr;
    for (const Criterion* leaf : m_package->criteria().leaves()) {
        if (leaf->uid == criterionUid)
            c = leaf;
    }
    const QString code = c ? c->code : QString();
    m_undo.push(
        new SetScoreCommand(*this, itemUid, criterionUid, before, value,
                            value ? tr("Score %1: %2").arg(code).arg(*value) : tr("Clear the score of %1").arg(code)));
}

void ExpertSession::setComment(const QString& itemUid, const QString& criterionUid, const QString& comment)
{
    Result<QHash<QString, package::ScoreEntry>> scores = m_package->scores(itemUid);
    const QString before = scores ? scores->value(criterionUid).comment : QString();
    if (before == comment)
        return;
    m_undo.push(new SetCommentCommand(*this, itemUid, criterionUid, before, comment, tr("Edit a comment")));
}

void ExpertSession::setOpinion(const QString& itemUid, const package::Opinion& opinion, const QString& description)
{
    Result<package::Opinion> before = m_package->opinion(itemUid);
    if (!before || *before == opinion)
        return;
    m_undo.push(new SetOpinionCommand(*this, itemUid, *before, opinion, description));
}

void ExpertSession::handBack(const QString& itemUid, const QString& reason)
{
    Result<package::Opinion> before = m_package->opinion(itemUid);
    if (!before)
        return;
    package::Opinion after = *before;
    after.handedBack = true;
    after.handbackReason = reason.trimmed();
    setOpinion(itemUid, after, tr("Declare a conflict of interest"));
}

void ExpertSession::withdrawHandBack(const QString& itemUid)
{
    Result<package::Opinion> before = m_package->opinion(itemUid);
    if (!before)
        return;
    package::Opinion after = *before;
    after.handedBack = false;
    after.handbackReason.clear();
    setOpinion(itemUid, after, tr("Withdraw the conflict declaration"));
}

Status ExpertSession::submit()
{
    RB_TRY(m_package->submit());
    m_undo.clear();
    Q_EMIT submittedChanged();
    for (const package::Item& i : m_package->items())
        Q_EMIT itemChanged(i.uid);
    return {};
}

} // namespace rb::ui
