// SPDX-License-Identifier: GPL-3.0-or-later
// The round's rules as a form (issue 13): grouped, named in the user's language, each with an editor of its kind;
// a change is one undoable action, a refused value is said in the form and changes nothing; the key is only in
// the tooltip.
#include "UiSupport.h"

#include "repo/RoundSettings.h"
#include "settings/SettingsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace rb;

namespace {
QString setting(ui::Workspace& ws, const char* key)
{
    return RoundSettings(ws.db(), ws.round().id).text(QString::fromLatin1(key));
}
} // namespace

TEST_CASE("settings form: typed editors, one undoable action per change, refusals said and changing nothing",
          "[ui][settings]")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        test::OpenApp app(10, language);
        ui::Workspace& ws = *app.controller.workspace();
        REQUIRE(app.window().showPage(QStringLiteral("roundSettingsPage")));
        auto* form = app.find<ui::SettingsForm>(QStringLiteral("settingsForm"));
        CHECK(form->findChildren<QGroupBox*>().size() == 7);
        // No key is shown as a name; the key is in the tooltip.
        for (QLabel* label : form->findChildren<QLabel*>()) {
            if (label->buddy())
                CHECK_FALSE(label->text().contains(QLatin1Char('.')));
        }
        auto* passLine = qobject_cast<QDoubleSpinBox*>(form->editor(QStringLiteral("ranking.pass_line")));
        REQUIRE(passLine);
        CHECK(passLine->toolTip().contains(QStringLiteral("ranking.pass_line")));
        CHECK(passLine->text() == passLine->specialValueText()); // none yet
        test::screenshot(&app.window(), QStringLiteral("settings-form-") + language);

        // A number within its range: one action, undone by Edit ▸ Undo.
        passLine->setValue(60);
        CHECK(setting(ws, "ranking.pass_line") == QStringLiteral("60"));
        CHECK(ws.undoStack()->count() >= 1);
        RB_REQUIRE_OK(ws.undo());
        CHECK(setting(ws, "ranking.pass_line").isEmpty());
        CHECK(passLine->value() == passLine->minimum());

        // A box to tick; a list of choices in words.
        auto* doubleEntry = qobject_cast<QCheckBox*>(form->editor(QStringLiteral("entry.double_entry")));
        REQUIRE(doubleEntry);
        doubleEntry->setChecked(true);
        CHECK(setting(ws, "entry.double_entry") == QStringLiteral("true"));
        auto* method = qobject_cast<QComboBox*>(form->editor(QStringLiteral("aggregation.method")));
        REQUIRE(method);
        CHECK(method->count() == 4);
        CHECK_FALSE(method->itemText(0).contains(QStringLiteral("trimmed")));
        method->setCurrentIndex(method->findData(QStringLiteral("median")));
        Q_EMIT method->activated(method->currentIndex());
        CHECK(setting(ws, "aggregation.method") == QStringLiteral("median"));

        // A fraction the rule refuses: said in the form, nothing changes, the editor shows what holds.
        auto* quorum = qobject_cast<QComboBox*>(form->editor(QStringLiteral("deliberation.quorum")));
        REQUIRE(quorum);
        const int steps = ws.undoStack()->index();
        CHECK_FALSE(form->apply(QStringLiteral("deliberation.quorum"), QStringLiteral("5/4")).ok());
        CHECK(setting(ws, "deliberation.quorum") == QStringLiteral("2/3"));
        CHECK(ws.undoStack()->index() == steps);
        auto* status = app.find<QLabel>(QStringLiteral("settingsStatus"));
        CHECK(status->isVisibleTo(form));
        CHECK(quorum->currentText() == QStringLiteral("2/3"));
        quorum->setCurrentText(QStringLiteral("3/5"));
        Q_EMIT quorum->lineEdit()->editingFinished();
        CHECK(setting(ws, "deliberation.quorum") == QStringLiteral("3/5"));
        CHECK_FALSE(status->isVisibleTo(form));

        // The formal checklist, one item per line.
        auto* checklist = form->findChild<QPlainTextEdit*>(QStringLiteral("setting:formal.checklist:text"));
        REQUIRE(checklist);
        checklist->setPlainText(QStringLiteral("具有独立法人资格\n\n信用记录良好\n"));
        form->findChild<QPushButton*>(QStringLiteral("setting:formal.checklist:save"))->click();
        CHECK(setting(ws, "formal.checklist") == QStringLiteral("具有独立法人资格;信用记录良好"));
        // Back to the default with its button.
        form->findChild<QWidget*>(QStringLiteral("reset:deliberation.quorum"))
            ->metaObject()
            ->invokeMethod(form->findChild<QWidget*>(QStringLiteral("reset:deliberation.quorum")), "click");
        CHECK(setting(ws, "deliberation.quorum") == QStringLiteral("2/3"));
        test::screenshot(&app.window(), QStringLiteral("settings-form-changed-") + language);
    }
}
