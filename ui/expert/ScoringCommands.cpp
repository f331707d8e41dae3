// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/ScoringCommands.h"

#include "expert/ExpertSession.h"

namespace rb::ui {

SetScoreCommand::SetScoreCommand(ExpertSession& session, QString item, QString criterion, std::optional<double> before,
                                 std::optional<double> after, const QString& text)
    : QUndoCommand(text), m_session(session), m_item(std::move(item)), m_criterion(std::move(criterion)),
      m_before(before), m_after(after)
{}

void SetScoreCommand::redo()
{
    apply(m_after);
}

void SetScoreCommand::undo()
{
    apply(m_before);
}

void SetScoreCommand::apply(std::optional<double> value)
{
    m_session.applied(m_item, m_session.package().setScore(m_item, m_criterion, value), this);
}

SetCommentCommand::SetCommentCommand(ExpertSession& session, QString item, QString criterion, QString before,
                                     QString after, const QString& text)
    : QUndoCommand(text), m_session(session), m_item(std::move(item)), m_criterion(std::move(criterion)),
      m_before(std::move(before)), m_after(std::move(after))
{}

void SetCommentCommand::redo()
{
    apply(m_after);
}

void SetCommentCommand::undo()
{
    apply(m_before);
}

void SetCommentCommand::apply(const QString& comment)
{
    m_session.applied(m_item, m_session.package().setComment(m_item, m_criterion, comment), this);
}

SetOpinionCommand::SetOpinionCommand(ExpertSession& session, QString item, package::Opinion before,
                                     package::Opinion after, const QString& text)
    : QUndoCommand(text), m_session(session), m_item(std::move(item)), m_before(std::move(before)),
      m_after(std::move(after))
{}

void SetOpinionCommand::redo()
{
    apply(m_after);
}

void SetOpinionCommand::undo()
{
    apply(m_before);
}

void SetOpinionCommand::apply(const package::Opinion& opinion)
{
    m_session.applied(m_item, m_session.package().setOpinion(m_item, opinion), this);
}

} // namespace rb::ui
