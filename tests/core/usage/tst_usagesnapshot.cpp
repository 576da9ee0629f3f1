// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprinters.h"

#include <usage/hourparser.h>
#include <usage/hoursummary.h>
#include <usage/usagesnapshot.h>
#include <usage/usagesnapshotbuilder.h>

#include <QTest>
#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

using namespace LicenseCore;

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Oct1st = 1790812800000; // 2026-10-01T00:00:00Z (20727 days after the epoch)
constexpr qint64 Oct2nd = Oct1st + Day;
constexpr qint64 Sep1st = Oct1st - 30 * Day; // 1788220800000

qint64 h(int n)
{
    return Oct1st + n * Hour;
}

HostContribution host(qint64 osiId, qint64 unitsMilli, bool counted = true, HostMode mode = HostMode::FullStack,
                      qint64 memoryBytes = 0)
{
    HostContribution contribution;
    contribution.osiId = osiId;
    contribution.mode = mode;
    contribution.memoryBytes = memoryBytes;
    contribution.counted = counted;
    contribution.hostUnitsMilli = counted ? unitsMilli : 0;
    return contribution;
}

// What summarizeHour would produce for one environment: the row's host figures follow from `hosts`.
EnvironmentHourSummary environment(const QString &id, qint64 hourStart, std::vector<HostContribution> hosts = {},
                                   qint64 visits = 0)
{
    EnvironmentHourSummary summary;
    summary.environmentId = id;
    summary.usage.periodStartMs = hourStart;
    summary.usage.hoursWithData = 1;
    summary.usage.visits = visits;
    for (const HostContribution &contribution : hosts) {
        if (!contribution.counted)
            continue;
        ++summary.usage.peakHosts;
        summary.usage.hostUnitHoursMilli += contribution.hostUnitsMilli;
        switch (contribution.mode) {
        case HostMode::FullStack:
            summary.usage.fullStackHostUnitHoursMilli += contribution.hostUnitsMilli;
            break;
        case HostMode::Infrastructure:
            summary.usage.infrastructureHostUnitHoursMilli += contribution.hostUnitsMilli;
            break;
        case HostMode::PaaS:
            summary.usage.paasHostUnitHoursMilli += contribution.hostUnitsMilli;
            break;
        }
    }
    summary.usage.peakHostUnitsMilli = summary.usage.hostUnitHoursMilli;
    summary.hosts = std::move(hosts);
    return summary;
}

// An environment-hour with `hosts` counted hosts worth `unitsMilli` together (host ids from `firstId`).
EnvironmentHourSummary environmentWithUnits(const QString &id, qint64 hourStart, int hosts, qint64 unitsMilli,
                                            qint64 visits = 0, qint64 firstId = 1)
{
    std::vector<HostContribution> contributions;
    for (int i = 0; i < hosts; ++i) {
        const qint64 share = i == 0 ? unitsMilli - (hosts - 1) * 100 : 100; // 0.1 each, the rest on the first
        contributions.push_back(host(firstId + i, share));
    }
    return environment(id, hourStart, std::move(contributions), visits);
}

HourSummary hour(qint64 hourStart, std::vector<EnvironmentHourSummary> environments, const QStringList &warnings = {})
{
    HourSummary summary;
    summary.clusterUuid = QStringLiteral("cluster-1");
    summary.hourStartMs = hourStart;
    summary.environments = std::move(environments);
    summary.warnings = warnings;
    return summary;
}

// An environment-hour with only log figures: `storage` bytes stored at the hour, `upload` bytes uploaded in it.
EnvironmentHourSummary logHour(const QString &id, qint64 hourStart, qint64 storage, qint64 upload)
{
    EnvironmentHourSummary summary = environment(id, hourStart);
    summary.usage.setLogStorageLevel(storage);
    summary.usage.logUploadBytes = upload;
    return summary;
}

QString fileName(int n)
{
    return QStringLiteral("billingRecords/%1.json").arg(n);
}

const HostSummary *findHost(const UsageSnapshot &store, qint64 osiId)
{
    const auto it = std::find_if(store.hosts().cbegin(), store.hosts().cend(),
                                 [osiId](const HostSummary &summary) { return summary.osiId == osiId; });
    return it == store.hosts().cend() ? nullptr : &*it;
}

const ImportWarning *findWarning(const UsageSnapshot &store, const QString &text)
{
    const auto it = std::find_if(store.warnings().cbegin(), store.warnings().cend(),
                                 [&](const ImportWarning &warning) { return warning.text == text; });
    return it == store.warnings().cend() ? nullptr : &*it;
}

QList<int> gapOffsets(const UsageSnapshot &store)
{
    QList<int> offsets;
    for (const HourRange &gap : store.gaps())
        offsets << int((gap.fromMs - Oct1st) / Hour) << int((gap.lastHourMs() - Oct1st) / Hour);
    return offsets;
}

} // namespace

class TestUsageSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hourlyRowsOrderedByHourThenEnvironment();
    void duplicateHourLaterFileWins();
    void duplicateReplacesOnlyItsEnvironment();
    void duplicateLeavesNoTraceInHostShape();
    void gaps_data();
    void gaps();
    void fileWithoutEnvironmentsIsNotAGap();
    void emptyStore();
    void environmentTotals();
    void clusterPeakIsTheBusiestHour();
    void hostSummaries();
    void hostsFollowedAcrossHours_data();
    void hostsFollowedAcrossHours();
    void dduPoolsSortedAndAligned();
    void dayRollUpAcrossMidnight();
    void monthRollUpAcrossMonthBoundary();
    void hourRollUpIsTheHourlyRows();
    void identicalWarningsAggregated();
    void fromParsedFiles();
    void hostTotalsMergeWithHours();
    void logStorageIsALevel_data();
    void logStorageIsALevel();
    void averageLogStorageRounds_data();
    void averageLogStorageRounds();
};

void TestUsageSnapshot::hourlyRowsOrderedByHourThenEnvironment()
{
    UsageSnapshotBuilder builder;
    builder.add(hour(h(2), {environmentWithUnits(QStringLiteral("env-b"), h(2), 1, 100, 5)}), fileName(1));
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-c"), h(0), 1, 100, 3),
                            environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 100, 1)}),
                fileName(2));
    builder.add(hour(h(1), {environmentWithUnits(QStringLiteral("env-a"), h(1), 1, 100, 4)}), fileName(3));
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-b"), h(0), 1, 100, 2)}), fileName(4));
    const UsageSnapshotPtr store = builder.build();

    QCOMPARE(store->environmentIds(),
             QStringList({QStringLiteral("env-a"), QStringLiteral("env-b"), QStringLiteral("env-c")}));
    QCOMPARE(store->environmentIndex(QStringLiteral("env-a")), 0);
    QCOMPARE(store->environmentIndex(QStringLiteral("env-b")), 1);
    QCOMPARE(store->environmentIndex(QStringLiteral("env-c")), 2);
    QCOMPARE(store->environmentIndex(QStringLiteral("env-x")), -1);

    // (hour, environment, visits) in the expected order; the visits tell the rows apart.
    const std::vector<std::tuple<qint64, int, qint64>> expected{
        {h(0), 0, 1}, {h(0), 1, 2}, {h(0), 2, 3}, {h(1), 0, 4}, {h(2), 1, 5}};
    const std::vector<UsageRow> &rows = store->hourly();
    QCOMPARE(rows.size(), expected.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].periodStartMs, std::get<0>(expected[i]));
        QCOMPARE(rows[i].environment, std::get<1>(expected[i]));
        QCOMPARE(rows[i].visits, std::get<2>(expected[i]));
        QCOMPARE(rows[i].hoursWithData, 1);
    }
    QCOMPARE(store->hourFiles(), 4);
    QCOMPARE(store->clusterUuid(), QStringLiteral("cluster-1"));
    QVERIFY(store->warnings().isEmpty());
}

void TestUsageSnapshot::duplicateHourLaterFileWins()
{
    UsageSnapshotBuilder builder;
    builder.add(hour(h(0), {environment(QStringLiteral("env-a"), h(0), {host(1, 1000)}, 10)}),
                QStringLiteral("first.json"));
    builder.add(hour(h(0), {environment(QStringLiteral("env-a"), h(0), {host(2, 500)}, 20)}),
                QStringLiteral("second.json"));
    const UsageSnapshotPtr store = builder.build();

    QCOMPARE(store->hourly().size(), size_t(1));
    const UsageRow &row = store->hourly()[0];
    QCOMPARE(row.visits, qint64(20));
    QCOMPARE(row.hostUnitHoursMilli, qint64(500));
    QCOMPARE(row.peakHosts, 1);

    // Only the later file's host remains, and the totals carry no trace of the replaced one.
    QCOMPARE(store->hosts().size(), size_t(1));
    QCOMPARE(store->hosts()[0].osiId, qint64(2));
    QCOMPARE(store->hosts()[0].hostUnitHoursMilli, qint64(500));
    QCOMPARE(store->environmentTotals().at(0).hostUnitHoursMilli, qint64(500));
    QCOMPARE(store->environmentTotals().at(0).visits, qint64(20));
    QCOMPARE(store->clusterTotal().hostUnitHoursMilli, qint64(500));
    QCOMPARE(store->clusterTotal().visits, qint64(20));

    QCOMPARE(store->warnings().size(), 1);
    const ImportWarning &warning = store->warnings().first();
    QVERIFY2(warning.text.contains(QLatin1String("first.json")) && warning.text.contains(QLatin1String("second.json")),
             qPrintable(warning.text));
    QCOMPARE(warning.count, 1);
    QVERIFY(store->gaps().isEmpty());
}

void TestUsageSnapshot::duplicateReplacesOnlyItsEnvironment()
{
    UsageSnapshotBuilder builder;
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 1000, 10),
                            environmentWithUnits(QStringLiteral("env-b"), h(0), 1, 2000, 11, 10)}),
                fileName(1));
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 3000, 12)}), fileName(2));
    const UsageSnapshotPtr store = builder.build();

    QCOMPARE(store->hourly().size(), size_t(2));
    QCOMPARE(store->hourly()[0].environment, 0);
    QCOMPARE(store->hourly()[0].visits, qint64(12)); // env-a from the second file
    QCOMPARE(store->hourly()[1].environment, 1);
    QCOMPARE(store->hourly()[1].visits, qint64(11));                  // env-b kept from the first
    QCOMPARE(store->clusterTotal().hostUnitHoursMilli, qint64(5000)); // 3.0 + 2.0
    QCOMPARE(store->warnings().size(), 1);
}

void TestUsageSnapshot::duplicateLeavesNoTraceInHostShape()
{
    // Host 11 is Full-Stack 16 GiB at h3. The first file for h5 says Infrastructure 64 GiB, but a later file
    // replaces h5 without host 11: its latest remaining hour is h3, so that is the shape to show.
    UsageSnapshotBuilder builder;
    builder.add(
        hour(h(3), {environment(QStringLiteral("env-a"), h(3), {host(11, 1000, true, HostMode::FullStack, 16 * GiB)})}),
        fileName(1));
    builder.add(hour(h(5), {environment(QStringLiteral("env-a"), h(5),
                                        {host(11, 1000, true, HostMode::Infrastructure, 64 * GiB)})}),
                fileName(2));
    builder.add(hour(h(5), {environment(QStringLiteral("env-a"), h(5), {host(12, 250)})}), fileName(3));
    const UsageSnapshotPtr store = builder.build();

    const HostSummary *replaced = findHost(*store, 11);
    QVERIFY(replaced);
    QCOMPARE(replaced->hoursSeen, 1);
    QCOMPARE(replaced->hostUnitHoursMilli, qint64(1000));
    QCOMPARE(replaced->lastSeenMs, h(3));
    QCOMPARE(replaced->mode, HostMode::FullStack);
    QCOMPARE(replaced->memoryBytes, 16 * GiB);
}

void TestUsageSnapshot::gaps_data()
{
    QTest::addColumn<QList<int>>("hours"); // hours with a file, as offsets from 2026-10-01T00:00Z
    QTest::addColumn<bool>("hasExpected");
    QTest::addColumn<int>("expectedFirst");
    QTest::addColumn<int>("expectedLast");
    QTest::addColumn<int>("rangeFirst");
    QTest::addColumn<int>("rangeLast");
    QTest::addColumn<QList<int>>("gaps"); // first, last of each gap
    QTest::addColumn<int>("missing");

    QTest::newRow("observed 0 1 3 6") << QList<int>{0, 1, 3, 6} << false << 0 << 0 << 0 << 6 << QList<int>{2, 2, 4, 5}
                                      << 3;
    QTest::newRow("observed, files out of order")
        << QList<int>{6, 0, 3, 1} << false << 0 << 0 << 0 << 6 << QList<int>{2, 2, 4, 5} << 3;
    QTest::newRow("contiguous") << QList<int>{0, 1, 2} << false << 0 << 0 << 0 << 2 << QList<int>{} << 0;
    QTest::newRow("single hour") << QList<int>{5} << false << 0 << 0 << 5 << 5 << QList<int>{} << 0;
    QTest::newRow("hour given twice") << QList<int>{0, 0, 2} << false << 0 << 0 << 0 << 2 << QList<int>{1, 1} << 1;
    // Leading [-2, -1], inner [2, 2] and [4, 5], trailing [7, 8]: 2 + 1 + 2 + 2 = 7 hours.
    QTest::newRow("expected range wider than the data")
        << QList<int>{0, 1, 3, 6} << true << -2 << 8 << -2 << 8 << QList<int>{-2, -1, 2, 2, 4, 5, 7, 8} << 7;
    QTest::newRow("expected range, no file at all")
        << QList<int>{} << true << 0 << 3 << 0 << 3 << QList<int>{0, 3} << 4;
    QTest::newRow("expected range met exactly") << QList<int>{0, 1, 2} << true << 0 << 2 << 0 << 2 << QList<int>{} << 0;
    // 24 files of one day but the one at 23:00 missing.
    QList<int> day;
    for (int i = 0; i < 23; ++i)
        day << i;
    QTest::newRow("last hour of a day missing") << day << true << 0 << 23 << 0 << 23 << QList<int>{23, 23} << 1;
}

void TestUsageSnapshot::gaps()
{
    QFETCH(QList<int>, hours);
    QFETCH(bool, hasExpected);
    QFETCH(int, expectedFirst);
    QFETCH(int, expectedLast);
    QFETCH(int, rangeFirst);
    QFETCH(int, rangeLast);
    QFETCH(QList<int>, gaps);
    QFETCH(int, missing);

    UsageSnapshotBuilder builder;
    if (hasExpected)
        builder.setExpectedRange(HourRange::ofHours(h(expectedFirst), h(expectedLast)));
    int file = 0;
    for (int offset : std::as_const(hours))
        builder.add(hour(h(offset), {environmentWithUnits(QStringLiteral("env-a"), h(offset), 1, 100)}),
                    fileName(++file));
    const UsageSnapshotPtr store = builder.build();

    QVERIFY(store->range().has_value());
    QCOMPARE(*store->range(), HourRange::ofHours(h(rangeFirst), h(rangeLast)));
    QCOMPARE(store->range()->hours(), rangeLast - rangeFirst + 1);
    QCOMPARE(gapOffsets(*store), gaps);
    QCOMPARE(store->missingHours(), missing);
}

void TestUsageSnapshot::fileWithoutEnvironmentsIsNotAGap()
{
    // A file for hour 1 that lists no environment still tells that hour was exported.
    UsageSnapshotBuilder builder;
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 100)}), fileName(1));
    builder.add(hour(h(1), {}), fileName(2));
    builder.add(hour(h(2), {environmentWithUnits(QStringLiteral("env-a"), h(2), 1, 100)}), fileName(3));
    const UsageSnapshotPtr store = builder.build();
    QVERIFY(store->gaps().isEmpty());
    QCOMPARE(store->missingHours(), 0);
    QCOMPARE(store->hourly().size(), size_t(2));
}

void TestUsageSnapshot::emptyStore()
{
    UsageSnapshotBuilder builder;
    const UsageSnapshotPtr store = builder.build();
    QVERIFY(store->isEmpty());
    QVERIFY(!store->range().has_value());
    QVERIFY(store->gaps().isEmpty());
    QVERIFY(store->hourly().empty());
    QVERIFY(store->hosts().empty());
    QVERIFY(store->environmentTotals().empty());
    QCOMPARE(store->clusterTotal().hostUnitHoursMilli, qint64(0));
    QCOMPARE(store->hourFiles(), 0);
}

void TestUsageSnapshot::environmentTotals()
{
    UsageSnapshotBuilder builder;
    builder.add(hour(h(2), {environmentWithUnits(QStringLiteral("env-a"), h(2), 2, 500, 30)}), fileName(1));
    builder.add(hour(h(1), {environmentWithUnits(QStringLiteral("env-a"), h(1), 3, 2500, 20),
                            environmentWithUnits(QStringLiteral("env-b"), h(1), 4, 4000, 7, 100)}),
                fileName(2));
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 1000, 10)}), fileName(3));
    const UsageSnapshotPtr store = builder.build();

    const std::vector<UsageRow> &totals = store->environmentTotals();
    QCOMPARE(totals.size(), size_t(2));
    const UsageRow &a = totals[0];
    QCOMPARE(a.environment, 0);
    QCOMPARE(a.periodStartMs, h(0));
    QCOMPARE(a.hoursWithData, 3);
    QCOMPARE(a.hostUnitHoursMilli, qint64(4000)); // 1.0 + 2.5 + 0.5
    QCOMPARE(a.fullStackHostUnitHoursMilli, qint64(4000));
    QCOMPARE(a.peakHostUnitsMilli, qint64(2500)); // hour 1
    QCOMPARE(a.peakHosts, 3);                     // hour 1
    QCOMPARE(a.visits, qint64(60));               // 10 + 20 + 30
    const UsageRow &b = totals[1];
    QCOMPARE(b.environment, 1);
    QCOMPARE(b.periodStartMs, h(1));
    QCOMPARE(b.hoursWithData, 1);
    QCOMPARE(b.hostUnitHoursMilli, qint64(4000));
    QCOMPARE(b.peakHostUnitsMilli, qint64(4000));
    QCOMPARE(b.peakHosts, 4);
    QCOMPARE(b.visits, qint64(7));
}

void TestUsageSnapshot::clusterPeakIsTheBusiestHour()
{
    // Host units per hour:    h0     h1     h2
    //   env-a                3.0    1.0     -
    //   env-b                1.0    3.5     -
    //   env-c                 -      -     0.5
    //   cluster              4.0    4.5    0.5   -> peak 4.5 (the sum of per-environment peaks would be 7.0)
    // Hosts: h0 3 + 1 = 4, h1 1 + 3 = 4, h2 1  -> peak 4 (the sum of per-environment peaks would be 7).
    UsageSnapshotBuilder builder;
    builder.add(hour(h(1), {environmentWithUnits(QStringLiteral("env-b"), h(1), 3, 3500, 2, 20),
                            environmentWithUnits(QStringLiteral("env-a"), h(1), 1, 1000, 1, 10)}),
                fileName(1));
    builder.add(hour(h(2), {environmentWithUnits(QStringLiteral("env-c"), h(2), 1, 500, 4, 30)}), fileName(2));
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 3, 3000, 8, 10),
                            environmentWithUnits(QStringLiteral("env-b"), h(0), 1, 1000, 16, 20)}),
                fileName(3));
    const UsageSnapshotPtr store = builder.build();

    const std::vector<UsageRow> &totals = store->environmentTotals();
    QCOMPARE(totals.size(), size_t(3));
    QCOMPARE(totals[0].peakHostUnitsMilli, qint64(3000));
    QCOMPARE(totals[1].peakHostUnitsMilli, qint64(3500));
    QCOMPARE(totals[2].peakHostUnitsMilli, qint64(500));

    const UsageRow &cluster = store->clusterTotal();
    QCOMPARE(cluster.hostUnitHoursMilli, qint64(9000)); // 3.0 + 1.0 + 1.0 + 3.5 + 0.5
    QCOMPARE(cluster.fullStackHostUnitHoursMilli, qint64(9000));
    QCOMPARE(cluster.peakHostUnitsMilli, qint64(4500));
    QCOMPARE(cluster.peakHosts, 4);
    QCOMPARE(cluster.visits, qint64(31)); // 1 + 2 + 4 + 8 + 16
    QCOMPARE(cluster.hoursWithData, 3);   // three distinct hours, not five rows
    QCOMPARE(cluster.periodStartMs, h(0));
}

void TestUsageSnapshot::hostSummaries()
{
    // Files arrive as h1, h2, h0: the latest hour is neither the first nor the last one read.
    // Host 11 changes from Full-Stack 16 GiB to Infrastructure 32 GiB at h2.
    UsageSnapshotBuilder builder;
    builder.add(hour(h(1), {environment(QStringLiteral("env-a"), h(1),
                                        {host(11, 1000, false, HostMode::FullStack, 16 * GiB),
                                         host(-7, 2000, true, HostMode::FullStack, 32 * GiB)})}),
                fileName(2));
    builder.add(hour(h(2), {environment(QStringLiteral("env-a"), h(2),
                                        {host(11, 600, true, HostMode::Infrastructure, 32 * GiB)})}),
                fileName(3));
    builder.add(hour(h(0), {environment(QStringLiteral("env-a"), h(0),
                                        {host(11, 1000, true, HostMode::FullStack, 16 * GiB),
                                         host(13, 250, false, HostMode::PaaS, 4 * GiB)})}),
                fileName(1));
    const UsageSnapshotPtr store = builder.build();

    const std::vector<HostSummary> &hosts = store->hosts();
    QCOMPARE(hosts.size(), size_t(3));
    // Biggest consumer first: host -7 (2.0), host 11 (1.0 + 0.6 = 1.6), host 13 (0).
    QCOMPARE(hosts[0].osiId, qint64(-7));
    QCOMPARE(hosts[1].osiId, qint64(11));
    QCOMPARE(hosts[2].osiId, qint64(13));

    const HostSummary &changing = hosts[1];
    QCOMPARE(changing.environment, 0);
    QCOMPARE(changing.hoursSeen, 3);
    QCOMPARE(changing.hoursCounted, 2);
    QCOMPARE(changing.hostUnitHoursMilli, qint64(1600));
    QCOMPARE(changing.firstSeenMs, h(0));
    QCOMPARE(changing.lastSeenMs, h(2));
    QCOMPARE(changing.mode, HostMode::Infrastructure); // from h2, the latest hour, though read first
    QCOMPARE(changing.memoryBytes, 32 * GiB);

    const HostSummary &big = hosts[0];
    QCOMPARE(big.hoursSeen, 1);
    QCOMPARE(big.hoursCounted, 1);
    QCOMPARE(big.hostUnitHoursMilli, qint64(2000));
    QCOMPARE(big.firstSeenMs, h(1));
    QCOMPARE(big.lastSeenMs, h(1));
    QCOMPARE(big.entityId(), QStringLiteral("HOST-FFFFFFFFFFFFFFF9")); // -7 = 2^64 - 7

    const HostSummary &idle = hosts[2];
    QCOMPARE(idle.hoursSeen, 1);
    QCOMPARE(idle.hoursCounted, 0);
    QCOMPARE(idle.hostUnitHoursMilli, qint64(0));
    QCOMPARE(idle.mode, HostMode::PaaS);
    QCOMPARE(idle.memoryBytes, 4 * GiB);
}

void TestUsageSnapshot::hostsFollowedAcrossHours_data()
{
    // Each hour lists its hosts as the file does, in order: "a1" is host 1 of env-a. The builder tries a host where
    // it stood in its environment's previous hour before looking it up; whatever the order, each (environment, id)
    // stays one host. Expected: every host as "a1:2", its hours seen, in environment then id order.
    QTest::addColumn<QStringList>("hours");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same order") << QStringList{QStringLiteral("a1 a2 a3"), QStringLiteral("a1 a2 a3"),
                                               QStringLiteral("a1 a2 a3")}
                                << QStringLiteral("a1:3 a2:3 a3:3");
    QTest::newRow("one leaves") << QStringList{QStringLiteral("a1 a2 a3"), QStringLiteral("a1 a3")}
                                << QStringLiteral("a1:2 a2:1 a3:2");
    QTest::newRow("two leave") << QStringList{QStringLiteral("a1 a2 a3 a4"), QStringLiteral("a1 a4"),
                                              QStringLiteral("a1 a4")}
                               << QStringLiteral("a1:3 a2:1 a3:1 a4:3");
    QTest::newRow("one joins") << QStringList{QStringLiteral("a1 a3"), QStringLiteral("a1 a2 a3"),
                                              QStringLiteral("a1 a2 a3")}
                               << QStringLiteral("a1:3 a2:2 a3:3");
    QTest::newRow("reordered") << QStringList{QStringLiteral("a1 a2 a3"), QStringLiteral("a3 a1 a2"),
                                              QStringLiteral("a2 a3 a1")}
                               << QStringLiteral("a1:3 a2:3 a3:3");
    QTest::newRow("one comes back") << QStringList{QStringLiteral("a1 a2 a3"), QStringLiteral("a1 a3"),
                                                   QStringLiteral("a1 a2 a3")}
                                    << QStringLiteral("a1:3 a2:2 a3:3");
    QTest::newRow("same ids in two environments")
        << QStringList{QStringLiteral("a1 a2 b1 b2"), QStringLiteral("b1 b2 a1 a2"), QStringLiteral("a2 b2")}
        << QStringLiteral("a1:2 a2:3 b1:2 b2:3");
    QTest::newRow("an id twice in an hour")
        << QStringList{QStringLiteral("a1 a1 a2"), QStringLiteral("a1 a2 a2")} << QStringLiteral("a1:3 a2:3");
    QTest::newRow("an environment missing an hour")
        << QStringList{QStringLiteral("a1 b1"), QStringLiteral("a1"), QStringLiteral("a1 b1 b2")}
        << QStringLiteral("a1:3 b1:2 b2:1");
}

void TestUsageSnapshot::hostsFollowedAcrossHours()
{
    QFETCH(QStringList, hours);
    QFETCH(QString, expected);
    UsageSnapshotBuilder builder;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        std::vector<HostContribution> a;
        std::vector<HostContribution> b;
        for (const QString &item : hours.at(i).split(QLatin1Char(' ')))
            (item.startsWith(QLatin1Char('a')) ? a : b).push_back(host(item.mid(1).toLongLong(), 100));
        std::vector<EnvironmentHourSummary> environments;
        if (!a.empty())
            environments.push_back(environment(QStringLiteral("env-a"), h(int(i)), a));
        if (!b.empty())
            environments.push_back(environment(QStringLiteral("env-b"), h(int(i)), b));
        builder.add(hour(h(int(i)), std::move(environments)), fileName(int(i)));
    }
    const UsageSnapshotPtr store = builder.build();
    std::vector<std::tuple<int, qint64, int>> hosts;
    for (const HostSummary &summary : store->hosts())
        hosts.emplace_back(summary.environment, summary.osiId, summary.hoursSeen);
    std::sort(hosts.begin(), hosts.end());
    QStringList actual;
    for (const auto &[environmentIndex, osiId, hoursSeen] : hosts)
        actual << QStringLiteral("%1%2:%3")
                      .arg(environmentIndex == 0 ? QStringLiteral("a") : QStringLiteral("b"))
                      .arg(osiId)
                      .arg(hoursSeen);
    QCOMPARE(actual.join(QLatin1Char(' ')), expected);
}

void TestUsageSnapshot::dduPoolsSortedAndAligned()
{
    EnvironmentHourSummary a0 = environment(QStringLiteral("env-a"), h(0));
    a0.ddu = {{QStringLiteral("Traces"), 1.5}, {QStringLiteral("Log"), 0.25}};
    a0.usage.dduTotal = 1.75;
    EnvironmentHourSummary a1 = environment(QStringLiteral("env-a"), h(1));
    EnvironmentHourSummary b1 = environment(QStringLiteral("env-b"), h(1));
    b1.ddu = {{QStringLiteral("Metrics"), 2.0}, {QStringLiteral("Log"), 0.5}};
    b1.usage.dduTotal = 2.5;

    UsageSnapshotBuilder builder;
    builder.add(hour(h(0), {a0}), fileName(1));
    builder.add(hour(h(1), {b1, a1}), fileName(2));
    const UsageSnapshotPtr store = builder.build();

    const QStringList pools{QStringLiteral("Log"), QStringLiteral("Metrics"), QStringLiteral("Traces")};
    QCOMPARE(store->dduPools(), pools);
    const std::vector<UsageRow> &rows = store->hourly();
    QCOMPARE(rows.size(), size_t(3));
    for (const UsageRow &row : rows)
        QCOMPARE(row.dduByPool.size(), pools.size());
    QCOMPARE(rows[0].dduByPool, (QList<double>{0.25, 0.0, 1.5})); // h0 env-a
    QCOMPARE(rows[1].dduByPool, (QList<double>{0.0, 0.0, 0.0}));  // h1 env-a
    QCOMPARE(rows[2].dduByPool, (QList<double>{0.5, 2.0, 0.0}));  // h1 env-b

    QCOMPARE(store->environmentTotals().at(0).dduByPool, (QList<double>{0.25, 0.0, 1.5}));
    QCOMPARE(store->environmentTotals().at(1).dduByPool, (QList<double>{0.5, 2.0, 0.0}));
    QCOMPARE(store->clusterTotal().dduByPool, (QList<double>{0.75, 2.0, 1.5}));
    QCOMPARE(store->clusterTotal().dduTotal, 4.25); // 1.75 + 2.5

    const std::vector<UsageRow> days = store->rollUp(Granularity::Day);
    QCOMPARE(days.size(), size_t(2));
    QCOMPARE(days[0].dduByPool, (QList<double>{0.25, 0.0, 1.5}));
    QCOMPARE(days[1].dduByPool, (QList<double>{0.5, 2.0, 0.0}));
}

void TestUsageSnapshot::dayRollUpAcrossMidnight()
{
    // env-a at 22:00, 23:00, 00:00 and 01:00 UTC around the night of 1 to 2 October; env-b at 23:00 only.
    UsageSnapshotBuilder builder;
    builder.add(hour(h(25), {environmentWithUnits(QStringLiteral("env-a"), h(25), 4, 4000, 40)}), fileName(4));
    builder.add(hour(h(22), {environmentWithUnits(QStringLiteral("env-a"), h(22), 1, 1000, 10)}), fileName(1));
    builder.add(hour(h(24), {environmentWithUnits(QStringLiteral("env-a"), h(24), 3, 3000, 30)}), fileName(3));
    builder.add(hour(h(23), {environmentWithUnits(QStringLiteral("env-b"), h(23), 1, 500, 5, 50),
                             environmentWithUnits(QStringLiteral("env-a"), h(23), 2, 2000, 20)}),
                fileName(2));
    const UsageSnapshotPtr store = builder.build();
    QCOMPARE(h(24), Oct2nd);

    const std::vector<UsageRow> days = store->rollUp(Granularity::Day);
    QCOMPARE(days.size(), size_t(3));
    // 1 Oct, env-a: 22:00 + 23:00 = 1.0 + 2.0 host-unit hours, peak 2.0 with 2 hosts, 10 + 20 visits.
    QCOMPARE(days[0].periodStartMs, Oct1st);
    QCOMPARE(days[0].environment, 0);
    QCOMPARE(days[0].hoursWithData, 2);
    QCOMPARE(days[0].hostUnitHoursMilli, qint64(3000));
    QCOMPARE(days[0].peakHostUnitsMilli, qint64(2000));
    QCOMPARE(days[0].peakHosts, 2);
    QCOMPARE(days[0].visits, qint64(30));
    // 1 Oct, env-b: the single hour.
    QCOMPARE(days[1].periodStartMs, Oct1st);
    QCOMPARE(days[1].environment, 1);
    QCOMPARE(days[1].hoursWithData, 1);
    QCOMPARE(days[1].hostUnitHoursMilli, qint64(500));
    QCOMPARE(days[1].peakHostUnitsMilli, qint64(500));
    QCOMPARE(days[1].visits, qint64(5));
    // 2 Oct, env-a: 00:00 + 01:00 = 3.0 + 4.0, peak 4.0 with 4 hosts, 30 + 40 visits.
    QCOMPARE(days[2].periodStartMs, Oct2nd);
    QCOMPARE(days[2].environment, 0);
    QCOMPARE(days[2].hoursWithData, 2);
    QCOMPARE(days[2].hostUnitHoursMilli, qint64(7000));
    QCOMPARE(days[2].peakHostUnitsMilli, qint64(4000));
    QCOMPARE(days[2].peakHosts, 4);
    QCOMPARE(days[2].visits, qint64(70));
}

void TestUsageSnapshot::monthRollUpAcrossMonthBoundary()
{
    // 2026-09-30T23:00Z, 2026-10-01T00:00Z and 2026-10-15T12:00Z.
    const qint64 sep30Late = Oct1st - Hour;
    const qint64 oct15Noon = Oct1st + 14 * Day + 12 * Hour;
    UsageSnapshotBuilder builder;
    builder.add(hour(oct15Noon, {environmentWithUnits(QStringLiteral("env-a"), oct15Noon, 1, 500, 4)}), fileName(3));
    builder.add(hour(Oct1st, {environmentWithUnits(QStringLiteral("env-a"), Oct1st, 2, 2000, 2)}), fileName(2));
    builder.add(hour(sep30Late, {environmentWithUnits(QStringLiteral("env-a"), sep30Late, 1, 1000, 1)}), fileName(1));
    const UsageSnapshotPtr store = builder.build();

    const std::vector<UsageRow> months = store->rollUp(Granularity::Month);
    QCOMPARE(months.size(), size_t(2));
    QCOMPARE(months[0].periodStartMs, Sep1st);
    QCOMPARE(months[0].hoursWithData, 1);
    QCOMPARE(months[0].hostUnitHoursMilli, qint64(1000));
    QCOMPARE(months[0].peakHostUnitsMilli, qint64(1000));
    QCOMPARE(months[0].visits, qint64(1));
    // October: 2.0 + 0.5 host-unit hours, peak 2.0 with 2 hosts, 2 + 4 visits.
    QCOMPARE(months[1].periodStartMs, Oct1st);
    QCOMPARE(months[1].hoursWithData, 2);
    QCOMPARE(months[1].hostUnitHoursMilli, qint64(2500));
    QCOMPARE(months[1].peakHostUnitsMilli, qint64(2000));
    QCOMPARE(months[1].peakHosts, 2);
    QCOMPARE(months[1].visits, qint64(6));

    // Days: 30 Sep, 1 Oct, 15 Oct.
    const std::vector<UsageRow> days = store->rollUp(Granularity::Day);
    QCOMPARE(days.size(), size_t(3));
    QCOMPARE(days[0].periodStartMs, Oct1st - Day);
    QCOMPARE(days[1].periodStartMs, Oct1st);
    QCOMPARE(days[2].periodStartMs, Oct1st + 14 * Day);
}

void TestUsageSnapshot::hourRollUpIsTheHourlyRows()
{
    UsageSnapshotBuilder builder;
    builder.add(hour(h(1), {environmentWithUnits(QStringLiteral("env-a"), h(1), 1, 300, 3)}), fileName(2));
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 200, 2)}), fileName(1));
    const UsageSnapshotPtr store = builder.build();
    const std::vector<UsageRow> hours = store->rollUp(Granularity::Hour);
    QCOMPARE(hours.size(), size_t(2));
    QCOMPARE(hours[0].periodStartMs, h(0));
    QCOMPARE(hours[0].hostUnitHoursMilli, qint64(200));
    QCOMPARE(hours[1].periodStartMs, h(1));
    QCOMPARE(hours[1].visits, qint64(3));
}

void TestUsageSnapshot::identicalWarningsAggregated()
{
    const QString odd = QStringLiteral("synthetic monitor type 3 is unknown");
    const QString other = QStringLiteral("a host has no readable osiId");
    UsageSnapshotBuilder builder;
    builder.add(hour(h(0), {environmentWithUnits(QStringLiteral("env-a"), h(0), 1, 100)}, {odd}), fileName(1));
    builder.add(hour(h(1), {environmentWithUnits(QStringLiteral("env-a"), h(1), 1, 100)}, {odd, other}), fileName(2));
    builder.add(hour(h(2), {environmentWithUnits(QStringLiteral("env-a"), h(2), 1, 100)}, {odd}), fileName(3));
    builder.addWarning(odd);
    const UsageSnapshotPtr store = builder.build();

    QCOMPARE(store->warnings().size(), 2);
    const ImportWarning *oddWarning = findWarning(*store, odd);
    QVERIFY(oddWarning);
    QCOMPARE(oddWarning->count, 4);
    const ImportWarning *otherWarning = findWarning(*store, other);
    QVERIFY(otherWarning);
    QCOMPARE(otherWarning->count, 1);
}

void TestUsageSnapshot::fromParsedFiles()
{
    // Hour 13:00: a Full-Stack 16 GiB host without records (1.0) and an Infrastructure 8 GiB host active
    // for 10 minutes (0.3 x 0.5 = 0.15). Hour 14:00: the first host at 16 GiB + 1 byte (2.0), the second
    // active for 4 minutes only (not counted).
    const QByteArray first =
        R"({"clusterUuid":"c-1","timeFrameStart":"2026-10-01T13:00:00Z","environmentBillingEntries":[)"
        R"({"environmentUuid":"env-a","visits":100,"hostUsages":[)"
        R"({"osiId":1,"hostMemoryBytes":17179869184},)"
        R"({"osiId":2,"infrastructureOnly":true,"hostMemoryBytes":8589934592,"agentUsages":[{"agentUsageRecords":[)"
        R"({"startTime":1790859600000,"endTime":1790860200000}]}]}]}]})";
    const QByteArray second =
        R"({"clusterUuid":"c-1","timeFrameStart":1790863200000,"environmentBillingEntries":[)"
        R"({"environmentUuid":"env-a","visits":50,"hostUsages":[)"
        R"({"osiId":1,"hostMemoryBytes":17179869185},)"
        R"({"osiId":2,"infrastructureOnly":true,"hostMemoryBytes":8589934592,"agentUsages":[{"agentUsageRecords":[)"
        R"({"startTime":1790863200000,"endTime":1790863440000}]}]}]}]})";

    UsageSnapshotBuilder builder;
    for (const QByteArray &json : {first, second}) {
        Result<HourRecord> record = parseHourRecord(json, QStringLiteral("file.json"));
        QVERIFY(record.ok());
        builder.add(summarizeHour(std::move(record).value(), RuleSettings()), QStringLiteral("file.json"));
    }
    const UsageSnapshotPtr store = builder.build();

    QCOMPARE(store->clusterUuid(), QStringLiteral("c-1"));
    QCOMPARE(store->hourFiles(), 2);
    QCOMPARE(store->hourly().size(), size_t(2));
    QCOMPARE(store->hourly()[0].periodStartMs, Oct1st + 13 * Hour);
    QCOMPARE(store->hourly()[0].hostUnitHoursMilli, qint64(1150));
    QCOMPARE(store->hourly()[0].infrastructureHostUnitHoursMilli, qint64(150));
    QCOMPARE(store->hourly()[0].peakHosts, 2);
    QCOMPARE(store->hourly()[1].periodStartMs, Oct1st + 14 * Hour);
    QCOMPARE(store->hourly()[1].hostUnitHoursMilli, qint64(2000));
    QCOMPARE(store->hourly()[1].peakHosts, 1);
    QCOMPARE(store->clusterTotal().hostUnitHoursMilli, qint64(3150));
    QCOMPARE(store->clusterTotal().peakHostUnitsMilli, qint64(2000));
    QCOMPARE(store->clusterTotal().visits, qint64(150));
    QVERIFY(store->gaps().isEmpty());

    const HostSummary *infrastructure = findHost(*store, 2);
    QVERIFY(infrastructure);
    QCOMPARE(infrastructure->hoursSeen, 2);
    QCOMPARE(infrastructure->hoursCounted, 1);
    QCOMPARE(infrastructure->hostUnitHoursMilli, qint64(150));
    QCOMPARE(infrastructure->mode, HostMode::Infrastructure);
    const HostSummary *fullStack = findHost(*store, 1);
    QVERIFY(fullStack);
    QCOMPARE(fullStack->hostUnitHoursMilli, qint64(3000));
    QCOMPARE(fullStack->memoryBytes, 16 * GiB + 1);
}

void TestUsageSnapshot::hostTotalsMergeWithHours()
{
    // Host 11 is seen in h1 through add() (full-stack 16 GiB, counted, 1.0) and, summed elsewhere, over h2 to h4
    // (infrastructure 32 GiB, 3 hours seen, 2 counted, 0.6 each) and in h0 (2 hours seen, none counted). Host 12
    // comes only as totals, in env-b, which no hour lists.
    UsageSnapshotBuilder builder;
    builder.add(
        hour(h(1), {environment(QStringLiteral("env-a"), h(1), {host(11, 1000, true, HostMode::FullStack, 16 * GiB)})}),
        fileName(1));
    HostSummary later;
    later.osiId = 11;
    later.mode = HostMode::Infrastructure;
    later.memoryBytes = 32 * GiB;
    later.hoursSeen = 3;
    later.hoursCounted = 2;
    later.hostUnitHoursMilli = 1200;
    later.firstSeenMs = h(2);
    later.lastSeenMs = h(4);
    builder.addHostTotals(QStringLiteral("env-a"), later);
    HostSummary earlier = later;
    earlier.mode = HostMode::PaaS;
    earlier.hoursSeen = 2;
    earlier.hoursCounted = 0;
    earlier.hostUnitHoursMilli = 0;
    earlier.firstSeenMs = h(-1);
    earlier.lastSeenMs = h(0);
    builder.addHostTotals(QStringLiteral("env-a"), earlier);
    HostSummary other;
    other.osiId = 12;
    other.hoursSeen = 1;
    other.firstSeenMs = h(3);
    other.lastSeenMs = h(3);
    builder.addHostTotals(QStringLiteral("env-b"), other);
    const UsageSnapshotPtr store = builder.build();

    QCOMPARE(store->environmentIds(), (QStringList{QStringLiteral("env-a"), QStringLiteral("env-b")}));
    QCOMPARE(store->hosts().size(), size_t(2));
    const HostSummary *merged = findHost(*store, 11);
    QVERIFY(merged);
    QCOMPARE(merged->environment, 0);
    QCOMPARE(merged->hoursSeen, 1 + 3 + 2);
    QCOMPARE(merged->hoursCounted, 1 + 2);
    QCOMPARE(merged->hostUnitHoursMilli, qint64(1000 + 1200));
    QCOMPARE(merged->firstSeenMs, h(-1));
    QCOMPARE(merged->lastSeenMs, h(4));
    QCOMPARE(merged->mode, HostMode::Infrastructure); // from the latest hour, h4
    QCOMPARE(merged->memoryBytes, 32 * GiB);
    const HostSummary *alone = findHost(*store, 12);
    QVERIFY(alone);
    QCOMPARE(alone->environment, 1);
    QCOMPARE(alone->hoursSeen, 1);
    // Totals add no hourly rows.
    QCOMPARE(store->hourly().size(), size_t(1));
}

void TestUsageSnapshot::logStorageIsALevel_data()
{
    QTest::addColumn<QString>("view"); // "total", "cluster", "day" or "month"
    QTest::addColumn<qint64>("periodStartMs");
    QTest::addColumn<int>("environment");
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<qint64>("average");
    QTest::addColumn<qint64>("upload");

    // Stored bytes (uploaded bytes) per hour, from the store below:
    //            30 Sep 23:00   1 Oct 00:00   1 Oct 01:00   2 Oct 00:00
    //   env-a    100 (10)       300 (20)      200 (30)      101 (5)
    //   env-b     50 (1)        -             150 (2)       -
    //   cluster  150            300           350           101
    const qint64 sep30 = Oct1st - Day;
    QTest::newRow("env-a over all: peak 300, (100+300+200+101)/4 = 175.25")
        << "total" << qint64(0) << 0 << qint64(300) << qint64(175) << qint64(65);
    QTest::newRow("env-b over all: (50+150)/2") << "total" << qint64(0) << 1 << qint64(150) << qint64(100) << qint64(3);
    QTest::newRow("cluster: busiest hour 350, 901/4 = 225.25")
        << "cluster" << qint64(0) << -1 << qint64(350) << qint64(225) << qint64(68);
    QTest::newRow("day 30 Sep env-a") << "day" << sep30 << 0 << qint64(100) << qint64(100) << qint64(10);
    QTest::newRow("day 30 Sep env-b") << "day" << sep30 << 1 << qint64(50) << qint64(50) << qint64(1);
    QTest::newRow("day 1 Oct env-a: (300+200)/2, never 500")
        << "day" << Oct1st << 0 << qint64(300) << qint64(250) << qint64(50);
    QTest::newRow("day 1 Oct env-b") << "day" << Oct1st << 1 << qint64(150) << qint64(150) << qint64(2);
    QTest::newRow("day 2 Oct env-a") << "day" << Oct2nd << 0 << qint64(101) << qint64(101) << qint64(5);
    QTest::newRow("September env-a") << "month" << Sep1st << 0 << qint64(100) << qint64(100) << qint64(10);
    QTest::newRow("October env-a: 601/3 = 200.33")
        << "month" << Oct1st << 0 << qint64(300) << qint64(200) << qint64(55);
    QTest::newRow("October env-b") << "month" << Oct1st << 1 << qint64(150) << qint64(150) << qint64(2);
}

void TestUsageSnapshot::logStorageIsALevel()
{
    QFETCH(QString, view);
    QFETCH(qint64, periodStartMs);
    QFETCH(int, environment);
    QFETCH(qint64, peak);
    QFETCH(qint64, average);
    QFETCH(qint64, upload);

    const QString a = QStringLiteral("env-a");
    const QString b = QStringLiteral("env-b");
    UsageSnapshotBuilder builder;
    builder.add(hour(h(-1), {logHour(a, h(-1), 100, 10), logHour(b, h(-1), 50, 1)}), fileName(1));
    builder.add(hour(h(0), {logHour(a, h(0), 300, 20)}), fileName(2));
    builder.add(hour(h(1), {logHour(a, h(1), 200, 30), logHour(b, h(1), 150, 2)}), fileName(3));
    builder.add(hour(h(24), {logHour(a, h(24), 101, 5)}), fileName(4));
    const UsageSnapshotPtr store = builder.build();

    UsageRow row;
    if (view == QLatin1String("total")) {
        row = store->environmentTotals().at(size_t(environment));
    } else if (view == QLatin1String("cluster")) {
        row = store->clusterTotal();
    } else {
        const std::vector<UsageRow> periods =
            store->rollUp(view == QLatin1String("day") ? Granularity::Day : Granularity::Month);
        const auto it = std::find_if(periods.cbegin(), periods.cend(), [&](const UsageRow &period) {
            return period.periodStartMs == periodStartMs && period.environment == environment;
        });
        QVERIFY(it != periods.cend());
        row = *it;
    }
    QCOMPARE(row.peakLogStorageBytes, peak);
    QCOMPARE(row.averageLogStorageBytes(), average);
    QCOMPARE(row.logUploadBytes, upload);
}

void TestUsageSnapshot::averageLogStorageRounds_data()
{
    QTest::addColumn<qint64>("byteHours");
    QTest::addColumn<int>("hours");
    QTest::addColumn<qint64>("average");

    QTest::newRow("no hours") << qint64(7) << 0 << qint64(0);
    QTest::newRow("exact") << qint64(901) << 1 << qint64(901);
    QTest::newRow("a half rounds up: 7/2") << qint64(7) << 2 << qint64(4);
    QTest::newRow("below a half rounds down: 4/3") << qint64(4) << 3 << qint64(1);
    QTest::newRow("above a half rounds up: 5/3") << qint64(5) << 3 << qint64(2);
    QTest::newRow("the largest sum does not overflow")
        << std::numeric_limits<qint64>::max() << 2 << qint64(std::numeric_limits<qint64>::max() / 2 + 1);
}

void TestUsageSnapshot::averageLogStorageRounds()
{
    QFETCH(qint64, byteHours);
    QFETCH(int, hours);
    QFETCH(qint64, average);

    UsageRow row;
    row.logStorageByteHours = byteHours;
    row.hoursWithData = hours;
    QCOMPARE(row.averageLogStorageBytes(), average);
}

QTEST_GUILESS_MAIN(TestUsageSnapshot)
#include "tst_usagesnapshot.moc"
