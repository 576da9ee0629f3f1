// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <usage/chartseriesplan.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace LicenseCore {

namespace {

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ChartSeriesPlan)
};

// Per environment of the snapshot: its rank by host-unit hours over the whole import, the largest 0.
QList<int> sizeRanks(const UsageSnapshot &snapshot)
{
    const std::vector<UsageRow> &totals = snapshot.environmentTotals();
    QList<int> order(snapshot.environmentIds().size());
    std::iota(order.begin(), order.end(), 0);
    auto unitsOf = [&totals](int environment) {
        return size_t(environment) < totals.size() ? totals[size_t(environment)].hostUnitHoursMilli : qint64(0);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return unitsOf(a) > unitsOf(b); });
    QList<int> ranks(order.size());
    for (qsizetype rank = 0; rank < order.size(); ++rank)
        ranks[order.at(rank)] = int(rank);
    return ranks;
}

} // namespace

ChartSeriesPlan::ChartSeriesPlan(const UsageSnapshot &snapshot, const Request &request)
    : m_request(request)
    , m_timeSeries(TimeSeries::extract(snapshot, request.metric, request.granularity, request.pool))
{
    rank(snapshot);
    restack();
}

QString ChartSeriesPlan::otherKey()
{
    return QString();
}

int ChartSeriesPlan::indexOf(const QString &key) const
{
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (m_series[i].key == key)
            return int(i);
    }
    return -1;
}

void ChartSeriesPlan::rank(const UsageSnapshot &snapshot)
{
    struct Candidate
    {
        int environment;
        double score;
    };
    QList<Candidate> candidates;
    const QStringList &ids = snapshot.environmentIds();
    const std::optional<QSet<QString>> &filter = m_request.environmentFilter;
    const bool summed = TimeSeries::isSummed(m_request.metric);
    for (int env = 0; env < m_timeSeries.environmentCount(); ++env) {
        if (filter && !filter->contains(ids.at(env)))
            continue;
        double score = 0.0;
        for (const double value : m_timeSeries.values(env)) {
            if (!std::isnan(value))
                score = summed ? score + value : std::max(score, value);
        }
        candidates.append({env, score});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    const int maximum = m_request.maximumSeries;
    const bool limited = maximum > 0 && candidates.size() > maximum;
    const bool lines = m_request.layout == Layout::Lines;
    // Stacked, "Other" takes the last place.
    const qsizetype separate = !limited ? candidates.size() : (lines ? qsizetype(maximum) : qsizetype(maximum - 1));
    m_environmentCount = int(candidates.size());
    m_omittedEnvironments = lines ? int(candidates.size() - separate) : 0;

    const QList<int> ranks = sizeRanks(snapshot);
    m_series.clear();
    m_series.reserve(size_t(separate) + 1);
    for (qsizetype i = 0; i < separate; ++i) {
        const int env = candidates.at(i).environment;
        const QString &id = ids.at(env);
        const QString name = m_request.names.value(id);
        m_series.push_back({.key = id,
                            .label = name.isEmpty() ? id : name,
                            .environments = {env},
                            .sizeRank = ranks.value(env, env),
                            .values = m_timeSeries.values(env)});
    }
    if (lines || separate == candidates.size())
        return;

    Series other;
    other.key = otherKey();
    other.label = PlanText::tr("Other (%n environment(s))", nullptr, int(candidates.size() - separate));
    other.values = QList<double>(m_timeSeries.periodCount(), 0.0);
    for (qsizetype i = separate; i < candidates.size(); ++i) {
        const int env = candidates.at(i).environment;
        other.environments.append(env);
        const QList<double> &values = m_timeSeries.values(env);
        for (qsizetype p = 0; p < values.size(); ++p)
            other.values[p] += values.at(p); // NaN stays NaN: a period without a file is NaN in every environment
    }
    m_series.push_back(std::move(other));
}

void ChartSeriesPlan::setHiddenSeries(const QSet<QString> &keys)
{
    if (keys == m_request.hiddenSeries)
        return;
    m_request.hiddenSeries = keys;
    restack();
}

void ChartSeriesPlan::restack()
{
    m_layers.clear();
    for (Series &series : m_series)
        series.layer = -1;
    const qsizetype periods = m_timeSeries.periodCount();
    if (m_request.layout != Layout::Stacked || periods == 0)
        return;

    // The baseline is zero, with the periods without files (NaN in every environment) as breaks.
    QList<double> running(periods, 0.0);
    if (m_timeSeries.environmentCount() > 0) {
        const QList<double> &any = m_timeSeries.values(0);
        for (qsizetype p = 0; p < periods; ++p) {
            if (std::isnan(any.at(p)))
                running[p] = std::numeric_limits<double>::quiet_NaN();
        }
    }
    m_layers.push_back(running);
    for (Series &series : m_series) {
        if (m_request.hiddenSeries.contains(series.key))
            continue;
        for (qsizetype p = 0; p < periods; ++p)
            running[p] += series.values.at(p);
        series.layer = int(m_layers.size());
        m_layers.push_back(running);
    }
}

int ChartSeriesPlan::seriesAt(qsizetype period, double value) const
{
    if (m_layers.empty() || period < 0 || period >= m_timeSeries.periodCount())
        return -1;
    for (size_t i = 0; i < m_series.size(); ++i) {
        const int layer = m_series[i].layer;
        // NaN compares false: a period without data holds no band.
        if (layer > 0 && value < m_layers[size_t(layer)].at(period))
            return int(i);
    }
    return -1;
}

} // namespace LicenseCore
