// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace rb::ui {

/// Edits a cell by a list of choices (a vote, a checklist result): the editor is a drop-down of the labels, the
/// model gets the chosen value (EditRole) at once, without leaving the cell.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Choice {
        QString label;
        QVariant value;
    };
    ChoiceDelegate(QList<Choice> choices, const QString& editorName, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    void commitChoice(QWidget* editor);

    QList<Choice> m_choices;
    QString m_editorName;
};

} // namespace rb::ui
