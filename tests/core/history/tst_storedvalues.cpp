// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <history/storedvalues.h>

#include <QTest>
#include <limits>

using namespace LicenseCore;

class TestStoredValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityRoundTrip_data()
    {
        QTest::addColumn<QList<qint64>>("hours");
        QTest::addColumn<qint64>("common");
        QTest::addColumn<int>("exceptions");
        QTest::newRow("all the same") << QList<qint64>{3600000, 3600000, 3600000} << qint64(3600000) << 0;
        QTest::newRow("joins late, one gap")
            << QList<qint64>{1200000, 3600000, 3600000, 0, 3600000} << qint64(3600000) << 2;
        QTest::newRow("no records mostly") << QList<qint64>{-1, -1, 5} << qint64(-1) << 1;
        QTest::newRow("extremes") << QList<qint64>{std::numeric_limits<qint64>::max(),
                                                   std::numeric_limits<qint64>::min(), 0, 0}
                                  << qint64(0) << 2;
    }

    void activityRoundTrip()
    {
        QFETCH(QList<qint64>, hours);
        QFETCH(qint64, common);
        QFETCH(int, exceptions);
        const std::vector<qint64> values(hours.cbegin(), hours.cend());
        const auto [encodedCommon, blob] = StoredValues::encodeActivity(values);
        QCOMPARE(encodedCommon, common);
        std::map<qint64, qint64> decoded;
        QVERIFY(StoredValues::decodeActivity(blob, decoded));
        QCOMPARE(int(decoded.size()), exceptions);
        for (qsizetype i = 0; i < hours.size(); ++i) {
            const auto it = decoded.find(i);
            QCOMPARE(it == decoded.end() ? encodedCommon : it->second, hours.at(i));
        }
    }

    void activityBlobOfAShortHour()
    {
        // Offset 1 takes one byte; 20 minutes, zigzagged 2,400,000, need 22 bits: four bytes of seven.
        const auto [common, blob] = StoredValues::encodeActivity({3600000, 1200000, 3600000});
        QCOMPARE(common, qint64(3600000));
        QCOMPARE(blob.size(), 1 + 4);
    }

    void dduKeepsOrderAndEveryBit()
    {
        const QList<DduPoolUsage> ddu{
            {QStringLiteral("Metrics"), 0.1}, {QStringLiteral("Log"), 1e-300}, {QStringLiteral("Metrics"), -2.5}};
        const QByteArray blob = StoredValues::encodeDdu(ddu, {1, 2, 1});
        QCOMPARE(blob.size(), 3 * (1 + 8));
        QList<DduPoolUsage> decoded;
        QVERIFY(StoredValues::decodeDdu(blob, {{1, QStringLiteral("Metrics")}, {2, QStringLiteral("Log")}}, decoded));
        QCOMPARE(decoded.size(), 3);
        for (qsizetype i = 0; i < ddu.size(); ++i) {
            QCOMPARE(decoded.at(i).pool, ddu.at(i).pool);
            QVERIFY(decoded.at(i).total == ddu.at(i).total);
        }
    }

    void truncatedBlobsFail()
    {
        const QByteArray ddu = StoredValues::encodeDdu({{QStringLiteral("Metrics"), 1.5}}, {1});
        QList<DduPoolUsage> pools;
        QVERIFY(!StoredValues::decodeDdu(ddu.left(ddu.size() - 1), {{1, QStringLiteral("Metrics")}}, pools));
        const QByteArray activity = StoredValues::encodeActivity({0, 0, 3600000}).second;
        std::map<qint64, qint64> exceptions;
        QVERIFY(!StoredValues::decodeActivity(activity.left(activity.size() - 1), exceptions));
        QVERIFY(!StoredValues::decodeActivity(QByteArray("\x80", 1), exceptions));
    }

    void blockStartIsFloored_data()
    {
        QTest::addColumn<qint64>("hourMs");
        QTest::addColumn<qint64>("expected");
        const qint64 block = qint64(StoredValues::BlockHours) * 3600000;
        QTest::newRow("epoch") << qint64(0) << qint64(0);
        QTest::newRow("last hour of the first block") << block - 3600000 << qint64(0);
        QTest::newRow("second block") << block << block;
        QTest::newRow("an hour before the epoch") << qint64(-3600000) << -block;
        QTest::newRow("2026-10-01") << qint64(1790812800000) << qint64(1790812800000) / block * block;
    }

    void blockStartIsFloored()
    {
        QFETCH(qint64, hourMs);
        QFETCH(qint64, expected);
        QCOMPARE(StoredValues::blockStart(hourMs), expected);
    }

    void environmentHoursRoundTrip()
    {
        StoredValues::EnvironmentHourValues first;
        first.environment = 3;
        first.offset = 5;
        first.counters[StoredValues::Visits] = 10;
        first.trial = true;
        first.ddu = {{1, 0.5}};
        StoredValues::EnvironmentHourValues second;
        second.environment = 3;
        second.offset = 6;
        StoredValues::EnvironmentHourValues other;
        other.environment = 9;
        other.offset = StoredValues::BlockHours - 1;
        other.counters[StoredValues::LogStorageBytes] = std::numeric_limits<qint64>::max();
        other.counters[StoredValues::SyntheticOther] = -4;
        other.ddu = {{2, 1e-300}, {1, -2.5}, {2, 0.1}};

        // By hand, the first two alone: environment 3 (1 byte), offset 5 (1), mask of visits, trial and DDUs
        // (6145: 2), visits zigzagged (20: 1), one DDU entry (1), pool 1 (1), its double (8); then environment
        // +0 (1), one hour skipped 0 (1), empty mask (1).
        QCOMPARE(StoredValues::encodeEnvironmentHours({second, first}).size(), 15 + 3);

        const QByteArray blob = StoredValues::encodeEnvironmentHours({other, second, first});
        std::vector<StoredValues::EnvironmentHourValues> decoded;
        QVERIFY(StoredValues::decodeEnvironmentHours(blob, decoded));
        QCOMPARE(decoded.size(), size_t(3));
        QVERIFY(decoded[0] == first);
        QVERIFY(decoded[1] == second);
        QVERIFY(decoded[2] == other);
    }

    void hostRunsRoundTrip()
    {
        StoredValues::HostRun infrastructure;
        infrastructure.environment = 2;
        infrastructure.osiId = -1;
        infrastructure.hours = 3;
        infrastructure.flags = StoredValues::FlagInfrastructureOnly;
        infrastructure.memoryBytes = 4LL << 30;
        infrastructure.setActivity(std::vector<qint64>{3600000, 1200000, 3600000});
        StoredValues::HostRun later;
        later.environment = 2;
        later.osiId = 5;
        later.firstOffset = 3;
        StoredValues::HostRun twice = later;
        twice.occurrence = 1;
        twice.flags = StoredValues::FlagPaas;
        twice.paasLimitBytes = 2LL << 30;
        StoredValues::HostRun extremes;
        extremes.environment = 7;
        extremes.osiId = std::numeric_limits<qint64>::min();
        extremes.firstOffset = StoredValues::BlockHours - 2;
        extremes.hours = 2;
        extremes.exceptions = {{1, std::numeric_limits<qint64>::max()}};
        StoredValues::HostRun highest = extremes;
        highest.osiId = std::numeric_limits<qint64>::max();

        // By hand, the first two alone: environment 2, host zigzag(-1) = 1, flags 2, offset 0, 3 hours less one
        // (1 byte each), 4 GiB zigzagged (2^33: 5), no PaaS limit (1), the hour's 3,600,000 ms zigzagged (4),
        // one exception (1) at offset 1 (1) of 1,200,000 ms (4); then environment +0, host +6, flags, offset 3,
        // one hour, no memory, no limit, no records (-1: 1), no exceptions: 1 byte each.
        QCOMPARE(StoredValues::encodeHostRuns({later, infrastructure}).size(), 21 + 9);

        const QByteArray blob = StoredValues::encodeHostRuns({highest, twice, extremes, later, infrastructure});
        std::vector<StoredValues::HostRun> decoded;
        QVERIFY(StoredValues::decodeHostRuns(blob, decoded));
        const std::vector<StoredValues::HostRun> expected{infrastructure, later, twice, extremes, highest};
        QCOMPARE(decoded.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(decoded[i] == expected[i], qPrintable(QString::number(i)));
        QCOMPARE(decoded[0].activityAt(0), qint64(3600000));
        QCOMPARE(decoded[0].activityAt(1), qint64(1200000));
        QCOMPARE(decoded[0].activityAt(2), qint64(3600000));
    }

    void runActivityKeepsTheMostCommonValue_data()
    {
        QTest::addColumn<QList<qint64>>("hours");
        QTest::addColumn<qint64>("common");
        QTest::addColumn<QList<int>>("exceptionOffsets");
        QTest::newRow("one value") << QList<qint64>{5, 5, 5} << qint64(5) << QList<int>{};
        QTest::newRow("most common") << QList<qint64>{1, 7, 7, 2, 7} << qint64(7) << QList<int>{0, 3};
        QTest::newRow("a tie: the smaller") << QList<qint64>{9, -1, 9, -1} << qint64(-1) << QList<int>{0, 2};
    }

    void runActivityKeepsTheMostCommonValue()
    {
        QFETCH(QList<qint64>, hours);
        QFETCH(qint64, common);
        QFETCH(QList<int>, exceptionOffsets);
        StoredValues::HostRun run;
        run.hours = int(hours.size());
        const std::vector<qint64> values(hours.cbegin(), hours.cend());
        run.setActivity(values);
        QCOMPARE(run.activity, common);
        QList<int> offsets;
        for (const auto &[offset, value] : run.exceptions)
            offsets.append(offset);
        QCOMPARE(offsets, exceptionOffsets);
        for (int offset = 0; offset < run.hours; ++offset)
            QCOMPARE(run.activityAt(offset), hours.at(offset));
    }

    void damagedBlocksFail_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<bool>("hosts");
        StoredValues::HostRun run;
        run.hours = 4;
        run.setActivity(std::vector<qint64>{0, 1, 1, 1});
        const QByteArray runs = StoredValues::encodeHostRuns({run});
        StoredValues::EnvironmentHourValues hour;
        hour.ddu = {{1, 2.0}};
        const QByteArray hours = StoredValues::encodeEnvironmentHours({hour});
        QTest::newRow("runs cut short") << runs.left(runs.size() - 1) << true;
        // environment, host, flags, then offset 167 with 4 hours: past the block's end.
        QTest::newRow("run past the block") << QByteArray("\x00\x00\x00\xa7\x01\x03", 6) + runs.mid(5) << true;
        // The exception at offset 0 moved to offset 4 of a 4-hour run.
        QTest::newRow("exception past the run") << runs.left(runs.size() - 2) + QByteArray("\x04\x00", 2) << true;
        QTest::newRow("hours cut short") << hours.left(hours.size() - 1) << false;
        QTest::newRow("offset past the block") << QByteArray("\x00\xa8\x01\x00", 4) << false;
        QTest::newRow("unknown mask bit") << QByteArray("\x00\x00\x80\x40", 4) << false;
        QTest::newRow("more DDU entries than bytes") << QByteArray("\x00\x00\x80\x20\x7f", 5) << false;
    }

    void damagedBlocksFail()
    {
        QFETCH(QByteArray, blob);
        QFETCH(bool, hosts);
        if (hosts) {
            std::vector<StoredValues::HostRun> runs;
            QVERIFY(!StoredValues::decodeHostRuns(blob, runs));
        } else {
            std::vector<StoredValues::EnvironmentHourValues> hours;
            QVERIFY(!StoredValues::decodeEnvironmentHours(blob, hours));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoredValues)
#include "tst_storedvalues.moc"
