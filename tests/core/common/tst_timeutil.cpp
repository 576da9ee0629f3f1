// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>

#include <QTest>
#include <ctime>
#include <limits>

using namespace LicenseCore;

namespace {

// Epoch milliseconds worked out by hand (days since 1970-01-01 x 86400000):
// 2026-01-01 is 56 x 365 + 14 leap days = 20454 days; + Jan..Sep (273 days) = 20727 days to 2026-10-01.
constexpr qint64 DayMs = 24 * Time::HourMs;
constexpr qint64 Oct1st2026 = 20727 * DayMs;                      // 1790812800000
constexpr qint64 Oct1st2026At13 = Oct1st2026 + 13 * Time::HourMs; // 1790859600000
constexpr qint64 Nov1st2026 = Oct1st2026 + 31 * DayMs;            // 1793491200000
constexpr qint64 Sep1st2026 = Oct1st2026 - 30 * DayMs;            // 1788220800000
// 2024-01-01 is 54 x 365 + 13 leap days = 19723 days; + January = 19754 days to 2024-02-01.
constexpr qint64 Feb1st2024 = 19754 * DayMs; // 1706745600000
constexpr qint64 Dec1st1969 = -31 * DayMs;   // -2678400000

// A POSIX zone three hours behind UTC whose daylight time starts on the first Sunday of November at
// midnight: 2026-11-01 00:00 local time does not exist there. UTC functions must not notice it.
constexpr char SkippedMidnightZone[] = "BRT3BRST,M11.1.0/0,M2.3.0/0";

} // namespace

class TestTimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void floorHour_data();
    void floorHour();
    void floorDay_data();
    void floorDay();
    void floorMonth_data();
    void floorMonth();
    void isoUtc_data();
    void isoUtc();
    void parseIsoUtc_data();
    void parseIsoUtc();
    void parseTimestampText_data();
    void parseTimestampText();
    void isoRoundTrip_data();
    void isoRoundTrip();

private:
    QByteArray m_savedZone;
    bool m_hadZone = false;
};

void TestTimeUtil::initTestCase()
{
    // Run in a zone far from UTC so that any accidental use of local time shows up as an hour shift.
    m_hadZone = qEnvironmentVariableIsSet("TZ");
    m_savedZone = qgetenv("TZ");
    qputenv("TZ", QByteArray(SkippedMidnightZone));
    tzset();
}

void TestTimeUtil::cleanupTestCase()
{
    if (m_hadZone)
        qputenv("TZ", m_savedZone);
    else
        qunsetenv("TZ");
    tzset();
}

void TestTimeUtil::floorHour_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("epoch") << qint64(0) << qint64(0);
    QTest::newRow("one ms after epoch") << qint64(1) << qint64(0);
    QTest::newRow("exact hour") << Oct1st2026At13 << Oct1st2026At13;
    QTest::newRow("one ms after hour") << Oct1st2026At13 + 1 << Oct1st2026At13;
    QTest::newRow("last ms of hour") << Oct1st2026At13 + Time::HourMs - 1 << Oct1st2026At13;
    QTest::newRow("one ms before epoch") << qint64(-1) << -Time::HourMs;
    QTest::newRow("exactly one hour before epoch") << -Time::HourMs << -Time::HourMs;
    QTest::newRow("one ms before -1h") << -Time::HourMs - 1 << -2 * Time::HourMs;
    QTest::newRow("-1.5 h") << -Time::HourMs * 3 / 2 << -2 * Time::HourMs;
}

void TestTimeUtil::floorHour()
{
    QFETCH(qint64, input);
    QFETCH(qint64, expected);
    QCOMPARE(Time::floorHour(input), expected);
}

void TestTimeUtil::floorDay_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("epoch") << qint64(0) << qint64(0);
    QTest::newRow("13:00 UTC") << Oct1st2026At13 << Oct1st2026;
    QTest::newRow("midnight") << Oct1st2026 << Oct1st2026;
    QTest::newRow("last ms of day") << Oct1st2026 + DayMs - 1 << Oct1st2026;
    QTest::newRow("next day") << Oct1st2026 + DayMs << Oct1st2026 + DayMs;
    QTest::newRow("one ms before epoch") << qint64(-1) << -DayMs;
    QTest::newRow("exactly one day before epoch") << -DayMs << -DayMs;
}

void TestTimeUtil::floorDay()
{
    QFETCH(qint64, input);
    QFETCH(qint64, expected);
    QCOMPARE(Time::floorDay(input), expected);
}

void TestTimeUtil::floorMonth_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("epoch") << qint64(0) << qint64(0);
    QTest::newRow("first of month midnight") << Oct1st2026 << Oct1st2026;
    QTest::newRow("first of month 13:00") << Oct1st2026At13 << Oct1st2026;
    QTest::newRow("last ms of October") << Nov1st2026 - 1 << Oct1st2026;
    QTest::newRow("first ms of November") << Nov1st2026 << Nov1st2026;
    QTest::newRow("last hour of September") << Oct1st2026 - Time::HourMs << Sep1st2026;
    // 2024-02-29 12:00 = 2024-02-01 + 28 days + 12 h.
    QTest::newRow("leap day") << Feb1st2024 + 28 * DayMs + 12 * Time::HourMs << Feb1st2024;
    QTest::newRow("one ms before epoch") << qint64(-1) << Dec1st1969;
    QTest::newRow("first of December 1969") << Dec1st1969 << Dec1st1969;
    // Local midnight of 2026-11-01 is skipped in the test zone; the UTC month start is not.
    QTest::newRow("November in a zone skipping midnight") << Nov1st2026 + 5 * Time::HourMs << Nov1st2026;
}

void TestTimeUtil::floorMonth()
{
    QFETCH(qint64, input);
    QFETCH(qint64, expected);
    QCOMPARE(Time::floorMonth(input), expected);
}

void TestTimeUtil::isoUtc_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hour start") << Oct1st2026At13 << QStringLiteral("2026-10-01T13:00:00Z");
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("milliseconds dropped") << Oct1st2026At13 + 999 << QStringLiteral("2026-10-01T13:00:00Z");
    QTest::newRow("seconds kept") << Oct1st2026At13 + 61 * 1000 << QStringLiteral("2026-10-01T13:01:01Z");
    QTest::newRow("UTC midnight") << Nov1st2026 << QStringLiteral("2026-11-01T00:00:00Z");
    QTest::newRow("before epoch") << -Time::HourMs << QStringLiteral("1969-12-31T23:00:00Z");
}

void TestTimeUtil::isoUtc()
{
    QFETCH(qint64, input);
    QFETCH(QString, expected);
    QCOMPARE(Time::isoUtc(input), expected);
}

void TestTimeUtil::parseIsoUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("Z") << QStringLiteral("2026-10-01T13:00:00Z") << true << Oct1st2026At13;
    QTest::newRow("+02:00") << QStringLiteral("2026-10-01T15:00:00+02:00") << true << Oct1st2026At13;
    QTest::newRow("-04:30") << QStringLiteral("2026-10-01T08:30:00-04:30") << true << Oct1st2026At13;
    QTest::newRow("+00:00") << QStringLiteral("2026-10-01T13:00:00+00:00") << true << Oct1st2026At13;
    QTest::newRow("offset crossing the date") << QStringLiteral("2026-10-02T01:00:00+12:00") << true << Oct1st2026At13;
    QTest::newRow("fraction") << QStringLiteral("2026-10-01T13:00:00.250Z") << true << Oct1st2026At13 + 250;
    QTest::newRow("no zone is UTC") << QStringLiteral("2026-10-01T13:00:00") << true << Oct1st2026At13;
    QTest::newRow("surrounding spaces") << QStringLiteral("  2026-10-01T13:00:00Z ") << true << Oct1st2026At13;
    QTest::newRow("date only") << QStringLiteral("2026-10-01") << true << Oct1st2026;
    // Both of these name a local time that the test zone skips; as UTC they are ordinary.
    QTest::newRow("date only, local midnight skipped") << QStringLiteral("2026-11-01") << true << Nov1st2026;
    QTest::newRow("no zone, local time skipped")
        << QStringLiteral("2026-11-01T00:30:00") << true << Nov1st2026 + 30 * Time::MinuteMs;
    QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:00:00Z") << true << -Time::HourMs;

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("word") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("month 13") << QStringLiteral("2026-13-01") << false << qint64(0);
    QTest::newRow("hour 25") << QStringLiteral("2026-10-01T25:00:00Z") << false << qint64(0);
    QTest::newRow("date followed by garbage") << QStringLiteral("2026-10-01Tnoon") << false << qint64(0);
    QTest::newRow("February 30th") << QStringLiteral("2026-02-30T00:00:00Z") << false << qint64(0);
}

void TestTimeUtil::parseIsoUtc()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const std::optional<qint64> parsed = Time::parseIsoUtc(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

void TestTimeUtil::parseTimestampText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("epoch ms") << QStringLiteral("1790859600000") << true << Oct1st2026At13;
    QTest::newRow("epoch ms with spaces") << QStringLiteral(" 1790859600000 ") << true << Oct1st2026At13;
    QTest::newRow("epoch ms written as x.0") << QStringLiteral("1790859600000.0") << true << Oct1st2026At13;
    QTest::newRow("negative epoch ms") << QStringLiteral("-3600000") << true << -Time::HourMs;
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("ISO Z") << QStringLiteral("2026-10-01T13:00:00Z") << true << Oct1st2026At13;
    QTest::newRow("ISO offset") << QStringLiteral("2026-10-01T15:00:00+02:00") << true << Oct1st2026At13;
    QTest::newRow("ISO date") << QStringLiteral("2026-10-01") << true << Oct1st2026;

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("word") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("fractional ms") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("digits and letters") << QStringLiteral("12abc") << false << qint64(0);
    // Beyond qint64 as a double: refused, never converted (the conversion would be undefined behaviour).
    QTest::newRow("huge with exponent") << QStringLiteral("1.79e32") << false << qint64(0);
    QTest::newRow("minus huge with exponent") << QStringLiteral("-1.79e32") << false << qint64(0);
    QTest::newRow("2^63 as a double") << QStringLiteral("9223372036854775808.0") << false << qint64(0);
    QTest::newRow("infinity") << QStringLiteral("inf") << false << qint64(0);
    QTest::newRow("not a number") << QStringLiteral("nan") << false << qint64(0);
    QTest::newRow("-2^63 as a double") << QStringLiteral("-9223372036854775808.0") << true
                                       << std::numeric_limits<qint64>::min();
}

void TestTimeUtil::parseTimestampText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const std::optional<qint64> parsed = Time::parseTimestampText(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

void TestTimeUtil::isoRoundTrip_data()
{
    QTest::addColumn<qint64>("epochMs");

    QTest::newRow("hour start") << Oct1st2026At13;
    QTest::newRow("UTC midnight skipped locally") << Nov1st2026;
    QTest::newRow("odd second") << Oct1st2026At13 + 3599 * 1000;
    QTest::newRow("before epoch") << Dec1st1969;
}

void TestTimeUtil::isoRoundTrip()
{
    QFETCH(qint64, epochMs);
    const std::optional<qint64> back = Time::parseIsoUtc(Time::isoUtc(epochMs));
    QVERIFY(back.has_value());
    QCOMPARE(*back, epochMs);
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
