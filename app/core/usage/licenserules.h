// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>

#include <span>

namespace LicenseCore {

// The settings of the estimation rules of DOMAIN.md §4, with the documented defaults.
struct RuleSettings
{
    bool capInfrastructureAtOne = true;
    qint64 minimumActiveMs = 5 * 60 * 1000;
    double demVisitWeight = 0.25;         // visits and mobile sessions
    double demReplayWeight = 0.75;        // session replays on top of their visit
    double demBrowserMonitorWeight = 1.0; // per browser monitor execution
    double demHttpMonitorWeight = 0.1;    // per HTTP monitor execution

    bool operator==(const RuleSettings &) const = default;
};

// Host units are integer thousandths ("milli host units"): every rule value is a multiple of 0.005.
namespace Rules {

HostMode hostMode(bool paas, bool infrastructureOnly);
qint64 effectiveMemoryBytes(HostMode mode, qint64 hostMemoryBytes, qint64 paasMemoryLimitBytes);
qint64 fullStackWeightMilli(qint64 memoryBytes);
qint64 hostUnitsMilli(HostMode mode, qint64 memoryBytes, const RuleSettings &settings);

// Milliseconds of [hourStart, hourEnd) covered by the union of the intervals.
qint64 activeMs(std::span<const ActivityInterval> intervals, qint64 hourStartMs, qint64 hourEndMs);
// A host counts if it was active for the minimum time, or has no activity records at all.
bool isCounted(std::span<const ActivityInterval> intervals, qint64 hourStartMs, qint64 hourEndMs,
               const RuleSettings &settings);

double demUnits(const EnvironmentHour &environment, const RuleSettings &settings);

// "HOST-" and the 16 upper-case hex digits of the id's 64 bits read as unsigned.
QString hostEntityId(qint64 osiId);

} // namespace Rules
} // namespace LicenseCore
