// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answersfixture.h"

#include <common/numberformat.h>
#include <report/overagereport.h>

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace LicenseCore;
using namespace AnswersFixture;
using Quotas = QHash<QString, qint64>; // environment id → quota in milli host units

class TestOverageReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    UsageSnapshotPtr m_snapshot;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->add(twoPeriods()));
        m_snapshot = m_store->snapshot(HourRange{H0, H0 + 8 * H});
        QCOMPARE(m_snapshot->hourly().size(), size_t(16));
    }

    void hoursOverTheQuota_data()
    {
        QTest::addColumn<qint64>("quotaMilli");
        QTest::addColumn<QStringList>("expectedHours"); // "hour: host units, excess, env-a share, env-b share"
        QTest::addColumn<QString>("expectedTotal");
        // Hours 0, 2, 3: 3.75 - 3.5 = 0.25 over; hour 1 is 3.5, at the quota and not over it; after, 3.1.
        // Shares: env-a 0.25 x 1.5 / 3.75 = 0.1, env-b 0.25 x 2.25 / 3.75 = 0.15. In total 3 x 0.25 = 0.75.
        QTest::newRow("3.5") << qint64(3500)
                             << QStringList{QStringLiteral("0: 3.75 0.25 env-b 0.15 env-a 0.1"),
                                            QStringLiteral("2: 3.75 0.25 env-b 0.15 env-a 0.1"),
                                            QStringLiteral("3: 3.75 0.25 env-b 0.15 env-a 0.1")}
                             << QStringLiteral("0.75");
        // Every hour over 3: before 0.75 (hour 1: 0.5, shared 1.5 / 3.5 and 2 / 3.5), after 3.1 - 3 = 0.1, shared
        // env-a 0.1 x 2 / 3.1 and env-b 0.1 x 1.1 / 3.1. In total 3 x 0.75 + 0.5 + 4 x 0.1 = 3.15.
        QTest::newRow("3") << qint64(3000) << QStringList{QStringLiteral("0: 3.75 0.75 env-b 0.45 env-a 0.3"),
                                                          QStringLiteral("1: 3.5 0.5 env-b 0.285714 env-a 0.214286"),
                                                          QStringLiteral("2: 3.75 0.75 env-b 0.45 env-a 0.3"),
                                                          QStringLiteral("3: 3.75 0.75 env-b 0.45 env-a 0.3"),
                                                          QStringLiteral("4: 3.1 0.1 env-a 0.064516 env-b 0.035484"),
                                                          QStringLiteral("5: 3.1 0.1 env-a 0.064516 env-b 0.035484"),
                                                          QStringLiteral("6: 3.1 0.1 env-a 0.064516 env-b 0.035484"),
                                                          QStringLiteral("7: 3.1 0.1 env-a 0.064516 env-b 0.035484")}
                           << QStringLiteral("3.15");
        QTest::newRow("never reached") << qint64(3750) << QStringList{} << QStringLiteral("0");
    }

    void hoursOverTheQuota()
    {
        QFETCH(qint64, quotaMilli);
        QFETCH(QStringList, expectedHours);
        QFETCH(QString, expectedTotal);
        const OverageResult result = OverageReport::compute(*m_snapshot, quotaMilli);
        QStringList hours;
        for (const OverageHour &hour : result.hours) {
            QString line = QStringLiteral("%1: %2 %3")
                               .arg((hour.hourMs - H0) / H)
                               .arg(formatMilli(hour.hostUnitsMilli), formatMilli(hour.excessMilli));
            for (const OverageShare &share : hour.shares)
                line += QStringLiteral(" %1 %2").arg(share.environmentId, formatDecimal(share.excessHostUnits));
            hours.append(line);
        }
        QCOMPARE(hours, expectedHours);
        QCOMPARE(formatMilli(result.excessHostUnitHoursMilli), expectedTotal);
        QCOMPARE(result.hoursChecked, 8);
        QCOMPARE(result.peakHostUnitsMilli, qint64(3750));
        QVERIFY(result.estimate);
        QVERIFY(result.method.contains(formatMilli(quotaMilli)));
    }

    void perEnvironmentQuotas()
    {
        // env-a 1.5: after, 2 per hour, 0.5 over in 4 hours = 2. env-b 2: before 2.25 in hours 0, 2, 3 (hour 1: 2,
        // not over), 0.25 each = 0.75. env-c has a quota but no hours: left out.
        const std::vector<OverageResult> results = OverageReport::computePerEnvironment(
            *m_snapshot,
            {{QStringLiteral("env-a"), 1500}, {QStringLiteral("env-b"), 2000}, {QStringLiteral("env-c"), 1}});
        QCOMPARE(results.size(), size_t(2));
        QCOMPARE(results[0].environmentId, QStringLiteral("env-a"));
        QCOMPARE(results[0].hours.size(), size_t(4));
        QCOMPARE(results[0].hours[0].hourMs, H0 + 4 * H);
        QCOMPARE(results[0].hours[0].excessMilli, qint64(500));
        QCOMPARE(results[0].excessHostUnitHoursMilli, qint64(2000));
        QCOMPARE(results[1].environmentId, QStringLiteral("env-b"));
        QCOMPARE(results[1].hours.size(), size_t(3));
        QCOMPARE(results[1].hours[1].hourMs, H0 + 2 * H);
        QCOMPARE(results[1].excessHostUnitHoursMilli, qint64(750));
        QCOMPARE(results[1].hoursChecked, 8);
    }

    void csvWithEnvironmentQuotas_data()
    {
        QTest::addColumn<int>("hours");
        QTest::addColumn<qint64>("clusterQuotaMilli");
        QTest::addColumn<Quotas>("environmentQuotas");
        QTest::addColumn<QByteArray>("expectedRows"); // after the header
        // Hours 0 to 2: the cluster has 3.75, 3.5, 3.75, never over 3.75. env-b has 2.25, 2, 2.25: over its quota
        // of 2 in hours 0 and 2 by 0.25 each (hour 1 is at it, not over). env-a has no quota and never appears.
        QTest::newRow("an environment over its quota, the cluster under")
            << 3 << qint64(3750) << Quotas{{QStringLiteral("env-b"), 2000}}
            << QByteArray("2026-10-01T00:00:00Z,2.25,2,0.25,environment,env-b,0,0.25\n"
                          "2026-10-01T02:00:00Z,2.25,2,0.25,environment,env-b,0,0.25\n");
        // All eight hours: the cluster over 3.5 in hours 0, 2, 3 (shares as above); then env-a's 2 host units over
        // its 1.9 in hours 4 to 7 by 0.1; env-b, at most 2.25, stays under its 2.5.
        QTest::newRow("cluster rows first, then each environment's")
            << 8 << qint64(3500) << Quotas{{QStringLiteral("env-a"), 1900}, {QStringLiteral("env-b"), 2500}}
            << QByteArray("2026-10-01T00:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                          "2026-10-01T02:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                          "2026-10-01T03:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                          "2026-10-01T04:00:00Z,2,1.9,0.1,environment,env-a,0.1,0\n"
                          "2026-10-01T05:00:00Z,2,1.9,0.1,environment,env-a,0.1,0\n"
                          "2026-10-01T06:00:00Z,2,1.9,0.1,environment,env-a,0.1,0\n"
                          "2026-10-01T07:00:00Z,2,1.9,0.1,environment,env-a,0.1,0\n");
        QTest::newRow("no environment quotas") << 8 << qint64(3750) << Quotas{} << QByteArray();
    }

    void csvWithEnvironmentQuotas()
    {
        QFETCH(int, hours);
        QFETCH(qint64, clusterQuotaMilli);
        QFETCH(Quotas, environmentQuotas);
        QFETCH(QByteArray, expectedRows);
        const UsageSnapshotPtr snapshot = m_store->snapshot(HourRange{H0, H0 + hours * H});
        const OverageResult cluster = OverageReport::compute(*snapshot, clusterQuotaMilli);
        const std::vector<OverageResult> environments =
            OverageReport::computePerEnvironment(*snapshot, environmentQuotas);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!OverageReport::write(buffer, cluster, environments).isError());
        QCOMPARE(buffer.data(), QByteArray("hour_start_utc,host_units,quota,excess_host_units,scope,environment_id,"
                                           "excess_env-a,excess_env-b\n") +
                                    expectedRows);
    }

    void csvHasTheDocumentedColumns()
    {
        const OverageResult result = OverageReport::compute(*m_snapshot, 3500);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!OverageReport::write(buffer, result).isError());
        QCOMPARE(buffer.data(),
                 QByteArray("hour_start_utc,host_units,quota,excess_host_units,scope,environment_id,excess_env-a,"
                            "excess_env-b\n"
                            "2026-10-01T00:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                            "2026-10-01T02:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                            "2026-10-01T03:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("overage.csv"));
        QVERIFY(!OverageReport::save(path, result).isError());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), buffer.data());
        // A folder that does not exist: an error, nothing written.
        QVERIFY(OverageReport::save(dir.filePath(QStringLiteral("no/such/overage.csv")), result).isError());
    }
};

QTEST_GUILESS_MAIN(TestOverageReport)
#include "tst_overagereport.moc"
