// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An export file as the reader gets it from disk: a nested export, a flat ZIP, a single JSON file or anything
// else. Every hourly entry is read to its end (nested billingRecords_*.zip included) and parsed, as the import
// does: inflated by the reader, or handed out with its stored bytes and inflated whole afterwards. The limits
// are small so that one run stays fast; the oracle checks that they hold on what was read, and that inflating
// whole gives what zlib gives in chunks.
#include "fuzzcheck.h"

#include <archive/archivereader.h>
#include <archive/entryinflater.h>
#include <usage/hourparser.h>

#include <QBuffer>
#include <QDir>
#include <QTemporaryFile>
#include <cstdint>

using namespace LicenseCore;

namespace {
ArchiveLimits fuzzLimits()
{
    ArchiveLimits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = qint64(1) << 20;
    limits.maxTotalBytes = qint64(4) << 20;
    limits.maxNestedArchiveBytes = qint64(2) << 20;
    limits.maxCompressionRatio = 250.0;
    limits.ratioCheckMinimumBytes = qint64(64) << 10;
    return limits;
}

// One file per process, rewritten for every input (the reader opens exports by path); removed at exit.
QTemporaryFile &inputFile()
{
    static QTemporaryFile file(QDir::tempPath() + QStringLiteral("/fuzz-archive-XXXXXX.zip"));
    if (!file.isOpen() && !file.open())
        std::abort();
    return file;
}

// zlib in chunks over the stored bytes of a pending entry: what inflating whole must agree with.
bool streamedAlike(EntryInflater &inflater, const ArchiveEntry &entry, const QByteArray &content)
{
    QBuffer device;
    device.setData(entry.data);
    if (!device.open(QIODevice::ReadOnly))
        return false;
    const EntrySource source = EntrySource::of(entry);
    QByteArray streamed(entry.declaredSize, Qt::Uninitialized);
    BufferSink sink(streamed.data());
    qint64 produced = 0;
    const Error error = inflater.stream(device, source, sink, produced);
    // Chunked, the ratio is also checked part way, so zlib may stop early where the whole stream passes.
    return error.isError() ? error.code == ErrorCode::ArchiveLimit : streamed == content;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile &file = inputFile();
    if (!file.resize(0) || !file.seek(0) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size) || !file.flush())
        std::abort();

    const ArchiveLimits limits = fuzzLimits();
    ArchiveReader reader(limits);
    // Both ways of inflating, chosen by the input so that a finding replays the same way.
    const bool deferred = (size & 1) != 0;
    reader.setDeferredInflation(deferred);
    const Error opened = reader.open(file.fileName());
    if (opened.isError()) {
        FUZZ_CHECK(!opened.message().isEmpty());
        return 0;
    }
    const ArchiveInfo &info = reader.info();
    FUZZ_CHECK(info.jsonEntryCount >= 0 && info.jsonEntryCount <= limits.maxEntries);
    FUZZ_CHECK(info.logText.size() <= (qsizetype(1) << 20));

    EntryInflater inflater;
    ArchiveEntry entry;
    QByteArray content;
    int count = 0;
    qint64 total = 0;
    bool inflateFailed = false;
    while (reader.readNext(entry)) {
        FUZZ_CHECK(entry.index == count);
        FUZZ_CHECK(entry.data.capacity() >= entry.data.size() + ArchiveEntry::Padding);
        // Only a deferred reader leaves the inflating to its caller, and a single JSON file has nothing to inflate.
        FUZZ_CHECK(!entry.inflatePending || (deferred && info.layout != ArchiveInfo::Layout::SingleJson));
        if (entry.inflatePending) {
            FUZZ_CHECK(entry.declaredSize <= limits.maxEntryBytes);
            FUZZ_CHECK(entry.data.size() <= EntryInflater::WholeEntryBytes);
            const Error inflated = inflater.inflate(entry, content);
            if (inflated.isError()) {
                FUZZ_CHECK(!inflated.message().isEmpty() && inflated.where == entry.where);
                inflateFailed = true;
                break;
            }
            FUZZ_CHECK(content.size() == entry.declaredSize);
            FUZZ_CHECK(content.capacity() >= content.size() + ArchiveEntry::Padding);
            FUZZ_CHECK(streamedAlike(inflater, entry, content));
        } else {
            content = entry.data;
        }
        FUZZ_CHECK(content.size() <= limits.maxEntryBytes);
        total += content.size();
        // Parsed in place, with the padding the reader or the inflater leaves, as the importer's threads do.
        (void)parseHourRecord(content, entry.where);
        ++count;
    }
    FUZZ_CHECK(count <= info.jsonEntryCount);
    FUZZ_CHECK(total <= reader.bytesRead());
    FUZZ_CHECK(total == reader.bytesRead() || reader.error().isError() || inflateFailed);
    FUZZ_CHECK(reader.bytesRead() <= limits.maxTotalBytes);
    FUZZ_CHECK(reader.error().code == ErrorCode::None || !reader.error().message().isEmpty());
    return 0;
}
