// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfixture.h"

#include <usage/timeseries.h>
#include <usage/usagesnapshotbuilder.h>

#include <QElapsedTimer>
#include <QTest>
#include <cmath>
#include <limits>

using namespace LicenseCore;
using TestFixture::hourOf;

Q_DECLARE_METATYPE(LicenseCore::Metric)
Q_DECLARE_METATYPE(LicenseCore::Granularity)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 Hour = qint64(3600) * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Oct1st = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 Sep1st = Oct1st - 30 * Day;
constexpr qint64 Nov1st = Oct1st + 31 * Day;

qint64 h(int n)
{
    return Oct1st + n * Hour;
}

struct Figures
{
    qint64 hostUnitsMilli = 0;
    int hosts = 0;
    qint64 visits = 0;
    qint64 mobileSessions = 0;
    double metricsDdu = 0.0;
    double logDdu = 0.0;
    qint64 logStorageBytes = 0;
    qint64 logUploadBytes = 0;
};

EnvironmentHourSummary environment(const QString &id, const Figures &figures)
{
    EnvironmentHourSummary summary;
    summary.environmentId = id;
    summary.usage.hoursWithData = 1;
    summary.usage.peakHosts = figures.hosts;
    summary.usage.hostUnitHoursMilli = figures.hostUnitsMilli;
    summary.usage.peakHostUnitsMilli = figures.hostUnitsMilli;
    summary.usage.fullStackHostUnitHoursMilli = figures.hostUnitsMilli;
    summary.usage.visits = figures.visits;
    summary.usage.mobileSessions = figures.mobileSessions;
    summary.usage.dduTotal = figures.metricsDdu + figures.logDdu;
    summary.usage.setLogStorageLevel(figures.logStorageBytes);
    summary.usage.logUploadBytes = figures.logUploadBytes;
    if (figures.metricsDdu != 0.0)
        summary.ddu.append({QStringLiteral("Metrics"), figures.metricsDdu});
    if (figures.logDdu != 0.0)
        summary.ddu.append({QStringLiteral("Log"), figures.logDdu});
    return summary;
}

// Six hours, 2026-09-30 22:00 to 2026-10-01 03:00 UTC, of which 00:00 and 02:00 have no file.
// env-a is missing from the 03:00 file and env-b from the 23:00 file: zero, not gaps.
UsageSnapshotPtr sixHourStore()
{
    const QString a = QStringLiteral("env-a");
    const QString b = QStringLiteral("env-b");
    UsageSnapshotBuilder builder;
    builder.setExpectedRange(HourRange::ofHours(h(-2), h(3)));
    builder.add(hourOf(h(-2), {environment(a, {.hostUnitsMilli = 1500, .hosts = 3, .visits = 10}),
                               environment(b, {.hostUnitsMilli = 250, .hosts = 1, .logStorageBytes = 1000})}),
                QStringLiteral("1"));
    builder.add(hourOf(h(-1), {environment(a, {.hostUnitsMilli = 500, .hosts = 1, .visits = 4, .mobileSessions = 2})}),
                QStringLiteral("2"));
    builder.add(
        hourOf(
            h(1),
            {environment(a, {.hostUnitsMilli = 2000, .hosts = 2, .metricsDdu = 2.5, .logDdu = 0.5}),
             environment(
                 b, {.hostUnitsMilli = 1000, .hosts = 4, .logDdu = 0.25, .logStorageBytes = 10, .logUploadBytes = 7})}),
        QStringLiteral("3"));
    builder.add(
        hourOf(h(3), {environment(b, {.hostUnitsMilli = 100, .hosts = 1, .logStorageBytes = 24, .logUploadBytes = 5})}),
        QStringLiteral("4"));
    return builder.build();
}

bool sameValue(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QString describe(const QList<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &point : points)
        parts.append(QStringLiteral("(%1, %2)").arg(point.x()).arg(point.y()));
    return parts.join(QStringLiteral(" "));
}

bool samePoints(const QList<QPointF> &actual, const QList<QPointF> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (actual.at(i).x() != expected.at(i).x() || !sameValue(actual.at(i).y(), expected.at(i).y()))
            return false;
    }
    return true;
}

QList<QPointF> series(const QList<double> &ys)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < ys.size(); ++i)
        points.append(QPointF(double(i), ys.at(i)));
    return points;
}

// A deterministic year of hourly values: a daily wave with noise, between about 50 and 150.
QList<QPointF> yearOfHours()
{
    QList<QPointF> points;
    points.reserve(8760);
    quint32 state = 12345;
    for (int i = 0; i < 8760; ++i) {
        state = state * 1664525u + 1013904223u;
        const double noise = double(state >> 8) / double(1u << 24) * 10.0;
        points.append(QPointF(double(h(i)), 100.0 + 40.0 * std::sin(i * 2.0 * M_PI / 24.0) + noise));
    }
    return points;
}

} // namespace

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<Metric>("metric");
        QTest::addColumn<int>("pool");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QList<double>>("envA");
        QTest::addColumn<QList<double>>("envB");

        const QList<qint64> hours{h(-2), h(-1), h(0), h(1), h(2), h(3)};
        const QList<qint64> days{Oct1st - Day, Oct1st};
        const QList<qint64> months{Sep1st, Oct1st};
        // Hours 00:00 and 02:00 have no file: NaN for both environments.
        QTest::newRow("hourly host units")
            << Granularity::Hour << Metric::HostUnits << -1 << hours << h(4)
            << QList<double>{1.5, 0.5, NaN, 2.0, NaN, 0.0} << QList<double>{0.25, 0.0, NaN, 1.0, NaN, 0.1};
        QTest::newRow("hourly sessions") << Granularity::Hour << Metric::Sessions << -1 << hours << h(4)
                                         << QList<double>{10, 6, NaN, 0, NaN, 0} << QList<double>{0, 0, NaN, 0, NaN, 0};
        // Pools sort as Log (0), Metrics (1).
        QTest::newRow("hourly metrics pool")
            << Granularity::Hour << Metric::DduPool << 1 << hours << h(4) << QList<double>{0, 0, NaN, 2.5, NaN, 0}
            << QList<double>{0, 0, NaN, 0, NaN, 0};
        QTest::newRow("hourly ddu total")
            << Granularity::Hour << Metric::DduTotal << -1 << hours << h(4) << QList<double>{0, 0, NaN, 3.0, NaN, 0}
            << QList<double>{0, 0, NaN, 0.25, NaN, 0};
        // Sep 30: 1.5 + 0.5 and 0.25; Oct 1: 2.0 and 1.0 + 0.1. A partly covered day sums the hours it has.
        QTest::newRow("daily host-unit hours") << Granularity::Day << Metric::HostUnits << -1 << days << Oct1st + Day
                                               << QList<double>{2.0, 2.0} << QList<double>{0.25, 1.1};
        QTest::newRow("daily peak host units") << Granularity::Day << Metric::PeakHostUnits << -1 << days
                                               << Oct1st + Day << QList<double>{1.5, 2.0} << QList<double>{0.25, 1.0};
        QTest::newRow("daily peak hosts") << Granularity::Day << Metric::Hosts << -1 << days << Oct1st + Day
                                          << QList<double>{3, 2} << QList<double>{1, 4};
        // Log storage is a level: Oct 1 holds 10 and 24 bytes, so its peak is 24, never the sum 34.
        QTest::newRow("daily log storage") << Granularity::Day << Metric::LogStorageBytes << -1 << days << Oct1st + Day
                                           << QList<double>{0, 0} << QList<double>{1000, 24};
        // Uploads are a flow: 7 + 5 bytes on Oct 1.
        QTest::newRow("daily log upload") << Granularity::Day << Metric::LogUploadBytes << -1 << days << Oct1st + Day
                                          << QList<double>{0, 0} << QList<double>{0, 12};
        QTest::newRow("monthly host-unit hours") << Granularity::Month << Metric::HostUnits << -1 << months << Nov1st
                                                 << QList<double>{2.0, 2.0} << QList<double>{0.25, 1.1};
    }
    void extract()
    {
        QFETCH(Granularity, granularity);
        QFETCH(Metric, metric);
        QFETCH(int, pool);
        QFETCH(QList<qint64>, starts);
        QFETCH(qint64, end);
        QFETCH(QList<double>, envA);
        QFETCH(QList<double>, envB);

        const UsageSnapshotPtr store = sixHourStore();
        QCOMPARE(store->dduPools(), (QStringList{QStringLiteral("Log"), QStringLiteral("Metrics")}));
        const TimeSeries series = TimeSeries::extract(*store, metric, granularity, pool);
        QCOMPARE(series.periodStartsMs(), starts);
        QCOMPARE(series.endMs(), end);
        QCOMPARE(series.environmentCount(), 2);
        const QList<QList<double>> expected{envA, envB};
        for (int env = 0; env < 2; ++env) {
            const QList<double> &actual = series.values(env);
            QCOMPARE(actual.size(), expected.at(env).size());
            for (qsizetype i = 0; i < actual.size(); ++i) {
                if (!sameValue(actual.at(i), expected.at(env).at(i)))
                    QFAIL(qPrintable(QStringLiteral("environment %1, period %2: %3, expected %4")
                                         .arg(env)
                                         .arg(i)
                                         .arg(actual.at(i))
                                         .arg(expected.at(env).at(i))));
            }
        }
    }

    void pointsUsePeriodStarts()
    {
        const TimeSeries series = TimeSeries::extract(*sixHourStore(), Metric::HostUnits, Granularity::Hour);
        const QList<QPointF> points = series.points(0);
        QCOMPARE(points.size(), 6);
        QCOMPARE(points.at(3), QPointF(double(h(1)), 2.0));
        QVERIFY(std::isnan(points.at(2).y()));
        QCOMPARE(points.at(2).x(), double(h(0)));
    }

    void wholeDayWithoutFilesIsAGap()
    {
        UsageSnapshotBuilder builder;
        builder.setExpectedRange(HourRange::ofHours(h(0), h(71)));
        builder.add(hourOf(h(5), {environment(QStringLiteral("e"), {.hostUnitsMilli = 1000})}), QStringLiteral("1"));
        builder.add(hourOf(h(50), {environment(QStringLiteral("e"), {.hostUnitsMilli = 250})}), QStringLiteral("2"));
        const TimeSeries series = TimeSeries::extract(*builder.build(), Metric::HostUnits, Granularity::Day);
        QCOMPARE(series.periodStartsMs(), (QList<qint64>{Oct1st, Oct1st + Day, Oct1st + 2 * Day}));
        QCOMPARE(series.values(0).at(0), 1.0);
        QVERIFY(std::isnan(series.values(0).at(1)));
        QCOMPARE(series.values(0).at(2), 0.25);
    }

    void filesOutsideTheRangeWidenTheAxis()
    {
        UsageSnapshotBuilder builder;
        builder.setExpectedRange(HourRange::ofHours(h(0), h(1)));
        builder.add(hourOf(h(0), {environment(QStringLiteral("e"), {.hostUnitsMilli = 100})}), QStringLiteral("1"));
        builder.add(hourOf(h(3), {environment(QStringLiteral("e"), {.hostUnitsMilli = 300})}), QStringLiteral("2"));
        const TimeSeries series = TimeSeries::extract(*builder.build(), Metric::HostUnits, Granularity::Hour);
        QCOMPARE(series.periodCount(), 4);
        const QList<double> &values = series.values(0);
        QCOMPARE(values.at(0), 0.1);
        QVERIFY(std::isnan(values.at(1))); // in the range without a file: a gap of the store
        QVERIFY(std::isnan(values.at(2))); // outside the range and without a file
        QCOMPARE(values.at(3), 0.3);
    }

    void emptyStore()
    {
        const UsageSnapshot store;
        const TimeSeries series = TimeSeries::extract(store, Metric::HostUnits, Granularity::Day);
        QVERIFY(series.isEmpty());
        QCOMPARE(series.environmentCount(), 0);
        QCOMPARE(series.periodAt(Oct1st), qsizetype(-1));
        QVERIFY(TimeSeries::downsample({}, 0, 1, 100).isEmpty());
    }

    void periodAt_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("period");
        QTest::newRow("before") << Sep1st - 1 << -1;
        QTest::newRow("first instant") << Sep1st << 0;
        QTest::newRow("last instant of September") << Oct1st - 1 << 0;
        QTest::newRow("October") << Oct1st + 15 * Day << 1;
        QTest::newRow("end is exclusive") << Nov1st << -1;
    }
    void periodAt()
    {
        QFETCH(qint64, time);
        QFETCH(int, period);
        const TimeSeries series = TimeSeries::extract(*sixHourStore(), Metric::HostUnits, Granularity::Month);
        QCOMPARE(series.periodAt(time), qsizetype(period));
    }

    void downsample_data()
    {
        QTest::addColumn<QList<QPointF>>("input");
        QTest::addColumn<double>("xMin");
        QTest::addColumn<double>("xMax");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<QList<QPointF>>("expected");

        const QList<QPointF> few = series({1, 5, 2, 8, 3});
        QTest::newRow("fewer points than pixels") << few << 0.0 << 4.0 << 10 << few;

        // Two pixels of ten points: the spike at x = 7 survives, flat runs keep their ends.
        QList<double> spike(20, 1.0);
        spike[7] = 100.0;
        QTest::newRow("spike survives") << series(spike) << 0.0 << 20.0 << 2
                                        << QList<QPointF>{{0, 1}, {7, 100}, {9, 1}, {10, 1}, {19, 1}};

        QList<double> ramp;
        for (int i = 0; i < 20; ++i)
            ramp.append(i);
        ramp[12] = NaN;
        ramp[13] = NaN;
        QTest::newRow("gap stays a break")
            << series(ramp) << 0.0 << 20.0 << 2
            << QList<QPointF>{{0, 0}, {9, 9}, {10, 10}, {11, 11}, {12, NaN}, {14, 14}, {19, 19}};

        // One pixel from 5 to 14, with the neighbours 4 and 15 kept so the line reaches the edges.
        QList<double> flat(20, 0.0);
        flat[8] = -5.0;
        flat[11] = 7.0;
        QTest::newRow("dip, spike and edge neighbours")
            << series(flat) << 5.0 << 14.0 << 1 << QList<QPointF>{{4, 0}, {5, 0}, {8, -5}, {11, 7}, {14, 0}, {15, 0}};

        // Two gaps inside one pixel: the island between them joins the run after the first gap, and the gap
        // still open at the pixel's end stays a break.
        QTest::newRow("two gaps in one pixel")
            << series({1, 2, NaN, 5, NaN, 3, 4, 6, NaN, NaN}) << 0.0 << 10.0 << 1
            << QList<QPointF>{{0, 1}, {1, 2}, {2, NaN}, {3, 5}, {5, 3}, {7, 6}, {9, NaN}};

        QTest::newRow("range outside the data") << series({1, 2, 3}) << 10.0 << 20.0 << 5 << QList<QPointF>{{2, 3}};
    }
    void downsample()
    {
        QFETCH(QList<QPointF>, input);
        QFETCH(double, xMin);
        QFETCH(double, xMax);
        QFETCH(int, pixels);
        QFETCH(QList<QPointF>, expected);
        const QList<QPointF> actual = TimeSeries::downsample(input, xMin, xMax, pixels);
        if (!samePoints(actual, expected))
            QFAIL(qPrintable(QStringLiteral("got %1, expected %2").arg(describe(actual), describe(expected))));
    }

    void yearDownsampledToEightHundredPixels()
    {
        QList<QPointF> points = yearOfHours();
        points[4321].setY(1e6);  // one hour's spike
        points[6000].setY(-1e3); // and a dip
        for (int i = 1000; i <= 1010; ++i)
            points[i].setY(NaN); // eleven hours without files
        const double xMin = points.constFirst().x();
        const double xMax = points.constLast().x();

        QList<QPointF> reduced;
        qint64 slowestNs = 0;
        qint64 totalNs = 0;
        constexpr int Runs = 50;
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            reduced = TimeSeries::downsample(points, xMin, xMax, 800);
            const qint64 ns = timer.nsecsElapsed();
            slowestNs = std::max(slowestNs, ns);
            totalNs += ns;
        }
        qInfo("8760 points to 800 pixels: %.3f ms on average, %.3f ms at worst, %lld points",
              double(totalNs) / Runs / 1e6, slowestNs / 1e6, qint64(reduced.size()));
#ifndef LUE_SANITIZED
        // A generous bound that only a complexity regression (quadratic work per pixel) would cross; sanitized Debug
        // builds run several times slower, so they report the time without judging it.
        QVERIFY2(slowestNs < 50'000'000, "downsampling a year of hours must take well under 50 ms");
#endif

        QVERIFY(reduced.size() <= 4 * 800 + 10);
        QVERIFY(reduced.size() >= 800);
        double highest = -1e9;
        double lowest = 1e9;
        int breaks = 0;
        for (const QPointF &point : std::as_const(reduced)) {
            if (std::isnan(point.y())) {
                ++breaks;
                continue;
            }
            highest = std::max(highest, point.y());
            lowest = std::min(lowest, point.y());
        }
        QCOMPARE(highest, 1e6);
        QCOMPARE(lowest, -1e3);
        QCOMPARE(breaks, 1);
        QVERIFY(std::is_sorted(reduced.cbegin(), reduced.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void alignedEnvelope_data()
    {
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<QList<double>>("lower");
        QTest::addColumn<QList<double>>("upper");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<QList<QPointF>>("expectedLower");
        QTest::addColumn<QList<QPointF>>("expectedUpper");

        // As many points as pixels or fewer: kept as they are, gaps included.
        QTest::newRow("few points") << QList<double>{0, 1, 2} << QList<double>{1, NaN, 3} << QList<double>{2, NaN, 5}
                                    << 3 << QList<QPointF>{{0, 1}, {1, NaN}, {2, 3}}
                                    << QList<QPointF>{{0, 2}, {1, NaN}, {2, 5}};
        // Three pixels of three points: each becomes its middle and each layer's largest value over it and its
        // neighbours: lower 4, 1, 3 per pixel, upper 5, 9, 4.
        QTest::newRow("envelope") << QList<double>{0, 1, 2, 3, 4, 5, 6, 7, 8}
                                  << QList<double>{1, 4, 2, 1, 1, 1, 0, 0, 3}
                                  << QList<double>{2, 5, 3, 2, 9, 2, 1, 1, 4} << 3
                                  << QList<QPointF>{{1, 4}, {4, 4}, {7, 3}} << QList<QPointF>{{1, 9}, {4, 9}, {7, 9}};
        // A gap in one layer is a gap in both.
        QTest::newRow("gap") << QList<double>{0, 1, 2, 3, 4, 5} << QList<double>{1, 1, 1, 1, 2, 1}
                             << QList<double>{2, 3, NaN, 2, 5, 2} << 2 << QList<QPointF>{{0.5, 1}, {2, NaN}, {4, 2}}
                             << QList<QPointF>{{0.5, 3}, {2, NaN}, {4, 5}};
    }
    void alignedEnvelope()
    {
        QFETCH(QList<double>, x);
        QFETCH(QList<double>, lower);
        QFETCH(QList<double>, upper);
        QFETCH(int, pixels);
        QFETCH(QList<QPointF>, expectedLower);
        QFETCH(QList<QPointF>, expectedUpper);
        const auto reduced = TimeSeries::downsampleAligned(x, {lower, upper}, x.constFirst(), x.constLast(), pixels);
        QCOMPARE(reduced.size(), size_t(2));
        QVERIFY2(samePoints(reduced[0], expectedLower), qPrintable(describe(reduced[0])));
        QVERIFY2(samePoints(reduced[1], expectedUpper), qPrintable(describe(reduced[1])));
    }

    void alignedLayersShareXAndDoNotCross()
    {
        // Three stacked layers (running sums) over 200 points; layer 1 has a spike, all share one gap.
        constexpr int Points = 200;
        QList<double> x;
        std::vector<QList<double>> layers(3);
        quint32 state = 7;
        for (int i = 0; i < Points; ++i) {
            x.append(i);
            double sum = 0.0;
            for (int l = 0; l < 3; ++l) {
                state = state * 1664525u + 1013904223u;
                double part = double(state >> 16) / 65536.0 * 10.0;
                if (l == 1 && i == 77)
                    part = 500.0;
                sum += part;
                layers[size_t(l)].append(i >= 120 && i < 125 ? NaN : sum);
            }
        }
        const auto reduced = TimeSeries::downsampleAligned(x, layers, 0.0, Points - 1.0, 10);
        QCOMPARE(reduced.size(), size_t(3));
        const qsizetype size = reduced[0].size();
        QVERIFY(size <= 2 * 10 + 4);
        double layerOneHighest = 0.0;
        int breaks = 0;
        for (qsizetype k = 0; k < size; ++k) {
            for (size_t l = 0; l < 3; ++l)
                QCOMPARE(reduced[l].at(k).x(), reduced[0].at(k).x());
            if (std::isnan(reduced[0].at(k).y())) {
                ++breaks;
                QVERIFY(std::isnan(reduced[2].at(k).y()));
                continue;
            }
            QVERIFY(reduced[1].at(k).y() >= reduced[0].at(k).y());
            QVERIFY(reduced[2].at(k).y() >= reduced[1].at(k).y());
            layerOneHighest = std::max(layerOneHighest, reduced[1].at(k).y());
        }
        QCOMPARE(breaks, 1);
        QVERIFY(layerOneHighest >= 500.0);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
