// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace LicenseCore {

// Safety caps for reading an export that may be hostile (DOMAIN.md §2). The defaults are generous enough
// for a year of hourly files of a large cluster and still stop zip bombs in bounded time and memory.
struct ArchiveLimits
{
    qint64 maxEntries = 100'000;                     // in each ZIP (outer and inner)
    qint64 maxEntryBytes = qint64(512) << 20;        // uncompressed size of one hourly file
    qint64 maxTotalBytes = qint64(64) << 30;         // uncompressed bytes read over the whole import
    qint64 maxNestedArchiveBytes = qint64(16) << 30; // size of the inner billingRecords ZIP
    double maxCompressionRatio = 250.0;              // uncompressed / compressed, per entry
    qint64 ratioCheckMinimumBytes = qint64(1) << 20; // small entries may compress better than that

    bool operator==(const ArchiveLimits &) const = default;
};

} // namespace LicenseCore
