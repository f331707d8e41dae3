// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"

#include <QDateTime>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace rb::ui {

/// An expert's open review package: every edit is one undo command, written to the file at once.
class ExpertSession : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<ExpertSession>> open(const QString& path);

    [[nodiscard]] package::Package& package() { return *m_package; }
    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }
    [[nodiscard]] bool submitted() const { return m_package->info().submitted; }
    [[nodiscard]] QDateTime lastSaved() const { return m_lastSaved; }

    void setScore(const QString& itemUid, const QString& criterionUid, std::optional<double> value);
    void setComment(const QString& itemUid, const QString& criterionUid, const QString& comment);
    void setOpinion(const QString& itemUid, const package::Opinion& opinion, const QString& description);
    void handBack(const QString& itemUid, const QString& reason);
    void withdrawHandBack(const QString& itemUid);
    /// Seals and locks the package (the caller asked for confirmation). Clears the undo history.
    Status submit();

    /// Called by the commands after they wrote to the file.
    void applied(const QString& itemUid, const Status& status, class QUndoCommand* command);

Q_SIGNALS:
    /// Something of this application changed in the file (a command ran, was undone or redone).
    void itemChanged(const QString& itemUid);
    void saved(const QDateTime& when);
    void failed(const QString& message);
    void submittedChanged();

private:
    explicit ExpertSession(std::unique_ptr<package::Package> package);

    std::unique_ptr<package::Package> m_package;
    QUndoStack m_undo;
    QDateTime m_lastSaved;
};

} // namespace rb::ui
