// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/timeutil.h>
#include <report/reportcsv.h>
#include <report/usageforecast.h>

#include <QBuffer>
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>

namespace LicenseCore {

namespace {

struct ForecastText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::UsageForecast)
};

constexpr qint64 DayMs = 24 * Time::HourMs;

bool isPeak(ForecastMetric metric)
{
    return metric == ForecastMetric::PeakHostUnits;
}

// The metric's value of one environment-hour, in the metric's unit.
double valueOf(const UsageRow &row, ForecastMetric metric)
{
    switch (metric) {
    case ForecastMetric::DemUnits:
        return row.demUnits;
    case ForecastMetric::Ddus:
        return row.dduTotal;
    case ForecastMetric::HostUnitHours:
    case ForecastMetric::PeakHostUnits:
        break;
    }
    return double(row.hostUnitHoursMilli) / 1000.0; // an hourly row's host-unit hours are its host units
}

// The pool's name at the start of a sentence; peak host units are described by a text of their own.
QString unitName(ForecastMetric metric)
{
    switch (metric) {
    case ForecastMetric::DemUnits:
        return ForecastText::tr("DEM units");
    case ForecastMetric::Ddus:
        return ForecastText::tr("DDUs");
    case ForecastMetric::HostUnitHours:
    case ForecastMetric::PeakHostUnits:
        break;
    }
    return ForecastText::tr("Host-unit hours");
}

QString describe(const ForecastResult &result)
{
    const ForecastOptions &options = result.options;
    QString text;
    if (isPeak(options.metric)) {
        //: %1 the window in days, %2 the minimum of days.
        text = ForecastText::tr(
                   "Host units are licensed as a peak. The daily value is the highest host units of any hour of a "
                   "day, all environments together. The projected peak is the greater of the peak so far and the "
                   "mean of the daily peaks of the complete days among the last %1 days of data; the band is that "
                   "mean plus and minus one standard deviation of those daily peaks. The quota is reached in the "
                   "first hour whose host units reach it. A day is complete when the history holds all its 24 "
                   "hours; with fewer than %2 complete days there is no projection.")
                   .arg(options.windowDays)
                   .arg(ForecastOptions::MinimumDays);
    } else {
        //: %1 the unit (DEM units, DDUs, host-unit hours), %2 the window in days, %3 the minimum of days.
        text = ForecastText::tr(
                   "%1 are licensed as a total over the license period. Consumed is the sum of every hour of the "
                   "period up to the end of the last complete day of data (a day is complete when the history "
                   "holds all its 24 hours). The daily rate is the mean of the daily totals of the complete days "
                   "among the last %2 days of data; the projection adds that rate for every day left in the period. "
                   "The band adds the rate plus and minus one standard deviation of those daily totals instead, for "
                   "every day left. The quota is reached when consumed plus the rate times the days reaches it. "
                   "With fewer than %3 complete days there is no projection.")
                   .arg(unitName(options.metric))
                   .arg(options.windowDays)
                   .arg(ForecastOptions::MinimumDays);
    }
    //: %1 the complete days of the window used, %2 the end of the data.
    text += QLatin1Char(' ') + ForecastText::tr("Counted: %n complete day(s) up to %2. An estimate from the rules in "
                                                "the settings, not a billed figure.",
                                                nullptr, result.windowDaysUsed)
                                   .arg(Time::isoUtc(result.dataUntilMs));
    return text;
}

} // namespace

ForecastResult UsageForecast::compute(const UsageSnapshot &period, const ForecastOptions &options)
{
    ForecastResult result;
    result.options = options;
    const bool peak = isPeak(options.metric);

    // Per hour of the period with data: the value of all environments together (ordered by hour).
    std::vector<std::pair<qint64, double>> hours;
    for (const UsageRow &row : period.hourly()) {
        if (!options.period.contains(row.periodStartMs))
            continue;
        if (hours.empty() || hours.back().first != row.periodStartMs)
            hours.emplace_back(row.periodStartMs, 0.0);
        hours.back().second += valueOf(row, options.metric);
    }
    struct Day
    {
        int hours = 0;
        double value = 0; // the sum, or the peak
    };
    std::map<qint64, Day> days;
    for (const auto &[hourMs, value] : hours) {
        Day &day = days[Time::floorDay(hourMs)];
        ++day.hours;
        day.value = peak ? std::max(day.value, value) : day.value + value;
    }
    for (const auto &[start, day] : days) {
        if (day.hours == 24)
            result.daily.emplace_back(start, day.value);
    }
    result.completeDays = int(result.daily.size());
    result.dataUntilMs = result.daily.empty() ? options.period.fromMs : result.daily.back().first + DayMs;

    std::optional<qint64> reachedMs;
    double cumulative = 0;
    for (const auto &[hourMs, value] : hours) {
        if (hourMs >= result.dataUntilMs)
            break;
        cumulative = peak ? std::max(cumulative, value) : cumulative + value;
        if (options.quota && !reachedMs && cumulative >= *options.quota)
            reachedMs = peak ? hourMs : hourMs + Time::HourMs; // a total reaches it at the end of the hour
    }
    result.consumed = cumulative;
    if (reachedMs) {
        result.quotaAlreadyReached = true;
        result.quotaReachedMs = reachedMs;
    }

    std::vector<double> window;
    for (const auto &[start, value] : result.daily) {
        if (start >= result.dataUntilMs - qint64(options.windowDays) * DayMs)
            window.push_back(value);
    }
    result.windowDaysUsed = int(window.size());
    if (result.windowDaysUsed < ForecastOptions::MinimumDays) {
        result.refusal = ForecastRefusal::TooFewDays;
        //: %n the complete days found, %2 the window, %3 the minimum.
        result.refusalText =
            ForecastText::tr("No forecast: the history holds %n complete day(s) of the last %2 days of data in the "
                             "license period, and a forecast needs at least %3. A day is complete when all its 24 "
                             "hours are in the history.",
                             nullptr, result.windowDaysUsed)
                .arg(options.windowDays)
                .arg(ForecastOptions::MinimumDays);
        result.method = describe(result);
        return result;
    }

    double sum = 0;
    for (double value : window)
        sum += value;
    result.dailyMean = sum / double(window.size());
    double squares = 0;
    for (double value : window)
        squares += (value - result.dailyMean) * (value - result.dailyMean);
    result.dailyDeviation = std::sqrt(squares / double(window.size()));
    result.remainingDays = std::max(0.0, double(options.period.toMs - result.dataUntilMs) / double(DayMs));

    if (peak) {
        const bool left = result.remainingDays > 0;
        result.projected = left ? std::max(result.consumed, result.dailyMean) : result.consumed;
        result.projectedLow =
            left ? std::max(result.consumed, result.dailyMean - result.dailyDeviation) : result.consumed;
        result.projectedHigh =
            left ? std::max(result.consumed, result.dailyMean + result.dailyDeviation) : result.consumed;
    } else {
        result.projected = result.consumed + result.dailyMean * result.remainingDays;
        result.projectedLow =
            result.consumed + std::max(0.0, result.dailyMean - result.dailyDeviation) * result.remainingDays;
        result.projectedHigh = result.consumed + (result.dailyMean + result.dailyDeviation) * result.remainingDays;
    }
    if (options.quota && *options.quota > 0) {
        result.projectedPercent = result.projected / *options.quota * 100.0;
        if (!peak && !result.quotaAlreadyReached && result.dailyMean > 0) {
            const double at =
                double(result.dataUntilMs) + (*options.quota - result.consumed) / result.dailyMean * double(DayMs);
            if (at <= double(options.period.toMs))
                result.quotaReachedMs = qint64(std::llround(at));
        }
    }
    result.method = describe(result);
    return result;
}

QString UsageForecast::metricName(ForecastMetric metric)
{
    switch (metric) {
    case ForecastMetric::DemUnits:
        return QStringLiteral("dem");
    case ForecastMetric::Ddus:
        return QStringLiteral("ddu");
    case ForecastMetric::HostUnitHours:
        return QStringLiteral("host-unit-hours");
    case ForecastMetric::PeakHostUnits:
        break;
    }
    return QStringLiteral("peak-host-units");
}

std::optional<ForecastMetric> UsageForecast::metricFromName(const QString &name)
{
    for (ForecastMetric metric : {ForecastMetric::DemUnits, ForecastMetric::Ddus, ForecastMetric::HostUnitHours,
                                  ForecastMetric::PeakHostUnits}) {
        if (metricName(metric) == name)
            return metric;
    }
    return std::nullopt;
}

QStringList UsageForecast::header()
{
    return {QStringLiteral("metric"),
            QStringLiteral("period_start_utc"),
            QStringLiteral("period_end_utc"),
            QStringLiteral("data_until_utc"),
            QStringLiteral("complete_days"),
            QStringLiteral("window_days"),
            QStringLiteral("consumed"),
            QStringLiteral("daily_mean"),
            QStringLiteral("daily_deviation"),
            QStringLiteral("remaining_days"),
            QStringLiteral("projected"),
            QStringLiteral("projected_low"),
            QStringLiteral("projected_high"),
            QStringLiteral("quota"),
            QStringLiteral("projected_percent"),
            QStringLiteral("quota_reached_utc")};
}

Error UsageForecast::write(QIODevice &device, const ForecastResult &result)
{
    const ForecastOptions &options = result.options;
    const bool projected = result.refusal == ForecastRefusal::None;
    // A refused forecast keeps what was measured and leaves the projection's fields empty.
    auto projection = [projected](double value) { return projected ? formatDecimal(value) : QString(); };
    QByteArray out = ReportCsv::line(header());
    out += ReportCsv::line(
        {metricName(options.metric), Time::isoUtc(options.period.fromMs), Time::isoUtc(options.period.toMs),
         Time::isoUtc(result.dataUntilMs), QString::number(result.completeDays), QString::number(result.windowDaysUsed),
         formatDecimal(result.consumed), projection(result.dailyMean), projection(result.dailyDeviation),
         projection(result.remainingDays), projection(result.projected), projection(result.projectedLow),
         projection(result.projectedHigh), options.quota ? formatDecimal(*options.quota) : QString(),
         result.projectedPercent ? formatDecimal(*result.projectedPercent) : QString(),
         result.quotaReachedMs ? Time::isoUtc(*result.quotaReachedMs) : QString()});
    return ReportCsv::writeAll(device, out, QString());
}

Error UsageForecast::save(const QString &path, const ForecastResult &result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Error error = write(buffer, result); error.isError())
        return error;
    return ReportCsv::save(path, buffer.data());
}

} // namespace LicenseCore
