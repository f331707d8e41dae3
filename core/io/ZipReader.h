// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace rb::io {

/// Reads entries of a zip archive held in memory (minizip over a memory stream, so no file
/// paths reach the C library: this works with any file name on every platform).
///
/// The archive is not trusted: what its headers declare is checked against the bytes it really holds,
/// an entry grows in memory only as its data really inflates, and what one archive may expand to is
/// bounded, so a lying header or a deflate bomb is refused instead of allocating gigabytes.
class ZipReader {
public:
    static constexpr int kMaxEntries = 10000;                   ///< entries listed by one archive
    static constexpr qint64 kMaxEntryBytes = 100 * 1024 * 1024; ///< one entry, uncompressed
    static constexpr qint64 kMaxTotalBytes = 200 * 1024 * 1024; ///< all reads from one archive
    static constexpr qint64 kMaxRatio = 1000;                   ///< uncompressed per compressed byte
    static constexpr qint64 kRatioAllowance = 1024 * 1024;      ///< small entries may expand more

    /// Opens \a archive and lists its entries; all reads together may return at most \a maxTotal bytes.
    static Result<std::unique_ptr<ZipReader>> open(QByteArray archive, qint64 maxTotal = kMaxTotalBytes);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    [[nodiscard]] bool contains(const QString& entry) const;
    /// The uncompressed content of \a entry; refuses entries over \a maxSize bytes.
    Result<QByteArray> read(const QString& entry, qint64 maxSize = kMaxEntryBytes);

    struct Stream; ///< the memory stream minizip reads from

private:
    /// Where an entry is, and what its central directory record declares.
    struct Entry {
        QByteArray name;
        quint64 directoryOffset = 0; ///< minizip's unz64_file_pos
        quint64 fileNumber = 0;
        quint64 compressed = 0;
        quint64 uncompressed = 0;
    };

    ZipReader();
    [[nodiscard]] const Entry* find(const QString& entry) const;
    std::unique_ptr<Stream> m_stream;
    QList<Entry> m_entries;
    qint64 m_budget = 0; ///< bytes the remaining reads may still return
    void* m_zip = nullptr;
};

} // namespace rb::io
