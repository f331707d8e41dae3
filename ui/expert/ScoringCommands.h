// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"

#include <QUndoCommand>

namespace rb::ui {

class ExpertSession;

/// Sets (or clears) one score.
class SetScoreCommand : public QUndoCommand {
public:
    SetScoreCommand(ExpertSession& session, QString item, QString criterion, std::optional<double> before,
                    std::optional<double> after, const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(std::optional<double> value);
    ExpertSession& m_session;
    QString m_item;
    QString m_criterion;
    std::optional<double> m_before;
    std::optional<double> m_after;
};

/// Sets one criterion's comment.
class SetCommentCommand : public QUndoCommand {
public:
    SetCommentCommand(ExpertSession& session, QString item, QString criterion, QString before, QString after,
                      const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(const QString& comment);
    ExpertSession& m_session;
    QString m_item;
    QString m_criterion;
    QString m_before;
    QString m_after;
};

/// Changes the overall opinion, recommendation or recusal declaration of an application.
class SetOpinionCommand : public QUndoCommand {
public:
    SetOpinionCommand(ExpertSession& session, QString item, package::Opinion before, package::Opinion after,
                      const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(const package::Opinion& opinion);
    ExpertSession& m_session;
    QString m_item;
    package::Opinion m_before;
    package::Opinion m_after;
};

} // namespace rb::ui
