// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagerow.h"

#include <algorithm>

namespace LicenseCore {

void UsageRow::accumulate(const UsageRow &other)
{
    hoursWithData += other.hoursWithData;
    peakHosts = std::max(peakHosts, other.peakHosts);
    hostUnitHoursMilli += other.hostUnitHoursMilli;
    peakHostUnitsMilli = std::max(peakHostUnitsMilli, other.peakHostUnitsMilli);
    fullStackHostUnitHoursMilli += other.fullStackHostUnitHoursMilli;
    infrastructureHostUnitHoursMilli += other.infrastructureHostUnitHoursMilli;
    paasHostUnitHoursMilli += other.paasHostUnitHoursMilli;
    visits += other.visits;
    mobileSessions += other.mobileSessions;
    sessionReplays += other.sessionReplays;
    mobileSessionReplays += other.mobileSessionReplays;
    rumUserProperties += other.rumUserProperties;
    syntheticBrowserExecutions += other.syntheticBrowserExecutions;
    syntheticHttpExecutions += other.syntheticHttpExecutions;
    demUnits += other.demUnits;
    dduTotal += other.dduTotal;
    if (dduByPool.size() < other.dduByPool.size())
        dduByPool.resize(other.dduByPool.size(), 0.0);
    for (qsizetype i = 0; i < other.dduByPool.size(); ++i)
        dduByPool[i] += other.dduByPool.at(i);
    customMetrics += other.customMetrics;
    logStorageBytes += other.logStorageBytes;
    logUploadBytes += other.logUploadBytes;
    trial = trial || other.trial;
}

} // namespace LicenseCore
