// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archiveentry.h>
#include <archive/archivelimits.h>
#include <common/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

class QIODevice;

namespace LicenseCore {

// Where the stored bytes of one entry are, and what the archive's directory and limits promise about them.
struct EntrySource
{
    QString where;
    quint16 method = 0; // 0 stored, 8 deflated
    qint64 offset = 0;  // of the stored bytes in the device (stream() only)
    qint64 compressedSize = 0;
    qint64 declaredSize = 0;
    quint32 crc = 0;
    qint64 wanted = 0;       // below declaredSize: only a prefix is wanted, which cannot be verified
    qint64 sizeCap = 0;      // the configured cap of this kind of entry, for the message
    ArchiveLimits limits;    // the compression ratio cap, and the total cap of hourly files
    qint64 totalBefore = -1; // hourly files: bytes already read by the import; -1: not held against the total

    // An entry whose stored bytes the reader kept for later inflation (ArchiveEntry::inflatePending), as a source
    // read from offset 0 of a device holding entry.data.
    [[nodiscard]] static EntrySource of(const ArchiveEntry &entry);
};

// Takes what stream() inflates, one chunk at a time.
class EntrySink
{
public:
    EntrySink() = default;
    virtual ~EntrySink() = default;
    Q_DISABLE_COPY_MOVE(EntrySink)

    // Room for the next chunk of up to EntryInflater::ChunkBytes.
    virtual char *window() = 0;
    // The first `bytes` of the window are filled.
    virtual bool commit(qint64 bytes) = 0;
};

// Writes what stream() inflates straight into a buffer sized beforehand.
class BufferSink final : public EntrySink
{
public:
    explicit BufferSink(char *begin)
        : m_next(begin)
    {}
    char *window() override { return m_next; }
    bool commit(qint64 bytes) override
    {
        m_next += bytes;
        return true;
    }

private:
    char *m_next;
};

// Turns an entry's stored bytes into its content and checks on the way what the archive promised: the size
// its header declares, the per-entry cap, the compression ratio measured on the compressed bytes really
// consumed, and the CRC-32.
//
// A deflate stream in memory is inflated whole with libdeflate, straight into the caller's buffer. Whatever
// libdeflate refuses, or any doubt about the result, goes through zlib in chunks over the same bytes: zlib
// then either reads it after all or words precisely what is wrong, with the byte counts of a chunked read.
// Entries too large to be inflated whole, and streams read from a device, always go through zlib in chunks,
// with every limit checked after every chunk, so a bomb stops within one chunk.
//
// Not thread-safe: one per thread. Its decompressor state and buffers are reused from entry to entry.
class EntryInflater final
{
public:
    // Deflated entries up to this size (declared and compressed) may be inflated whole: a header that lies
    // then costs at most this much output before it is caught.
    static constexpr qint64 WholeEntryBytes = qint64(32) << 20;
    // Compressed bytes per read and inflated bytes per step of a chunked read.
    static constexpr qint64 ChunkBytes = qint64(256) << 10;

    EntryInflater();
    ~EntryInflater();
    Q_DISABLE_COPY_MOVE(EntryInflater)

    // The content of an entry read with deferred inflation, in `content`, whose allocation is reused when it
    // is unshared, with ArchiveEntry::Padding bytes behind it. A stored entry's content is its data, shared,
    // not copied. An entry that is not pending is already content: `content` shares it.
    [[nodiscard]] Error inflate(const ArchiveEntry &entry, QByteArray &content);

    // Inflates the deflate stream `stored` whole into `content` (allocation reused, Padding behind it).
    // `produced` counts the content bytes made, also when it fails.
    [[nodiscard]] Error inflateWhole(const EntrySource &source, QByteArrayView stored, QByteArray &content,
                                     qint64 &produced);

    // Reads the stored bytes at source.offset of `device` in chunks, inflating deflated ones with zlib, into
    // `sink`. `produced` counts the content bytes made, also when it fails.
    [[nodiscard]] Error stream(QIODevice &device, const EntrySource &source, EntrySink &sink, qint64 &produced);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace LicenseCore
