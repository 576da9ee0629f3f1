// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace LicenseCore {

// The states of a monitoring plugin, valued as its exit status (Nagios plugin guidelines).
enum class CheckState
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
};

// One license unit as the cluster bills it. The caller fills it from the cluster's /clusterLicense: this room
// lies below the cluster client and takes plain values.
struct BilledUnit
{
    QString label; // in the performance data: host_units, dem_units, ddu
    QString name;  // in the status line: "host units"
    bool present = false;
    double quota = 0; // 0 or less: the license sets no quota for this unit
    double usage = 0;
    // The projected percentage of the quota at the end of the license period (UsageForecast), for the pools
    // licensed as a total over a period, when the history has a forecast; reported, never judged.
    std::optional<double> forecastPercent;

    [[nodiscard]] bool hasQuota() const { return present && quota > 0; }
    // Usage in percent of the quota; only meaningful with a quota.
    [[nodiscard]] double percent() const;
};

// Percentages of the quota above which a unit is WARNING or CRITICAL.
struct CheckThresholds
{
    double warningPercent = 80;
    double criticalPercent = 95;
};

struct CheckOutcome
{
    CheckState state = CheckState::Unknown;
    QString text;     // after "LICENSE <STATE> - "
    QString perfdata; // after " | ", may be empty

    // "LICENSE OK - … | perfdata": the one line a monitoring system reads.
    [[nodiscard]] QString statusLine() const;
    [[nodiscard]] int exitCode() const { return int(state); }
};

// The decision of `license-usage check` (docs/rules.md, "The monitoring check"): each unit with a quota is OK,
// WARNING above the warning percentage or CRITICAL above the critical one, as Nagios thresholds alert when the
// value lies above them; the worst unit decides. Without any quota there is nothing to judge: UNKNOWN.
class LicenseCheck final
{
public:
    LicenseCheck() = delete;

    // Why the thresholds cannot be used (not finite, negative, warning above critical); nullopt when they can.
    [[nodiscard]] static std::optional<QString> thresholdsError(const CheckThresholds &thresholds);
    [[nodiscard]] static CheckState stateOf(double percent, const CheckThresholds &thresholds);
    // label=value[UOM];warn;crit;min;max for each unit: its percentage of the quota, its billed usage with the
    // thresholds in units, and its forecast percentage (label_forecast) when it has one; a unit without a quota has
    // its usage only.
    [[nodiscard]] static QString perfdata(const QList<BilledUnit> &units, const CheckThresholds &thresholds);
    [[nodiscard]] static CheckOutcome evaluate(const QList<BilledUnit> &units, const CheckThresholds &thresholds);
    [[nodiscard]] static CheckOutcome unknown(const QString &reason);
    [[nodiscard]] static QString stateName(CheckState state);
};

} // namespace LicenseCore
