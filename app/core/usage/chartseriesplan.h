// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/environmentnames.h>
#include <usage/timeseries.h>
#include <usage/usagesnapshot.h>

#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace LicenseCore {

// What a usage chart draws for one metric of a snapshot, without drawing anything: which environments get a series
// of their own and in what order, which are folded together into "Other", each series' value per period and, when
// stacked, the running sums that bound each visible series' band.
//
// Environments are ranked by the metric over the whole range: by the sum of their periods when the metric adds up,
// by their busiest period when it is a peak. The largest come first (at the bottom of a stack, where the baseline
// is straight); ties keep the snapshot's order of environment ids. Periods without any file are NaN in every series
// and every layer: breaks, never zeros.
class ChartSeriesPlan final
{
public:
    enum class Layout
    {
        // Beyond the maximum, the smallest environments are added up into one more series, so that the top of the
        // stack stays the total.
        Stacked,
        // Environments beyond the maximum are left out: their sum would dwarf the lines it is meant to be compared
        // with.
        Lines
    };

    struct Request
    {
        Metric metric = Metric::HostUnits;
        int pool = -1; // an index into UsageSnapshot::dduPools(), for Metric::DduPool
        Granularity granularity = Granularity::Hour;
        Layout layout = Layout::Stacked;
        std::optional<QSet<QString>> environmentFilter; // only these environment ids; none: all of them
        int maximumSeries = 12;                         // "Other" included; 0: every environment on its own
        QSet<QString> hiddenSeries;                     // series keys that leave the stack
        EnvironmentNames names;
    };

    struct Series
    {
        QString key;             // the environment id, or otherKey()
        QString label;           // the environment's name (its id when it has none), or "Other (n environments)"
        QList<int> environments; // indexes into UsageSnapshot::environmentIds(), the largest first
        // The environment's rank by host-unit hours over the whole snapshot, whatever the metric, so that a chart
        // can give the largest environments the most distinct colours and keep them; -1 for "Other".
        int sizeRank = -1;
        QList<double> values; // per period: the sum over its environments
        int layer = -1;       // stacked and visible: its top edge in layers(), its bottom edge the layer below
    };

    ChartSeriesPlan() = default;
    ChartSeriesPlan(const UsageSnapshot &snapshot, const Request &request);

    // The key of the series holding the environments taken together; environment ids are never empty.
    static QString otherKey();

    [[nodiscard]] const Request &request() const { return m_request; }
    // The periods, and every environment's values before ranking.
    [[nodiscard]] const TimeSeries &timeSeries() const { return m_timeSeries; }

    // Bottom of the stack first.
    [[nodiscard]] const std::vector<Series> &series() const { return m_series; }
    // The position of `key` in series(), or -1.
    [[nodiscard]] int indexOf(const QString &key) const;
    // The environments that passed the filter.
    [[nodiscard]] int environmentCount() const { return m_environmentCount; }
    // As lines, the environments ranked beyond the maximum and left out; 0 when stacked.
    [[nodiscard]] int omittedEnvironments() const { return m_omittedEnvironments; }

    // Restacks without ranking again: hiding a series moves the ones above it down.
    void setHiddenSeries(const QSet<QString> &keys);

    // Stacked: per period, the baseline (zero) and then the running sum after each visible series, bottom first.
    // Empty as lines, and without periods.
    [[nodiscard]] const std::vector<QList<double>> &layers() const { return m_layers; }
    // Stacked: the position in series() of the visible series whose band holds `value` at `period`; -1 above the
    // stack, in a period without data, or as lines.
    [[nodiscard]] int seriesAt(qsizetype period, double value) const;

private:
    void rank(const UsageSnapshot &snapshot);
    void restack();

    Request m_request;
    TimeSeries m_timeSeries;
    std::vector<Series> m_series;
    std::vector<QList<double>> m_layers;
    int m_environmentCount = 0;
    int m_omittedEnvironments = 0;
};

} // namespace LicenseCore
