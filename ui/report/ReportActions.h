// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Document.h"

#include <QObject>
#include <QToolButton>

#include <functional>

class QMenu;

class QWidget;

namespace rb::ui {

class BackgroundTask;
class Workspace;

/// Printed documents of the current round: the File ▸ Documents menu and the "Print" buttons of the pages.
/// Each offers the print preview (from which the user prints) and Save as PDF (off the GUI thread, with
/// Cancel). Documents follow the workspace's "experts by code" switch.
class ReportActions : public QObject {
    Q_OBJECT
public:
    ReportActions(Workspace& workspace, QWidget* parent);

    /// One submenu per kind of document, each with Preview and print… and Save as PDF….
    void populate(QMenu* menu);

    /// Starts building the document \a request asks for (experts by code as the workspace says) off the GUI thread,
    /// on its own connection; \a then gets it on the GUI thread. A failure is shown and is the task's outcome.
    BackgroundTask* build(report::Request request, std::function<void(report::Document& doc)> then);
    void preview(const report::Request& request);
    /// Asks for a file and writes the PDF off the GUI thread, then says where it is.
    void save(const report::Request& request);

    /// The menu label of a kind, in the user's language.
    static QString kindName(report::Kind kind);

    /// A "Print" tool button for a page: its menu has Preview and print… and Save as PDF… for each of
    /// \a kinds; \a request completes a kind's request with the page's selection (application, meeting).
    using Completer = std::function<report::Request(report::Kind)>;
    static QToolButton* button(Workspace& workspace, QWidget* parent, const QList<report::Kind>& kinds,
                               Completer request = {});

private:
    void addKind(QMenu* menu, report::Kind kind, const QString& label, const Completer& request);

    Workspace& m_workspace;
    QWidget* m_parent;
};

} // namespace rb::ui
