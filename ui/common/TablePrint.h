// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace rb::ui {

/// The rows of \a model (as shown, filtered and sorted) as an HTML table with a title, for printing.
QString tableHtml(const QString& title, const QString& subtitle, const QAbstractItemModel& model);

/// Opens the print preview for a model's table (A4, page numbers from the printer).
void printTable(QWidget* parent, const QString& title, const QString& subtitle, const QAbstractItemModel& model);

} // namespace rb::ui
