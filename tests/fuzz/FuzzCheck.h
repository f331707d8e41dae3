// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every reader must hold to, whatever the bytes: a table within the bounds, or an input error
// that names the file. A broken promise aborts, so libFuzzer reports it like a crash.

#include "common/Result.h"
#include "io/Limits.h"
#include "io/Table.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace rb::fuzz {

inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

/// With \a rowsWithinHeader, no row may be wider than the widest of the first ten rows, where the header is
/// (xlsx); else rows need only be within the column bound.
inline void checkTable(const Result<io::Table>& table, const QString& fileName, bool rowsWithinHeader)
{
    if (!table.ok()) {
        require(table.error().kind == ErrorKind::Input, "a malformed file is an input error");
        require(table.error().toString().contains(fileName), "the error names the file");
        return;
    }
    require(!table->header.isEmpty(), "a table has a header");
    require(table->header.size() <= io::limits::kMaxColumns, "the header is within the column bound");
    qint64 cells = table->header.size();
    int previous = 0;
    qsizetype width = table->header.size();
    for (qsizetype i = 0; i < table->rows.size() && i < 9; ++i)
        width = std::max(width, table->rows[i].cells.size());
    for (const io::TableRow& row : table->rows) {
        require(row.cells.size() <= io::limits::kMaxColumns, "a row is within the column bound");
        require(!rowsWithinHeader || row.cells.size() <= width, "a row is no wider than the header's rows");
        require(row.number > previous, "row numbers go forward");
        previous = row.number;
        cells += row.cells.size();
    }
    require(cells <= io::limits::kMaxCells, "the table is within the cell bound");
}

} // namespace rb::fuzz
