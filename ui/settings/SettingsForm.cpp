// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsForm.h"

#include "action/ReviewActions.h"
#include "settings/SettingsLabels.h"
#include "settings/SettingsRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
constexpr const char* kNone = "none";

QStringList checklistLines(const QString& value)
{
    QStringList lines;
    for (const QString& item : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        lines << item.trimmed();
    return lines;
}
} // namespace

SettingsForm::SettingsForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsForm"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    build();
    reload();
}

void SettingsForm::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    for (settings::Group group : settings::groups()) {
        auto* box = new QGroupBox(settings::groupName(group), this);
        box->setObjectName(QStringLiteral("settingsGroup%1").arg(int(group)));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        m_groups.insert(group, form);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    for (const settings::Definition& d : settings::definitions()) {
        Field field;
        field.definition = d;
        field.editor = makeEditor(d);
        field.label = new QLabel(settings::label(d.key), this);
        field.label->setBuddy(field.editor);
        const QString tip = QStringLiteral("%1\n\n%2: %3 (%4)")
                                .arg(d.description(), tr("In reviewbench-cli config"), d.key, d.typeName());
        field.label->setToolTip(tip);
        field.editor->setToolTip(tip);
        auto* reset = new QToolButton(this);
        reset->setObjectName(QStringLiteral("reset:") + d.key);
        reset->setText(tr("Default"));
        reset->setToolTip(
            tr("Back to the default value (%1)").arg(d.defaultValue.isEmpty() ? tr("none") : d.defaultValue));
        const QString key = d.key;
        connect(reset, &QToolButton::clicked, this, [this, key] { (void)apply(key, QStringLiteral("default")); });
        field.reset = reset;
        auto* row = new QHBoxLayout;
        // Numbers and choices keep their natural width; lists and bands take the line.
        const bool wide = d.type == settings::Type::List || d.type == settings::Type::Bands;
        if (!wide)
            field.editor->setMinimumWidth(d.type == settings::Type::Choice ? 0 : 140);
        row->addWidget(field.editor, wide ? 1 : 0);
        if (!wide)
            row->addStretch(1);
        row->addWidget(reset);
        auto* meaning = new QLabel(d.description(), this);
        meaning->setWordWrap(true);
        meaning->setStyleSheet(QStringLiteral("color: #666;"));
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addLayout(row);
        cell->addWidget(meaning);
        m_groups.value(settings::groupOf(d.key))->addRow(field.label, cell);
        m_fields.insert(d.key, field);
    }
}

QWidget* SettingsForm::makeEditor(const settings::Definition& d)
{
    const QString key = d.key;
    const QString name = QStringLiteral("setting:") + key;
    switch (d.type) {
    case settings::Type::Integer: {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(name);
        // An optional number has "none" just below its range.
        spin->setRange(int(d.minimum) - (d.optional ? 1 : 0), int(d.maximum));
        if (d.optional)
            spin->setSpecialValueText(tr("none"));
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, key, spin, d](int v) {
            if (!m_filling)
                (void)apply(key, d.optional && v == spin->minimum() ? QString::fromLatin1(kNone) : QString::number(v));
        });
        return spin;
    }
    case settings::Type::Number: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(name);
        spin->setDecimals(2);
        spin->setRange(d.minimum - (d.optional ? 1 : 0), d.maximum);
        if (d.optional)
            spin->setSpecialValueText(tr("none"));
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key, spin, d](double v) {
            if (!m_filling)
                (void)apply(key, d.optional && v <= spin->minimum() ? QString::fromLatin1(kNone) : QString::number(v));
        });
        return spin;
    }
    case settings::Type::Boolean: {
        auto* box = new QCheckBox(tr("Yes"), this);
        box->setObjectName(name);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
            if (!m_filling)
                (void)apply(key, on ? QStringLiteral("true") : QStringLiteral("false"));
        });
        return box;
    }
    case settings::Type::Choice: {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        for (const QString& c : d.choices)
            combo->addItem(settings::choiceLabel(key, c), c);
        connect(combo, &QComboBox::activated, this, [this, key, combo] {
            if (!m_filling)
                (void)apply(key, combo->currentData().toString());
        });
        return combo;
    }
    case settings::Type::Fraction: {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setEditable(true);
        for (const char* f : {"1/2", "3/5", "2/3", "3/4", "4/5"})
            combo->addItem(QString::fromLatin1(f));
        auto commit = [this, key, combo] {
            if (!m_filling)
                (void)apply(key, combo->currentText());
        };
        connect(combo, &QComboBox::activated, this, commit);
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, commit);
        return combo;
    }
    case settings::Type::Bands: {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
            if (!m_filling)
                (void)apply(key, edit->text());
        });
        return edit;
    }
    case settings::Type::List: {
        auto* holder = new QWidget(this);
        holder->setObjectName(name);
        auto* edit = new QPlainTextEdit(holder);
        edit->setObjectName(name + QStringLiteral(":text"));
        edit->setPlaceholderText(tr("One item per line; empty: the category's default list"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        auto* save = new QPushButton(tr("Save the list"), holder);
        save->setObjectName(name + QStringLiteral(":save"));
        auto* layout = new QHBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(save, 0, Qt::AlignTop);
        connect(save, &QPushButton::clicked, this, [this, key, edit] {
            QStringList items;
            for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!line.trimmed().isEmpty())
                    items << line.trimmed();
            (void)apply(key, items.isEmpty() ? QString::fromLatin1(kNone) : items.join(QLatin1Char(';')));
        });
        return holder;
    }
    }
    return new QWidget(this);
}

QWidget* SettingsForm::editor(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() ? nullptr : it->editor;
}

Status SettingsForm::apply(const QString& key, const QString& value)
{
    // The action checks the value (the same rule as the CLI's); a refusal is said in the form, naming the setting
    // in the user's words, and the editor shows the value that holds.
    Result<action::Done> done = m_workspace.perform(action::setSetting(m_workspace.round(), key, value),
                                                    Workspace::Settings | Workspace::Review);
    if (!done) {
        const Error e = Error::input(tr("%1: %2").arg(settings::label(key), done.error().message));
        m_status->setText(e.message);
        m_status->setStyleSheet(QStringLiteral("color: #B03A2E;"));
        m_status->show();
        reload();
        return e;
    }
    m_status->hide();
    return {};
}

void SettingsForm::display(Field& field, const SettingValue& value)
{
    const settings::Definition& d = field.definition;
    QFont f = field.label->font();
    f.setBold(!value.isDefault);
    field.label->setFont(f);
    field.reset->setEnabled(!value.isDefault);
    switch (d.type) {
    case settings::Type::Integer: {
        auto* spin = static_cast<QSpinBox*>(field.editor);
        spin->setValue(value.value.isEmpty() ? spin->minimum() : value.value.toInt());
        break;
    }
    case settings::Type::Number: {
        auto* spin = static_cast<QDoubleSpinBox*>(field.editor);
        spin->setValue(value.value.isEmpty() ? spin->minimum() : value.value.toDouble());
        break;
    }
    case settings::Type::Boolean:
        static_cast<QCheckBox*>(field.editor)->setChecked(value.value == QLatin1String("true"));
        break;
    case settings::Type::Choice: {
        auto* combo = static_cast<QComboBox*>(field.editor);
        combo->setCurrentIndex(std::max(0, combo->findData(value.value)));
        break;
    }
    case settings::Type::Fraction: static_cast<QComboBox*>(field.editor)->setCurrentText(value.value); break;
    case settings::Type::Bands: static_cast<QLineEdit*>(field.editor)->setText(value.value); break;
    case settings::Type::List:
        field.editor->findChild<QPlainTextEdit*>()->setPlainText(checklistLines(value.value).join(QLatin1Char('\n')));
        break;
    }
}

void SettingsForm::reload()
{
    Result<QList<SettingValue>> all = RoundSettings(m_workspace.db(), m_workspace.round().id).all();
    if (!all)
        return;
    m_filling = true;
    for (const SettingValue& v : *all) {
        auto it = m_fields.find(v.definition.key);
        if (it != m_fields.end())
            display(*it, v);
    }
    m_filling = false;
}

} // namespace rb::ui
