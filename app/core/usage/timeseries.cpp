// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <usage/timeseries.h>

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>

namespace LicenseCore {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 DayMs = 24 * Time::HourMs;

qint64 periodStart(qint64 hourMs, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Hour:
        return Time::floorHour(hourMs);
    case Granularity::Day:
        return Time::floorDay(hourMs);
    case Granularity::Month:
        return Time::floorMonth(hourMs);
    }
    return hourMs;
}

qint64 nextPeriodStart(qint64 startMs, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Hour:
        return startMs + Time::HourMs;
    case Granularity::Day:
        return startMs + DayMs;
    case Granularity::Month:
        return QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()).addMonths(1).toMSecsSinceEpoch();
    }
    return startMs + Time::HourMs;
}

// Maps hours, visited in ascending order, onto the index of their period.
class PeriodCursor
{
public:
    explicit PeriodCursor(const QList<qint64> &starts)
        : m_starts(starts)
    {}
    qsizetype periodOf(qint64 hourMs)
    {
        while (m_index + 1 < m_starts.size() && m_starts.at(m_index + 1) <= hourMs)
            ++m_index;
        return m_index;
    }

private:
    const QList<qint64> &m_starts;
    qsizetype m_index = 0;
};

// The bucket (pixel column) of x within [xMin, xMax].
class Buckets
{
public:
    Buckets(double xMin, double xMax, int count)
        : m_xMin(xMin)
        , m_scale(double(count) / (xMax - xMin))
        , m_last(count - 1)
    {}
    int of(double x) const { return std::clamp(int(std::floor((x - m_xMin) * m_scale)), 0, m_last); }

private:
    double m_xMin;
    double m_scale;
    int m_last;
};

// The index range [from, to) of points with xMin <= x <= xMax, widened by one point on each side when there is
// one, so that lines reach the edges of the plot.
template<typename XOf> std::pair<qsizetype, qsizetype> visibleSlice(qsizetype size, XOf xOf, double xMin, double xMax)
{
    qsizetype lo = 0;
    qsizetype hi = size;
    while (lo < hi) { // first x >= xMin
        const qsizetype mid = lo + (hi - lo) / 2;
        if (xOf(mid) < xMin)
            lo = mid + 1;
        else
            hi = mid;
    }
    qsizetype from = lo;
    hi = size;
    while (lo < hi) { // first x > xMax
        const qsizetype mid = lo + (hi - lo) / 2;
        if (xOf(mid) <= xMax)
            lo = mid + 1;
        else
            hi = mid;
    }
    qsizetype to = lo;
    if (from > 0)
        --from;
    if (to < size)
        ++to;
    return {from, to};
}

} // namespace

TimeSeries TimeSeries::extract(const UsageSnapshot &store, Metric metric, Granularity granularity, int pool)
{
    TimeSeries series;
    series.m_metric = metric;
    series.m_pool = pool;
    series.m_granularity = granularity;
    const std::vector<UsageRow> &hourly = store.hourly();
    const std::optional<HourRange> range = store.range();
    if (!range && hourly.empty())
        return series;

    // Files outside the requested range are part of the import, so the axis covers them too.
    qint64 firstHour = range ? range->fromMs : hourly.front().periodStartMs;
    qint64 lastHour = range ? range->lastHourMs() : hourly.back().periodStartMs;
    if (!hourly.empty()) {
        firstHour = std::min(firstHour, hourly.front().periodStartMs);
        lastHour = std::max(lastHour, hourly.back().periodStartMs);
    }

    for (qint64 start = periodStart(firstHour, granularity); start <= lastHour;
         start = nextPeriodStart(start, granularity))
        series.m_periodStartsMs.append(start);
    series.m_endMs = nextPeriodStart(series.m_periodStartsMs.constLast(), granularity);
    const qsizetype periods = series.m_periodStartsMs.size();

    // A period has data when at least one of its hours has a file: an hour of the range outside the gaps, or
    // any hour with a row.
    std::vector<bool> covered(size_t(periods), false);
    {
        PeriodCursor cursor(series.m_periodStartsMs);
        if (range) {
            qint64 hour = range->fromMs;
            for (const HourRange &gap : store.gaps()) {
                for (; hour < gap.fromMs; hour += Time::HourMs)
                    covered[size_t(cursor.periodOf(hour))] = true;
                hour = std::max(hour, gap.toMs);
            }
            for (; hour < range->toMs; hour += Time::HourMs)
                covered[size_t(cursor.periodOf(hour))] = true;
        }
    }

    const int environments = int(store.environmentIds().size());
    series.m_values.assign(size_t(environments), QList<double>(periods, NaN));
    PeriodCursor cursor(series.m_periodStartsMs);
    for (const UsageRow &row : hourly)
        covered[size_t(cursor.periodOf(row.periodStartMs))] = true;
    for (QList<double> &values : series.m_values) {
        double *data = values.data();
        for (qsizetype p = 0; p < periods; ++p) {
            if (covered[size_t(p)])
                data[p] = 0.0;
        }
    }

    const bool summed = isSummed(metric);
    PeriodCursor rowCursor(series.m_periodStartsMs);
    for (const UsageRow &row : hourly) {
        const qsizetype period = rowCursor.periodOf(row.periodStartMs);
        double &cell = series.m_values[size_t(row.environment)][period];
        const double value = rowValue(row, metric, pool);
        cell = summed ? cell + value : std::max(cell, value);
    }
    return series;
}

qint64 TimeSeries::periodEndMs(qsizetype period) const
{
    return period + 1 < m_periodStartsMs.size() ? m_periodStartsMs.at(period + 1) : m_endMs;
}

qsizetype TimeSeries::periodAt(qint64 epochMs) const
{
    if (m_periodStartsMs.isEmpty() || epochMs < m_periodStartsMs.constFirst() || epochMs >= m_endMs)
        return -1;
    const auto it = std::upper_bound(m_periodStartsMs.cbegin(), m_periodStartsMs.cend(), epochMs);
    return qsizetype(it - m_periodStartsMs.cbegin()) - 1;
}

QList<QPointF> TimeSeries::points(int environment) const
{
    const QList<double> &ys = values(environment);
    QList<QPointF> result;
    result.reserve(ys.size());
    for (qsizetype i = 0; i < ys.size(); ++i)
        result.append(QPointF(double(m_periodStartsMs.at(i)), ys.at(i)));
    return result;
}

double TimeSeries::rowValue(const UsageRow &row, Metric metric, int pool)
{
    switch (metric) {
    case Metric::HostUnits:
        return double(row.hostUnitHoursMilli) / 1000.0;
    case Metric::PeakHostUnits:
        // An hourly row's host-unit hours are its host units.
        return double(row.hoursWithData <= 1 ? row.hostUnitHoursMilli : row.peakHostUnitsMilli) / 1000.0;
    case Metric::Hosts:
        return double(row.peakHosts);
    case Metric::DemUnits:
        return row.demUnits;
    case Metric::DduTotal:
        return row.dduTotal;
    case Metric::DduPool:
        return pool >= 0 && pool < row.dduByPool.size() ? row.dduByPool.at(pool) : 0.0;
    case Metric::Sessions:
        return double(row.userSessions());
    case Metric::SyntheticExecutions:
        return double(row.syntheticBrowserExecutions + row.syntheticHttpExecutions);
    case Metric::CustomMetrics:
        return double(row.customMetrics);
    case Metric::LogUploadBytes:
        return double(row.logUploadBytes);
    case Metric::LogStorageBytes:
        return double(row.peakLogStorageBytes);
    }
    return 0.0;
}

bool TimeSeries::isSummed(Metric metric)
{
    return metric != Metric::PeakHostUnits && metric != Metric::Hosts && metric != Metric::LogStorageBytes;
}

QList<QPointF> TimeSeries::downsample(const QList<QPointF> &points, double xMin, double xMax, int pixelWidth)
{
    const std::pair<qsizetype, qsizetype> slice = visibleSlice(
        points.size(), [&](qsizetype i) { return points.at(i).x(); }, xMin, xMax);
    const qsizetype from = slice.first;
    const qsizetype to = slice.second;
    if (pixelWidth <= 0 || !(xMax > xMin) || to - from <= 4 * qsizetype(pixelWidth))
        return points.mid(from, to - from);

    QList<QPointF> result;
    result.reserve(4 * qsizetype(pixelWidth) + 8);
    auto emitBreak = [&](double x) {
        if (!result.isEmpty() && std::isnan(result.constLast().y()))
            return;
        result.append(QPointF(x, NaN));
    };
    auto emitPoint = [&](const QPointF &point) {
        if (std::isnan(point.y()))
            emitBreak(point.x());
        else
            result.append(point);
    };

    // The finite points of the current bucket since its last flush.
    qsizetype first = -1, low = -1, high = -1, last = -1;
    auto flush = [&]() {
        if (first < 0)
            return;
        qsizetype kept[4] = {first, low, high, last};
        std::sort(std::begin(kept), std::end(kept));
        const auto end = std::unique(std::begin(kept), std::end(kept));
        for (auto it = std::begin(kept); it != end; ++it)
            result.append(points.at(*it));
        first = low = high = last = -1;
    };

    const Buckets buckets(xMin, xMax, pixelWidth);
    const bool anchorBefore = from < to && points.at(from).x() < xMin;
    const bool anchorAfter = from < to && points.at(to - 1).x() > xMax;
    const qsizetype begin = anchorBefore ? from + 1 : from;
    const qsizetype end = anchorAfter ? to - 1 : to;
    if (anchorBefore)
        emitPoint(points.at(from));

    int bucket = -1;
    bool bucketHasBreak = false; // a break was emitted for this bucket
    bool lastWasGap = false;
    auto closeBucket = [&](double x) {
        flush();
        // Points between two gaps of one pixel were merged into the group after the first gap; a gap still open
        // at the bucket's end separates that group from the next bucket.
        if (bucketHasBreak && lastWasGap)
            emitBreak(x);
    };
    for (qsizetype i = begin; i < end; ++i) {
        const QPointF &point = points.at(i);
        const int b = buckets.of(point.x());
        if (b != bucket) {
            closeBucket(point.x());
            bucket = b;
            bucketHasBreak = false;
        }
        if (std::isnan(point.y())) {
            if (!bucketHasBreak) {
                flush();
                emitBreak(point.x());
                bucketHasBreak = true;
            }
            lastWasGap = true;
            continue;
        }
        lastWasGap = false;
        if (first < 0) {
            first = low = high = i;
        } else {
            if (point.y() < points.at(low).y())
                low = i;
            if (point.y() > points.at(high).y())
                high = i;
        }
        last = i;
    }
    closeBucket(end > begin ? points.at(end - 1).x() : xMax);
    if (anchorAfter)
        emitPoint(points.at(to - 1));
    return result;
}

std::vector<QList<QPointF>> TimeSeries::downsampleAligned(const QList<double> &x,
                                                          const std::vector<QList<double>> &layers, double xMin,
                                                          double xMax, int pixelWidth)
{
    const size_t layerCount = layers.size();
    std::vector<QList<QPointF>> result(layerCount);
    const std::pair<qsizetype, qsizetype> slice = visibleSlice(
        x.size(), [&](qsizetype i) { return x.at(i); }, xMin, xMax);
    const qsizetype from = slice.first;
    const qsizetype to = slice.second;
    if (from >= to)
        return result;

    std::vector<bool> gap(size_t(to - from), false);
    for (const QList<double> &layer : layers) {
        for (qsizetype i = from; i < to; ++i) {
            if (std::isnan(layer.at(i)))
                gap[size_t(i - from)] = true;
        }
    }
    auto isGap = [&](qsizetype i) { return gap[size_t(i - from)]; };

    const bool reduce = pixelWidth > 0 && xMax > xMin && to - from > qsizetype(pixelWidth);
    for (QList<QPointF> &out : result)
        out.reserve(reduce ? 2 * qsizetype(pixelWidth) + 8 : to - from);
    bool lastEmittedGap = false;
    auto emitIndex = [&](qsizetype i) {
        if (isGap(i)) {
            if (lastEmittedGap)
                return;
            for (QList<QPointF> &out : result)
                out.append(QPointF(x.at(i), NaN));
            lastEmittedGap = true;
            return;
        }
        for (size_t l = 0; l < layerCount; ++l)
            result[l].append(QPointF(x.at(i), layers[l].at(i)));
        lastEmittedGap = false;
    };
    if (!reduce) {
        for (qsizetype i = from; i < to; ++i)
            emitIndex(i);
        return result;
    }

    // The finite run of the current bucket since its last flush: [runFirst, runLast] and each layer's largest value.
    qsizetype runFirst = -1, runLast = -1;
    std::vector<double> highs(layerCount);
    auto flush = [&]() {
        if (runFirst < 0)
            return;
        if (runFirst == runLast) {
            emitIndex(runFirst);
        } else {
            const double middle = (x.at(runFirst) + x.at(runLast)) / 2.0;
            for (size_t l = 0; l < layerCount; ++l)
                result[l].append(QPointF(middle, highs[l]));
            lastEmittedGap = false;
        }
        runFirst = runLast = -1;
    };

    const Buckets buckets(xMin, xMax, pixelWidth);
    const bool anchorBefore = x.at(from) < xMin;
    const bool anchorAfter = x.at(to - 1) > xMax;
    const qsizetype begin = anchorBefore ? from + 1 : from;
    const qsizetype end = anchorAfter ? to - 1 : to;
    if (anchorBefore)
        emitIndex(from);

    int bucket = -1;
    bool bucketHasBreak = false;
    bool lastWasGap = false;
    qsizetype lastGapIndex = -1;
    auto closeBucket = [&]() {
        flush();
        if (bucketHasBreak && lastWasGap)
            emitIndex(lastGapIndex);
    };
    for (qsizetype i = begin; i < end; ++i) {
        const int b = buckets.of(x.at(i));
        if (b != bucket) {
            closeBucket();
            bucket = b;
            bucketHasBreak = false;
        }
        if (isGap(i)) {
            if (!bucketHasBreak) {
                flush();
                emitIndex(i);
                bucketHasBreak = true;
            }
            lastWasGap = true;
            lastGapIndex = i;
            continue;
        }
        lastWasGap = false;
        if (runFirst < 0) {
            runFirst = i;
            for (size_t l = 0; l < layerCount; ++l)
                highs[l] = layers[l].at(i);
        } else {
            for (size_t l = 0; l < layerCount; ++l)
                highs[l] = std::max(highs[l], layers[l].at(i));
        }
        runLast = i;
    }
    closeBucket();
    if (anchorAfter)
        emitIndex(to - 1);

    // Each point takes the largest value of itself and its neighbours. A pattern close to the pixel size (a daily
    // cycle seen over a year) would otherwise alias into a jagged top; the wider window smooths it, keeps spikes,
    // and, being the same for all layers, keeps them apart.
    for (QList<QPointF> &layer : result) {
        QList<QPointF> source = layer;
        const qsizetype count = source.size();
        for (qsizetype k = 0; k < count; ++k) {
            double y = source.at(k).y();
            if (std::isnan(y))
                continue;
            if (k > 0 && !std::isnan(source.at(k - 1).y()))
                y = std::max(y, source.at(k - 1).y());
            if (k + 1 < count && !std::isnan(source.at(k + 1).y()))
                y = std::max(y, source.at(k + 1).y());
            layer[k].setY(y);
        }
    }
    return result;
}

} // namespace LicenseCore
