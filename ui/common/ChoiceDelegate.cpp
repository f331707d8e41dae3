// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ChoiceDelegate.h"

#include <QComboBox>

namespace rb::ui {

ChoiceDelegate::ChoiceDelegate(QList<Choice> choices, const QString& editorName, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_editorName(editorName)
{}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(m_editorName);
    for (const Choice& c : m_choices)
        box->addItem(c.label, c.value);
    // A choice is the edit: committed at once. The editor is owned by the view, which calls this const function;
    // the commit itself is the delegate's (non-const) signal.
    auto* self = const_cast<ChoiceDelegate*>(this);
    connect(box, &QComboBox::activated, self, [self, box] { self->commitChoice(box); });
    return box;
}

void ChoiceDelegate::commitChoice(QWidget* editor)
{
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor);
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = qobject_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, qobject_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace rb::ui
