// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Document.h"

#include <functional>

class QPagedPaintDevice;
class QWidget;

/// Puts a report::Document on paper: A4 pages (landscape when the document asks), margins of 18 mm at the sides,
/// a header with the round and the document's title and date, "第 X 页 共 Y 页" in the footer, tables that break
/// between rows with the header row repeated, the Noto Sans CJK SC font (embedded in PDF files), charts as vectors.
namespace rb::ui {
class BackgroundTask;
}

namespace rb::ui::reports {

/// Sets \a device to A4 in the document's orientation with the report margins.
void setUpPage(QPagedPaintDevice& device, const report::Document& doc);

/// Lays \a doc out on \a device (a QPdfWriter or a QPrinter; setUpPage() is applied first), then paints every page.
/// Returns the number of pages. \a progress is told (page, pages) after each page; when it returns false the
/// painting stops with Error::cancelled().
Result<int> render(const report::Document& doc, QPagedPaintDevice& device, const Progress& progress = {});

/// Writes \a doc as a PDF file, atomically: nothing is left at \a path when writing fails or \a progress cancels.
/// Returns the number of pages.
Result<int> writePdf(const report::Document& doc, const QString& path, const Progress& progress = {});

/// Opens the print preview (A4) of \a doc; the user prints from there.
void previewAndPrint(QWidget* parent, const report::Document& doc);

/// Starts writing \a doc to \a path off the GUI thread with a progress dialog and Cancel, and returns the task at
/// once. A failure is shown to the user and is the task's outcome; a cancel leaves no file.
BackgroundTask* savePdfInBackground(QWidget* parent, report::Document doc, const QString& path);

/// Asks for a file name (suggesting \a suggestedName: a full path, or a name such as "排名表.pdf" put in the
/// documents folder), then savePdfInBackground(); once written, says where, and \a written gets the path.
void saveAsPdf(QWidget* parent, report::Document doc, const QString& suggestedName = {},
               std::function<void(const QString& path)> written = {});

} // namespace rb::ui::reports
