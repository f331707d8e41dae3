// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Round.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

/// Exports of a round for the secretariat: tables to Excel or CSV, and the round as an archive file.
/// The GUI and `reviewbench-cli export` both build a Table, then write it.
namespace rb::exporting {

/// Which table to export.
enum class What { Applications, Assignments, Scores, Results, Decisions };

/// "applications", "assignments", "scores", "results", "decisions" (the CLI's --what values).
QString key(What what);
std::optional<What> whatFromKey(const QString& key);
QStringList whatKeys();

/// The file format of a table.
enum class Format { Xlsx, Csv };
std::optional<Format> formatFromKey(const QString& key); ///< "xlsx" or "csv"

/// One column: a Chinese header people file and sort by (stable: scripts and templates rely on it)
/// and how its numbers are shown in Excel.
struct Column {
    QString header;
    QString numberFormat; ///< Excel number format, e.g. "0.00"; empty = general
};

/// A table ready to write. Cells are typed: qint64 or double for numbers (Excel sums them), QString for
/// text (codes stay text, so "0012" keeps its zeros), a null QVariant for an empty cell.
struct Table {
    QString name; ///< the worksheet's name, e.g. 评审结果
    QList<Column> columns;
    QList<QVariantList> rows; ///< every row has one cell per column

    [[nodiscard]] QStringList headers() const;
    /// The index of the column with \a header, or -1.
    [[nodiscard]] int column(const QString& header) const;
};

struct Options {
    /// Show experts by their code only (copies for applicants): the name and organisation columns are left out.
    bool expertsByCode = false;
};

/// Builds the table \a what of \a round, in a stable order:
/// - applications: by code;
/// - assignments: the active ones (not void, not handed back), by application then expert;
/// - scores: the counted ones (submitted or entered, conflicted pairs left out, as consolidation counts them),
///   by application, expert and criterion order;
/// - results: consolidated by the round's method, in rank order;
/// - decisions: by code, each application's state, its latest deliberation case, notice and approval.
Result<Table> buildTable(db::Database& db, const Round& round, What what, const Options& options = {});

/// Writes an .xlsx workbook: one sheet, bold frozen header, numbers as numbers; atomically.
Status writeXlsx(const Table& table, const QString& path);
/// Writes CSV in UTF-8 with a BOM and CRLF line ends, as Excel expects; atomically.
Status writeCsv(const Table& table, const QString& path);
/// writeXlsx() or writeCsv().
Status write(const Table& table, const QString& path, Format format);

/// Writes a self-contained copy of the database holding only \a round, for filing: made with the SQLite
/// backup API from one consistent snapshot (safe while the app has the file open and writes to it), other
/// rounds and what only they use deleted from the copy and the copy compacted (so no deleted data lingers),
/// checked with `PRAGMA integrity_check` and `foreign_key_check`, then renamed onto \a path in one step.
/// On any failure, or when \a progress asks to stop, nothing is left at \a path.
Status archive(db::Database& db, const Round& round, const QString& path, const Progress& progress = {});

/// Refuses an output path that is the database itself (or its WAL and shared-memory files).
Status checkNotDatabase(const db::Database& db, const QString& path);

} // namespace rb::exporting
