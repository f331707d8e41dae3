// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportActions.h"

#include "common/BackgroundTask.h"
#include "common/Messages.h"
#include "document/Workspace.h"
#include "report/ReportPrinter.h"
#include "storage/Schema.h"

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
    case report::Kind::Weights: return tr("Criteria weights by AHP (指标权重确定表)");
    }
    return {};
}

void ReportActions::populate(QMenu* menu)
{
    for (report::Kind kind :
         {report::Kind::ScoringSheet, report::Kind::Opinions, report::Kind::Summary, report::Kind::Ranking,
          report::Kind::Minutes, report::Kind::Notice, report::Kind::Statistics, report::Kind::Weights}) {
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

BackgroundTask* ReportActions::build(report::Request request, std::function<void(report::Document& doc)> then)
{
    request.expertsByCode = request.expertsByCode || m_workspace.expertsByCode();
    const QString path = m_workspace.path();
    const Round round = m_workspace.round();
    auto doc = std::make_shared<report::Document>();
    return BackgroundTask::start(
        m_parent, tr("Preparing %1…").arg(kindName(request.kind)),
        [path, round, request, doc](const Progress& progress) -> Status {
            // A large round's document takes a moment: built on its own read-only connection.
            Result<std::unique_ptr<db::Database>> db = db::schema::open(path, db::OpenMode::ReadOnly);
            if (!db)
                return db.takeError();
            (*db)->setCancelCheck(progress);
            Result<report::Document> built = report::build(**db, round, request);
            if (!built)
                return built.takeError();
            *doc = std::move(*built);
            return {};
        },
        [this, kind = request.kind, doc, then = std::move(then)](const Status& status) -> Status {
            if (!status) {
                if (status.error().kind != ErrorKind::Cancelled)
                    messages::warn(m_parent, kindName(kind), status.error().toString());
                return status;
            }
            if (then)
                then(*doc);
            return {};
        });
}

void ReportActions::preview(const report::Request& request)
{
    build(request, [this](report::Document& doc) { reports::previewAndPrint(m_parent, doc); });
}

void ReportActions::save(const report::Request& request)
{
    QString name = report::title(request.kind);
    if (!request.application.isEmpty())
        name += QLatin1Char('-') + request.application;
    const QString suggested = m_workspace.suggestedOutput(name + QStringLiteral(".pdf"));
    build(request,
          [this, suggested](report::Document& doc) { reports::saveAsPdf(m_parent, std::move(doc), suggested); });
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
