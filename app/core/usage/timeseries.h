// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/usagesnapshot.h>

#include <QList>
#include <QPointF>
#include <vector>

namespace LicenseCore {

// One figure of a UsageRow, as a chart plots it.
enum class Metric
{
    HostUnits,           // host units of the hour; host-unit hours of a day or month
    PeakHostUnits,       // host units of the busiest hour of the period
    Hosts,               // counted hosts of the busiest hour of the period
    DemUnits,            // the DEM estimate
    DduTotal,            // all DDU pools
    DduPool,             // one pool: an index into UsageSnapshot::dduPools()
    Sessions,            // visits and mobile sessions
    SyntheticExecutions, // browser and HTTP monitor executions, public and private
    CustomMetrics,
    LogUploadBytes,  // log upload volume: a flow, summed over a period
    LogStorageBytes, // log storage: a level, the highest hour of a period, never summed
};

// One metric of every environment of a store over every period of its range: period starts are contiguous
// (hours, UTC days or UTC months) from the first to the last hour the store covers. A period without any hourly
// file is NaN for every environment, never zero; an environment missing from a file that exists is zero, because
// a file covers the whole cluster for its hour.
class TimeSeries final
{
public:
    TimeSeries() = default;

    // `pool` is used by Metric::DduPool only.
    static TimeSeries extract(const UsageSnapshot &store, Metric metric, Granularity granularity, int pool = -1);

    [[nodiscard]] Metric metric() const { return m_metric; }
    [[nodiscard]] int pool() const { return m_pool; }
    [[nodiscard]] Granularity granularity() const { return m_granularity; }
    [[nodiscard]] bool isEmpty() const { return m_periodStartsMs.isEmpty(); }

    [[nodiscard]] const QList<qint64> &periodStartsMs() const { return m_periodStartsMs; }
    [[nodiscard]] qsizetype periodCount() const { return m_periodStartsMs.size(); }
    [[nodiscard]] qint64 periodEndMs(qsizetype period) const;
    // The end of the last period (exclusive).
    [[nodiscard]] qint64 endMs() const { return m_endMs; }
    // The period containing `epochMs`, or -1 outside the series.
    [[nodiscard]] qsizetype periodAt(qint64 epochMs) const;

    // Aligned with UsageSnapshot::environmentIds().
    [[nodiscard]] int environmentCount() const { return int(m_values.size()); }
    [[nodiscard]] const QList<double> &values(int environment) const { return m_values.at(size_t(environment)); }
    // x: period start in epoch milliseconds, y: the value (NaN for a gap).
    [[nodiscard]] QList<QPointF> points(int environment) const;

    // The metric of one row; host units in units, not thousandths.
    static double rowValue(const UsageRow &row, Metric metric, int pool = -1);
    // True when a day or month holds the sum of its hours; false when it holds the busiest hour.
    static bool isSummed(Metric metric);

    // Reduces a series, sorted by x, to what `pixelWidth` pixels between xMin and xMax can show: per pixel the
    // first, smallest, largest and last point in x order, so spikes and dips survive. A NaN point marks a gap and
    // stays a break in the result (within one pixel, at most one break). The last point left of xMin and the first
    // right of xMax are kept so that lines reach the edges; points further out are dropped. Returns at most about
    // four points per pixel (ten for a pixel holding a gap).
    static QList<QPointF> downsample(const QList<QPointF> &points, double xMin, double xMax, int pixelWidth);

    // The upper envelope of layers sharing one x grid (the running sums of a stack), for filled areas: when there
    // are more points than pixels, each pixel becomes one point, in the middle of its points, holding each layer's
    // largest value over that pixel and the pixels either side, so spikes survive and a cycle close to the pixel
    // size does not alias into a jagged edge. All results share their x positions, and layers that do not cross
    // stay apart. (One smooth point per pixel also keeps filling cheap: polygons that zigzag from pixel to pixel
    // are slow to fill.) An x where any layer is NaN is a gap in all of them, kept as in downsample().
    static std::vector<QList<QPointF>> downsampleAligned(const QList<double> &x,
                                                         const std::vector<QList<double>> &layers, double xMin,
                                                         double xMax, int pixelWidth);

private:
    Metric m_metric = Metric::HostUnits;
    int m_pool = -1;
    Granularity m_granularity = Granularity::Hour;
    QList<qint64> m_periodStartsMs;
    qint64 m_endMs = 0;
    std::vector<QList<double>> m_values;
};

} // namespace LicenseCore
