// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportActions.h"

#include "common/Messages.h"
#include "document/Workspace.h"
#include "report/ReportPrinter.h"

#include <QApplication>
#include <QMenu>
#include <QToolButton>

namespace rb::ui {

ReportActions::ReportActions(Workspace& workspace, QWidget* parent)
    : QObject(parent), m_workspace(workspace), m_parent(parent)
{}

QString ReportActions::kindName(report::Kind kind)
{
    switch (kind) {
    case report::Kind::ScoringSheet: return tr("Scoring sheets (专家评分表)");
    case report::Kind::Opinions: return tr("Expert opinion sheets (专家评审意见表)");
    case report::Kind::Summary: return tr("Score summary tables (评分汇总表)");
    case report::Kind::Ranking: return tr("Ranking list (排名表)");
    case report::Kind::Minutes: return tr("Deliberation minutes (论证意见)");
    case report::Kind::Notice: return tr("Public-notice list (公示名单)");
    case report::Kind::Statistics: return tr("Round statistics with charts");
    }
    return {};
}

void ReportActions::populate(QMenu* menu)
{
    for (report::Kind kind :
         {report::Kind::ScoringSheet, report::Kind::Opinions, report::Kind::Summary, report::Kind::Ranking,
          report::Kind::Minutes, report::Kind::Notice, report::Kind::Statistics}) {
        addKind(menu, kind, kindName(kind), {});
        if (kind == report::Kind::ScoringSheet)
            addKind(menu, kind, tr("Blank scoring sheets for a paper panel"), [](report::Kind k) {
                report::Request r;
                r.kind = k;
                r.blank = true;
                return r;
            });
    }
}

void ReportActions::addKind(QMenu* menu, report::Kind kind, const QString& label, const Completer& request)
{
    QMenu* sub = menu->addMenu(label);
    sub->setObjectName(QStringLiteral("menuReport_") + report::key(kind));
    auto make = [kind, request] {
        if (request)
            return request(kind);
        report::Request r;
        r.kind = kind;
        return r;
    };
    sub->addAction(tr("Preview and print…"), this, [this, make] { preview(make()); });
    sub->addAction(tr("Save as PDF…"), this, [this, make] { save(make()); });
}

std::optional<report::Document> ReportActions::document(report::Request request)
{
    request.expertsByCode = request.expertsByCode || m_workspace.expertsByCode();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<report::Document> doc = report::build(m_workspace.db(), m_workspace.round(), request);
    QApplication::restoreOverrideCursor();
    if (!doc) {
        messages::warn(m_parent, kindName(request.kind), doc.error().toString());
        return std::nullopt;
    }
    return std::move(*doc);
}

void ReportActions::preview(const report::Request& request)
{
    if (std::optional<report::Document> doc = document(request))
        reports::previewAndPrint(m_parent, *doc);
}

void ReportActions::save(const report::Request& request)
{
    std::optional<report::Document> doc = document(request);
    if (!doc)
        return;
    QString name = report::title(request.kind);
    if (!request.application.isEmpty())
        name += QLatin1Char('-') + request.application;
    reports::saveAsPdf(m_parent, std::move(*doc), m_workspace.suggestedOutput(name + QStringLiteral(".pdf")));
}

QToolButton* ReportActions::button(Workspace& workspace, QWidget* parent, const QList<report::Kind>& kinds,
                                   Completer request)
{
    auto* actions = new ReportActions(workspace, parent);
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("printDocuments"));
    button->setText(tr("Print"));
    button->setToolTip(tr("Print preview or PDF of the documents of this page"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(button);
    for (report::Kind kind : kinds)
        actions->addKind(menu, kind, kindName(kind), request);
    button->setMenu(menu);
    return button;
}

} // namespace rb::ui
