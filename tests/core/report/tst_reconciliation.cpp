// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <report/reconciliation.h>
#include <usage/usagesnapshotbuilder.h>

#include <QBuffer>
#include <QTest>

using namespace LicenseCore;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Oct1st = 1790812800000; // 2026-10-01T00:00:00Z

qint64 h(int n)
{
    return Oct1st + n * Hour;
}

EnvironmentHourSummary environment(const QString &id, qint64 hourStart, qint64 unitsMilli, double dem, double ddu,
                                   bool trial = false)
{
    EnvironmentHourSummary summary;
    summary.environmentId = id;
    summary.usage.periodStartMs = hourStart;
    summary.usage.hoursWithData = 1;
    summary.usage.peakHosts = 1;
    summary.usage.hostUnitHoursMilli = unitsMilli;
    summary.usage.peakHostUnitsMilli = unitsMilli;
    summary.usage.fullStackHostUnitHoursMilli = unitsMilli;
    summary.usage.demUnits = dem;
    summary.usage.dduTotal = ddu;
    summary.usage.trial = trial;
    return summary;
}

// The period 1 Oct 00:00 to 10:00: the history holds 00:00-02:00 and 05:00-07:00. env-a has 2 host units, 1.5 DEM
// units and 10 DDUs every hour it holds; the trial env-t has 0.5 host units at 00:00.
UsageSnapshotPtr periodSnapshot(const RuleSettings &rules)
{
    UsageSnapshotBuilder builder(rules);
    builder.setExpectedRange(HourRange{h(0), h(10)});
    for (const int n : {0, 1, 2, 5, 6, 7}) {
        HourSummary hour;
        hour.clusterUuid = QStringLiteral("cluster-1");
        hour.hourStartMs = h(n);
        hour.environments.push_back(environment(QStringLiteral("env-a"), h(n), 2000, 1.5, 10));
        if (n == 0)
            hour.environments.push_back(environment(QStringLiteral("env-t"), h(n), 500, 0, 0, true));
        builder.add(std::move(hour), QString::number(n));
    }
    return builder.build();
}

BilledUsage billedUsage(bool reachable, qint64 lastBillingMs)
{
    BilledUsage billed;
    billed.reachable = reachable;
    if (!reachable)
        billed.unreachableReason = QStringLiteral("connection refused");
    billed.hostUnits = 2;
    billed.demUnits = 8;
    billed.ddus = 48;
    if (lastBillingMs >= 0)
        billed.lastBillingMs = lastBillingMs;
    return billed;
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<qint64>("lastBillingMs"); // -1: not reported
        QTest::addColumn<int>("minimumActiveMinutes");
        QTest::addColumn<QStringList>("reasons");

        const QString missing = QStringLiteral(
            "missing_hours: 4 hours missing: 2026-10-01 03:00 – 2026-10-01 04:00, 2026-10-01 08:00 – 2026-10-01 09:00");
        const QString trial = QStringLiteral("trial_environments: 1 trial environment in the estimate: env-t");
        QTest::newRow("billed up to 06:00: 06:00 and 07:00 are late")
            << true << h(6) << 5
            << QStringList{missing,
                           QStringLiteral("late_records: 2 hours of the history newer than the last billing time "
                                          "2026-10-01 06:00: 2026-10-01 06:00 – 2026-10-01 07:00"),
                           trial};
        QTest::newRow("billed up to 07:00: one late hour")
            << true << h(7) << 5
            << QStringList{missing,
                           QStringLiteral("late_records: 1 hour of the history newer than the last billing time "
                                          "2026-10-01 07:00: 2026-10-01 07:00"),
                           trial};
        QTest::newRow("billed beyond the history: nothing late") << true << h(8) << 5 << QStringList{missing, trial};
        // Without a billing time, the last two hours the history holds are taken as within the lag.
        QTest::newRow("no billing time: the lag")
            << true << qint64(-1) << 5
            << QStringList{missing,
                           QStringLiteral("late_records: 2 hours of the history within the cluster's billing lag of "
                                          "about 2 hours: 2026-10-01 06:00 – 2026-10-01 07:00"),
                           trial};
        QTest::newRow("unreachable: nothing is late, the rules differ")
            << false << h(6) << 10
            << QStringList{missing, trial, QStringLiteral("estimation_rules: minimum active minutes 10 instead of 5")};
    }

    void reasons()
    {
        QFETCH(bool, reachable);
        QFETCH(qint64, lastBillingMs);
        QFETCH(int, minimumActiveMinutes);
        QFETCH(QStringList, reasons);

        RuleSettings rules;
        rules.minimumActiveMs = qint64(minimumActiveMinutes) * 60 * 1000;
        const UsageSnapshotPtr snapshot = periodSnapshot(rules);
        const Reconciliation result =
            Reconciler::compute(*snapshot, HourRange{h(0), h(10)}, billedUsage(reachable, lastBillingMs));
        QStringList actual;
        for (const ReconciliationReason &reason : result.reasons)
            actual << reason.kind + QStringLiteral(": ") + reason.evidence;
        QCOMPARE(actual, reasons);
        QCOMPARE(result.unreachableReason, reachable ? QString() : QStringLiteral("connection refused"));
    }

    void csv_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QByteArray>("csv");

        // Peak 2 + 0.5 at 00:00 against 2 billed: +0.5, +25 %. Host-unit hours 6 x 2 + 0.5, never billed.
        // DEM 6 x 1.5 = 9 against 8: +12.5 %. DDUs 6 x 10 = 60 against 48: +25 %.
        QTest::newRow("billed") << true
                                << QByteArray("metric,estimate,billed,difference,difference_percent\n"
                                              "host_units_peak,2.5,2,0.5,25\n"
                                              "host_unit_hours,12.5,,,\n"
                                              "dem_units,9,8,1,12.5\n"
                                              "ddu,60,48,12,25\n"
                                              "\n"
                                              "reason,evidence\n"
                                              "period,2026-10-01T00:00:00Z/2026-10-01T10:00:00Z\n"
                                              "missing_hours,\"4 hours missing: 2026-10-01 03:00 – 2026-10-01 04:00, "
                                              "2026-10-01 08:00 – 2026-10-01 09:00\"\n");
        QTest::newRow("unreachable: the estimate alone")
            << false
            << QByteArray("metric,estimate,billed,difference,difference_percent\n"
                          "host_units_peak,2.5,,,\n"
                          "host_unit_hours,12.5,,,\n"
                          "dem_units,9,,,\n"
                          "ddu,60,,,\n"
                          "\n"
                          "reason,evidence\n"
                          "period,2026-10-01T00:00:00Z/2026-10-01T10:00:00Z\n"
                          "cluster_unreachable,connection refused\n"
                          "missing_hours,\"4 hours missing: 2026-10-01 03:00 – 2026-10-01 04:00, "
                          "2026-10-01 08:00 – 2026-10-01 09:00\"\n");
    }

    void csv()
    {
        QFETCH(bool, reachable);
        QFETCH(QByteArray, csv);

        const UsageSnapshotPtr snapshot = periodSnapshot({});
        Reconciliation result = Reconciler::compute(*snapshot, HourRange{h(0), h(10)}, billedUsage(reachable, h(8)));
        // Only the missing hours are kept as a reason: their evidence holds a comma and is quoted (RFC 4180).
        result.reasons.removeIf([](const ReconciliationReason &reason) { return reason.kind != u"missing_hours"; });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!Reconciler::write(buffer, result).isError());
        QCOMPARE(buffer.data(), csv);
    }

    void licenseYear_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");

        QTest::newRow("calendar year") << "2026-12-03T13:00:00Z" << 1 << "2026-01-01T00:00:00Z"
                                       << "2027-01-01T00:00:00Z";
        QTest::newRow("year from April, before April") << "2026-03-31T23:59:59Z" << 4 << "2025-04-01T00:00:00Z"
                                                       << "2026-04-01T00:00:00Z";
        QTest::newRow("year from April, on its first hour") << "2026-04-01T00:00:00Z" << 4 << "2026-04-01T00:00:00Z"
                                                            << "2027-04-01T00:00:00Z";
        QTest::newRow("year from December") << "2026-12-03T13:00:00Z" << 12 << "2026-12-01T00:00:00Z"
                                            << "2027-12-01T00:00:00Z";
    }

    void licenseYear()
    {
        QFETCH(QString, now);
        QFETCH(int, startMonth);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const qint64 nowMs = QDateTime::fromString(now, Qt::ISODate).toMSecsSinceEpoch();
        const HourRange year = Reconciler::licenseYear(nowMs, startMonth);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(year.fromMs, Qt::UTC).toString(Qt::ISODate), from);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(year.toMs, Qt::UTC).toString(Qt::ISODate), to);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciliation.moc"
