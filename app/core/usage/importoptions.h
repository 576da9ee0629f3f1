// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archivelimits.h>
#include <usage/licenserules.h>
#include <usage/usagesnapshot.h>

#include <QMetaType>
#include <optional>

namespace LicenseCore {

struct ImportOptions
{
    ArchiveLimits limits;
    RuleSettings rules;
    std::optional<HourRange> expectedRange; // hours asked of the cluster; their missing hours become gaps
    int parserThreads = 0;                  // 0: one per core
    bool skipInvalidFiles = false;          // report an unreadable hourly file as a warning instead of failing
};

struct ImportProgress
{
    int entriesDone = 0;
    int entriesTotal = 0;
    qint64 bytesDone = 0;  // uncompressed JSON bytes read
    qint64 bytesTotal = 0; // as declared by the archive directory; for progress bars only
};

} // namespace LicenseCore

Q_DECLARE_METATYPE(LicenseCore::ImportProgress)
