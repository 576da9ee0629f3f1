// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/divergingbarchart.h"

#include <QTest>

using namespace LicenseUi;

class TestDivergingBarChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsGrowFromTheZeroLine()
    {
        DivergingBarChart chart;
        chart.resize(600, 200);
        chart.setBars({{QStringLiteral("All environments"), -18, QStringLiteral("-18"), {}},
                       {QStringLiteral("Production"), 54, QStringLiteral("+54"), {}},
                       {QStringLiteral("Staging"), -27, QStringLiteral("-27"), {}},
                       {QStringLiteral("Test"), 0, QStringLiteral("0"), {}}});
        const QRectF total = chart.barRect(0);
        const QRectF production = chart.barRect(1);
        const QRectF staging = chart.barRect(2);
        // One zero line: a decrease ends where an increase begins.
        QCOMPARE(total.right(), production.left());
        QCOMPARE(staging.right(), production.left());
        // Lengths in proportion to the values: 54 is three times 18 and twice 27.
        QCOMPARE(production.width(), 3 * total.width());
        QCOMPARE(production.width(), 2 * staging.width());
        QVERIFY(production.width() > 100);
        // No bar for no change; rows from the top in order.
        QVERIFY(chart.barRect(3).isEmpty());
        QVERIFY(total.top() < production.top());
        QCOMPARE(chart.rowAt(production.center().toPoint()), 1);
        QCOMPARE(chart.rowAt(QPoint(5, 190)), -1);
        QVERIFY(chart.barRect(4).isEmpty());

        // The largest change fills half the plot, whatever its sign.
        chart.setBars({{QStringLiteral("A"), -10, {}, {}}, {QStringLiteral("B"), 5, {}, {}}});
        QCOMPARE(chart.barRect(0).width(), 2 * chart.barRect(1).width());

        QVERIFY(!chart.grab().isNull());
    }
};

QTEST_MAIN(TestDivergingBarChart)
#include "tst_divergingbarchart.moc"
