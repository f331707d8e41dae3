// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Workspace.h"
#include "domain/Criteria.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace rb::ui {

class LazyReload;

class CriteriaModel;

/// The criteria tree editor: every change is one undoable command.
class CriteriaPage : public QWidget {
    Q_OBJECT
public:
    explicit CriteriaPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    /// Applies a new tree as one undo step (refused with a message when the structure is wrong).
    bool commit(QList<Criterion> after, const QString& description,
                const std::optional<QString>& source = std::nullopt);
    /// Replaces the criteria with a built-in template (by name) or a file's, as one undo step.
    void loadTemplate(const QString& nameOrPath);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LazyReload* m_lazy = nullptr;
    void buildEditor(QWidget* editor);
    [[nodiscard]] const Criterion* current() const;
    void showCurrent();
    void applyEditor();
    void addCriterion(bool child);
    void removeCurrent();
    void moveCurrent(int delta);
    void updateSummary();

    Workspace& m_workspace;
    CriteriaModel* m_model;
    QTreeView* m_tree;
    QLabel* m_templateNote;
    QLabel* m_sum;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QDoubleSpinBox* m_max;
    QLineEdit* m_bands;
    QPlainTextEdit* m_guidance;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_addChild;
    QString m_currentCode;
    bool m_showing = false;
};

} // namespace rb::ui
