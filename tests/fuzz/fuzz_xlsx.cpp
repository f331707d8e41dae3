// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the .xlsx reader and the zip reader under it.
//
// An input starting with "PK" is taken as a whole workbook, which exercises the zip layer (mutations
// there mostly break a CRC). Any other input is a worksheet, optionally followed by a NUL byte and
// shared strings, packed into a valid stored workbook here, so the XML reading is reached as well.
#include "FuzzCheck.h"
#include "ZipBytes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.xlsx");
    if (bytes.startsWith("PK")) {
        rb::fuzz::checkTable(rb::io::parseXlsx(bytes, name), name, true);
        return 0;
    }
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray sheet = nul < 0 ? bytes : bytes.left(nul);
    const QByteArray shared = nul < 0 ? QByteArray() : bytes.mid(nul + 1);
    rb::fuzz::checkTable(rb::io::parseXlsx(rb::test::xlsxBytes(sheet, shared, false), name), name, true);
    return 0;
}
