// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace rb::io {

/// Reads entries of a zip archive held in memory (minizip over a memory stream, so no file
/// paths reach the C library: this works with any file name on every platform).
class ZipReader {
public:
    static Result<std::unique_ptr<ZipReader>> open(QByteArray archive);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    [[nodiscard]] bool contains(const QString& entry);
    /// The uncompressed content of \a entry; refuses entries over \a maxSize bytes.
    Result<QByteArray> read(const QString& entry, qint64 maxSize = 512 * 1024 * 1024);

    struct Stream; ///< the memory stream minizip reads from

private:
    ZipReader() = default;
    std::unique_ptr<Stream> m_stream;
    void* m_zip = nullptr;
};

} // namespace rb::io
