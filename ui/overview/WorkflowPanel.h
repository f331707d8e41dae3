// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/RoundProgress.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace rb::ui {

/// The order of the work on the overview (issue 13): the round's steps from import to approval, each with what
/// is done, waiting and blocked; the next step named with what to do, and a button to its page. A step is a
/// button too.
class WorkflowPanel : public QFrame {
    Q_OBJECT
public:
    explicit WorkflowPanel(QWidget* parent = nullptr);
    void setProgress(const workflow::RoundProgress& progress);

    /// The page where a step is done (by objectName).
    static QString pageOf(workflow::Step step);

Q_SIGNALS:
    void showPageRequested(const QString& objectName);

private:
    QList<QPushButton*> m_steps;
    QLabel* m_hint;
    QPushButton* m_go;
    QString m_nextPage;
};

} // namespace rb::ui
