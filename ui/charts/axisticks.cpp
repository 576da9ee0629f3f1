// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisticks.h"

#include <common/timeutil.h>

#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr qint64 HourMs = Time::HourMs;
constexpr qint64 DayMs = 24 * HourMs;

enum class Unit
{
    Hour,
    Day,
    Week,
    Month,
    Year
};

struct Step
{
    Unit unit;
    int count;
    qint64 approxMs;
};

constexpr Step Steps[] = {
    {Unit::Hour, 1, HourMs},       {Unit::Hour, 2, 2 * HourMs},    {Unit::Hour, 3, 3 * HourMs},
    {Unit::Hour, 6, 6 * HourMs},   {Unit::Hour, 12, 12 * HourMs},  {Unit::Day, 1, DayMs},
    {Unit::Day, 2, 2 * DayMs},     {Unit::Week, 1, 7 * DayMs},     {Unit::Week, 2, 14 * DayMs},
    {Unit::Month, 1, 30 * DayMs},  {Unit::Month, 2, 61 * DayMs},   {Unit::Month, 3, 91 * DayMs},
    {Unit::Month, 6, 182 * DayMs}, {Unit::Year, 1, 365 * DayMs},   {Unit::Year, 2, 730 * DayMs},
    {Unit::Year, 5, 1826 * DayMs}, {Unit::Year, 10, 3652 * DayMs},
};

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

qint64 msOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// The first tick at or after minMs.
qint64 firstTick(const Step &step, qint64 minMs)
{
    switch (step.unit) {
    case Unit::Hour:
    case Unit::Day: {
        // Multiples of the step from midnight UTC for hours, from the epoch for days.
        const qint64 stepMs = step.unit == Unit::Hour ? step.count * HourMs : step.count * DayMs;
        const qint64 origin = step.unit == Unit::Hour ? Time::floorDay(minMs) : 0;
        qint64 k = (minMs - origin) / stepMs;
        if (origin + k * stepMs < minMs)
            ++k;
        return origin + k * stepMs;
    }
    case Unit::Week: {
        // 1970-01-05 was a Monday.
        const qint64 monday = 4 * DayMs;
        const qint64 stepMs = qint64(step.count) * 7 * DayMs;
        const qint64 offset = minMs - monday;
        qint64 k = offset / stepMs;
        if (monday + k * stepMs < minMs)
            ++k;
        return monday + k * stepMs;
    }
    case Unit::Month: {
        const QDate date = utc(minMs).date();
        QDate tick(date.year(), 1, 1);
        while (msOf(tick) < minMs)
            tick = tick.addMonths(step.count);
        return msOf(tick);
    }
    case Unit::Year: {
        const int year = utc(minMs).date().year();
        int tickYear = year - ((year % step.count) + step.count) % step.count;
        if (msOf(QDate(tickYear, 1, 1)) < minMs)
            tickYear += step.count;
        return msOf(QDate(tickYear, 1, 1));
    }
    }
    return minMs;
}

qint64 nextTick(const Step &step, qint64 tickMs)
{
    switch (step.unit) {
    case Unit::Hour:
        return tickMs + step.count * HourMs;
    case Unit::Day:
        return tickMs + step.count * DayMs;
    case Unit::Week:
        return tickMs + qint64(step.count) * 7 * DayMs;
    case Unit::Month:
        return msOf(utc(tickMs).date().addMonths(step.count));
    case Unit::Year:
        return msOf(utc(tickMs).date().addYears(step.count));
    }
    return tickMs + DayMs;
}

// QCategoryAxis keys categories by label: make repeated labels unique with invisible zero-width spaces.
void makeUnique(QList<AxisTick> &ticks)
{
    QSet<QString> seen;
    for (AxisTick &tick : ticks) {
        while (seen.contains(tick.label))
            tick.label += QChar(0x200B);
        seen.insert(tick.label);
    }
}

int decimalsOf(double step)
{
    for (int decimals = 0; decimals < 9; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            return decimals;
    }
    return 9;
}

// "768 MiB", "1.25 GiB": the unit formattedDataSize picks, with only the decimals the value needs.
QString bytesLabel(double value, const QLocale &locale)
{
    if (value < 1.0)
        return locale.toString(0);
    double scaled = value;
    while (scaled >= 1024.0)
        scaled /= 1024.0;
    return locale.formattedDataSize(qint64(value), std::min(decimalsOf(scaled), 2));
}

bool isWholeNumber(Metric metric)
{
    switch (metric) {
    case Metric::Hosts:
    case Metric::Sessions:
    case Metric::SyntheticExecutions:
    case Metric::CustomMetrics:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<AxisTick> AxisTicks::time(double minMs, double maxMs, int maxCount, double edgeMs, const QLocale &locale)
{
    QList<AxisTick> ticks;
    if (!(maxMs > minMs) || maxCount < 1)
        return ticks;
    const double span = maxMs - minMs;
    const Step *chosen = &Steps[std::size(Steps) - 1];
    for (const Step &step : Steps) {
        if (span / double(step.approxMs) <= maxCount) {
            chosen = &step;
            break;
        }
    }
    const qint64 lo = qint64(std::ceil(minMs + edgeMs));
    const qint64 hi = qint64(std::floor(maxMs - edgeMs));
    const bool severalYears = utc(lo).date().year() != utc(hi).date().year();
    int previousYear = 0;
    for (qint64 tick = firstTick(*chosen, lo); tick <= hi; tick = nextTick(*chosen, tick)) {
        const QDateTime time = utc(tick);
        const QDate date = time.date();
        const bool newYear = date.year() != previousYear;
        QString label;
        switch (chosen->unit) {
        case Unit::Hour:
            // The date at midnight, and on the first label so that the hours before the first midnight have one.
            if (time.time().hour() == 0)
                label = locale.toString(date, u"d MMM");
            else if (ticks.isEmpty())
                label = locale.toString(date, u"d MMM") + QLatin1Char(' ') + time.toString(u"HH:mm");
            else
                label = time.toString(u"HH:mm");
            break;
        case Unit::Day:
        case Unit::Week:
            label = severalYears && newYear ? locale.toString(date, u"d MMM yyyy") : locale.toString(date, u"d MMM");
            break;
        case Unit::Month:
            label = date.month() == 1 || ticks.isEmpty() ? locale.toString(date, u"MMM yyyy")
                                                         : locale.toString(date, u"MMM");
            break;
        case Unit::Year:
            label = QString::number(date.year());
            break;
        }
        previousYear = date.year();
        ticks.append({double(tick), label});
    }
    makeUnique(ticks);
    return ticks;
}

QList<AxisTick> AxisTicks::values(double maxValue, int maxCount, Metric metric, const QLocale &locale)
{
    QList<AxisTick> ticks;
    maxCount = std::max(maxCount, 1);
    if (!(maxValue > 0.0) || !std::isfinite(maxValue))
        maxValue = 1.0;
    const double raw = maxValue / maxCount;
    double step = 0.0;
    if (metric == Metric::LogUploadBytes || metric == Metric::LogStorageBytes) {
        // Powers of two of a power of 1024, so labels read "256 MiB", "512 MiB", "768 MiB", "1 GiB".
        double unit = 1.0;
        while (unit * 1024.0 <= raw)
            unit *= 1024.0;
        double multiple = 1.0;
        while (unit * multiple < raw)
            multiple *= 2.0;
        step = unit * multiple;
    } else {
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            step = factor * magnitude;
            if (step >= raw * (1.0 - 1e-9))
                break;
        }
        if (isWholeNumber(metric))
            step = std::max(step, 1.0);
    }
    const int count = int(std::ceil(maxValue / step - 1e-9));
    const int decimals = decimalsOf(step);
    for (int i = 0; i <= count; ++i) {
        const double value = i * step;
        ticks.append({value, metric == Metric::LogUploadBytes || metric == Metric::LogStorageBytes
                                 ? bytesLabel(value, locale)
                                 : locale.toString(value, 'f', decimals)});
    }
    makeUnique(ticks);
    return ticks;
}

} // namespace LicenseUi
