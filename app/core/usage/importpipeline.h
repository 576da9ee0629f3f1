// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>
#include <usage/importoptions.h>

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

} // namespace LicenseCore
