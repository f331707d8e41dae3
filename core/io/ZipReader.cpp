// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ZipReader.h"
#include "common/Tr.h"

#include <QCoreApplication>

#include <unzip.h>

#include <algorithm>
#include <cstring>

namespace rb::io {

struct ZipReader::Stream {
    QByteArray data;
    ZPOS64_T position = 0;
};

namespace {

voidpf openStream(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong readStream(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* s = static_cast<ZipReader::Stream*>(stream);
    const ZPOS64_T available = ZPOS64_T(s->data.size()) - s->position; // position <= size, see seekStream
    const uLong n = uLong(std::min<ZPOS64_T>(size, available));
    if (n)
        std::memcpy(buffer, s->data.constData() + s->position, n);
    s->position += n;
    return n;
}

uLong writeStream(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T tellStream(voidpf, voidpf stream)
{
    return static_cast<ZipReader::Stream*>(stream)->position;
}

long seekStream(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* s = static_cast<ZipReader::Stream*>(stream);
    const ZPOS64_T size = ZPOS64_T(s->data.size());
    ZPOS64_T base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = size; break;
    default: return -1;
    }
    if (offset > size - base) // base <= size, so this cannot wrap
        return -1;
    s->position = base + offset;
    return 0;
}

int closeStream(voidpf, voidpf)
{
    return 0;
}

int errorStream(voidpf, voidpf)
{
    return 0;
}

qint64 megabytes(qint64 bytes)
{
    return bytes / (1024 * 1024);
}

} // namespace

ZipReader::ZipReader() = default;

Result<std::unique_ptr<ZipReader>> ZipReader::open(QByteArray archive, qint64 maxTotal)
{
    std::unique_ptr<ZipReader> reader(new ZipReader);
    reader->m_budget = std::max<qint64>(0, maxTotal);
    reader->m_stream = std::make_unique<Stream>();
    reader->m_stream->data = std::move(archive);
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openStream;
    functions.zread_file = readStream;
    functions.zwrite_file = writeStream;
    functions.ztell64_file = tellStream;
    functions.zseek64_file = seekStream;
    functions.zclose_file = closeStream;
    functions.zerror_file = errorStream;
    functions.opaque = reader->m_stream.get();
    reader->m_zip = unzOpen2_64("memory", &functions);
    if (!reader->m_zip)
        return Error::input(Tr::tr("not a valid zip archive"));

    // List the entries once, so that a lying directory is scanned a bounded number of times.
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(reader->m_zip, &global) != UNZ_OK)
        return Error::input(Tr::tr("not a valid zip archive"));
    const QString tooMany = Tr::tr("the archive lists more than %1 entries").arg(kMaxEntries);
    if (global.number_entry > ZPOS64_T(kMaxEntries))
        return Error::input(tooMany);
    if (global.number_entry == 0)
        return reader;
    int status = unzGoToFirstFile(reader->m_zip);
    while (status == UNZ_OK) {
        if (reader->m_entries.size() >= kMaxEntries)
            return Error::input(tooMany);
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(reader->m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            break;
        // The name's length comes from a 16-bit field.
        QByteArray name(qsizetype(std::min<uLong>(info.size_filename, 0xFFFF)), Qt::Uninitialized);
        unz64_file_pos position{};
        if (unzGetCurrentFileInfo64(reader->m_zip, nullptr, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0)
                != UNZ_OK
            || unzGetFilePos64(reader->m_zip, &position) != UNZ_OK)
            break;
        reader->m_entries.append(
            {name, position.pos_in_zip_directory, position.num_of_file, info.compressed_size, info.uncompressed_size});
        status = unzGoToNextFile(reader->m_zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return Error::input(Tr::tr("the list of entries of the archive is damaged"));
    return reader;
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
}

const ZipReader::Entry* ZipReader::find(const QString& entry) const
{
    // Part names of an Office document are case-insensitive; an exact match comes first.
    const QByteArray name = entry.toUtf8();
    for (const Entry& e : m_entries) {
        if (e.name == name)
            return &e;
    }
    for (const Entry& e : m_entries) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

bool ZipReader::contains(const QString& entry) const
{
    return find(entry) != nullptr;
}

Result<QByteArray> ZipReader::read(const QString& entry, qint64 maxSize)
{
    const Entry* e = find(entry);
    if (!e)
        return Error::input(Tr::tr("the archive has no entry %1").arg(entry));
    const quint64 archiveSize = quint64(m_stream->data.size());
    const QString runsPast = Tr::tr("entry %1 of the archive is damaged: its data runs past the end").arg(entry);
    if (e->compressed > archiveSize)
        return Error::input(runsPast);
    if (e->uncompressed > quint64(std::max<qint64>(0, maxSize)))
        return Error::input(
            Tr::tr("entry %1 of the archive is too large (over %2 MB)").arg(entry).arg(megabytes(maxSize)));
    if (e->uncompressed > quint64(m_budget))
        return Error::input(Tr::tr("entry %1 of the archive takes it over %2 MB of uncompressed data")
                                .arg(entry)
                                .arg(megabytes(m_budget)));
    if (e->uncompressed > quint64(kRatioAllowance)
        && (e->uncompressed - quint64(kRatioAllowance)) / quint64(kMaxRatio) > e->compressed)
        return Error::input(Tr::tr("entry %1 of the archive claims to expand %2 bytes to %3, more than %4 times: "
                                   "refused as a zip bomb")
                                .arg(entry)
                                .arg(e->compressed)
                                .arg(e->uncompressed)
                                .arg(kMaxRatio));

    const QString cannotRead = Tr::tr("cannot read entry %1 of the archive").arg(entry);
    unz64_file_pos position{e->directoryOffset, e->fileNumber};
    if (unzGoToFilePos64(m_zip, &position) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Error::input(cannotRead);
    const ZPOS64_T start = unzGetCurrentFileZStreamPos64(m_zip);
    if (start > archiveSize || e->compressed > archiveSize - start) {
        unzCloseCurrentFile(m_zip);
        return Error::input(runsPast);
    }
    // Grow only as data really inflates: minizip stops at the declared size, a lie is caught below.
    constexpr quint64 chunk = 64 * 1024;
    QByteArray data;
    data.reserve(qsizetype(std::min(e->uncompressed, e->compressed + chunk)));
    quint64 done = 0;
    int n = 0;
    while (done < e->uncompressed) {
        const quint64 want = std::min(chunk, e->uncompressed - done);
        data.resize(qsizetype(done + want));
        n = unzReadCurrentFile(m_zip, data.data() + done, unsigned(want));
        if (n <= 0)
            break;
        done += quint64(n);
    }
    data.resize(qsizetype(done));
    const int closed = unzCloseCurrentFile(m_zip); // checks the CRC once everything declared was read
    if (n < 0 || done != e->uncompressed || closed != UNZ_OK)
        return Error::input(Tr::tr("entry %1 of the archive is damaged").arg(entry));
    m_budget -= qint64(done);
    return data;
}

} // namespace rb::io
