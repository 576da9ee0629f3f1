// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/rangepreset.h>
#include <common/timeutil.h>

#include <QTest>
#include <QTimeZone>

using namespace LicenseCore;

Q_DECLARE_METATYPE(LicenseCore::RangePreset)

class TestRangePreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<RangePreset>("preset");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // Now 2026-11-26 13:37 UTC: the newest exportable hour ends at 11:00.
        const QString now = QStringLiteral("2026-11-26T13:37:00Z");
        QTest::newRow("24 h") << now << RangePreset::Last24Hours << QStringLiteral("2026-11-25T11:00:00Z")
                              << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("7 d") << now << RangePreset::Last7Days << QStringLiteral("2026-11-19T11:00:00Z")
                             << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("30 d") << now << RangePreset::Last30Days << QStringLiteral("2026-10-27T11:00:00Z")
                              << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("this month") << now << RangePreset::ThisMonth << QStringLiteral("2026-11-01T00:00:00Z")
                                    << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("last month") << now << RangePreset::LastMonth << QStringLiteral("2026-10-01T00:00:00Z")
                                    << QStringLiteral("2026-11-01T00:00:00Z");
        // Just after New Year: last month is December of the year before, this month is still empty.
        const QString newYear = QStringLiteral("2027-01-01T01:10:00Z");
        QTest::newRow("last month over new year")
            << newYear << RangePreset::LastMonth << QStringLiteral("2026-12-01T00:00:00Z")
            << QStringLiteral("2026-12-31T23:00:00Z");
        QTest::newRow("this month, first hours")
            << newYear << RangePreset::ThisMonth << QStringLiteral("2027-01-01T00:00:00Z")
            << QStringLiteral("2027-01-01T00:00:00Z");
        QTest::newRow("a timezone offset does not matter")
            << QStringLiteral("2026-11-26T14:37:00+01:00") << RangePreset::Last24Hours
            << QStringLiteral("2026-11-25T11:00:00Z") << QStringLiteral("2026-11-26T11:00:00Z");
    }
    void spans()
    {
        QFETCH(QString, now);
        QFETCH(RangePreset, preset);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QDateTime nowTime = QDateTime::fromString(now, Qt::ISODate);
        QVERIFY(nowTime.isValid());
        const std::optional<HourRange> span = presetRange(preset, nowTime);
        QVERIFY(span.has_value());
        QCOMPARE(Time::isoUtc(span->fromMs), from);
        QCOMPARE(Time::isoUtc(span->toMs), to);
    }

    void customHasNoSpan() { QVERIFY(!presetRange(RangePreset::Custom, QDateTime::currentDateTimeUtc())); }

    void keysRoundTrip()
    {
        for (RangePreset preset : {RangePreset::Last24Hours, RangePreset::Last7Days, RangePreset::Last30Days,
                                   RangePreset::ThisMonth, RangePreset::LastMonth, RangePreset::Custom}) {
            QCOMPARE(presetFromKey(presetKey(preset)), std::optional<RangePreset>(preset));
            QVERIFY(!presetName(preset).isEmpty());
        }
        QVERIFY(!presetFromKey(QStringLiteral("fortnight")));
    }
};

QTEST_GUILESS_MAIN(TestRangePreset)
#include "tst_rangepreset.moc"
