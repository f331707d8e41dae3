// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ZipReader.h"
#include "common/Tr.h"

#include <QCoreApplication>

#include <unzip.h>

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
    const ZPOS64_T available = ZPOS64_T(s->data.size()) - s->position;
    const uLong n = uLong(std::min<ZPOS64_T>(size, available));
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
    ZPOS64_T base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = ZPOS64_T(s->data.size()); break;
    default: return -1;
    }
    if (base + offset > ZPOS64_T(s->data.size()))
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

} // namespace

Result<std::unique_ptr<ZipReader>> ZipReader::open(QByteArray archive)
{
    std::unique_ptr<ZipReader> reader(new ZipReader);
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
    return reader;
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipReader::contains(const QString& entry)
{
    return unzLocateFile(m_zip, entry.toUtf8().constData(), 0) == UNZ_OK;
}

Result<QByteArray> ZipReader::read(const QString& entry, qint64 maxSize)
{
    if (unzLocateFile(m_zip, entry.toUtf8().constData(), 0) != UNZ_OK)
        return Error::input(Tr::tr("the archive has no entry %1").arg(entry));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Error::input(Tr::tr("cannot read entry %1 of the archive").arg(entry));
    if (qint64(info.uncompressed_size) > maxSize)
        return Error::input(Tr::tr("entry %1 of the archive is too large").arg(entry));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Error::input(Tr::tr("cannot read entry %1 of the archive").arg(entry));
    QByteArray data(qsizetype(info.uncompressed_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const int n =
            unzReadCurrentFile(m_zip, data.data() + done, unsigned(std::min<qsizetype>(data.size() - done, 1 << 20)));
        if (n <= 0)
            break;
        done += n;
    }
    const int closed = unzCloseCurrentFile(m_zip); // checks the CRC
    if (done != data.size() || closed != UNZ_OK)
        return Error::input(Tr::tr("entry %1 of the archive is damaged").arg(entry));
    return data;
}

} // namespace rb::io
