// SPDX-License-Identifier: GPL-3.0-or-later
// The AHP weights dialog (issue 15): judgments typed on the scale or read from a file, the weights and consistency
// of each member and of the committee as they change, the furthest judgment marked, Apply as one undoable action.
#include "UiSupport.h"

#include "common/Messages.h"
#include "criteria/PairwiseModel.h"
#include "criteria/WeightsDialog.h"
#include "repo/CriteriaRepository.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace rb;
using namespace Qt::Literals::StringLiterals;

namespace {
double points(ui::Workspace& ws, const QString& code)
{
    Result<CriteriaTree> tree = CriteriaRepository(ws.db(), ws.round().id).tree();
    REQUIRE(tree.ok());
    return tree->maxPoints(code);
}
} // namespace

TEST_CASE("weights: the AHP dialog weighs as the judgments change, marks the furthest one, and applies undoably",
          "[ui][weights]")
{
    for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
        test::OpenApp app(10, language);
        ui::Workspace& ws = *app.controller.workspace();
        REQUIRE(app.window().showPage(u"criteriaPage"_s));
        REQUIRE(app.find<QPushButton>(u"weighCriteria"_s)->isEnabled());
        ui::WeightsDialog dialog(ws, &app.window());
        REQUIRE(dialog.memberCount() == 1);
        ui::PairwiseModel* first = dialog.member(0);
        REQUIRE(first->rowCount() == 6); // the six first-level criteria with points; the veto items are not weighed
        // Everything equally important: equal weights, perfectly consistent.
        REQUIRE(dialog.analysis());
        CHECK(dialog.analysis()->weights.cr == 0);
        CHECK(dialog.analysis()->weights4[0] == Catch::Detail::Approx(1.0 / 6).margin(1e-4));
        // Only the upper triangle is typed; the reciprocal follows.
        CHECK(first->flags(first->index(0, 1)) & Qt::ItemIsEditable);
        CHECK_FALSE(first->flags(first->index(1, 0)) & Qt::ItemIsEditable);
        CHECK_FALSE(first->setData(first->index(0, 1), 10.0, Qt::EditRole)); // off the scale
        REQUIRE(first->setData(first->index(0, 1), 3.0, Qt::EditRole));
        CHECK(first->index(1, 0).data(Qt::EditRole).toDouble() == Catch::Detail::Approx(1.0 / 3));
        CHECK(first->index(1, 0).data().toString() == u"1/3"_s);
        CHECK(dialog.analysis()->weights.weights[0] > dialog.analysis()->weights.weights[1]);
        // A cycle (1 ≫ 2, 2 ≫ 3, 3 ≫ 1) is not consistent: said, and the furthest judgment is marked in the matrix.
        REQUIRE(first->setData(first->index(0, 1), 9.0, Qt::EditRole));
        REQUIRE(first->setData(first->index(1, 2), 9.0, Qt::EditRole));
        REQUIRE(first->setData(first->index(0, 2), 1.0 / 9, Qt::EditRole));
        REQUIRE_FALSE(dialog.analysis()->weights.consistent());
        auto* consistency = dialog.findChild<QLabel*>(u"weightsConsistency"_s);
        CHECK(consistency->text().contains(QString::number(dialog.analysis()->weights.cr, 'f', 3)));
        bool marked = false;
        for (int i = 0; i < 6; ++i)
            for (int j = i + 1; j < 6; ++j)
                marked = marked || first->index(i, j).data(Qt::BackgroundRole).isValid();
        CHECK(marked);
        // A second member from a file: the committee is the geometric mean of both.
        const QString file = app.dir.writeText(u"member2.csv"_s, u"c,1,2,3,4,5,6\n1,1,1,1,1,1,1\n2,,1,1,1,1,1\n"
                                                                 "3,,,1,1,1,1\n4,,,,1,1,1\n5,,,,,1,1\n6,,,,,,1\n"_s);
        RB_REQUIRE_OK(dialog.importMember(file));
        REQUIRE(dialog.memberCount() == 2);
        REQUIRE(dialog.analysis()->judges.size() == 2);
        CHECK(dialog.analysis()->judges[1].weights.cr == 0);
        CHECK(dialog.analysis()->combined.at(0, 1) == Catch::Detail::Approx(3)); // √(9 × 1)
        auto* table = dialog.findChild<QTableWidget*>(u"weightsTable"_s);
        CHECK(table->rowCount() == 6);
        test::screenshot(&dialog, u"weights-dialog-"_s + language);

        // Apply: asked first (CR above 0.10), then one undoable step that sets the points.
        const double before = points(ws, u"1"_s);
        QStringList asked;
        ui::messages::setHook([&](const QString&, const QString& text, bool) {
            asked << text;
            return true;
        });
        RB_REQUIRE_OK(dialog.apply());
        ui::messages::setHook({});
        CHECK(asked.size() == 2); // the question, then what happened
        CHECK(points(ws, u"1"_s) == dialog.analysis()->points[0]);
        double sum = 0;
        for (const double p : dialog.analysis()->points)
            sum += p;
        CHECK(sum == 100);
        RB_REQUIRE_OK(ws.undo());
        CHECK(points(ws, u"1"_s) == before);
        RB_REQUIRE_OK(ws.redo());
        CHECK(points(ws, u"1"_s) == dialog.analysis()->points[0]);

        // The sub-criteria of one criterion: a fresh member over them, the parent's points to share.
        Result<CriteriaTree> tree = CriteriaRepository(ws.db(), ws.round().id).tree();
        RB_REQUIRE_OK(tree);
        RB_REQUIRE_OK(dialog.compareUnder(u"1"_s));
        CHECK(dialog.memberCount() == 1);
        CHECK(dialog.member(0)->rowCount() == tree->children(u"1"_s).size());
        CHECK(dialog.analysis()->total == tree->maxPoints(u"1"_s));
        CHECK_FALSE(dialog.compareUnder(u"V1"_s).ok()); // a veto item has nothing to weigh
    }
}
