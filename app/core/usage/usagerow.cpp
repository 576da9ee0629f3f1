// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <usage/usagerow.h>

#include <algorithm>
#include <limits>

namespace LicenseCore {

namespace {
// Counters come from files that may be hostile: a sum that would overflow stops at the limit instead.
void addSaturating(qint64 &sum, qint64 value)
{
    if (__builtin_add_overflow(sum, value, &sum))
        sum = value > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}
} // namespace

qint64 UsageRow::userSessions() const
{
    qint64 sum = visits;
    addSaturating(sum, mobileSessions);
    return sum;
}

qint64 UsageRow::averageLogStorageBytes() const
{
    if (hoursWithData <= 0)
        return 0;
    // Halves round away from zero; byte-hours are never negative in practice, and the division cannot overflow.
    const qint64 hours = hoursWithData;
    const qint64 quotient = logStorageByteHours / hours;
    const qint64 remainder = logStorageByteHours % hours;
    if (2 * (remainder < 0 ? -remainder : remainder) >= hours)
        return remainder < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

void UsageRow::setLogStorageLevel(qint64 bytes)
{
    peakLogStorageBytes = bytes;
    logStorageByteHours = bytes;
}

void UsageRow::accumulate(const UsageRow &other)
{
    hoursWithData += other.hoursWithData;
    peakHosts = std::max(peakHosts, other.peakHosts);
    addSaturating(hostUnitHoursMilli, other.hostUnitHoursMilli);
    peakHostUnitsMilli = std::max(peakHostUnitsMilli, other.peakHostUnitsMilli);
    addSaturating(fullStackHostUnitHoursMilli, other.fullStackHostUnitHoursMilli);
    addSaturating(infrastructureHostUnitHoursMilli, other.infrastructureHostUnitHoursMilli);
    addSaturating(paasHostUnitHoursMilli, other.paasHostUnitHoursMilli);
    addSaturating(visits, other.visits);
    addSaturating(mobileSessions, other.mobileSessions);
    addSaturating(sessionReplays, other.sessionReplays);
    addSaturating(mobileSessionReplays, other.mobileSessionReplays);
    addSaturating(rumUserProperties, other.rumUserProperties);
    addSaturating(syntheticBrowserExecutions, other.syntheticBrowserExecutions);
    addSaturating(syntheticHttpExecutions, other.syntheticHttpExecutions);
    demUnits += other.demUnits;
    dduTotal += other.dduTotal;
    if (dduByPool.size() < other.dduByPool.size())
        dduByPool.resize(other.dduByPool.size(), 0.0);
    for (qsizetype i = 0; i < other.dduByPool.size(); ++i)
        dduByPool[i] += other.dduByPool.at(i);
    addSaturating(customMetrics, other.customMetrics);
    peakLogStorageBytes = std::max(peakLogStorageBytes, other.peakLogStorageBytes);
    addSaturating(logStorageByteHours, other.logStorageByteHours);
    addSaturating(logUploadBytes, other.logUploadBytes);
    trial = trial || other.trial;
}

} // namespace LicenseCore
