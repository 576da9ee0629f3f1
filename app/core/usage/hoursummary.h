// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>
#include <usage/licenserules.h>
#include <usage/usagerow.h>

#include <QString>
#include <QStringList>
#include <vector>

namespace LicenseCore {

// One host's part in one hour, after the rules.
struct HostContribution
{
    qint64 osiId = 0;
    HostMode mode = HostMode::FullStack;
    qint64 memoryBytes = 0;
    qint64 hostUnitsMilli = 0; // 0 when not counted
    bool counted = false;
};

struct EnvironmentHourSummary
{
    QString environmentId;
    UsageRow usage;          // environment index and dduByPool are not set here
    QList<DduPoolUsage> ddu; // per pool, each pool once
    std::vector<HostContribution> hosts;
};

// One hourly file with the rules of DOMAIN.md §4 applied: what the usage store needs and nothing more.
struct HourSummary
{
    QString clusterUuid;
    qint64 hourStartMs = 0;
    std::vector<EnvironmentHourSummary> environments;
    QStringList warnings;
};

HourSummary summarizeHour(HourRecord &&record, const RuleSettings &settings);

} // namespace LicenseCore
