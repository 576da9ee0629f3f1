// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <common/hourrange.h>
#include <usage/usagesnapshot.h>

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QIODevice;

namespace LicenseCore {

enum class ForecastMetric
{
    DemUnits,      // a total over the license period
    Ddus,          // a total over the license period
    HostUnitHours, // a total over the license period, where host units are licensed that way
    PeakHostUnits, // host units licensed as a peak: the projected peak instead of a total
};

struct ForecastOptions
{
    ForecastMetric metric = ForecastMetric::DemUnits;
    HourRange period;                     // the license period, whole UTC days
    std::optional<double> quota;          // in the metric's unit; nullopt: no percentage, no date
    int windowDays = 28;                  // the recent complete days the rate is taken from
    static constexpr int MinimumDays = 7; // fewer complete days in the window: no projection
};

enum class ForecastRefusal
{
    None,
    TooFewDays, // fewer than MinimumDays complete days of data in the window (consumed is still given)
};

struct ForecastResult
{
    ForecastOptions options;
    ForecastRefusal refusal = ForecastRefusal::None;
    QString refusalText; // why, in the current language; empty when projected

    qint64 dataUntilMs = 0;    // the end of the last complete day of data in the period
    int completeDays = 0;      // complete days of data in the period (24 hours with data)
    int windowDaysUsed = 0;    // complete days among the windowDays calendar days that end at dataUntilMs
    double consumed = 0;       // every hour of data before dataUntilMs; for PeakHostUnits: the peak so far
    double dailyMean = 0;      // the mean of the window's daily values (daily totals, or daily peaks)
    double dailyDeviation = 0; // their standard deviation (population)
    double remainingDays = 0;  // from dataUntilMs to the period's end
    double projected = 0;      // at the period's end (PeakHostUnits: the projected peak)
    double projectedLow = 0;   // the band
    double projectedHigh = 0;
    std::optional<double> projectedPercent; // of the quota
    std::optional<qint64> quotaReachedMs;   // the day the quota is (or was) reached; nullopt: not in the period
    bool quotaAlreadyReached = false;
    std::vector<std::pair<qint64, double>> daily; // every complete day of the period: (day start, value)
    bool estimate = true;
    QString method;
};

// Forecast of a license pool over its license period (docs/rules.md, "Forecast"), from the snapshot of the period
// up to now: the mean daily value of the latest complete days, carried to the period's end.
class UsageForecast final
{
public:
    [[nodiscard]] static ForecastResult compute(const UsageSnapshot &period, const ForecastOptions &options);

    // "dem", "ddu", "host-unit-hours", "peak-host-units": the command line's words.
    [[nodiscard]] static QString metricName(ForecastMetric metric);
    [[nodiscard]] static std::optional<ForecastMetric> metricFromName(const QString &name);

    // metric,period_start_utc,period_end_utc,data_until_utc,complete_days,window_days,consumed,daily_mean,
    // daily_deviation,remaining_days,projected,projected_low,projected_high,quota,projected_percent,
    // quota_reached_utc: one row.
    [[nodiscard]] static QStringList header();
    [[nodiscard]] static Error write(QIODevice &device, const ForecastResult &result);
    [[nodiscard]] static Error save(const QString &path, const ForecastResult &result);
};

} // namespace LicenseCore
