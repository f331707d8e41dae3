// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/NewRoundDialog.h"

#include "templates/Templates.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rb::ui {

NewRoundDialog::NewRoundDialog(QWidget* parent)
    : QDialog(parent), m_category(new QComboBox(this)), m_year(new QSpinBox(this)), m_title(new QLineEdit(this)),
      m_template(new QComboBox(this)), m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("newRoundDialog"));
    setWindowTitle(tr("New review round"));
    for (Category c : {Category::Scenario, Category::Factory, Category::Zone, Category::Reeval})
        m_category->addItem(category::displayName(c), category::key(c));
    m_category->setObjectName(QStringLiteral("roundCategory"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setObjectName(QStringLiteral("roundYear"));
    m_title->setObjectName(QStringLiteral("roundTitle"));
    m_title->setMinimumWidth(420);
    m_template->setObjectName(QStringLiteral("roundTemplate"));
    m_template->addItem(tr("The category's built-in template"), QString());
    for (const templates::TemplateInfo& t : templates::builtIn())
        m_template->addItem(t.title, t.name);
    m_template->addItem(tr("No criteria yet"), QStringLiteral("none"));
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(520);
    m_description->setStyleSheet(QStringLiteral("color: #555;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Criteria"), m_template);
    form->addRow(QString(), m_description);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        suggestTitle();
        showTemplate();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &NewRoundDialog::suggestTitle);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(m_title, &QLineEdit::textChanged, this,
            [buttons](const QString& t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewRoundDialog::showTemplate);
    suggestTitle();
    showTemplate();
}

round::NewRound NewRoundDialog::spec() const
{
    return {category::fromKey(m_category->currentData().toString()).value_or(Category::Scenario), m_year->value(),
            m_title->text().trimmed(), m_template->currentData().toString()};
}

void NewRoundDialog::suggestTitle()
{
    if (m_titleEdited)
        return;
    const Category c = category::fromKey(m_category->currentData().toString()).value_or(Category::Scenario);
    m_title->setText(tr("%1 %2 review").arg(m_year->value()).arg(category::displayName(c)));
}

void NewRoundDialog::showTemplate()
{
    QString name = m_template->currentData().toString();
    if (name.isEmpty())
        name = m_category->currentData().toString();
    QString text;
    for (const templates::TemplateInfo& t : templates::builtIn()) {
        if (t.name == name)
            text = t.description;
    }
    m_description->setText(text);
}

} // namespace rb::ui
