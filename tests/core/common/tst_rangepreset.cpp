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
        QTest::addColumn<int>("licenseYearStartMonth");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // Now 2026-11-26 13:37 UTC: the newest exportable hour ends at 11:00.
        const QString now = QStringLiteral("2026-11-26T13:37:00Z");
        QTest::newRow("24 h") << now << RangePreset::Last24Hours << 1 << QStringLiteral("2026-11-25T11:00:00Z")
                              << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("7 d") << now << RangePreset::Last7Days << 1 << QStringLiteral("2026-11-19T11:00:00Z")
                             << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("30 d") << now << RangePreset::Last30Days << 1 << QStringLiteral("2026-10-27T11:00:00Z")
                              << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("this month") << now << RangePreset::ThisMonth << 1 << QStringLiteral("2026-11-01T00:00:00Z")
                                    << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("last month") << now << RangePreset::LastMonth << 1 << QStringLiteral("2026-10-01T00:00:00Z")
                                    << QStringLiteral("2026-11-01T00:00:00Z");
        // Just after New Year: last month is December of the year before, this month is still empty.
        const QString newYear = QStringLiteral("2027-01-01T01:10:00Z");
        QTest::newRow("last month over new year")
            << newYear << RangePreset::LastMonth << 1 << QStringLiteral("2026-12-01T00:00:00Z")
            << QStringLiteral("2026-12-31T23:00:00Z");
        QTest::newRow("this month, first hours")
            << newYear << RangePreset::ThisMonth << 1 << QStringLiteral("2027-01-01T00:00:00Z")
            << QStringLiteral("2027-01-01T00:00:00Z");
        QTest::newRow("a timezone offset does not matter")
            << QStringLiteral("2026-11-26T14:37:00+01:00") << RangePreset::Last24Hours << 1
            << QStringLiteral("2026-11-25T11:00:00Z") << QStringLiteral("2026-11-26T11:00:00Z");

        // The license year: from the first day of its first month, in the year that month last began.
        QTest::newRow("license year from January")
            << now << RangePreset::ThisLicenseYear << 1 << QStringLiteral("2026-01-01T00:00:00Z")
            << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("license year from this very month")
            << now << RangePreset::ThisLicenseYear << 11 << QStringLiteral("2026-11-01T00:00:00Z")
            << QStringLiteral("2026-11-26T11:00:00Z");
        QTest::newRow("license year from December: began last year")
            << now << RangePreset::ThisLicenseYear << 12 << QStringLiteral("2025-12-01T00:00:00Z")
            << QStringLiteral("2026-11-26T11:00:00Z");
        // February, with a year that begins in April: it began in April of the year before.
        QTest::newRow("license year from April, in February")
            << QStringLiteral("2027-02-10T09:30:00Z") << RangePreset::ThisLicenseYear << 4
            << QStringLiteral("2026-04-01T00:00:00Z") << QStringLiteral("2027-02-10T07:00:00Z");
        // The first hour of a new license year: nothing is exportable yet, the range is empty.
        QTest::newRow("license year, first hour")
            << QStringLiteral("2026-04-01T01:10:00Z") << RangePreset::ThisLicenseYear << 4
            << QStringLiteral("2026-04-01T00:00:00Z") << QStringLiteral("2026-04-01T00:00:00Z");
        QTest::newRow("license year over new year")
            << newYear << RangePreset::ThisLicenseYear << 1 << QStringLiteral("2027-01-01T00:00:00Z")
            << QStringLiteral("2027-01-01T00:00:00Z");
    }
    void spans()
    {
        QFETCH(QString, now);
        QFETCH(RangePreset, preset);
        QFETCH(int, licenseYearStartMonth);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QDateTime nowTime = QDateTime::fromString(now, Qt::ISODate);
        QVERIFY(nowTime.isValid());
        PresetContext context;
        context.licenseYearStartMonth = licenseYearStartMonth;
        const std::optional<HourRange> span = presetRange(preset, nowTime, context);
        QVERIFY(span.has_value());
        QCOMPARE(Time::isoUtc(span->fromMs), from);
        QCOMPARE(Time::isoUtc(span->toMs), to);
    }

    void allHistoryIsWhatTheHistoryHolds()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-26T13:37:00Z"), Qt::ISODate);
        QVERIFY(!presetRange(RangePreset::AllHistory, now));
        PresetContext context;
        context.history = HourRange{};
        QVERIFY(!presetRange(RangePreset::AllHistory, now, context));
        // 2026-01-05T03:00Z to 2026-11-20T17:00Z.
        context.history = HourRange{1767582000000, 1795194000000};
        const std::optional<HourRange> span = presetRange(RangePreset::AllHistory, now, context);
        QVERIFY(span.has_value());
        QCOMPARE(Time::isoUtc(span->fromMs), QStringLiteral("2026-01-05T03:00:00Z"));
        QCOMPARE(Time::isoUtc(span->toMs), QStringLiteral("2026-11-20T17:00:00Z"));
    }

    void customHasNoSpan() { QVERIFY(!presetRange(RangePreset::Custom, QDateTime::currentDateTimeUtc())); }

    void keysRoundTrip()
    {
        QCOMPARE(allPresets().size(), 8);
        QCOMPARE(allPresets().last(), RangePreset::Custom);
        for (RangePreset preset : allPresets()) {
            QCOMPARE(presetFromKey(presetKey(preset)), std::optional<RangePreset>(preset));
            QVERIFY(!presetName(preset).isEmpty());
        }
        QVERIFY(!presetFromKey(QStringLiteral("fortnight")));
    }
};

QTEST_GUILESS_MAIN(TestRangePreset)
#include "tst_rangepreset.moc"
