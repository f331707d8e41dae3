// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Zip archives and .xlsx workbooks built byte by byte, for the attack tests and the fuzzers: unlike a
// real writer, the headers can claim what the test wants (a lying size, a zip64 size, a short archive).

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <optional>

namespace rb::test {

struct ZipEntry {
    QByteArray name;
    QByteArray data;                           ///< the real uncompressed content
    bool deflate = false;                      ///< deflated (through qCompress) or stored
    std::optional<quint64> declaredSize;       ///< what the headers claim the uncompressed size is
    std::optional<quint32> declaredCompressed; ///< what the headers claim the compressed size is
};

inline quint32 crc32Of(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

/// Raw deflate data: qCompress gives a 4-byte length, a 2-byte zlib header, the data and a 4-byte Adler-32.
inline QByteArray rawDeflate(const QByteArray& data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

namespace detail {
inline void put16(QByteArray& out, quint32 v)
{
    const quint16 le = qToLittleEndian(quint16(v));
    out.append(reinterpret_cast<const char*>(&le), 2);
}
inline void put32(QByteArray& out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char*>(&le), 4);
}
inline void put64(QByteArray& out, quint64 v)
{
    const quint64 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char*>(&le), 8);
}
} // namespace detail

/// A zip archive of \a entries; a declared size of 4 GiB - 1 or more is written as zip64.
inline QByteArray zipBytes(const QList<ZipEntry>& entries)
{
    using namespace detail;
    QByteArray out;
    QByteArray central;
    for (const ZipEntry& e : entries) {
        const QByteArray payload = e.deflate ? rawDeflate(e.data) : e.data;
        const quint64 size = e.declaredSize.value_or(quint64(e.data.size()));
        const bool zip64 = size >= 0xFFFFFFFFu;
        const quint32 size32 = zip64 ? 0xFFFFFFFFu : quint32(size);
        const quint32 compressed = e.declaredCompressed.value_or(quint32(payload.size()));
        QByteArray extra;
        if (zip64) {
            put16(extra, 0x0001);
            put16(extra, 8);
            put64(extra, size);
        }
        const quint32 offset = quint32(out.size());
        auto common = [&](QByteArray& h) {
            put16(h, zip64 ? 45 : 20); // version needed
            put16(h, 0);               // flags
            put16(h, e.deflate ? 8 : 0);
            put16(h, 0);      // time
            put16(h, 0x5A21); // date 2025-01-01
            put32(h, crc32Of(e.data));
            put32(h, compressed);
            put32(h, size32);
            put16(h, quint32(e.name.size()));
            put16(h, quint32(extra.size()));
        };
        put32(out, 0x04034b50);
        common(out);
        out += e.name + extra + payload;

        put32(central, 0x02014b50);
        put16(central, 45); // version made by
        common(central);
        put16(central, 0); // comment length
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += e.name + extra;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

/// The smallest workbook parseXlsx reads: one worksheet (\a sheetXml, the whole document) and,
/// when given, shared strings (\a sharedXml). Other entries can be added or replaced through \a extra.
inline QByteArray xlsxBytes(const QByteArray& sheetXml, const QByteArray& sharedXml = {}, bool deflate = true,
                            const QList<ZipEntry>& extra = {})
{
    QList<ZipEntry> entries;
    entries << ZipEntry{"xl/workbook.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                        deflate,
                        {},
                        {}};
    entries << ZipEntry{"xl/_rels/workbook.xml.rels",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                        "Target=\"worksheets/sheet1.xml\"/></Relationships>",
                        deflate,
                        {},
                        {}};
    if (!sharedXml.isEmpty())
        entries << ZipEntry{"xl/sharedStrings.xml", sharedXml, deflate, {}, {}};
    entries << ZipEntry{"xl/worksheets/sheet1.xml", sheetXml, deflate, {}, {}};
    for (const ZipEntry& e : extra) {
        auto same = std::find_if(entries.begin(), entries.end(), [&](const ZipEntry& x) { return x.name == e.name; });
        if (same != entries.end())
            *same = e;
        else
            entries << e;
    }
    return zipBytes(entries);
}

/// A worksheet document around \a rows (the <row> elements).
inline QByteArray sheetXml(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
           + rows + "</sheetData></worksheet>";
}

} // namespace rb::test
