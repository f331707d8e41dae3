// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment matrix by mouse (issue 13): a double-click on a cell is one toggle — one assignment, one step in
// the history — and on a conflicted cell one warning, not two.
#include "UiSupport.h"
#include "common/PageLoader.h"

#include "common/Messages.h"
#include "review/AssignmentMatrix.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

using namespace rb;

namespace {
void doubleClick(QTableView* view, int row, int column)
{
    view->scrollTo(view->model()->index(row, column));
    QApplication::processEvents();
    const QRect cell = view->visualRect(view->model()->index(row, column));
    INFO("cell " << cell.x() << "," << cell.y() << " " << cell.width() << "x" << cell.height() << " visible "
                 << view->isVisible());
    REQUIRE(cell.isValid());
    // As the window system delivers a double-click: press, release, then the second press as a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
}
} // namespace

TEST_CASE("assignment: a double-click toggles a cell once; a conflicted cell warns once", "[ui][assignment]")
{
    // The same whether the page is filled at once (a small round) or on a worker thread (a large one).
    const int threshold = GENERATE(ui::PageLoader::backgroundThreshold(), 0);
    const test::LoadThreshold loading(threshold);
    test::OpenApp app(20);
    ui::Workspace& ws = *app.controller.workspace();
    REQUIRE(app.window().showPage(QStringLiteral("assignmentPage")));
    auto* view = app.find<QTableView>(QStringLiteral("assignmentMatrix"));
    auto* matrix = qobject_cast<ui::AssignmentMatrix*>(view->model());
    REQUIRE(matrix);
    REQUIRE(test::waitUntil([&] { return matrix->rowCount() == 20; }));
    int freeRow = -1, freeColumn = -1, conflictRow = -1, conflictColumn = -1;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        for (int c = 0; c < matrix->columnCount(); ++c) {
            if (matrix->isConflict(r, c)) {
                if (conflictRow < 0)
                    conflictRow = r, conflictColumn = c;
            } else if (!matrix->assignment(r, c) && freeRow < 0) {
                freeRow = r, freeColumn = c;
            }
        }
    }
    REQUIRE(freeRow >= 0);
    const qint64 before = *ws.db().scalar("SELECT count(*) FROM assignment WHERE status <> 'void'", -1);
    const int steps = ws.undoStack()->index();
    doubleClick(view, freeRow, freeColumn);
    CHECK(*ws.db().scalar("SELECT count(*) FROM assignment WHERE status <> 'void'", -1) == before + 1);
    CHECK(ws.undoStack()->index() == steps + 1);
    REQUIRE(test::waitUntil([&] { return matrix->assignment(freeRow, freeColumn) != nullptr; }));

    REQUIRE(conflictRow >= 0);
    QStringList warnings;
    ui::messages::setHook([&](const QString&, const QString& text, bool) {
        warnings << text;
        return false;
    });
    doubleClick(view, conflictRow, conflictColumn);
    ui::messages::setHook({});
    CHECK(warnings.size() == 1);
    CHECK(ws.undoStack()->index() == steps + 1);
}
