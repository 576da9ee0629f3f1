// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <report/licensecheck.h>

#include <QTest>
#include <limits>

using namespace LicenseCore;

namespace {

BilledUnit unit(const QString &label, const QString &name, double quota, double usage)
{
    BilledUnit billed;
    billed.label = label;
    billed.name = name;
    billed.present = true;
    billed.quota = quota;
    billed.usage = usage;
    return billed;
}

BilledUnit hostUnits(double quota, double usage)
{
    return unit(QStringLiteral("host_units"), QStringLiteral("host units"), quota, usage);
}

BilledUnit demUnits(double quota, double usage)
{
    return unit(QStringLiteral("dem_units"), QStringLiteral("DEM units"), quota, usage);
}

BilledUnit ddus(double quota, double usage)
{
    return unit(QStringLiteral("ddu"), QStringLiteral("DDUs"), quota, usage);
}

} // namespace

class TestLicenseCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QList<BilledUnit>>("units");
        QTest::addColumn<double>("warning");
        QTest::addColumn<double>("critical");
        QTest::addColumn<CheckState>("state");
        QTest::addColumn<QString>("line");

        // 183.5 / 250 = 73.4 %; 50 / 100; 10 / 100.
        QTest::newRow("all below the warning threshold")
            << QList<BilledUnit>{hostUnits(250, 183.5), demUnits(100, 50), ddus(100, 10)} << 80.0 << 95.0
            << CheckState::Ok
            << QStringLiteral("LICENSE OK - host units 73.4 %; DEM units 50 %; DDUs 10 % | "
                              "host_units=73.4%;80;95;0;100 host_units_billed=183.5;200;237.5;0;250 "
                              "dem_units=50%;80;95;0;100 dem_units_billed=50;80;95;0;100 "
                              "ddu=10%;80;95;0;100 ddu_billed=10;80;95;0;100");
        // Nagios thresholds alert above the value: exactly 80 % is still OK.
        QTest::newRow("exactly at the warning threshold")
            << QList<BilledUnit>{hostUnits(250, 200)} << 80.0 << 95.0 << CheckState::Ok
            << QStringLiteral("LICENSE OK - host units 80 % | host_units=80%;80;95;0;100 "
                              "host_units_billed=200;200;237.5;0;250");
        // 201 / 250 = 80.4 %.
        QTest::newRow("just above the warning threshold")
            << QList<BilledUnit>{hostUnits(250, 201), demUnits(100, 50)} << 80.0 << 95.0 << CheckState::Warning
            << QStringLiteral("LICENSE WARNING - host units 80.4 % of quota (201 of 250), warning above 80 %; DEM "
                              "units 50 % | host_units=80.4%;80;95;0;100 host_units_billed=201;200;237.5;0;250 "
                              "dem_units=50%;80;95;0;100 dem_units_billed=50;80;95;0;100");
        // The worst unit decides: DDUs 512340.25 / 500000 = 102.468 % is critical, host units 90 % a warning.
        QTest::newRow("the worst unit decides")
            << QList<BilledUnit>{hostUnits(10, 9), ddus(500000, 512340.25)} << 80.0 << 95.0 << CheckState::Critical
            << QStringLiteral("LICENSE CRITICAL - host units 90 % of quota (9 of 10), warning above 80 %; DDUs "
                              "102.5 % of quota (512340.25 of 500000), critical above 95 % | "
                              "host_units=90%;80;95;0;100 host_units_billed=9;8;9.5;0;10 "
                              "ddu=102.47%;80;95;0;100 ddu_billed=512340.25;400000;475000;0;500000");
        // Thresholds of the user: 50 / 60, DEM 55 %.
        QTest::newRow("own thresholds")
            << QList<BilledUnit>{demUnits(200, 110)} << 50.0 << 60.0 << CheckState::Warning
            << QStringLiteral("LICENSE WARNING - DEM units 55 % of quota (110 of 200), warning above 50 % | "
                              "dem_units=55%;50;60;0;100 dem_units_billed=110;100;120;0;200");
        QTest::newRow("a unit without quota is reported, not judged")
            << QList<BilledUnit>{hostUnits(-1, 300), ddus(100, 96)} << 80.0 << 95.0 << CheckState::Critical
            << QStringLiteral("LICENSE CRITICAL - DDUs 96 % of quota (96 of 100), critical above 95 %; host units no "
                              "quota | host_units_billed=300;;;0; ddu=96%;80;95;0;100 ddu_billed=96;80;95;0;100");
        QTest::newRow("no quota at all") << QList<BilledUnit>{hostUnits(-1, 300), demUnits(0, 5)} << 80.0 << 95.0
                                         << CheckState::Unknown
                                         << QStringLiteral("LICENSE UNKNOWN - the cluster reports no license quota");
        QTest::newRow("nothing reported") << QList<BilledUnit>{} << 80.0 << 95.0 << CheckState::Unknown
                                          << QStringLiteral("LICENSE UNKNOWN - the cluster reports no license quota");
        QTest::newRow("warning above critical")
            << QList<BilledUnit>{hostUnits(250, 10)} << 90.0 << 50.0 << CheckState::Unknown
            << QStringLiteral("LICENSE UNKNOWN - the warning threshold (90 %) lies above the critical one (50 %)");
        QTest::newRow("negative threshold")
            << QList<BilledUnit>{hostUnits(250, 10)} << -1.0 << 50.0 << CheckState::Unknown
            << QStringLiteral("LICENSE UNKNOWN - the warning threshold must be a percentage of 0 or more");
        QTest::newRow("not a number")
            << QList<BilledUnit>{hostUnits(250, 10)} << 80.0 << std::numeric_limits<double>::quiet_NaN()
            << CheckState::Unknown
            << QStringLiteral("LICENSE UNKNOWN - the critical threshold must be a percentage of 0 or more");
    }

    void evaluate()
    {
        QFETCH(QList<BilledUnit>, units);
        QFETCH(double, warning);
        QFETCH(double, critical);
        QFETCH(CheckState, state);
        QFETCH(QString, line);

        const CheckOutcome outcome = LicenseCheck::evaluate(units, {warning, critical});
        QCOMPARE(outcome.state, state);
        QCOMPARE(outcome.exitCode(), int(state));
        QCOMPARE(outcome.statusLine(), line);
        QVERIFY(!outcome.statusLine().contains(QLatin1Char('\n')));
    }

    void exitCodes_data()
    {
        QTest::addColumn<CheckState>("state");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("name");
        QTest::newRow("ok") << CheckState::Ok << 0 << QStringLiteral("OK");
        QTest::newRow("warning") << CheckState::Warning << 1 << QStringLiteral("WARNING");
        QTest::newRow("critical") << CheckState::Critical << 2 << QStringLiteral("CRITICAL");
        QTest::newRow("unknown") << CheckState::Unknown << 3 << QStringLiteral("UNKNOWN");
    }

    void exitCodes()
    {
        QFETCH(CheckState, state);
        QFETCH(int, exitCode);
        QFETCH(QString, name);
        CheckOutcome outcome;
        outcome.state = state;
        QCOMPARE(outcome.exitCode(), exitCode);
        QCOMPARE(LicenseCheck::stateName(state), name);
    }

    void forecastInPerfdata_data()
    {
        QTest::addColumn<std::optional<double>>("demForecast");
        QTest::addColumn<std::optional<double>>("dduForecast");
        QTest::addColumn<QString>("expected");
        // DEM units 500 of 1000 (50 %), DDUs 30 of 100 (30 %); the forecast follows its unit's billed figures,
        // two decimals at most, the same percentage thresholds and range.
        const QString dem = QStringLiteral("dem_units=50%;80;95;0;100 dem_units_billed=500;800;950;0;1000");
        const QString ddu = QStringLiteral("ddu=30%;80;95;0;100 ddu_billed=30;80;95;0;100");
        QTest::newRow("both") << std::optional<double>(42.123) << std::optional<double>(120.5)
                              << dem + QStringLiteral(" dem_units_forecast=42.12%;80;95;0;100 ") + ddu +
                                     QStringLiteral(" ddu_forecast=120.5%;80;95;0;100");
        QTest::newRow("DEM units only") << std::optional<double>(99.999) << std::optional<double>()
                                        << dem + QStringLiteral(" dem_units_forecast=100%;80;95;0;100 ") + ddu;
        QTest::newRow("none: refused") << std::optional<double>() << std::optional<double>()
                                       << dem + QLatin1Char(' ') + ddu;
    }

    void forecastInPerfdata()
    {
        QFETCH(std::optional<double>, demForecast);
        QFETCH(std::optional<double>, dduForecast);
        QFETCH(QString, expected);
        BilledUnit dem{QStringLiteral("dem_units"), QStringLiteral("DEM units"), true, 1000, 500, demForecast};
        BilledUnit ddu{QStringLiteral("ddu"), QStringLiteral("DDUs"), true, 100, 30, dduForecast};
        QCOMPARE(LicenseCheck::perfdata({dem, ddu}, {80, 95}), expected);
        // Reported, never judged: a forecast far over the quota leaves the state to the billed usage.
        QCOMPARE(LicenseCheck::evaluate({dem, ddu}, {80, 95}).state, CheckState::Ok);
        QCOMPARE(LicenseCheck::evaluate({dem, ddu}, {80, 95}).perfdata, expected);
    }

    void unknownReasonIsOneLine()
    {
        QCOMPARE(LicenseCheck::unknown(QStringLiteral("cluster says\nno\r\n")).statusLine(),
                 QStringLiteral("LICENSE UNKNOWN - cluster says no"));
    }
};

QTEST_GUILESS_MAIN(TestLicenseCheck)
#include "tst_licensecheck.moc"
