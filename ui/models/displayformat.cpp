// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <common/timeutil.h>

#include <QDateTime>
#include <QTimeZone>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

qint64 periodEnd(qint64 startMs, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Hour:
        return startMs + Time::HourMs;
    case Granularity::Day:
        return startMs + 24 * Time::HourMs;
    case Granularity::Month:
        return QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()).addMonths(1).toMSecsSinceEpoch();
    }
    return startMs;
}

} // namespace

QString DisplayFormat::period(qint64 startMs, Granularity granularity, const QLocale &locale)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    switch (granularity) {
    case Granularity::Hour:
        return utc.toString(u"yyyy-MM-dd HH:mm");
    case Granularity::Day:
        return utc.toString(u"yyyy-MM-dd");
    case Granularity::Month:
        return locale.standaloneMonthName(utc.date().month()) + QLatin1Char(' ') + QString::number(utc.date().year());
    }
    return {};
}

QString DisplayFormat::periodDetail(qint64 startMs, Granularity granularity, const QLocale &locale)
{
    const qint64 endMs = periodEnd(startMs, granularity);
    const QDateTime localStart = QDateTime::fromMSecsSinceEpoch(startMs).toLocalTime();
    const QDateTime localEnd = QDateTime::fromMSecsSinceEpoch(endMs).toLocalTime();
    const QString utcText = granularity == Granularity::Hour
                                ? tr("%1 to %2 UTC")
                                      .arg(period(startMs, granularity, locale),
                                           QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc()).toString(u"HH:mm"))
                                : tr("%1 UTC").arg(period(startMs, granularity, locale));
    return tr("%1\n%2 to %3 local time")
        .arg(utcText, locale.toString(localStart, QLocale::ShortFormat),
             locale.toString(localEnd, QLocale::ShortFormat));
}

QString DisplayFormat::moment(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm");
}

QString DisplayFormat::momentDetail(qint64 epochMs, const QLocale &locale)
{
    return tr("%1 UTC\n%2 local time")
        .arg(QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"),
             locale.toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat));
}

QString DisplayFormat::hourRange(const HourRange &range)
{
    return tr("%1 to %2 UTC (%Ln hour(s))", nullptr, range.hours())
        .arg(period(range.fromMs, Granularity::Hour), period(range.toMs, Granularity::Hour));
}

QString DisplayFormat::hostUnits(qint64 milli, const QLocale &locale)
{
    // A thousandth divided by 1000 is the double nearest to the decimal, so the shortest form is exact.
    return locale.toString(double(milli) / 1000.0, 'f', QLocale::FloatingPointShortest);
}

QString DisplayFormat::decimal(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 2);
}

QString DisplayFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString DisplayFormat::bytes(double bytes, const QLocale &locale)
{
    return locale.formattedDataSize(qint64(bytes), bytes < 1024.0 * 1024.0 ? 1 : 2);
}

QString DisplayFormat::exactBytes(qint64 bytes, const QLocale &locale)
{
    return tr("%1 bytes").arg(locale.toString(bytes));
}

QString DisplayFormat::gibibytes(qint64 bytes, const QLocale &locale)
{
    return locale.toString(double(bytes) / double(qint64(1) << 30), 'f', 1);
}

QString DisplayFormat::hostMode(HostMode mode)
{
    switch (mode) {
    case HostMode::FullStack:
        return tr("Full-Stack");
    case HostMode::Infrastructure:
        return tr("Infrastructure");
    case HostMode::PaaS:
        return tr("PaaS");
    }
    return {};
}

QString DisplayFormat::metricName(Metric metric, const QString &poolName)
{
    switch (metric) {
    case Metric::HostUnits:
        return tr("Host units");
    case Metric::PeakHostUnits:
        return tr("Peak host units");
    case Metric::Hosts:
        return tr("Hosts");
    case Metric::DemUnits:
        return tr("DEM units");
    case Metric::DduTotal:
        return tr("DDUs");
    case Metric::DduPool:
        return tr("DDUs: %1").arg(poolName);
    case Metric::Sessions:
        return tr("User sessions");
    case Metric::SyntheticExecutions:
        return tr("Synthetic executions");
    case Metric::CustomMetrics:
        return tr("Custom metrics");
    case Metric::LogUploadBytes:
        return tr("Log upload");
    case Metric::LogStorageBytes:
        return tr("Log storage (peak)");
    }
    return {};
}

QString DisplayFormat::metricAxisTitle(Metric metric, Granularity granularity, const QString &poolName)
{
    if (granularity == Granularity::Hour) {
        switch (metric) {
        case Metric::HostUnits:
        case Metric::PeakHostUnits:
            return tr("Host units per hour (estimated)");
        case Metric::Hosts:
            return tr("Counted hosts per hour");
        case Metric::DemUnits:
            return tr("DEM units per hour (estimated)");
        default:
            return tr("%1 per hour").arg(metricName(metric, poolName));
        }
    }
    const bool day = granularity == Granularity::Day;
    switch (metric) {
    case Metric::HostUnits:
        return day ? tr("Host-unit hours per day (estimated)") : tr("Host-unit hours per month (estimated)");
    case Metric::PeakHostUnits:
        return day ? tr("Peak host units of the day (estimated)") : tr("Peak host units of the month (estimated)");
    case Metric::Hosts:
        return day ? tr("Peak counted hosts of the day") : tr("Peak counted hosts of the month");
    case Metric::DemUnits:
        return day ? tr("DEM units per day (estimated)") : tr("DEM units per month (estimated)");
    default:
        return day ? tr("%1 per day").arg(metricName(metric, poolName))
                   : tr("%1 per month").arg(metricName(metric, poolName));
    }
}

QString DisplayFormat::metricValue(Metric metric, double value, const QLocale &locale)
{
    switch (metric) {
    case Metric::HostUnits:
    case Metric::PeakHostUnits:
        return hostUnits(qRound64(value * 1000.0), locale);
    case Metric::Hosts:
    case Metric::Sessions:
    case Metric::SyntheticExecutions:
    case Metric::CustomMetrics:
        return count(qRound64(value), locale);
    case Metric::DemUnits:
    case Metric::DduTotal:
    case Metric::DduPool:
        return decimal(value, locale);
    case Metric::LogUploadBytes:
    case Metric::LogStorageBytes:
        return bytes(value, locale);
    }
    return {};
}

bool DisplayFormat::isEstimated(Metric metric)
{
    return metric == Metric::HostUnits || metric == Metric::PeakHostUnits || metric == Metric::DemUnits;
}

QString DisplayFormat::metricRule(Metric metric, const RuleSettings &rules)
{
    switch (metric) {
    case Metric::HostUnits:
        return hostUnitRule(rules) + QLatin1Char('\n') +
               tr("Per day or month: host-unit hours, the sum of the hourly host units.");
    case Metric::PeakHostUnits:
        return hostUnitRule(rules) + QLatin1Char('\n') + tr("Per day or month: the host units of the busiest hour.");
    case Metric::Hosts:
        return tr("Hosts counted in the hour (active for at least %n minute(s), or without activity records); per "
                  "day or month, the busiest hour.",
                  nullptr, int(rules.minimumActiveMs / Time::MinuteMs));
    case Metric::DemUnits:
        return demUnitRule(rules);
    default:
        return {};
    }
}

QString DisplayFormat::hostUnitRule(const RuleSettings &rules)
{
    const QString infrastructure = rules.capInfrastructureAtOne
                                       ? tr("Infrastructure hosts weigh 30% of that, at most 1.0.")
                                       : tr("Infrastructure hosts weigh 30% of that.");
    return tr("Estimated from each host's memory and monitoring mode: Full-Stack and PaaS hosts weigh 0.1 up to "
              "1.6 GiB, 0.25 up to 4 GiB, 0.5 up to 8 GiB, 1.0 up to 16 GiB, then one per started 16 GiB; %1 "
              "A host counts in an hour when its agents were active for at least %n minute(s), or when it has no "
              "activity records.",
              nullptr, int(rules.minimumActiveMs / Time::MinuteMs))
        .arg(infrastructure);
}

QString DisplayFormat::demUnitRule(const RuleSettings &rules)
{
    const QLocale locale;
    auto weight = [&locale](double value) { return locale.toString(value, 'f', QLocale::FloatingPointShortest); };
    return tr("Estimated: %1 per user session (visits and mobile sessions), %2 more per session replay, %3 per "
              "browser monitor execution, %4 per HTTP monitor execution. Session properties are not included.")
        .arg(weight(rules.demVisitWeight), weight(rules.demReplayWeight), weight(rules.demBrowserMonitorWeight),
             weight(rules.demHttpMonitorWeight));
}

} // namespace LicenseUi
