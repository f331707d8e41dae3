// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the CSV reader: encoding detection, separators, quotes and bounds.
#include "FuzzCheck.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // No copy: reads past the fuzzer's buffer are caught by AddressSanitizer.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.csv");
    rb::fuzz::checkTable(rb::io::parseCsv(bytes, name), name, false);
    return 0;
}
