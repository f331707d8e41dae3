// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "round/RoundSetup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rb::ui {

/// Asks for a new round: category, year, title and the criteria template.
class NewRoundDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewRoundDialog(QWidget* parent = nullptr);
    [[nodiscard]] round::NewRound spec() const;

private:
    void suggestTitle();
    void showTemplate();

    QComboBox* m_category;
    QSpinBox* m_year;
    QLineEdit* m_title;
    QComboBox* m_template;
    QLabel* m_description;
    bool m_titleEdited = false;
};

} // namespace rb::ui
