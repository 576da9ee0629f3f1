// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>

#include <QDateTime>
#include <QList>
#include <optional>

namespace LicenseCore {

// What a sync of one cluster starts from: what the history holds of it, given as values (the store is asked
// beforehand, so planning needs no store and no thread of its own).
struct SyncPlanInput
{
    static constexpr int DefaultChunkDays = 7;

    std::optional<HourRange> extent; // the cluster's first through last stored hour; nullopt: new to the history
    QList<HourRange> gaps;           // hours inside the extent that no export holds
    QDateTime now;
    std::optional<qint64> sinceMs; // --since: reach back to this hour instead of the history's first hour
    int newClusterDays = 30;       // how far back a cluster new to the history reaches without sinceMs
    int chunkDays = DefaultChunkDays;
};

// The ranges a sync downloads, oldest first, each at most chunkDays long: the hours from the start to
// latestExportableEnd(now) that the history lacks. The start is sinceMs (floored to its hour) when given, else the
// cluster's first stored hour, else newClusterDays before the end. So without sinceMs it is the hours after the
// last stored one plus the gaps. Each lacking run is split on its own, from its first hour; runs are never merged,
// so no chunk downloads hours the history already holds. Empty when there is nothing to fetch.
QList<HourRange> planSync(const SyncPlanInput &input);

} // namespace LicenseCore
