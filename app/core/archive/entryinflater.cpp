// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/entryinflater.h>
#include <common/numberformat.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <array>
#include <libdeflate.h>
#include <zlib.h>

namespace LicenseCore {

namespace {

// The messages of this file share the reader's translation context.
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ArchiveReader)
};

// Sizes in messages, as the reader words them.
QString sizeText(qint64 bytes)
{
    return formatByteSize(bytes);
}

constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;

bool ratioExceeded(const ArchiveLimits &limits, qint64 uncompressed, qint64 compressed)
{
    return uncompressed > limits.ratioCheckMinimumBytes &&
           double(uncompressed) > limits.maxCompressionRatio * double(compressed);
}

// resize(0) keeps the allocation of a buffer that is not shared; the parser's padding is reserved behind the
// content, which is then written in place.
char *prepareContent(QByteArray &content, qint64 size)
{
    content.resize(0);
    content.reserve(size + ArchiveEntry::Padding);
    content.resize(size);
    return content.data();
}

Error checksumMismatch(const QString &where)
{
    return Error{ErrorCode::ChecksumMismatch,
                 ArchiveText::tr("The entry's content does not match its CRC-32 checksum."), where};
}

} // namespace

class EntryInflater::Private
{
public:
    Private() = default;
    ~Private();
    Q_DISABLE_COPY_MOVE(Private)

    Error prepareZlib(const QString &where);
    [[nodiscard]] static Error checkProgress(const EntrySource &source, qint64 produced, qint64 consumed);

    libdeflate_decompressor *m_decompressor = nullptr;
    z_stream m_inflater{};
    bool m_inflaterReady = false;
    std::unique_ptr<char[]> m_input;
};

EntryInflater::Private::~Private()
{
    if (m_decompressor)
        libdeflate_free_decompressor(m_decompressor);
    if (m_inflaterReady)
        inflateEnd(&m_inflater);
}

Error EntryInflater::Private::prepareZlib(const QString &where)
{
    if (!m_inflaterReady) {
        m_inflater = z_stream{};
        // Negative window bits: ZIP entries are raw deflate streams, without zlib header or trailer.
        if (inflateInit2(&m_inflater, -MAX_WBITS) != Z_OK)
            return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The decompressor cannot be started."), where};
        m_inflaterReady = true;
        m_input = std::make_unique<char[]>(ChunkBytes);
    } else if (inflateReset(&m_inflater) != Z_OK) {
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The decompressor cannot be restarted."), where};
    }
    m_inflater.next_in = nullptr;
    m_inflater.avail_in = 0;
    return {};
}

// The limits on bytes actually produced, checked after every chunk so a bomb stops within one chunk.
Error EntryInflater::Private::checkProgress(const EntrySource &source, qint64 produced, qint64 consumed)
{
    if (produced > source.sizeCap)
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The entry expands beyond the limit of %1.").arg(sizeText(source.sizeCap)),
                     source.where};
    if (ratioExceeded(source.limits, produced, consumed))
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The entry expands %1 from %2 compressed, a compression ratio beyond the limit "
                                     "of %L3 to 1.")
                         .arg(sizeText(produced), sizeText(consumed))
                         .arg(source.limits.maxCompressionRatio),
                     source.where};
    if (source.totalBefore >= 0 && source.totalBefore + produced > source.limits.maxTotalBytes)
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The import has read more than its limit of %1 in total.")
                         .arg(sizeText(source.limits.maxTotalBytes)),
                     source.where};
    return {};
}

EntrySource EntrySource::of(const ArchiveEntry &entry)
{
    EntrySource source;
    source.where = entry.where;
    source.method = entry.method;
    source.compressedSize = entry.data.size();
    source.declaredSize = entry.declaredSize;
    source.crc = entry.expectedCrc;
    source.wanted = entry.declaredSize;
    source.sizeCap = entry.limits.maxEntryBytes;
    source.limits = entry.limits;
    return source;
}

EntryInflater::EntryInflater()
    : d(std::make_unique<Private>())
{}

EntryInflater::~EntryInflater() = default;

Error EntryInflater::inflate(const ArchiveEntry &entry, QByteArray &content)
{
    if (!entry.inflatePending) {
        content = entry.data;
        return {};
    }
    const EntrySource source = EntrySource::of(entry);
    if (entry.method == MethodStored && entry.data.size() == entry.declaredSize) {
        // The reader keeps the padding behind stored bytes: they are the content as they are.
        if (libdeflate_crc32(0, entry.data.constData(), std::size_t(entry.data.size())) != entry.expectedCrc)
            return checksumMismatch(entry.where);
        content = entry.data;
        return {};
    }
    qint64 produced = 0;
    if (entry.method == MethodDeflated)
        return inflateWhole(source, entry.data, content, produced);
    // Not what a reader hands out; the chunked read words whatever is wrong with it.
    QBuffer device;
    device.setData(entry.data);
    if (!device.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The entry's data ends early."), entry.where};
    BufferSink sink(prepareContent(content, entry.declaredSize));
    const Error error = stream(device, source, sink, produced);
    content.truncate(produced);
    return error;
}

Error EntryInflater::inflateWhole(const EntrySource &source, QByteArrayView stored, QByteArray &content,
                                  qint64 &produced)
{
    produced = 0;
    char *out = prepareContent(content, source.declaredSize);
    if (!d->m_decompressor)
        d->m_decompressor = libdeflate_alloc_decompressor();
    if (d->m_decompressor) {
        std::size_t consumed = 0;
        std::size_t made = 0;
        const libdeflate_result result =
            libdeflate_deflate_decompress_ex(d->m_decompressor, stored.data(), std::size_t(stored.size()), out,
                                             std::size_t(source.declaredSize), &consumed, &made);
        // Only a complete, well-behaved stream is taken as it is: the exact declared size, a plausible ratio.
        if (result == LIBDEFLATE_SUCCESS && qint64(made) == source.declaredSize &&
            !ratioExceeded(source.limits, qint64(made), qint64(consumed))) {
            produced = qint64(made);
            if (libdeflate_crc32(0, out, made) != source.crc)
                return checksumMismatch(source.where);
            return {};
        }
    }
    // zlib in chunks over the same bytes, which also stops where a chunked read from the file would.
    QBuffer device;
    device.setData(QByteArray::fromRawData(stored.data(), stored.size()));
    if (!device.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The entry's data ends early."), source.where};
    EntrySource fromMemory = source;
    fromMemory.offset = 0;
    fromMemory.compressedSize = stored.size();
    BufferSink sink(out);
    return stream(device, fromMemory, sink, produced);
}

// Stored bytes are copied, deflated ones inflated with zlib. minizip only locates the bytes: its own reader
// stops silently at the size the directory declares, while here the bytes are counted as they come, so a header
// that lies is caught at the first byte too many, the compression ratio is measured on the input really
// consumed, and a stream that ends early is noticed.
Error EntryInflater::stream(QIODevice &device, const EntrySource &source, EntrySink &sink, qint64 &produced)
{
    produced = 0;
    const auto truncated = [&source] {
        return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The entry's data ends early."), source.where};
    };
    if (!device.seek(source.offset))
        return truncated();
    const bool deflated = source.method == MethodDeflated;
    z_stream &inflater = d->m_inflater;
    if (deflated) {
        if (Error error = d->prepareZlib(source.where); error.isError())
            return error;
    }
    const bool verify = source.wanted >= source.declaredSize;
    qint64 compressedLeft = source.compressedSize;
    quint32 crc = 0;
    // Once the declared size is reached, output goes here: the end of the stream may still follow, data may not.
    std::array<char, 64> probe{};
    bool ended = false;
    while (!ended) {
        if (!verify && produced >= source.wanted)
            return {};
        const bool beyondDeclared = produced >= source.wanted;
        const qint64 room = beyondDeclared ? qint64(probe.size()) : std::min(source.wanted - produced, ChunkBytes);
        char *out = beyondDeclared ? probe.data() : sink.window();
        qint64 got = 0;
        if (deflated) {
            if (inflater.avail_in == 0) {
                if (compressedLeft == 0)
                    return Error{ErrorCode::TruncatedArchive,
                                 ArchiveText::tr("The entry's compressed data ends before its end marker."),
                                 source.where};
                const qint64 chunk = std::min(compressedLeft, ChunkBytes);
                if (device.read(d->m_input.get(), chunk) != chunk)
                    return truncated();
                compressedLeft -= chunk;
                inflater.next_in = reinterpret_cast<Bytef *>(d->m_input.get());
                inflater.avail_in = uInt(chunk);
            }
            inflater.next_out = reinterpret_cast<Bytef *>(out);
            inflater.avail_out = uInt(room);
            const int status = ::inflate(&inflater, Z_NO_FLUSH);
            got = room - qint64(inflater.avail_out);
            if (status == Z_STREAM_END) {
                ended = true;
            } else if (status == Z_MEM_ERROR) {
                return Error{ErrorCode::FileUnreadable, ArchiveText::tr("Not enough memory to decompress the entry."),
                             source.where};
            } else if (status != Z_OK && !(status == Z_BUF_ERROR && inflater.avail_in == 0)) {
                // Z_BUF_ERROR with input left cannot happen with room for output; anything else is damage.
                // zlib's reason, when it gives one, is English whatever the language.
                return Error{ErrorCode::TruncatedArchive,
                             inflater.msg ? ArchiveText::tr("The entry's compressed data is damaged (%1).")
                                                .arg(QString::fromLatin1(inflater.msg))
                                          : ArchiveText::tr("The entry's compressed data is damaged."),
                             source.where};
            }
        } else {
            got = std::min(room, compressedLeft);
            if (got == 0)
                ended = true;
            else if (device.read(out, got) != got)
                return truncated();
            compressedLeft -= got;
        }
        if (got == 0)
            continue;
        if (beyondDeclared)
            return Error{ErrorCode::ArchiveLimit,
                         ArchiveText::tr("The entry holds more data than the %1 its header declares.")
                             .arg(sizeText(source.declaredSize)),
                         source.where};
        crc = libdeflate_crc32(crc, out, std::size_t(got));
        produced += got;
        if (!sink.commit(got))
            return Error{ErrorCode::FileUnwritable, ArchiveText::tr("The entry cannot be written to a temporary file."),
                         source.where};
        const qint64 consumed =
            deflated ? source.compressedSize - compressedLeft - qint64(inflater.avail_in) : produced;
        if (Error error = Private::checkProgress(source, produced, consumed); error.isError())
            return error;
    }
    if (produced != source.declaredSize)
        return Error{ErrorCode::TruncatedArchive,
                     ArchiveText::tr("The entry ends after %1 although its header declares %2.")
                         .arg(sizeText(produced), sizeText(source.declaredSize)),
                     source.where};
    if (crc != source.crc)
        return checksumMismatch(source.where);
    return {};
}

} // namespace LicenseCore
