// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archiveentry.h>
#include <archive/archiveinfo.h>
#include <archive/archivelimits.h>
#include <common/error.h>

#include <QString>
#include <memory>

namespace LicenseCore {

// Reads an export: an outer ZIP holding a nested billingRecords_*.zip, a ZIP with the JSON files directly
// in it, or a single .json file. Entries are read as streams, never extracted by name; every limit of
// ArchiveLimits is enforced on bytes actually read, and each entry's CRC is checked at its end.
// Not thread-safe: one reader per thread.
//
// Layout rules: a ZIP holding .json entries (in any folder, extension in any case) is Flat, whatever else
// it holds. Otherwise its single .zip entry (or, among several, the single billingRecords_*.zip) is the
// inner archive. A file whose first non-blank byte is '{' is a single JSON file, whatever its name.
// Hourly files come in central-directory order; directories and macOS "__MACOSX/" or "._" companions are
// not hourly files. An inner archive stored uncompressed is read in place; a compressed one is inflated
// once to a temporary file that is removed with the reader.
//
// Limits: counts and declared sizes fail in open(); while reading, bytes are counted as they come, so an
// entry holding more than its header declares fails (ArchiveLimit) at the first byte too many, whatever
// it claims, and the compression ratio is measured on the compressed bytes really consumed.
//
// Entries are inflated whole with libdeflate where they are small enough and with zlib in chunks where not
// (EntryInflater); either way every limit holds and the CRC of every hourly file is checked.
//
// Every error names where it happened: "<file> › <inner archive> › <entry>".
class ArchiveReader final
{
public:
    explicit ArchiveReader(ArchiveLimits limits = {});
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    // Opens the file, finds the layout, the aux files and the list of hourly JSON entries. Fails fast on what
    // the directories already give away: symlink, special or encrypted entries anywhere, entry counts, and
    // the declared sizes and compression ratios of everything that will be read. A compressed inner archive
    // is inflated here, so this may take a while on a large export.
    [[nodiscard]] Error open(const QString &path);
    [[nodiscard]] const ArchiveInfo &info() const;

    // Reads the next hourly JSON file in archive order. Returns false at the end or on an error;
    // error() tells which (ErrorCode::None at the end). An error is final until the next open(): a damaged
    // entry is never skipped. entry.data's allocation is reused when the caller hands it back unshared.
    bool readNext(ArchiveEntry &entry);
    [[nodiscard]] const Error &error() const;

    // Uncompressed bytes of hourly files read so far (counted, not declared; but see setDeferredInflation()).
    [[nodiscard]] qint64 bytesRead() const;

    // Lets the caller inflate the hourly files, for example on the threads that parse them, so the reading
    // thread only finds and reads their stored bytes. readNext() then hands out deflated entries of up to
    // EntryInflater::WholeEntryBytes (and stored ones) with inflatePending set, for EntryInflater::inflate();
    // larger ones it still inflates itself, in chunks. Every check of the directory and of the total still
    // happens here; bytesRead() then counts the declared sizes of the entries handed out pending.
    void setDeferredInflation(bool defer);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace LicenseCore
