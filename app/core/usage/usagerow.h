// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace LicenseCore {

// The usage of one environment over one period: an hour, a day, a month or the whole import.
// For an hourly row, peakHosts is the number of counted hosts and hostUnitHoursMilli the host units of
// that hour (which equal the host-unit hours it consumed). Host units are integer thousandths.
struct UsageRow
{
    qint64 periodStartMs = 0;
    int environment = 0; // index into UsageSnapshot::environmentIds()
    int hoursWithData = 0;
    int peakHosts = 0;
    qint64 hostUnitHoursMilli = 0;
    qint64 peakHostUnitsMilli = 0;
    qint64 fullStackHostUnitHoursMilli = 0;
    qint64 infrastructureHostUnitHoursMilli = 0;
    qint64 paasHostUnitHoursMilli = 0;
    qint64 visits = 0;
    qint64 mobileSessions = 0;
    qint64 sessionReplays = 0;
    qint64 mobileSessionReplays = 0;
    qint64 rumUserProperties = 0;
    qint64 syntheticBrowserExecutions = 0;
    qint64 syntheticHttpExecutions = 0;
    double demUnits = 0.0;
    double dduTotal = 0.0;
    QList<double> dduByPool; // aligned with UsageSnapshot::dduPools()
    qint64 customMetrics = 0;
    // Log storage is a level (what is stored at the hour), not a flow: a period shows its highest hourly level and
    // its average, never a sum (docs/rules.md, "Log volume"). In an hourly row both equal the hour's level.
    qint64 peakLogStorageBytes = 0;
    qint64 logStorageByteHours = 0; // the hourly levels summed: divided by hoursWithData, the average
    qint64 logUploadBytes = 0;      // a flow: summed over a period
    bool trial = false;

    // Sums that stop at the largest qint64 instead of overflowing on hostile values.
    [[nodiscard]] qint64 userSessions() const;
    // The average hourly log storage level of the period, rounded to the nearest byte; 0 without hours.
    [[nodiscard]] qint64 averageLogStorageBytes() const;
    // Sets the log storage level of an hourly row.
    void setLogStorageLevel(qint64 bytes);

    // Adds an hour or a period: additive figures summed (log storage byte-hours too), peaks maximised, trial if any
    // part was trial.
    void accumulate(const UsageRow &other);
};

} // namespace LicenseCore
