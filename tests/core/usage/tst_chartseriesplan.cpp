// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfixture.h"

#include <usage/chartseriesplan.h>
#include <usage/usagesnapshotbuilder.h>

#include <QTest>
#include <cmath>
#include <limits>

using namespace LicenseCore;
using TestFixture::hourOf;

Q_DECLARE_METATYPE(LicenseCore::Metric)
Q_DECLARE_METATYPE(LicenseCore::Granularity)
Q_DECLARE_METATYPE(LicenseCore::ChartSeriesPlan::Layout)

namespace {

using Layout = ChartSeriesPlan::Layout;
using Table = QList<QList<double>>;

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 Hour = qint64(3600) * 1000;
constexpr qint64 Oct1st = 1790812800000; // 2026-10-01T00:00:00Z

qint64 h(int n)
{
    return Oct1st + n * Hour;
}

EnvironmentHourSummary hostUnits(const QString &id, double units)
{
    EnvironmentHourSummary summary;
    summary.environmentId = id;
    summary.usage.hoursWithData = 1;
    summary.usage.peakHosts = 1;
    summary.usage.hostUnitHoursMilli = qint64(units * 1000.0);
    summary.usage.peakHostUnitsMilli = summary.usage.hostUnitHoursMilli;
    summary.usage.fullStackHostUnitHoursMilli = summary.usage.hostUnitHoursMilli;
    return summary;
}

EnvironmentHourSummary ddus(const QString &id, double log, double metrics)
{
    EnvironmentHourSummary summary = hostUnits(id, 1.0);
    summary.usage.dduTotal = log + metrics;
    summary.ddu = {{QStringLiteral("Log"), log}, {QStringLiteral("Metrics"), metrics}};
    return summary;
}

QString env(char letter)
{
    return QStringLiteral("env-%1").arg(QLatin1Char(letter));
}

// Host units of 2026-10-01 00:00 to 03:00 UTC; 02:00 has no file, an environment missing from a file is zero:
//   env-a  3     0     -  0      sum 3  busiest 3
//   env-b  2     0     -  2      sum 4  busiest 2
//   env-c  0.5   4     -  0.5    sum 5  busiest 4
//   env-d  1     2     -  1      sum 4  busiest 2
//   env-e  0.25  0.25  -  0.5    sum 1  busiest 0.5
UsageSnapshotPtr fiveEnvironments()
{
    UsageSnapshotBuilder builder;
    builder.setExpectedRange(HourRange{h(0), h(3)});
    builder.add(hourOf(h(0), {hostUnits(env('a'), 3), hostUnits(env('b'), 2), hostUnits(env('c'), 0.5),
                              hostUnits(env('d'), 1), hostUnits(env('e'), 0.25)}),
                QStringLiteral("0"));
    builder.add(hourOf(h(1), {hostUnits(env('c'), 4), hostUnits(env('d'), 2), hostUnits(env('e'), 0.25)}),
                QStringLiteral("1"));
    builder.add(hourOf(h(3), {hostUnits(env('b'), 2), hostUnits(env('c'), 0.5), hostUnits(env('d'), 1),
                              hostUnits(env('e'), 0.5)}),
                QStringLiteral("3"));
    return builder.build();
}

// Host units from 2026-09-30 22:00 to 2026-10-03 01:00 UTC; only 22:00, 23:00, 01:00 and the last two hours have
// files, so October 2nd has none:
//            Sep 30 22:00  23:00  Oct 1 01:00  Oct 3 00:00  01:00
//   env-x    1             1      4            0.5          0.5
//   env-y    2             -      1            1            1
//   env-z    0.5           0.5    0.5          4.5          0.5
// Per day: x 2, 4, -, 1 (sum 7, busiest hour 4); y 2, 1, -, 2 (sum 5, busiest 2); z 1, 0.5, -, 5 (sum 6.5,
// busiest 4.5). Per month: x 2, 5; y 2, 3; z 1, 5.5.
UsageSnapshotPtr fourDays()
{
    UsageSnapshotBuilder builder;
    builder.setExpectedRange(HourRange{h(-2), h(49)});
    builder.add(hourOf(h(-2), {hostUnits(env('x'), 1), hostUnits(env('y'), 2), hostUnits(env('z'), 0.5)}),
                QStringLiteral("0"));
    builder.add(hourOf(h(-1), {hostUnits(env('x'), 1), hostUnits(env('z'), 0.5)}), QStringLiteral("1"));
    builder.add(hourOf(h(1), {hostUnits(env('x'), 4), hostUnits(env('y'), 1), hostUnits(env('z'), 0.5)}),
                QStringLiteral("2"));
    builder.add(hourOf(h(48), {hostUnits(env('x'), 0.5), hostUnits(env('y'), 1), hostUnits(env('z'), 4.5)}),
                QStringLiteral("3"));
    builder.add(hourOf(h(49), {hostUnits(env('x'), 0.5), hostUnits(env('y'), 1), hostUnits(env('z'), 0.5)}),
                QStringLiteral("4"));
    return builder.build();
}

// DDUs of two hours in the pools Log (0) and Metrics (1):
//   env-p  Log 1, 2      Metrics 0.5, 0.5   total 4
//   env-q  Log 0.5, 0.5  Metrics 2, 1       total 4
//   env-r  Log 1, 1      Metrics 1, 1       total 4
UsageSnapshotPtr twoPools()
{
    UsageSnapshotBuilder builder;
    builder.setExpectedRange(HourRange{h(0), h(1)});
    builder.add(hourOf(h(0), {ddus(env('p'), 1, 0.5), ddus(env('q'), 0.5, 2), ddus(env('r'), 1, 1)}),
                QStringLiteral("0"));
    builder.add(hourOf(h(1), {ddus(env('p'), 2, 0.5), ddus(env('q'), 0.5, 1), ddus(env('r'), 1, 1)}),
                QStringLiteral("1"));
    return builder.build();
}

UsageSnapshotPtr snapshot(const QString &name)
{
    if (name == QLatin1String("days"))
        return fourDays();
    if (name == QLatin1String("pools"))
        return twoPools();
    return fiveEnvironments();
}

QString describe(const QList<double> &values)
{
    QStringList parts;
    for (const double value : values)
        parts.append(QString::number(value));
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

// Exact: every figure here is a sum of binary fractions. NaN only where NaN is expected.
bool sameValues(const QList<double> &actual, const QList<double> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected.at(i)) ? !std::isnan(actual.at(i)) : actual.at(i) != expected.at(i))
            return false;
    }
    return true;
}

#define COMPARE_VALUES(actual, expected)                                                                               \
    QVERIFY2(sameValues(actual, expected),                                                                             \
             qPrintable(QStringLiteral("%1, expected %2").arg(describe(actual), describe(expected))))

QStringList keysOf(const ChartSeriesPlan &plan)
{
    QStringList keys;
    for (const ChartSeriesPlan::Series &series : plan.series())
        keys.append(series.key);
    return keys;
}

} // namespace

class TestChartSeriesPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<Metric>("metric");
        QTest::addColumn<int>("pool");
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<bool>("filtered");
        QTest::addColumn<QStringList>("filter");
        // Per series: its environments, largest first, joined by "+"; "Other" has the empty key.
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<Table>("values");
        QTest::addColumn<int>("environmentCount");
        QTest::addColumn<int>("omitted");

        const QString five = QStringLiteral("five");
        const QString days = QStringLiteral("days");
        const QString pools = QStringLiteral("pools");
        const QList<double> a{3, 0, NaN, 0};
        const QList<double> b{2, 0, NaN, 2};
        const QList<double> c{0.5, 4, NaN, 0.5};
        const QList<double> d{1, 2, NaN, 1};
        const QList<double> e{0.25, 0.25, NaN, 0.5};
        const QStringList none;

        // Host units add up: c 5, b 4, d 4, a 3, e 1; b and d tie and keep the order of their ids.
        QTest::newRow("summed metric ranks by the sum, ties by id")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Stacked << 0 << false << none
            << QStringList{env('c'), env('b'), env('d'), env('a'), env('e')} << Table{c, b, d, a, e} << 5 << 0;
        // Peaks rank by the busiest hour: c 4, a 3, b 2, d 2, e 0.5.
        QTest::newRow("peak metric ranks by the busiest period")
            << five << Metric::PeakHostUnits << -1 << Granularity::Hour << Layout::Stacked << 0 << false << none
            << QStringList{env('c'), env('a'), env('b'), env('d'), env('e')} << Table{c, a, b, d, e} << 5 << 0;
        QTest::newRow("as many environments as series: no Other")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Stacked << 5 << false << none
            << QStringList{env('c'), env('b'), env('d'), env('a'), env('e')} << Table{c, b, d, a, e} << 5 << 0;
        // d + a + e: 1 + 3 + 0.25, 2 + 0 + 0.25, a break, 1 + 0 + 0.5.
        QTest::newRow("stacked beyond the maximum: Other adds up the rest")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Stacked << 3 << false << none
            << QStringList{env('c'), env('b'), env('d') + u'+' + env('a') + u'+' + env('e')}
            << Table{c, b, {4.25, 2.25, NaN, 1.5}} << 5 << 0;
        QTest::newRow("lines beyond the maximum: the rest is left out")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Lines << 3 << false << none
            << QStringList{env('c'), env('b'), env('d')} << Table{c, b, d} << 5 << 2;
        QTest::newRow("stacked, a maximum of one: all in Other")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Stacked << 1 << false << none
            << QStringList{QStringList{env('c'), env('b'), env('d'), env('a'), env('e')}.join(u'+')}
            << Table{{6.75, 6.25, NaN, 4}} << 5 << 0;
        // Of d 4, a 3 and e 1, one series on its own and Other: a + e.
        QTest::newRow("filter, then the maximum")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Stacked << 2 << true
            << QStringList{env('a'), env('d'), env('e')} << QStringList{env('d'), env('a') + u'+' + env('e')}
            << Table{d, {3.25, 0.25, NaN, 0.5}} << 3 << 0;
        QTest::newRow("filter with an unknown id")
            << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Lines << 12 << true
            << QStringList{env('b'), QStringLiteral("env-unknown")} << QStringList{env('b')} << Table{b} << 1 << 0;
        QTest::newRow("empty filter") << five << Metric::HostUnits << -1 << Granularity::Hour << Layout::Stacked << 12
                                      << true << QStringList() << QStringList() << Table() << 0 << 0;

        // Days: x 7, z 6.5, y 5 host-unit hours; October 2nd has no file at all.
        QTest::newRow("days, Other") << days << Metric::HostUnits << -1 << Granularity::Day << Layout::Stacked << 2
                                     << false << none << QStringList{env('x'), env('z') + u'+' + env('y')}
                                     << Table{{2, 4, NaN, 1}, {3, 1.5, NaN, 7}} << 3 << 0;
        // The busiest hour of each day: z 4.5, x 4, y 2.
        QTest::newRow("days, busiest hour") << days << Metric::PeakHostUnits << -1 << Granularity::Day << Layout::Lines
                                            << 0 << false << none << QStringList{env('z'), env('x'), env('y')}
                                            << Table{{0.5, 0.5, NaN, 4.5}, {1, 4, NaN, 0.5}, {2, 1, NaN, 1}} << 3 << 0;
        QTest::newRow("months") << days << Metric::HostUnits << -1 << Granularity::Month << Layout::Stacked << 0
                                << false << none << QStringList{env('x'), env('z'), env('y')}
                                << Table{{2, 5}, {1, 5.5}, {2, 3}} << 3 << 0;
        QTest::newRow("months, lines beyond the maximum")
            << days << Metric::HostUnits << -1 << Granularity::Month << Layout::Lines << 1 << false << none
            << QStringList{env('x')} << Table{{2, 5}} << 3 << 2;

        // Log: p 3, r 2, q 1; Metrics: q 3, r 2, p 1; the totals tie at 4.
        QTest::newRow("pool Log") << pools << Metric::DduPool << 0 << Granularity::Hour << Layout::Stacked << 0 << false
                                  << none << QStringList{env('p'), env('r'), env('q')}
                                  << Table{{1, 2}, {1, 1}, {0.5, 0.5}} << 3 << 0;
        QTest::newRow("pool Metrics") << pools << Metric::DduPool << 1 << Granularity::Hour << Layout::Stacked << 0
                                      << false << none << QStringList{env('q'), env('r'), env('p')}
                                      << Table{{2, 1}, {1, 1}, {0.5, 0.5}} << 3 << 0;
        QTest::newRow("pool Metrics per day, Other")
            << pools << Metric::DduPool << 1 << Granularity::Day << Layout::Stacked << 2 << false << none
            << QStringList{env('q'), env('r') + u'+' + env('p')} << Table{{3}, {3}} << 3 << 0;
        QTest::newRow("all pools tie") << pools << Metric::DduTotal << -1 << Granularity::Hour << Layout::Stacked << 0
                                       << false << none << QStringList{env('p'), env('q'), env('r')}
                                       << Table{{1.5, 2.5}, {2.5, 1.5}, {2, 2}} << 3 << 0;
    }
    void groups()
    {
        QFETCH(QString, store);
        QFETCH(Metric, metric);
        QFETCH(int, pool);
        QFETCH(Granularity, granularity);
        QFETCH(Layout, layout);
        QFETCH(int, maximum);
        QFETCH(bool, filtered);
        QFETCH(QStringList, filter);
        QFETCH(QStringList, members);
        QFETCH(Table, values);
        QFETCH(int, environmentCount);
        QFETCH(int, omitted);

        const UsageSnapshotPtr data = snapshot(store);
        ChartSeriesPlan::Request request;
        request.metric = metric;
        request.pool = pool;
        request.granularity = granularity;
        request.layout = layout;
        request.maximumSeries = maximum;
        if (filtered)
            request.environmentFilter = QSet<QString>(filter.cbegin(), filter.cend());
        const ChartSeriesPlan plan(*data, request);

        QStringList actualMembers;
        for (const ChartSeriesPlan::Series &series : plan.series()) {
            QStringList ids;
            for (const int environment : series.environments)
                ids.append(data->environmentIds().at(environment));
            actualMembers.append(ids.join(u'+'));
            // A series of its own is keyed by its environment; "Other" always holds two or more.
            QCOMPARE(series.key, ids.size() == 1 ? ids.constFirst() : ChartSeriesPlan::otherKey());
        }
        QCOMPARE(actualMembers, members);
        QCOMPARE(plan.series().size(), size_t(values.size()));
        for (qsizetype i = 0; i < values.size(); ++i)
            COMPARE_VALUES(plan.series()[size_t(i)].values, values.at(i));
        QCOMPARE(plan.environmentCount(), environmentCount);
        QCOMPARE(plan.omittedEnvironments(), omitted);
        for (qsizetype i = 0; i < members.size(); ++i)
            QCOMPARE(plan.indexOf(plan.series()[size_t(i)].key), int(i));
    }

    void labelsAndColourRanks()
    {
        // By the busiest hour: c, a, then b, d and e together. Colour ranks follow host-unit hours whatever the
        // metric: c 0, b 1, d 2, a 3, e 4.
        ChartSeriesPlan::Request request;
        request.metric = Metric::PeakHostUnits;
        request.maximumSeries = 3;
        request.names = {{env('c'), QStringLiteral("Production <EU>")}, {env('a'), QString()}};
        const ChartSeriesPlan plan(*fiveEnvironments(), request);
        QCOMPARE(keysOf(plan), (QStringList{env('c'), env('a'), ChartSeriesPlan::otherKey()}));
        QCOMPARE(plan.series()[0].label, QStringLiteral("Production <EU>"));
        QCOMPARE(plan.series()[1].label, env('a')); // an empty name shows the id
        // No catalogue is loaded here: the source text.
        QCOMPARE(plan.series()[2].label, QStringLiteral("Other (3 environment(s))"));
        QCOMPARE(plan.series()[0].sizeRank, 0);
        QCOMPARE(plan.series()[1].sizeRank, 3);
        QCOMPARE(plan.series()[2].sizeRank, -1);
        QCOMPARE(plan.indexOf(QStringLiteral("env-unknown")), -1);
        QVERIFY(ChartSeriesPlan::otherKey().isEmpty());
    }

    void stack_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<Table>("layers");
        QTest::addColumn<QList<int>>("seriesLayers");

        const QString five = QStringLiteral("five");
        const QList<double> baseline{0, 0, NaN, 0};
        // Bottom up: c, b, d, a, e.
        const Table all{baseline,           {0.5, 4, NaN, 0.5}, {2.5, 4, NaN, 2.5},
                        {3.5, 6, NaN, 3.5}, {6.5, 6, NaN, 3.5}, {6.75, 6.25, NaN, 4}};
        QTest::newRow("nothing hidden") << five << Granularity::Hour << Layout::Stacked << 0 << QStringList() << all
                                        << QList<int>{1, 2, 3, 4, 5};
        QTest::newRow("an unknown key hidden")
            << five << Granularity::Hour << Layout::Stacked << 0 << QStringList{QStringLiteral("env-unknown")} << all
            << QList<int>{1, 2, 3, 4, 5};
        // Without b, the series above it move down by b's values.
        QTest::newRow("a hidden series leaves the stack")
            << five << Granularity::Hour << Layout::Stacked << 0 << QStringList{env('b')}
            << Table{baseline, {0.5, 4, NaN, 0.5}, {1.5, 6, NaN, 1.5}, {4.5, 6, NaN, 1.5}, {4.75, 6.25, NaN, 2}}
            << QList<int>{1, -1, 2, 3, 4};
        QTest::newRow("Other hidden") << five << Granularity::Hour << Layout::Stacked << 3
                                      << QStringList{ChartSeriesPlan::otherKey()}
                                      << Table{baseline, {0.5, 4, NaN, 0.5}, {2.5, 4, NaN, 2.5}}
                                      << QList<int>{1, 2, -1};
        QTest::newRow("all hidden") << five << Granularity::Hour << Layout::Stacked << 3
                                    << QStringList{env('c'), env('b'), ChartSeriesPlan::otherKey()} << Table{baseline}
                                    << QList<int>{-1, -1, -1};
        QTest::newRow("lines do not stack") << five << Granularity::Hour << Layout::Lines << 0 << QStringList()
                                            << Table() << QList<int>{-1, -1, -1, -1, -1};
        // x, then Other (z + y); the day without files is a break in every layer.
        QTest::newRow("days") << QStringLiteral("days") << Granularity::Day << Layout::Stacked << 2 << QStringList()
                              << Table{{0, 0, NaN, 0}, {2, 4, NaN, 1}, {5, 5.5, NaN, 8}} << QList<int>{1, 2};
        QTest::newRow("months") << QStringLiteral("days") << Granularity::Month << Layout::Stacked << 0
                                << QStringList{env('z')} << Table{{0, 0}, {2, 5}, {4, 8}} << QList<int>{1, -1, 2};
    }
    void stack()
    {
        QFETCH(QString, store);
        QFETCH(Granularity, granularity);
        QFETCH(Layout, layout);
        QFETCH(int, maximum);
        QFETCH(QStringList, hidden);
        QFETCH(Table, layers);
        QFETCH(QList<int>, seriesLayers);

        ChartSeriesPlan::Request request;
        request.granularity = granularity;
        request.layout = layout;
        request.maximumSeries = maximum;
        request.hiddenSeries = QSet<QString>(hidden.cbegin(), hidden.cend());
        const UsageSnapshotPtr data = snapshot(store);
        const ChartSeriesPlan plan(*data, request);
        QCOMPARE(plan.layers().size(), size_t(layers.size()));
        for (qsizetype i = 0; i < layers.size(); ++i)
            COMPARE_VALUES(plan.layers()[size_t(i)], layers.at(i));
        QList<int> actualLayers;
        for (const ChartSeriesPlan::Series &series : plan.series())
            actualLayers.append(series.layer);
        QCOMPARE(actualLayers, seriesLayers);

        // Hiding afterwards restacks to the same result, without ranking again.
        request.hiddenSeries.clear();
        ChartSeriesPlan restacked(*data, request);
        const QStringList keys = keysOf(restacked);
        restacked.setHiddenSeries(QSet<QString>(hidden.cbegin(), hidden.cend()));
        QCOMPARE(keysOf(restacked), keys);
        QCOMPARE(restacked.request().hiddenSeries, plan.request().hiddenSeries);
        QCOMPARE(restacked.layers().size(), plan.layers().size());
        for (size_t i = 0; i < plan.layers().size(); ++i)
            COMPARE_VALUES(restacked.layers()[i], plan.layers()[i]);
    }

    void showingAgainRestoresTheStack()
    {
        ChartSeriesPlan::Request request;
        request.maximumSeries = 0;
        ChartSeriesPlan plan(*fiveEnvironments(), request);
        const std::vector<QList<double>> before = plan.layers();
        plan.setHiddenSeries({env('b'), env('a')});
        QCOMPARE(plan.layers().size(), size_t(4));
        plan.setHiddenSeries({});
        QCOMPARE(plan.layers().size(), before.size());
        for (size_t i = 0; i < before.size(); ++i)
            COMPARE_VALUES(plan.layers()[i], before[i]);
        QCOMPARE(plan.series()[1].layer, 2);
    }

    void seriesAt_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<int>("period");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected"); // a key, or "-" for none

        // Tops of the bands, bottom up (c, b, d, a, e): hour 0: 0.5, 2.5, 3.5, 6.5, 6.75; hour 1: 4, 4, 6, 6, 6.25.
        const QString noSeries = QStringLiteral("-");
        QTest::newRow("bottom band") << Layout::Stacked << QStringList() << 0 << 0.0 << env('c');
        QTest::newRow("a band's top belongs to the next") << Layout::Stacked << QStringList() << 0 << 0.5 << env('b');
        QTest::newRow("a band without height is skipped") << Layout::Stacked << QStringList() << 1 << 4.0 << env('d');
        QTest::newRow("top band") << Layout::Stacked << QStringList() << 1 << 6.2 << env('e');
        QTest::newRow("above the stack") << Layout::Stacked << QStringList() << 1 << 6.25 << noSeries;
        QTest::newRow("a period without data") << Layout::Stacked << QStringList() << 2 << 0.0 << noSeries;
        QTest::newRow("hidden band") << Layout::Stacked << QStringList{env('b')} << 0 << 0.5 << env('d');
        QTest::newRow("before the first period") << Layout::Stacked << QStringList() << -1 << 0.0 << noSeries;
        QTest::newRow("after the last period") << Layout::Stacked << QStringList() << 4 << 0.0 << noSeries;
        QTest::newRow("lines") << Layout::Lines << QStringList() << 0 << 0.0 << noSeries;
    }
    void seriesAt()
    {
        QFETCH(Layout, layout);
        QFETCH(QStringList, hidden);
        QFETCH(int, period);
        QFETCH(double, value);
        QFETCH(QString, expected);

        ChartSeriesPlan::Request request;
        request.layout = layout;
        request.maximumSeries = 0;
        request.hiddenSeries = QSet<QString>(hidden.cbegin(), hidden.cend());
        const ChartSeriesPlan plan(*fiveEnvironments(), request);
        const int index = plan.seriesAt(period, value);
        QCOMPARE(index < 0 ? QStringLiteral("-") : plan.series()[size_t(index)].key, expected);
    }

    void emptySnapshot()
    {
        const UsageSnapshot empty;
        const ChartSeriesPlan plan(empty, ChartSeriesPlan::Request());
        QVERIFY(plan.timeSeries().isEmpty());
        QVERIFY(plan.series().empty());
        QVERIFY(plan.layers().empty());
        QCOMPARE(plan.environmentCount(), 0);
        QCOMPARE(plan.seriesAt(0, 0.0), -1);

        const ChartSeriesPlan none;
        QVERIFY(none.series().empty());
        QVERIFY(none.layers().empty());
    }
};

QTEST_GUILESS_MAIN(TestChartSeriesPlan)
#include "tst_chartseriesplan.moc"
