// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <usage/licenserules.h>

#include <QVarLengthArray>
#include <algorithm>

namespace LicenseCore::Rules {

namespace {
constexpr qint64 GiB = qint64(1) << 30;
}

HostMode hostMode(bool paas, bool infrastructureOnly)
{
    if (paas)
        return HostMode::PaaS;
    return infrastructureOnly ? HostMode::Infrastructure : HostMode::FullStack;
}

qint64 effectiveMemoryBytes(HostMode mode, qint64 hostMemoryBytes, qint64 paasMemoryLimitBytes)
{
    if (mode == HostMode::PaaS && paasMemoryLimitBytes > 0)
        return paasMemoryLimitBytes;
    return std::max<qint64>(hostMemoryBytes, 0);
}

qint64 fullStackWeightMilli(qint64 memoryBytes)
{
    // GiB <= 1.6 is bytes * 5 <= 8 GiB; for integers that is bytes <= floor(8 GiB / 5), without overflow.
    if (memoryBytes <= (8 * GiB) / 5)
        return 100;
    if (memoryBytes <= 4 * GiB)
        return 250;
    if (memoryBytes <= 8 * GiB)
        return 500;
    if (memoryBytes <= 16 * GiB)
        return 1000;
    const qint64 sixteen = 16 * GiB;
    return ((memoryBytes / sixteen) + (memoryBytes % sixteen != 0 ? 1 : 0)) * 1000;
}

qint64 hostUnitsMilli(HostMode mode, qint64 memoryBytes, const RuleSettings &settings)
{
    const qint64 fullStack = fullStackWeightMilli(memoryBytes);
    if (mode != HostMode::Infrastructure)
        return fullStack;
    const qint64 infrastructure = fullStack * 3 / 10;
    return settings.capInfrastructureAtOne ? std::min<qint64>(infrastructure, 1000) : infrastructure;
}

qint64 activeMs(std::span<const ActivityInterval> intervals, qint64 hourStartMs, qint64 hourEndMs)
{
    QVarLengthArray<ActivityInterval, 8> clipped;
    for (const ActivityInterval &interval : intervals) {
        const qint64 start = std::max(interval.startMs, hourStartMs);
        const qint64 end = std::min(interval.endMs, hourEndMs);
        if (end > start)
            clipped.push_back({start, end});
    }
    std::sort(clipped.begin(), clipped.end(),
              [](const ActivityInterval &a, const ActivityInterval &b) { return a.startMs < b.startMs; });
    qint64 total = 0;
    qint64 coveredUntil = hourStartMs;
    for (const ActivityInterval &interval : clipped) {
        const qint64 start = std::max(interval.startMs, coveredUntil);
        if (interval.endMs > start) {
            total += interval.endMs - start;
            coveredUntil = interval.endMs;
        }
    }
    return total;
}

bool isCounted(std::span<const ActivityInterval> intervals, qint64 hourStartMs, qint64 hourEndMs,
               const RuleSettings &settings)
{
    if (intervals.empty())
        return true;
    return activeMs(intervals, hourStartMs, hourEndMs) >= settings.minimumActiveMs;
}

double demUnits(const EnvironmentHour &environment, const RuleSettings &settings)
{
    return settings.demVisitWeight * double(environment.visits + environment.mobileSessions) +
           settings.demReplayWeight * double(environment.sessionReplays + environment.mobileSessionReplays) +
           settings.demBrowserMonitorWeight * double(environment.syntheticBrowserExecutions) +
           settings.demHttpMonitorWeight * double(environment.syntheticHttpExecutions);
}

QString hostEntityId(qint64 osiId)
{
    return QStringLiteral("HOST-") +
           QString::number(static_cast<quint64>(osiId), 16).toUpper().rightJustified(16, QLatin1Char('0'));
}

} // namespace LicenseCore::Rules
