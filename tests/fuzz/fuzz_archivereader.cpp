// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An export file as the reader gets it from disk: a nested export, a flat ZIP, a single JSON file or anything
// else. Every hourly entry is read to its end (nested billingRecords_*.zip included) and parsed, as the import
// does. The limits are small so that one run stays fast; the oracle checks that they hold on what was read.
#include "fuzzcheck.h"

#include <archive/archivereader.h>
#include <usage/hourparser.h>

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
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile &file = inputFile();
    if (!file.resize(0) || !file.seek(0) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size) || !file.flush())
        std::abort();

    const ArchiveLimits limits = fuzzLimits();
    ArchiveReader reader(limits);
    // Both ways of checking CRCs, chosen by the input so that a finding replays the same way.
    const bool deferred = (size & 1) != 0;
    reader.setDeferredChecksums(deferred);
    const Error opened = reader.open(file.fileName());
    if (opened.isError()) {
        FUZZ_CHECK(!opened.message().isEmpty());
        return 0;
    }
    const ArchiveInfo &info = reader.info();
    FUZZ_CHECK(info.jsonEntryCount >= 0 && info.jsonEntryCount <= limits.maxEntries);
    FUZZ_CHECK(info.logText.size() <= (qsizetype(1) << 20));

    ArchiveEntry entry;
    int count = 0;
    qint64 total = 0;
    while (reader.readNext(entry)) {
        FUZZ_CHECK(entry.index == count);
        FUZZ_CHECK(entry.data.size() <= limits.maxEntryBytes);
        FUZZ_CHECK(entry.data.capacity() >= entry.data.size() + ArchiveEntry::Padding);
        // A single JSON file has no CRC to check later.
        FUZZ_CHECK(entry.checksumPending == (deferred && info.layout != ArchiveInfo::Layout::SingleJson));
        total += entry.data.size();
        if (deferred && ArchiveReader::verifyChecksum(entry).isError())
            break;
        // Parsed in place, with the padding the reader leaves, as the importer's threads do.
        (void)parseHourRecord(entry.data, entry.where);
        ++count;
    }
    FUZZ_CHECK(count <= info.jsonEntryCount);
    FUZZ_CHECK(total <= reader.bytesRead());
    FUZZ_CHECK(total == reader.bytesRead() || reader.error().isError());
    FUZZ_CHECK(reader.bytesRead() <= limits.maxTotalBytes);
    FUZZ_CHECK(reader.error().code == ErrorCode::None || !reader.error().message().isEmpty());
    return 0;
}
