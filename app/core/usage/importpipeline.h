// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archiveinfo.h>
#include <common/result.h>
#include <usage/hourrecord.h>
#include <usage/importoptions.h>

#include <any>
#include <atomic>
#include <functional>

namespace LicenseCore {

using ImportProgressCallback = std::function<void(const ImportProgress &)>;

// Imports an export file: the calling thread reads the hourly files' stored bytes from the archive, entry by
// entry, while a pool of parser threads inflates, checks, parses and summarises them; results are folded in
// archive order on the calling thread. At most a few entries are in memory at once. `progress` is called on the calling
// thread, at most every 50 ms and once at the end. Setting `*cancel` stops the import with ErrorCode::Cancelled.
Result<UsageSnapshotPtr> importExport(const QString &path, const ImportOptions &options,
                                      const ImportProgressCallback &progress = {},
                                      const std::atomic_bool *cancel = nullptr);

// The stages of an import for a caller that folds hourly files into something other than a snapshot (the history
// store does). `transform` runs on a parser thread, for several files at once; `fold` gets what it made on the
// calling thread, in archive order, and an error it returns ends the run with that error; `skipped` (may be
// empty) hears of each file skipped under ImportOptions::skipInvalidFiles.
struct HourPipeline
{
    std::function<std::any(HourRecord &&record)> transform;
    std::function<Error(std::any &&transformed, const QString &source)> fold;
    std::function<void(const Error &error)> skipped;
};

// Reads the export at `path` through `stages` exactly as importExport() reads it (threads, limits, progress,
// cancellation, errors) and returns what the archive says about itself.
Result<ArchiveInfo> runHourPipeline(const QString &path, const ImportOptions &options, const HourPipeline &stages,
                                    const ImportProgressCallback &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

} // namespace LicenseCore
