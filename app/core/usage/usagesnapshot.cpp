// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <usage/usagesnapshot.h>

#include <QHash>
#include <algorithm>

namespace LicenseCore {

QString HostSummary::entityId() const
{
    return Rules::hostEntityId(osiId);
}

int UsageSnapshot::environmentIndex(const QString &environmentId) const
{
    const auto it = std::lower_bound(m_environmentIds.cbegin(), m_environmentIds.cend(), environmentId);
    if (it == m_environmentIds.cend() || *it != environmentId)
        return -1;
    return int(it - m_environmentIds.cbegin());
}

int UsageSnapshot::missingHours() const
{
    int total = 0;
    for (const HourRange &gap : m_gaps)
        total += gap.hours();
    return total;
}

std::vector<UsageRow> UsageSnapshot::rollUp(Granularity granularity) const
{
    if (granularity == Granularity::Hour)
        return m_hourly;
    std::vector<UsageRow> periods;
    QHash<QPair<qint64, int>, size_t> index;
    for (const UsageRow &hour : m_hourly) {
        const qint64 start =
            granularity == Granularity::Day ? Time::floorDay(hour.periodStartMs) : Time::floorMonth(hour.periodStartMs);
        const QPair<qint64, int> key(start, hour.environment);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            UsageRow period;
            period.periodStartMs = start;
            period.environment = hour.environment;
            period.dduByPool.resize(m_dduPools.size(), 0.0);
            it = index.insert(key, periods.size());
            periods.push_back(std::move(period));
        }
        periods[*it].accumulate(hour);
    }
    std::sort(periods.begin(), periods.end(), [](const UsageRow &a, const UsageRow &b) {
        return a.periodStartMs != b.periodStartMs ? a.periodStartMs < b.periodStartMs : a.environment < b.environment;
    });
    return periods;
}

} // namespace LicenseCore
