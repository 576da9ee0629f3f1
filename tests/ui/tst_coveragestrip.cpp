// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpalette.h"
#include "charts/coveragestrip.h"

#include <common/timeutil.h>

#include <QDateTime>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 H = Time::HourMs;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// 2025: 365 days, 8,760 hours.
const qint64 Year = utc("2025-01-01T00:00:00Z");
const HourRange YearRange{Year, utc("2026-01-01T00:00:00Z")};

HourRange hours(int first, int end)
{
    return {Year + first * H, Year + end * H};
}

// Production: the whole year, missing 1 to 4 March (72 hours) and one hour on 10 July. Staging: from February,
// missing the first two weeks of October.
QList<ClusterCoverage> aYear()
{
    return {{QStringLiteral("cluster-1"),
             QStringLiteral("Production"),
             YearRange,
             {{utc("2025-03-01T00:00:00Z"), utc("2025-03-04T00:00:00Z")},
              {utc("2025-07-10T10:00:00Z"), utc("2025-07-10T11:00:00Z")}}},
            {QStringLiteral("cluster-2"),
             QString(),
             {utc("2025-02-01T00:00:00Z"), YearRange.toMs},
             {{utc("2025-10-01T00:00:00Z"), utc("2025-10-15T00:00:00Z")}}}};
}

StoredExport stored(const QString &cluster, HourRange range)
{
    StoredExport result;
    result.clusterUuid = cluster;
    result.range = range;
    return result;
}

} // namespace

class TestCoverageStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pixelSpan_data()
    {
        QTest::addColumn<HourRange>("axis");
        QTest::addColumn<HourRange>("span");
        QTest::addColumn<int>("minimumWidth");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("right");
        // A year on 876 pixels: 10 hours a pixel.
        QTest::newRow("whole axis") << YearRange << YearRange << 1 << 0 << 876;
        QTest::newRow("on pixel edges") << YearRange << hours(100, 200) << 1 << 10 << 20;
        // 1 to 4 March: hours 1,416 to 1,488, pixels 141.6 to 148.8, rounded outwards.
        QTest::newRow("three days") << YearRange << hours(1416, 1488) << 3 << 141 << 149;
        // Hour 5,000: pixels 500 to 500.1, so one pixel, or three grown about it.
        QTest::newRow("one hour") << YearRange << hours(5000, 5001) << 1 << 500 << 501;
        QTest::newRow("one hour, three pixels") << YearRange << hours(5000, 5001) << 3 << 499 << 502;
        QTest::newRow("first hour stays inside") << YearRange << hours(0, 1) << 3 << 0 << 3;
        // Hour 8,759: pixels 875.9 to 876.
        QTest::newRow("last hour stays inside") << YearRange << hours(8759, 8760) << 3 << 873 << 876;
        QTest::newRow("clipped") << YearRange << hours(-100, 50) << 1 << 0 << 5;
        QTest::newRow("empty axis") << HourRange{Year, Year} << hours(0, 1) << 3 << 0 << 0;
    }

    void pixelSpan()
    {
        QFETCH(HourRange, axis);
        QFETCH(HourRange, span);
        QFETCH(int, minimumWidth);
        QFETCH(int, left);
        QFETCH(int, right);
        QCOMPARE(CoverageStrip::pixelSpan(axis, span, 876, minimumWidth), std::pair(left, right));
    }

    void coverageFromExports()
    {
        const QHash<QString, QList<HourRange>> gaps{{QStringLiteral("c1"), {hours(5, 6)}}};
        const QList<ClusterCoverage> coverage = CoverageStrip::coverageOf(
            {stored(QStringLiteral("c2"), hours(10, 20)), stored(QStringLiteral("c1"), hours(0, 5)),
             stored(QStringLiteral("c1"), hours(6, 8)), stored(QStringLiteral("c1"), {}),
             stored(QStringLiteral("c3"), {})},
            gaps);
        QCOMPARE(coverage, (QList<ClusterCoverage>{{QStringLiteral("c1"), QString(), hours(0, 8), {hours(5, 6)}},
                                                   {QStringLiteral("c2"), QString(), hours(10, 20), {}}}));
    }

    void gapsWhereTheAxisPutsThem()
    {
        CoverageStrip strip;
        strip.setCoverage(aYear());
        strip.resize(1000, strip.sizeHint().height());
        QCOMPARE(strip.timeAxis(), YearRange);
        const QRect production = strip.trackRect(0);
        const QRect staging = strip.trackRect(1);
        QVERIFY(production.width() > 500);
        QCOMPARE(staging.left(), production.left());
        QCOMPARE(staging.width(), production.width());
        QVERIFY(staging.top() > production.bottom());
        QVERIFY(!strip.trackRect(2).isValid());

        const auto [left, right] = CoverageStrip::pixelSpan(YearRange, aYear().at(0).gaps.at(0), production.width(),
                                                            CoverageStrip::MinimumGapPixels);
        QCOMPARE(strip.gapRect(0, 0),
                 QRect(production.left() + left, production.top(), right - left, production.height()));
        // The hour in July is drawn three pixels wide.
        QCOMPARE(strip.gapRect(0, 1).width(), CoverageStrip::MinimumGapPixels);
    }

    void paintsHeldAndMissingHours()
    {
        CoverageStrip strip;
        strip.setCoverage(aYear());
        strip.resize(1000, strip.sizeHint().height());
        const QImage image = strip.grab().toImage();
        const QRect gap = strip.gapRect(0, 0);
        const QColor missing = ChartPalette::missing();
        // Hatched: each pixel of the gap is the gap's colour or its hatching, never the held colour.
        int missingPixels = 0;
        for (int x = gap.left(); x <= gap.right(); ++x) {
            const QColor pixel = image.pixelColor(x, gap.center().y());
            QVERIFY2(pixel != ChartPalette::held(), qPrintable(QString::number(x)));
            missingPixels += pixel == missing ? 1 : 0;
        }
        QVERIFY(missingPixels > 0);
        // May, in the middle of the held hours of Production.
        const QRect track = strip.trackRect(0);
        const auto [mayLeft, mayRight] = CoverageStrip::pixelSpan(
            YearRange, {utc("2025-05-10T00:00:00Z"), utc("2025-05-11T00:00:00Z")}, track.width());
        QCOMPARE(image.pixelColor(track.left() + mayLeft, track.center().y() + 2), ChartPalette::held());
        // Staging starts in February: nothing is held in January.
        const QRect staging = strip.trackRect(1);
        QVERIFY(image.pixelColor(staging.left() + 10, staging.top() + 1) != ChartPalette::held());
    }

    void toolTipsNameTheGap()
    {
        CoverageStrip strip;
        strip.setCoverage(aYear());
        strip.resize(1000, strip.sizeHint().height());
        QCOMPARE(strip.toolTipAt(strip.gapRect(0, 0).center()),
                 QStringLiteral("Missing in Production: 2025-03-01 00:00 to 2025-03-04 00:00 UTC (72 hour(s))"));
        // A pixel beside the three-pixel hour still finds it.
        const QRect hour = strip.gapRect(0, 1);
        QCOMPARE(strip.gapAt(QPoint(hour.right() + 1, hour.center().y())), std::optional(std::pair(0, 1)));
        QCOMPARE(strip.toolTipAt(strip.gapRect(1, 0).center()),
                 QStringLiteral("Missing in cluster-2: 2025-10-01 00:00 to 2025-10-15 00:00 UTC (336 hour(s))"));
        const QRect track = strip.trackRect(1);
        QCOMPARE(strip.toolTipAt(QPoint(track.right() - 2, track.center().y())),
                 QStringLiteral("cluster-2: 2025-02-01 00:00 to 2026-01-01 00:00 UTC (8,016 hour(s)), 336 hour(s) "
                                "missing in 1 gap(s)"));
        QCOMPARE(strip.toolTipAt(QPoint(0, 0)), QString());
    }

    void keyboardStepsThroughTheGaps()
    {
        CoverageStrip strip;
        strip.setCoverage(aYear());
        strip.resize(1000, strip.sizeHint().height());
        QSignalSpy activated(&strip, &CoverageStrip::gapActivated);
        QVERIFY(!strip.currentGap());
        QVERIFY(strip.accessibleDescription().contains(
            QLatin1String("Missing in Production: 2025-07-10 10:00 to 2025-07-10 11:00 UTC (1 hour(s))")));

        QTest::keyClick(&strip, Qt::Key_Right);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(0, 0)));
        QTest::keyClick(&strip, Qt::Key_Right);
        QTest::keyClick(&strip, Qt::Key_Right);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(1, 0)));
        QTest::keyClick(&strip, Qt::Key_Right);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(1, 0)));
        QTest::keyClick(&strip, Qt::Key_Left);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(0, 1)));
        QCOMPARE(strip.accessibleDescription(),
                 QStringLiteral("Missing in Production: 2025-07-10 10:00 to 2025-07-10 11:00 UTC (1 hour(s))"));
        QTest::keyClick(&strip, Qt::Key_Home);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(0, 0)));
        QTest::keyClick(&strip, Qt::Key_End);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(1, 0)));

        QTest::keyClick(&strip, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("cluster-2"));
        QCOMPARE(activated.first().at(1).value<HourRange>(), aYear().at(1).gaps.at(0));
    }

    void doubleClickActivatesAGap()
    {
        CoverageStrip strip;
        strip.setCoverage(aYear());
        strip.resize(1000, strip.sizeHint().height());
        QSignalSpy activated(&strip, &CoverageStrip::gapActivated);
        QTest::mouseDClick(&strip, Qt::LeftButton, {}, strip.gapRect(0, 0).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(1).value<HourRange>(), aYear().at(0).gaps.at(0));
        QCOMPARE(strip.currentGap(), std::optional(std::pair(0, 0)));
        // Held hours are not a gap.
        const QRect track = strip.trackRect(0);
        QTest::mouseDClick(&strip, Qt::LeftButton, {}, QPoint(track.center().x(), track.center().y()));
        QCOMPARE(activated.size(), 1);
    }

    void chosenGapSurvivesANewReading()
    {
        CoverageStrip strip;
        strip.setCoverage(aYear());
        strip.setCurrentGap(1, 0);
        // Read again with the March gap filled: October's gap is still the chosen one.
        QList<ClusterCoverage> filled = aYear();
        filled[0].gaps.removeFirst();
        strip.setCoverage(filled);
        QCOMPARE(strip.currentGap(), std::optional(std::pair(1, 0)));
        strip.setCurrentGap(0, 0);
        filled[0].gaps.clear();
        strip.setCoverage(filled);
        QVERIFY(!strip.currentGap());
        strip.setCoverage({});
        QCOMPARE(strip.accessibleDescription(), QStringLiteral("The history holds no hours yet."));
    }
};

QTEST_MAIN(TestCoverageStrip)
#include "tst_coveragestrip.moc"
