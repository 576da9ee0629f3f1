// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answersfixture.h"

#include <common/numberformat.h>
#include <report/usageforecast.h>

#include <QBuffer>
#include <QTest>

using namespace LicenseCore;
using namespace AnswersFixture;

namespace {

// The license period: October 2026, 31 days.
const HourRange October{H0, H0 + 31 * D};

QString optionalDecimal(const std::optional<double> &value)
{
    return value ? formatDecimal(*value) : QStringLiteral("-");
}

QString optionalTime(const std::optional<qint64> &value)
{
    return value ? Time::isoUtc(*value) : QStringLiteral("-");
}

} // namespace

class TestUsageForecast : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_constant;
    std::unique_ptr<Store> m_varying;

private Q_SLOTS:
    void initTestCase()
    {
        // Constant usage: 10 complete days from October 1st and 5 hours of the 11th. Every hour: one 16 GiB host
        // (1 host unit), 4 visits (0.25 x 4 = 1 DEM unit), 0.5 DDU. A day: 24 host-unit hours, 24 DEM units, 12 DDUs.
        m_constant = std::make_unique<Store>();
        QList<QByteArray> hours;
        for (int h = 0; h < 10 * 24 + 5; ++h)
            hours.append(hourJson(H0 + h * H, {{QStringLiteral("env-a"), {{1, 16 * GiB}}, 4, 0.5}}));
        QVERIFY(m_constant->add(hours));

        // Varying usage: 8 complete days, the host counted 24, 12, 24, 12, ... hours a day (active 3 minutes, not
        // counted, in the first 12 hours of odd days), and day 4 missing its hour 0 (incomplete).
        m_varying = std::make_unique<Store>();
        hours.clear();
        for (int h = 0; h < 8 * 24; ++h) {
            if (h == 4 * 24)
                continue;
            const int day = h / 24;
            const bool idle = day % 2 == 1 && h % 24 < 12;
            hours.append(hourJson(H0 + h * H, {{QStringLiteral("env-a"), {{1, 16 * GiB, idle ? 3 : -1}}, 0, 0}}));
        }
        QVERIFY(m_varying->add(hours));
    }

    void constantUsageComesOutExact_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("quota");
        QTest::addColumn<QString>("expected"); // "consumed mean deviation remaining projected low high percent reached"
        // Data until 2026-10-11T00:00Z (the 5 hours of the 11th are not a complete day): 10 days x 24 = 240
        // consumed; the rate is 24 a day, the deviation 0; 21 days remain: 240 + 24 x 21 = 744. Quota 600:
        // 744 / 600 = 124 %, reached (600 - 240) / 24 = 15 days after the 11th, on the 26th at 00:00.
        QTest::newRow("dem") << "dem" << 600.0 << "240 24 0 21 744 744 744 124 2026-10-26T00:00:00Z";
        QTest::newRow("host-unit hours") << "host-unit-hours" << 600.0
                                         << "240 24 0 21 744 744 744 124 2026-10-26T00:00:00Z";
        // 12 DDUs a day: 120 + 12 x 21 = 372; quota 300: 124 %, (300 - 120) / 12 = 15 days: the 26th again.
        QTest::newRow("ddu") << "ddu" << 300.0 << "120 12 0 21 372 372 372 124 2026-10-26T00:00:00Z";
        // Quota 200 already passed: 1 DEM unit an hour reaches 200 at the end of hour 199, Oct 9th 08:00.
        QTest::newRow("dem reached") << "dem" << 200.0 << "240 24 0 21 744 744 744 372 2026-10-09T08:00:00Z";
        // Quota 1000 not reached in the period: 744 / 1000 = 74.4 %, no date.
        QTest::newRow("dem not reached") << "dem" << 1000.0 << "240 24 0 21 744 744 744 74.4 -";
        // Host units as a peak: 1 every day; quota 2: 50 %; a peak projects no date.
        QTest::newRow("peak") << "peak-host-units" << 2.0 << "1 1 0 21 1 1 1 50 -";
    }

    void constantUsageComesOutExact()
    {
        QFETCH(QString, metric);
        QFETCH(double, quota);
        QFETCH(QString, expected);
        ForecastOptions options;
        options.metric = *UsageForecast::metricFromName(metric);
        options.period = October;
        options.quota = quota;
        const ForecastResult result = UsageForecast::compute(*m_constant->snapshot(October), options);
        QCOMPARE(result.refusal, ForecastRefusal::None);
        QCOMPARE(result.dataUntilMs, H0 + 10 * D);
        QCOMPARE(result.completeDays, 10);
        QCOMPARE(result.windowDaysUsed, 10);
        QCOMPARE(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(formatDecimal(result.consumed), formatDecimal(result.dailyMean),
                          formatDecimal(result.dailyDeviation), formatDecimal(result.remainingDays),
                          formatDecimal(result.projected), formatDecimal(result.projectedLow),
                          formatDecimal(result.projectedHigh), optionalDecimal(result.projectedPercent),
                          optionalTime(result.quotaReachedMs)),
                 expected);
        QVERIFY(result.estimate);
        QVERIFY(!result.method.isEmpty());
    }

    void theBandIsOneDeviationPerDayLeft()
    {
        // Complete days 0-3 and 5-7 (day 4 lacks an hour): 7 days, host-unit hours 24, 12, 24, 12, _, 12, 24, 12.
        // Consumed up to Oct 9th 00:00: every hour before it, 24 + 12 + 24 + 12 + 23 (day 4, even: its 23 hours) + 12 +
        // 24 + 12 = 143. Window: 24, 12, 24, 12, 12, 24, 12: mean 120 / 7; deviation: values
        // 24 (3 times) and 12 (4 times) around 120/7: sqrt((3 x (48/7)^2 + 4 x (36/7)^2) / 7) = sqrt(144 x 12 / 49)
        // = 12 x sqrt(12) / 7. 23 days remain (Oct 9th to Nov 1st).
        ForecastOptions options;
        options.metric = ForecastMetric::HostUnitHours;
        options.period = October;
        const ForecastResult result = UsageForecast::compute(*m_varying->snapshot(October), options);
        QCOMPARE(result.refusal, ForecastRefusal::None);
        QCOMPARE(result.completeDays, 7);
        QCOMPARE(result.dataUntilMs, H0 + 8 * D);
        QCOMPARE(result.consumed, 143.0);
        const double mean = 120.0 / 7.0;
        const double deviation = 12.0 * std::sqrt(12.0) / 7.0;
        QCOMPARE(result.dailyMean, mean);
        QCOMPARE(result.dailyDeviation, deviation);
        QCOMPARE(result.remainingDays, 23.0);
        QCOMPARE(result.projected, 143.0 + mean * 23.0);
        QCOMPARE(result.projectedLow, 143.0 + (mean - deviation) * 23.0);
        QCOMPARE(result.projectedHigh, 143.0 + (mean + deviation) * 23.0);
        QVERIFY(!result.projectedPercent);
    }

    void tooFewDaysAreRefused_data()
    {
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("windowDays");
        QTest::addColumn<int>("expectedDays");
        // A period from Oct 5th holds 6 complete days (5th to 10th).
        QTest::newRow("period starts late") << 4 << 28 << 6;
        // A window of 6 days holds 6 complete days, whatever the period holds.
        QTest::newRow("short window") << 0 << 6 << 6;
        QTest::newRow("no data") << 20 << 28 << 0;
    }

    void tooFewDaysAreRefused()
    {
        QFETCH(int, fromDay);
        QFETCH(int, windowDays);
        QFETCH(int, expectedDays);
        ForecastOptions options;
        options.metric = ForecastMetric::DemUnits;
        options.period = HourRange{H0 + fromDay * D, October.toMs};
        options.windowDays = windowDays;
        options.quota = 100;
        const ForecastResult result = UsageForecast::compute(*m_constant->snapshot(options.period), options);
        QCOMPARE(result.refusal, ForecastRefusal::TooFewDays);
        QCOMPARE(result.windowDaysUsed, expectedDays);
        QVERIFY(result.refusalText.contains(QStringLiteral("7")));
        QCOMPARE(result.projected, 0.0);
        QVERIFY(!result.projectedPercent);
    }

    void csvIsOneRow()
    {
        ForecastOptions options;
        options.metric = ForecastMetric::DemUnits;
        options.period = October;
        options.quota = 600;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(
            !UsageForecast::write(buffer, UsageForecast::compute(*m_constant->snapshot(October), options)).isError());
        QCOMPARE(buffer.data(),
                 QByteArray("metric,period_start_utc,period_end_utc,data_until_utc,complete_days,window_days,consumed,"
                            "daily_mean,daily_deviation,remaining_days,projected,projected_low,projected_high,quota,"
                            "projected_percent,quota_reached_utc\n"
                            "dem,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-11T00:00:00Z,10,10,240,24,0,21,744,"
                            "744,744,600,124,2026-10-26T00:00:00Z\n"));
    }
};

QTEST_GUILESS_MAIN(TestUsageForecast)
#include "tst_usageforecast.moc"
