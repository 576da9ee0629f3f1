// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/hourrange.h>
#include <common/timeutil.h>

#include <QTest>

using namespace LicenseCore;

namespace {
constexpr qint64 H = Time::HourMs;
constexpr qint64 Oct1st = 1790812800000; // 2026-10-01T00:00:00Z
} // namespace

class TestHourRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hours_data()
    {
        QTest::addColumn<qint64>("fromMs");
        QTest::addColumn<qint64>("toMs");
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("empty");
        QTest::newRow("one hour") << Oct1st << Oct1st + H << 1 << false;
        QTest::newRow("a day") << Oct1st << Oct1st + 24 * H << 24 << false;
        QTest::newRow("empty: end at start") << Oct1st << Oct1st << 0 << true;
        QTest::newRow("empty: end before start") << Oct1st << Oct1st - H << 0 << true;
        QTest::newRow("before 1970") << -3 * H << -H << 2 << false;
    }

    void hours()
    {
        QFETCH(qint64, fromMs);
        QFETCH(qint64, toMs);
        QFETCH(int, hours);
        QFETCH(bool, empty);
        const HourRange range{fromMs, toMs};
        QCOMPARE(range.hours(), hours);
        QCOMPARE(range.isEmpty(), empty);
    }

    void halfOpen()
    {
        const HourRange range{Oct1st, Oct1st + 3 * H};
        QVERIFY(range.contains(Oct1st));
        QVERIFY(range.contains(Oct1st + 2 * H + 59 * Time::MinuteMs));
        QVERIFY(!range.contains(Oct1st + 3 * H)); // the end is the first hour after the range
        QVERIFY(!range.contains(Oct1st - 1));
        QCOMPARE(range.lastHourMs(), Oct1st + 2 * H);
        // Two ranges that touch share no hour.
        const HourRange next{range.toMs, range.toMs + H};
        QVERIFY(!range.contains(next.fromMs));
    }

    void ofHoursIncludesBothEnds()
    {
        const HourRange range = HourRange::ofHours(Oct1st, Oct1st + 5 * H);
        QCOMPARE(range, (HourRange{Oct1st, Oct1st + 6 * H}));
        QCOMPARE(range.hours(), 6);
        QCOMPARE(range.lastHourMs(), Oct1st + 5 * H);
        QCOMPARE(HourRange::ofHours(Oct1st, Oct1st).hours(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHourRange)
#include "tst_hourrange.moc"
