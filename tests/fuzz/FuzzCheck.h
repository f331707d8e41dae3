// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every reader must hold to, whatever the bytes: a table within the bounds, or an input error
// that names the file. A broken promise aborts, so libFuzzer reports it like a crash.

#include "common/Result.h"
#include "io/Limits.h"
#include "io/Table.h"

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

/// With \a rowsWithinHeader, data rows must be no wider than the header (xlsx); else only within the column bound.
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
    for (const io::TableRow& row : table->rows) {
        require(row.cells.size() <= io::limits::kMaxColumns, "a row is within the column bound");
        require(!rowsWithinHeader || row.cells.size() <= table->header.size(), "a row is no wider than the header");
        require(row.number > previous, "row numbers go forward");
        previous = row.number;
        cells += row.cells.size();
    }
    require(cells <= io::limits::kMaxCells, "the table is within the cell bound");
}

} // namespace rb::fuzz
