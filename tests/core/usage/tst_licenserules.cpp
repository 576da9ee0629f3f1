// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprinters.h"

#include <usage/licenserules.h>

#include <QTest>
#include <limits>
#include <vector>

using namespace LicenseCore;

using Intervals = std::vector<ActivityInterval>;
Q_DECLARE_METATYPE(LicenseCore::HostMode)
Q_DECLARE_METATYPE(Intervals)

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 TiB = qint64(1) << 40;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 HourStart = 1790859600000; // 2026-10-01T13:00:00Z
constexpr qint64 HourEnd = HourStart + Hour;

// An activity record given in milliseconds relative to the start of the hour under test.
ActivityInterval rel(qint64 fromMs, qint64 toMs)
{
    return {HourStart + fromMs, HourStart + toMs};
}

RuleSettings capOff()
{
    RuleSettings settings;
    settings.capInfrastructureAtOne = false;
    return settings;
}

} // namespace

class TestLicenseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSettingsMatchTheDomain();

    void hostMode_data();
    void hostMode();
    void fullStackWeight_data();
    void fullStackWeight();
    void hostUnits_data();
    void hostUnits();
    void effectiveMemory_data();
    void effectiveMemory();
    void negativeMemoryIsTheSmallestWeight_data();
    void negativeMemoryIsTheSmallestWeight();

    void activity_data();
    void activity();
    void minimumActiveTimeIsASetting();
    void activityClippedToAnyGivenWindow();

    void demUnits_data();
    void demUnits();

    void hostEntityId_data();
    void hostEntityId();
};

void TestLicenseRules::defaultSettingsMatchTheDomain()
{
    const RuleSettings settings;
    QVERIFY(settings.capInfrastructureAtOne);
    QCOMPARE(settings.minimumActiveMs, 5 * Minute);
    QCOMPARE(settings.demVisitWeight, 0.25);
    QCOMPARE(settings.demReplayWeight, 0.75);
    QCOMPARE(settings.demBrowserMonitorWeight, 1.0);
    QCOMPARE(settings.demHttpMonitorWeight, 0.1);
}

void TestLicenseRules::hostMode_data()
{
    QTest::addColumn<bool>("paas");
    QTest::addColumn<bool>("infrastructureOnly");
    QTest::addColumn<HostMode>("expected");

    QTest::newRow("neither: full-stack") << false << false << HostMode::FullStack;
    QTest::newRow("infrastructure only") << false << true << HostMode::Infrastructure;
    QTest::newRow("paas") << true << false << HostMode::PaaS;
    QTest::newRow("paas beats infrastructureOnly") << true << true << HostMode::PaaS;
}

void TestLicenseRules::hostMode()
{
    QFETCH(bool, paas);
    QFETCH(bool, infrastructureOnly);
    QFETCH(HostMode, expected);
    QCOMPARE(Rules::hostMode(paas, infrastructureOnly), expected);
}

void TestLicenseRules::fullStackWeight_data()
{
    QTest::addColumn<qint64>("memoryBytes");
    QTest::addColumn<qint64>("expectedMilli");

    QTest::newRow("0 bytes") << qint64(0) << qint64(100);
    QTest::newRow("1 byte") << qint64(1) << qint64(100);
    QTest::newRow("1 GiB") << GiB << qint64(100);
    // 1.6 GiB = 1717986918.4 bytes: the last whole byte below it is still 0.1, the next one is above.
    QTest::newRow("1.6 GiB, rounded down") << qint64(1717986918) << qint64(100);
    QTest::newRow("1.6 GiB + 0.6 byte") << qint64(1717986919) << qint64(250);
    QTest::newRow("2 GiB") << 2 * GiB << qint64(250);
    QTest::newRow("4 GiB") << 4 * GiB << qint64(250);
    QTest::newRow("4 GiB + 1") << 4 * GiB + 1 << qint64(500);
    QTest::newRow("8 GiB") << 8 * GiB << qint64(500);
    QTest::newRow("8 GiB + 1") << 8 * GiB + 1 << qint64(1000);
    QTest::newRow("16 GiB") << 16 * GiB << qint64(1000);
    QTest::newRow("16 GiB + 1: ceil(1.00..) = 2") << 16 * GiB + 1 << qint64(2000);
    QTest::newRow("24 GiB: ceil(1.5) = 2") << 24 * GiB << qint64(2000);
    QTest::newRow("32 GiB: ceil(2) = 2") << 32 * GiB << qint64(2000);
    QTest::newRow("32 GiB + 1: ceil(2.00..) = 3") << 32 * GiB + 1 << qint64(3000);
    QTest::newRow("48 GiB: 3") << 48 * GiB << qint64(3000);
    QTest::newRow("48 GiB + 1: 4") << 48 * GiB + 1 << qint64(4000);
    QTest::newRow("64 GiB: 4") << 64 * GiB << qint64(4000);
    QTest::newRow("64 GiB + 1: 5") << 64 * GiB + 1 << qint64(5000);
    QTest::newRow("256 GiB: 16") << 256 * GiB << qint64(16000);
    QTest::newRow("1 TiB: 1024 / 16 = 64") << TiB << qint64(64000);
    QTest::newRow("1 TiB + 1: 65") << TiB + 1 << qint64(65000);
    // (2^63 - 1) / 2^34 is just below 2^29, so the ceiling is 2^29 = 536870912.
    QTest::newRow("int64 max, no overflow") << std::numeric_limits<qint64>::max() << qint64(536870912) * 1000;
    QTest::newRow("negative") << qint64(-1) << qint64(100);
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << qint64(100);
}

void TestLicenseRules::fullStackWeight()
{
    QFETCH(qint64, memoryBytes);
    QFETCH(qint64, expectedMilli);
    QCOMPARE(Rules::fullStackWeightMilli(memoryBytes), expectedMilli);
}

void TestLicenseRules::hostUnits_data()
{
    QTest::addColumn<HostMode>("mode");
    QTest::addColumn<qint64>("memoryBytes");
    QTest::addColumn<bool>("cap");
    QTest::addColumn<qint64>("expectedMilli");

    // Full-Stack and PaaS: the full-stack weight; the infrastructure cap never applies to them.
    QTest::newRow("full-stack 1 GiB") << HostMode::FullStack << GiB << true << qint64(100);
    QTest::newRow("full-stack 16 GiB") << HostMode::FullStack << 16 * GiB << true << qint64(1000);
    QTest::newRow("full-stack 64 GiB, cap on") << HostMode::FullStack << 64 * GiB << true << qint64(4000);
    QTest::newRow("paas 4 GiB + 1") << HostMode::PaaS << 4 * GiB + 1 << true << qint64(500);
    QTest::newRow("paas 64 GiB, cap on") << HostMode::PaaS << 64 * GiB << true << qint64(4000);

    // Infrastructure: 0.3 x the full-stack weight.
    QTest::newRow("infra 0 bytes: 0.3 x 0.1") << HostMode::Infrastructure << qint64(0) << true << qint64(30);
    QTest::newRow("infra 1.6 GiB: 0.3 x 0.1") << HostMode::Infrastructure << qint64(1717986918) << true << qint64(30);
    QTest::newRow("infra 4 GiB: 0.3 x 0.25") << HostMode::Infrastructure << 4 * GiB << true << qint64(75);
    QTest::newRow("infra 8 GiB: 0.3 x 0.5") << HostMode::Infrastructure << 8 * GiB << true << qint64(150);
    QTest::newRow("infra 16 GiB: 0.3 x 1") << HostMode::Infrastructure << 16 * GiB << true << qint64(300);
    QTest::newRow("infra 32 GiB: 0.3 x 2") << HostMode::Infrastructure << 32 * GiB << true << qint64(600);
    QTest::newRow("infra 48 GiB: 0.3 x 3") << HostMode::Infrastructure << 48 * GiB << true << qint64(900);
    QTest::newRow("infra 48 GiB + 1: 1.2 capped") << HostMode::Infrastructure << 48 * GiB + 1 << true << qint64(1000);
    QTest::newRow("infra 64 GiB: 1.2 capped") << HostMode::Infrastructure << 64 * GiB << true << qint64(1000);
    QTest::newRow("infra 1 TiB: 19.2 capped") << HostMode::Infrastructure << TiB << true << qint64(1000);
    QTest::newRow("infra 64 GiB, cap off: 1.2") << HostMode::Infrastructure << 64 * GiB << false << qint64(1200);
    QTest::newRow("infra 1 TiB, cap off: 0.3 x 64") << HostMode::Infrastructure << TiB << false << qint64(19200);
    QTest::newRow("infra 48 GiB, cap off: 0.9") << HostMode::Infrastructure << 48 * GiB << false << qint64(900);
}

void TestLicenseRules::hostUnits()
{
    QFETCH(HostMode, mode);
    QFETCH(qint64, memoryBytes);
    QFETCH(bool, cap);
    QFETCH(qint64, expectedMilli);

    const RuleSettings settings = cap ? RuleSettings() : capOff();
    QCOMPARE(Rules::hostUnitsMilli(mode, memoryBytes, settings), expectedMilli);
}

void TestLicenseRules::effectiveMemory_data()
{
    QTest::addColumn<bool>("paas");
    QTest::addColumn<bool>("infrastructureOnly");
    QTest::addColumn<qint64>("hostMemoryBytes");
    QTest::addColumn<qint64>("paasLimitBytes");
    QTest::addColumn<qint64>("expectedMemory");
    QTest::addColumn<qint64>("expectedMilli");

    QTest::newRow("paas uses its limit") << true << false << 64 * GiB << 2 * GiB << 2 * GiB << qint64(250);
    QTest::newRow("paas limit above host memory") << true << false << GiB << 64 * GiB << 64 * GiB << qint64(4000);
    QTest::newRow("paas limit 0: host memory") << true << false << 8 * GiB << qint64(0) << 8 * GiB << qint64(500);
    QTest::newRow("paas limit negative: host memory")
        << true << false << 8 * GiB << qint64(-1) << 8 * GiB << qint64(500);
    // Would be Infrastructure with 64 GiB (1.0, capped) if infrastructureOnly won.
    QTest::newRow("paas and infrastructureOnly: paas") << true << true << 64 * GiB << 2 * GiB << 2 * GiB << qint64(250);
    QTest::newRow("full-stack ignores the limit") << false << false << 64 * GiB << 2 * GiB << 64 * GiB << qint64(4000);
    QTest::newRow("infrastructure ignores the limit")
        << false << true << 64 * GiB << 2 * GiB << 64 * GiB << qint64(1000);
    QTest::newRow("full-stack 0 bytes") << false << false << qint64(0) << qint64(0) << qint64(0) << qint64(100);
}

void TestLicenseRules::effectiveMemory()
{
    QFETCH(bool, paas);
    QFETCH(bool, infrastructureOnly);
    QFETCH(qint64, hostMemoryBytes);
    QFETCH(qint64, paasLimitBytes);
    QFETCH(qint64, expectedMemory);
    QFETCH(qint64, expectedMilli);

    const HostMode mode = Rules::hostMode(paas, infrastructureOnly);
    const qint64 memory = Rules::effectiveMemoryBytes(mode, hostMemoryBytes, paasLimitBytes);
    QCOMPARE(memory, expectedMemory);
    QCOMPARE(Rules::hostUnitsMilli(mode, memory, RuleSettings()), expectedMilli);
}

void TestLicenseRules::negativeMemoryIsTheSmallestWeight_data()
{
    QTest::addColumn<HostMode>("mode");
    QTest::addColumn<qint64>("expectedMilli");

    // A negative size is at most 1.6 GiB: weight 0.1 (Infrastructure 0.03).
    QTest::newRow("full-stack") << HostMode::FullStack << qint64(100);
    QTest::newRow("infrastructure") << HostMode::Infrastructure << qint64(30);
    QTest::newRow("paas") << HostMode::PaaS << qint64(100);
}

void TestLicenseRules::negativeMemoryIsTheSmallestWeight()
{
    QFETCH(HostMode, mode);
    QFETCH(qint64, expectedMilli);

    const qint64 memory = Rules::effectiveMemoryBytes(mode, -16 * GiB, 0);
    QVERIFY(memory <= 0);
    QCOMPARE(Rules::hostUnitsMilli(mode, memory, RuleSettings()), expectedMilli);
    QCOMPARE(Rules::hostUnitsMilli(mode, -16 * GiB, RuleSettings()), expectedMilli);
}

void TestLicenseRules::activity_data()
{
    QTest::addColumn<Intervals>("intervals");
    QTest::addColumn<qint64>("expectedActiveMs");
    QTest::addColumn<bool>("expectedCounted");

    QTest::newRow("no records at all: counted") << Intervals{} << qint64(0) << true;
    QTest::newRow("10 min inside") << Intervals{rel(10 * Minute, 20 * Minute)} << 10 * Minute << true;
    QTest::newRow("whole hour") << Intervals{rel(0, Hour)} << Hour << true;
    QTest::newRow("exactly 5 min") << Intervals{rel(0, 5 * Minute)} << 5 * Minute << true;
    QTest::newRow("4:59.999") << Intervals{rel(0, 5 * Minute - 1)} << 5 * Minute - 1 << false;
    QTest::newRow("5 min at the end of the hour") << Intervals{rel(55 * Minute, Hour)} << 5 * Minute << true;
    // [0,3) and [1,4): union 4 min, sum 6 min.
    QTest::newRow("overlap: union, not sum")
        << Intervals{rel(0, 3 * Minute), rel(1 * Minute, 4 * Minute)} << 4 * Minute << false;
    QTest::newRow("nested record") << Intervals{rel(0, 4 * Minute), rel(1 * Minute, 2 * Minute)} << 4 * Minute << false;
    QTest::newRow("same record twice") << Intervals{rel(0, 3 * Minute), rel(0, 3 * Minute)} << 3 * Minute << false;
    // [30,33) and [10,12), given out of order: 3 + 2 = 5 min.
    QTest::newRow("unsorted, disjoint") << Intervals{rel(30 * Minute, 33 * Minute), rel(10 * Minute, 12 * Minute)}
                                        << 5 * Minute << true;
    // [20,23) [0,2) [21,24): union [0,2) + [20,24) = 6 min; the late record must not hide [0,2).
    QTest::newRow("unsorted, overlapping")
        << Intervals{rel(20 * Minute, 23 * Minute), rel(0, 2 * Minute), rel(21 * Minute, 24 * Minute)} << 6 * Minute
        << true;
    QTest::newRow("adjacent records") << Intervals{rel(0, 150 * 1000), rel(150 * 1000, 5 * Minute)} << 5 * Minute
                                      << true;
    QTest::newRow("clipped at the start") << Intervals{rel(-10 * Minute, 3 * Minute)} << 3 * Minute << false;
    QTest::newRow("clipped at the end") << Intervals{rel(57 * Minute, 70 * Minute)} << 3 * Minute << false;
    QTest::newRow("clipped at both edges") << Intervals{rel(-Hour, 2 * Hour)} << Hour << true;
    // [-10,3) clips to 3 min, [58,61) clips to 2 min: 5 min.
    QTest::newRow("clipped records at each edge")
        << Intervals{rel(-10 * Minute, 3 * Minute), rel(58 * Minute, 61 * Minute)} << 5 * Minute << true;
    QTest::newRow("entirely before") << Intervals{rel(-20 * Minute, -Minute)} << qint64(0) << false;
    QTest::newRow("entirely after") << Intervals{rel(61 * Minute, 80 * Minute)} << qint64(0) << false;
    QTest::newRow("ends at the hour start") << Intervals{rel(-10 * Minute, 0)} << qint64(0) << false;
    QTest::newRow("starts at the hour end") << Intervals{rel(Hour, Hour + 10 * Minute)} << qint64(0) << false;
    QTest::newRow("records all outside: not counted")
        << Intervals{rel(-2 * Hour, -Hour), rel(Hour, 2 * Hour)} << qint64(0) << false;
    QTest::newRow("zero-length record") << Intervals{rel(Minute, Minute)} << qint64(0) << false;
    // Two agents of one host: 2 min + 3 min in different parts of the hour.
    QTest::newRow("two agents together 5 min")
        << Intervals{rel(0, 2 * Minute), rel(40 * Minute, 43 * Minute)} << 5 * Minute << true;
    QTest::newRow("three agents together 4:59.999")
        << Intervals{rel(0, 2 * Minute), rel(10 * Minute, 12 * Minute), rel(20 * Minute, 21 * Minute - 1)}
        << 5 * Minute - 1 << false;
    QTest::newRow("outside plus inside") << Intervals{rel(-Hour, -30 * Minute), rel(10 * Minute, 16 * Minute)}
                                         << 6 * Minute << true;
}

void TestLicenseRules::activity()
{
    QFETCH(Intervals, intervals);
    QFETCH(qint64, expectedActiveMs);
    QFETCH(bool, expectedCounted);

    QCOMPARE(Rules::activeMs(intervals, HourStart, HourEnd), expectedActiveMs);
    QCOMPARE(Rules::isCounted(intervals, HourStart, HourEnd, RuleSettings()), expectedCounted);
}

void TestLicenseRules::minimumActiveTimeIsASetting()
{
    const Intervals sixMinutes{rel(0, 6 * Minute)};
    RuleSettings tenMinutes;
    tenMinutes.minimumActiveMs = 10 * Minute;
    QVERIFY(Rules::isCounted(sixMinutes, HourStart, HourEnd, RuleSettings()));
    QVERIFY(!Rules::isCounted(sixMinutes, HourStart, HourEnd, tenMinutes));
    // No records at all still counts, whatever the minimum.
    QVERIFY(Rules::isCounted(Intervals{}, HourStart, HourEnd, tenMinutes));
}

void TestLicenseRules::activityClippedToAnyGivenWindow()
{
    // The window is the file's time frame, not a fixed hour: [13:00, 13:30) here.
    const Intervals intervals{rel(20 * Minute, 40 * Minute)};
    QCOMPARE(Rules::activeMs(intervals, HourStart, HourStart + 30 * Minute), 10 * Minute);
    QCOMPARE(Rules::activeMs(intervals, HourStart + 30 * Minute, HourEnd), 10 * Minute);
}

void TestLicenseRules::demUnits_data()
{
    QTest::addColumn<qint64>("visits");
    QTest::addColumn<qint64>("mobileSessions");
    QTest::addColumn<qint64>("sessionReplays");
    QTest::addColumn<qint64>("mobileSessionReplays");
    QTest::addColumn<qint64>("browserExecutions");
    QTest::addColumn<qint64>("httpExecutions");
    QTest::addColumn<qint64>("unknownExecutions");
    QTest::addColumn<bool>("customWeights");
    QTest::addColumn<double>("expected");

    QTest::newRow("nothing") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                             << false << 0.0;
    QTest::newRow("visits: 0.25 x 100") << qint64(100) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                        << qint64(0) << false << 25.0;
    QTest::newRow("mobile: 0.25 x 8") << qint64(0) << qint64(8) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                      << qint64(0) << false << 2.0;
    QTest::newRow("replays: 0.75 x (4 + 4)")
        << qint64(0) << qint64(0) << qint64(4) << qint64(4) << qint64(0) << qint64(0) << qint64(0) << false << 6.0;
    QTest::newRow("browser: 1.0 x 7") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(7) << qint64(0)
                                      << qint64(0) << false << 7.0;
    QTest::newRow("http: 0.1 x 30") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(30)
                                    << qint64(0) << false << 3.0;
    // 0.25 x (100 + 20) + 0.75 x (10 + 2) + 1.0 x 3 + 0.1 x 50 = 30 + 9 + 3 + 5 = 47
    QTest::newRow("all, default weights") << qint64(100) << qint64(20) << qint64(10) << qint64(2) << qint64(3)
                                          << qint64(50) << qint64(0) << false << 47.0;
    QTest::newRow("unknown monitor types are not estimated")
        << qint64(100) << qint64(20) << qint64(10) << qint64(2) << qint64(3) << qint64(50) << qint64(1000) << false
        << 47.0;
    // Custom weights 0.5 / 1.0 / 2.0 / 0.5: 0.5 x 120 + 1.0 x 12 + 2.0 x 3 + 0.5 x 50 = 60 + 12 + 6 + 25 = 103
    QTest::newRow("all, custom weights") << qint64(100) << qint64(20) << qint64(10) << qint64(2) << qint64(3)
                                         << qint64(50) << qint64(0) << true << 103.0;
    // 0.25 x 4e9 = 1e9: no 32-bit overflow anywhere.
    QTest::newRow("large counts") << qint64(4000000000) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                  << qint64(0) << false << 1e9;
}

void TestLicenseRules::demUnits()
{
    QFETCH(qint64, visits);
    QFETCH(qint64, mobileSessions);
    QFETCH(qint64, sessionReplays);
    QFETCH(qint64, mobileSessionReplays);
    QFETCH(qint64, browserExecutions);
    QFETCH(qint64, httpExecutions);
    QFETCH(qint64, unknownExecutions);
    QFETCH(bool, customWeights);
    QFETCH(double, expected);

    EnvironmentHour environment;
    environment.environmentId = QStringLiteral("env");
    environment.visits = visits;
    environment.mobileSessions = mobileSessions;
    environment.sessionReplays = sessionReplays;
    environment.mobileSessionReplays = mobileSessionReplays;
    environment.syntheticBrowserExecutions = browserExecutions;
    environment.syntheticHttpExecutions = httpExecutions;
    environment.syntheticUnknownExecutions = unknownExecutions;
    environment.rumUserProperties = 500; // not part of the default formula

    RuleSettings settings;
    if (customWeights) {
        settings.demVisitWeight = 0.5;
        settings.demReplayWeight = 1.0;
        settings.demBrowserMonitorWeight = 2.0;
        settings.demHttpMonitorWeight = 0.5;
    }
    QCOMPARE(Rules::demUnits(environment, settings), expected);
}

void TestLicenseRules::hostEntityId_data()
{
    QTest::addColumn<qint64>("osiId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("HOST-0000000000000000");
    QTest::newRow("one") << qint64(1) << QStringLiteral("HOST-0000000000000001");
    QTest::newRow("-1: all bits set") << qint64(-1) << QStringLiteral("HOST-FFFFFFFFFFFFFFFF");
    QTest::newRow("-2") << qint64(-2) << QStringLiteral("HOST-FFFFFFFFFFFFFFFE");
    // 2^53 + 1 = 9007199254740993 = 0x20000000000001: the one a double would lose.
    QTest::newRow("2^53 + 1") << qint64(9007199254740993) << QStringLiteral("HOST-0020000000000001");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("HOST-8000000000000000");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("HOST-7FFFFFFFFFFFFFFF");
    // -0x123456789ABCDEF0 as unsigned is 2^64 - 0x123456789ABCDEF0 = 0xEDCBA98765432110 (upper case).
    QTest::newRow("typical negative") << qint64(-1311768467463790320) << QStringLiteral("HOST-EDCBA98765432110");
    QTest::newRow("hex letters upper case") << qint64(0xABCDEF) << QStringLiteral("HOST-0000000000ABCDEF");
}

void TestLicenseRules::hostEntityId()
{
    QFETCH(qint64, osiId);
    QFETCH(QString, expected);
    QCOMPARE(Rules::hostEntityId(osiId), expected);
}

QTEST_GUILESS_MAIN(TestLicenseRules)
#include "tst_licenserules.moc"
