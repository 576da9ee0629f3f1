// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <usage/hoursummary.h>

#include <QCoreApplication>

namespace LicenseCore {

namespace {

// Gives summarizeHour() a translation context of its own.
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::HourSummary)
};

EnvironmentHourSummary summarizeEnvironment(const EnvironmentHour &environment, qint64 hourStartMs, qint64 hourEndMs,
                                            const RuleSettings &settings)
{
    EnvironmentHourSummary summary;
    summary.environmentId = environment.environmentId;
    UsageRow &usage = summary.usage;
    usage.periodStartMs = hourStartMs;
    usage.hoursWithData = 1;
    usage.visits = environment.visits;
    usage.mobileSessions = environment.mobileSessions;
    usage.sessionReplays = environment.sessionReplays;
    usage.mobileSessionReplays = environment.mobileSessionReplays;
    usage.rumUserProperties = environment.rumUserProperties;
    usage.syntheticBrowserExecutions = environment.syntheticBrowserExecutions;
    usage.syntheticHttpExecutions = environment.syntheticHttpExecutions;
    usage.demUnits = Rules::demUnits(environment, settings);
    usage.customMetrics = environment.customMetrics;
    usage.setLogStorageLevel(environment.logStorageBytes);
    usage.logUploadBytes = environment.logUploadBytes;
    usage.trial = environment.trial;

    for (const DduPoolUsage &pool : environment.ddu) {
        usage.dduTotal += pool.total;
        auto it = std::find_if(summary.ddu.begin(), summary.ddu.end(),
                               [&](const DduPoolUsage &existing) { return existing.pool == pool.pool; });
        if (it == summary.ddu.end())
            summary.ddu.append(pool);
        else
            it->total += pool.total;
    }

    summary.hosts.reserve(environment.hosts.size());
    for (const HostHour &host : environment.hosts) {
        HostContribution contribution;
        contribution.osiId = host.osiId;
        contribution.mode = Rules::hostMode(host.paas, host.infrastructureOnly);
        contribution.memoryBytes =
            Rules::effectiveMemoryBytes(contribution.mode, host.hostMemoryBytes, host.paasMemoryLimitBytes);
        contribution.counted = Rules::isCounted(host.activity, hourStartMs, hourEndMs, settings);
        if (contribution.counted) {
            contribution.hostUnitsMilli = Rules::hostUnitsMilli(contribution.mode, contribution.memoryBytes, settings);
            ++usage.peakHosts;
            usage.hostUnitHoursMilli += contribution.hostUnitsMilli;
            switch (contribution.mode) {
            case HostMode::FullStack:
                usage.fullStackHostUnitHoursMilli += contribution.hostUnitsMilli;
                break;
            case HostMode::Infrastructure:
                usage.infrastructureHostUnitHoursMilli += contribution.hostUnitsMilli;
                break;
            case HostMode::PaaS:
                usage.paasHostUnitHoursMilli += contribution.hostUnitsMilli;
                break;
            }
        }
        summary.hosts.push_back(contribution);
    }
    usage.peakHostUnitsMilli = usage.hostUnitHoursMilli;
    return summary;
}

} // namespace

HourSummary summarizeHour(HourRecord &&record, const RuleSettings &settings)
{
    HourSummary summary;
    summary.clusterUuid = std::move(record.clusterUuid);
    summary.hourStartMs = Time::floorHour(record.timeFrameStartMs);
    summary.warnings = std::move(record.warnings);
    // Activity counts only inside the hour, even when a file claims a longer time frame.
    qint64 hourEndMs = summary.hourStartMs + Time::HourMs;
    if (record.timeFrameEndMs > summary.hourStartMs && record.timeFrameEndMs < hourEndMs)
        hourEndMs = record.timeFrameEndMs;
    summary.environments.reserve(record.environments.size());
    for (const EnvironmentHour &environment : record.environments) {
        // The same environment twice in one file: the later entry wins, as for files.
        auto existing =
            std::find_if(summary.environments.begin(), summary.environments.end(),
                         [&](const EnvironmentHourSummary &s) { return s.environmentId == environment.environmentId; });
        EnvironmentHourSummary environmentSummary =
            summarizeEnvironment(environment, summary.hourStartMs, hourEndMs, settings);
        if (existing != summary.environments.end()) {
            *existing = std::move(environmentSummary);
            summary.warnings.append(SummaryText::tr("environment %1 appears twice in the file; the later entry is used")
                                        .arg(environment.environmentId));
        } else {
            summary.environments.push_back(std::move(environmentSummary));
        }
    }
    return summary;
}

} // namespace LicenseCore
