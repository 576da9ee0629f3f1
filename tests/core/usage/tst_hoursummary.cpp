// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprinters.h"

#include <usage/hoursummary.h>

#include <QTest>
#include <algorithm>
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

ActivityInterval rel(qint64 fromMs, qint64 toMs)
{
    return {HourStart + fromMs, HourStart + toMs};
}

HostHour makeHost(qint64 osiId, bool paas, bool infrastructureOnly, qint64 memoryBytes, qint64 paasLimitBytes = 0,
                  Intervals activity = {})
{
    HostHour host;
    host.osiId = osiId;
    host.paas = paas;
    host.infrastructureOnly = infrastructureOnly;
    host.hostMemoryBytes = memoryBytes;
    host.paasMemoryLimitBytes = paasLimitBytes;
    for (const ActivityInterval &interval : activity)
        host.activity.append(interval);
    return host;
}

HourRecord makeRecord(std::vector<EnvironmentHour> environments)
{
    HourRecord record;
    record.clusterUuid = QStringLiteral("cluster-1");
    record.timeFrameStartMs = HourStart;
    record.timeFrameEndMs = HourStart + Hour;
    record.environments = std::move(environments);
    return record;
}

EnvironmentHour makeEnvironment(const QString &id, std::vector<HostHour> hosts = {})
{
    EnvironmentHour environment;
    environment.environmentId = id;
    environment.hosts = std::move(hosts);
    return environment;
}

const HostContribution *findHost(const EnvironmentHourSummary &environment, qint64 osiId)
{
    const auto it = std::find_if(environment.hosts.cbegin(), environment.hosts.cend(),
                                 [osiId](const HostContribution &host) { return host.osiId == osiId; });
    return it == environment.hosts.cend() ? nullptr : &*it;
}

double dduOf(const EnvironmentHourSummary &environment, const QString &pool)
{
    double total = 0.0;
    int seen = 0;
    for (const DduPoolUsage &usage : environment.ddu) {
        if (usage.pool == pool) {
            total += usage.total;
            ++seen;
        }
    }
    return seen == 1 ? total : -1.0; // each pool must appear exactly once
}

} // namespace

class TestHourSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleHost_data();
    void singleHost();
    void hostsAndUnitsPerMode();
    void hostNotCountedStillListed();
    void dduTotalAndPools();
    void sameEnvironmentTwiceLaterWins();
    void countersAndDemCarriedOver();
    void settingsApply();
    void clippedToTheHour();
    void hourStartIsFloored();
    void environmentWithoutHosts();
};

void TestHourSummary::singleHost_data()
{
    QTest::addColumn<bool>("paas");
    QTest::addColumn<bool>("infrastructureOnly");
    QTest::addColumn<qint64>("hostMemory");
    QTest::addColumn<qint64>("paasLimit");
    QTest::addColumn<Intervals>("activity");
    QTest::addColumn<HostMode>("mode");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<bool>("counted");
    QTest::addColumn<qint64>("units");

    QTest::newRow("full-stack 8 GiB, 10 min")
        << false << false << 8 * GiB << qint64(0) << Intervals{rel(0, 10 * Minute)} << HostMode::FullStack << 8 * GiB
        << true << qint64(500);
    QTest::newRow("full-stack 32 GiB + 1, no records") << false << false << 32 * GiB + 1 << qint64(0) << Intervals{}
                                                       << HostMode::FullStack << 32 * GiB + 1 << true << qint64(3000);
    QTest::newRow("infrastructure 16 GiB") << false << true << 16 * GiB << qint64(0) << Intervals{}
                                           << HostMode::Infrastructure << 16 * GiB << true << qint64(300);
    QTest::newRow("infrastructure 1 TiB: capped") << false << true << TiB << qint64(0) << Intervals{rel(0, Hour)}
                                                  << HostMode::Infrastructure << TiB << true << qint64(1000);
    QTest::newRow("paas with limit 2 GiB")
        << true << false << 64 * GiB << 2 * GiB << Intervals{} << HostMode::PaaS << 2 * GiB << true << qint64(250);
    QTest::newRow("paas without limit") << true << false << 64 * GiB << qint64(0) << Intervals{} << HostMode::PaaS
                                        << 64 * GiB << true << qint64(4000);
    QTest::newRow("paas beats infrastructureOnly")
        << true << true << 64 * GiB << 2 * GiB << Intervals{} << HostMode::PaaS << 2 * GiB << true << qint64(250);
    QTest::newRow("4:59.999 active: not counted")
        << false << false << 32 * GiB << qint64(0) << Intervals{rel(0, 5 * Minute - 1)} << HostMode::FullStack
        << 32 * GiB << false << qint64(0);
    QTest::newRow("records outside the hour: not counted")
        << false << true << 16 * GiB << qint64(0) << Intervals{rel(-20 * Minute, -5 * Minute)}
        << HostMode::Infrastructure << 16 * GiB << false << qint64(0);
    // [-10 min, 3 min) + [58 min, 61 min) clipped: 3 + 2 = 5 min.
    QTest::newRow("clipped at both edges: 5 min")
        << false << false << 4 * GiB << qint64(0)
        << Intervals{rel(-10 * Minute, 3 * Minute), rel(58 * Minute, 61 * Minute)} << HostMode::FullStack << 4 * GiB
        << true << qint64(250);
}

void TestHourSummary::singleHost()
{
    QFETCH(bool, paas);
    QFETCH(bool, infrastructureOnly);
    QFETCH(qint64, hostMemory);
    QFETCH(qint64, paasLimit);
    QFETCH(Intervals, activity);
    QFETCH(HostMode, mode);
    QFETCH(qint64, memory);
    QFETCH(bool, counted);
    QFETCH(qint64, units);

    std::vector<EnvironmentHour> environments;
    environments.push_back(makeEnvironment(QStringLiteral("env-a"),
                                           {makeHost(77, paas, infrastructureOnly, hostMemory, paasLimit, activity)}));
    const HourSummary summary = summarizeHour(makeRecord(std::move(environments)), RuleSettings());

    QCOMPARE(summary.environments.size(), size_t(1));
    const EnvironmentHourSummary &environment = summary.environments[0];
    QCOMPARE(environment.hosts.size(), size_t(1));
    const HostContribution &host = environment.hosts[0];
    QCOMPARE(host.osiId, qint64(77));
    QCOMPARE(host.mode, mode);
    QCOMPARE(host.memoryBytes, memory);
    QCOMPARE(host.counted, counted);
    QCOMPARE(host.hostUnitsMilli, units);

    const UsageRow &usage = environment.usage;
    QCOMPARE(usage.peakHosts, counted ? 1 : 0);
    QCOMPARE(usage.hostUnitHoursMilli, units);
    QCOMPARE(usage.peakHostUnitsMilli, units);
    QCOMPARE(usage.fullStackHostUnitHoursMilli, mode == HostMode::FullStack ? units : 0);
    QCOMPARE(usage.infrastructureHostUnitHoursMilli, mode == HostMode::Infrastructure ? units : 0);
    QCOMPARE(usage.paasHostUnitHoursMilli, mode == HostMode::PaaS ? units : 0);
}

void TestHourSummary::hostsAndUnitsPerMode()
{
    std::vector<EnvironmentHour> environments;
    environments.push_back(
        makeEnvironment(QStringLiteral("env-a"),
                        {
                            makeHost(1, false, false, 8 * GiB, 0, {rel(0, 10 * Minute)}), // full-stack 0.5
                            makeHost(2, false, true, 16 * GiB),                           // infrastructure 0.3
                            makeHost(3, true, false, 64 * GiB, 2 * GiB, {rel(-30 * Minute, 30 * Minute)}), // paas 0.25
                            makeHost(4, false, false, 32 * GiB, 0, {rel(0, 4 * Minute)}), // not counted
                            makeHost(5, false, true, TiB, 0, {rel(0, Hour)}),             // infrastructure 1.0 (capped)
                            makeHost(6, true, true, 4 * GiB + 1),                         // paas 0.5
                        }));
    const HourSummary summary = summarizeHour(makeRecord(std::move(environments)), RuleSettings());

    QCOMPARE(summary.environments.size(), size_t(1));
    const EnvironmentHourSummary &environment = summary.environments[0];
    QCOMPARE(environment.environmentId, QStringLiteral("env-a"));
    QCOMPARE(environment.hosts.size(), size_t(6));
    const UsageRow &usage = environment.usage;
    QCOMPARE(usage.periodStartMs, HourStart);
    QCOMPARE(usage.hoursWithData, 1);
    QCOMPARE(usage.peakHosts, 5);                                   // hosts 1, 2, 3, 5, 6
    QCOMPARE(usage.fullStackHostUnitHoursMilli, qint64(500));       // host 1
    QCOMPARE(usage.infrastructureHostUnitHoursMilli, qint64(1300)); // 0.3 + 1.0
    QCOMPARE(usage.paasHostUnitHoursMilli, qint64(750));            // 0.25 + 0.5
    QCOMPARE(usage.hostUnitHoursMilli, qint64(2550));               // 0.5 + 1.3 + 0.75
    QCOMPARE(usage.peakHostUnitsMilli, qint64(2550));

    const HostContribution *paasHost = findHost(environment, 3);
    QVERIFY(paasHost);
    QCOMPARE(paasHost->mode, HostMode::PaaS);
    QCOMPARE(paasHost->memoryBytes, 2 * GiB);
    QCOMPARE(paasHost->hostUnitsMilli, qint64(250));
    const HostContribution *bothFlags = findHost(environment, 6);
    QVERIFY(bothFlags);
    QCOMPARE(bothFlags->mode, HostMode::PaaS);
    QCOMPARE(bothFlags->hostUnitsMilli, qint64(500));
    const HostContribution *capped = findHost(environment, 5);
    QVERIFY(capped);
    QCOMPARE(capped->hostUnitsMilli, qint64(1000));
}

void TestHourSummary::hostNotCountedStillListed()
{
    std::vector<EnvironmentHour> environments;
    environments.push_back(
        makeEnvironment(QStringLiteral("env-a"), {makeHost(-5, false, false, 32 * GiB, 0, {rel(0, 4 * Minute)}),
                                                  makeHost(6, false, false, GiB, 0, {rel(0, 5 * Minute)})}));
    const HourSummary summary = summarizeHour(makeRecord(std::move(environments)), RuleSettings());

    const EnvironmentHourSummary &environment = summary.environments.at(0);
    QCOMPARE(environment.hosts.size(), size_t(2));
    const HostContribution *idle = findHost(environment, -5);
    QVERIFY(idle);
    QCOMPARE(idle->counted, false);
    QCOMPARE(idle->hostUnitsMilli, qint64(0));
    QCOMPARE(idle->mode, HostMode::FullStack);
    QCOMPARE(idle->memoryBytes, 32 * GiB); // kept for the host view even though it does not count
    const HostContribution *active = findHost(environment, 6);
    QVERIFY(active);
    QCOMPARE(active->counted, true);
    QCOMPARE(active->hostUnitsMilli, qint64(100));
    // Only the 1 GiB host: 1 host, 0.1 host units.
    QCOMPARE(environment.usage.peakHosts, 1);
    QCOMPARE(environment.usage.hostUnitHoursMilli, qint64(100));
    QCOMPARE(environment.usage.fullStackHostUnitHoursMilli, qint64(100));
}

void TestHourSummary::dduTotalAndPools()
{
    EnvironmentHour environment = makeEnvironment(QStringLiteral("env-a"));
    environment.ddu = {{QStringLiteral("Metrics"), 1.25},
                       {QStringLiteral("Log"), 0.5},
                       {QStringLiteral("Metrics"), 2.0},
                       {QStringLiteral("Traces"), 0.125}};
    std::vector<EnvironmentHour> environments;
    environments.push_back(std::move(environment));
    const HourSummary summary = summarizeHour(makeRecord(std::move(environments)), RuleSettings());

    const EnvironmentHourSummary &result = summary.environments.at(0);
    QCOMPARE(result.usage.dduTotal, 3.875); // 1.25 + 0.5 + 2.0 + 0.125
    QCOMPARE(result.ddu.size(), 3);
    QCOMPARE(dduOf(result, QStringLiteral("Metrics")), 3.25); // 1.25 + 2.0, one entry
    QCOMPARE(dduOf(result, QStringLiteral("Log")), 0.5);
    QCOMPARE(dduOf(result, QStringLiteral("Traces")), 0.125);
}

void TestHourSummary::sameEnvironmentTwiceLaterWins()
{
    EnvironmentHour first = makeEnvironment(QStringLiteral("env-a"), {makeHost(1, false, false, 64 * GiB)});
    first.visits = 10;
    first.ddu = {{QStringLiteral("Log"), 4.0}};
    EnvironmentHour other = makeEnvironment(QStringLiteral("env-b"), {makeHost(2, false, false, GiB)});
    other.visits = 1;
    EnvironmentHour second = makeEnvironment(QStringLiteral("env-a"), {makeHost(3, false, false, 8 * GiB)});
    second.visits = 20;

    HourRecord record = makeRecord({});
    record.warnings = {QStringLiteral("from the parser")};
    record.environments.push_back(std::move(first));
    record.environments.push_back(std::move(other));
    record.environments.push_back(std::move(second));
    const HourSummary summary = summarizeHour(std::move(record), RuleSettings());

    QCOMPARE(summary.environments.size(), size_t(2));
    const auto a =
        std::find_if(summary.environments.cbegin(), summary.environments.cend(),
                     [](const EnvironmentHourSummary &e) { return e.environmentId == QLatin1String("env-a"); });
    QVERIFY(a != summary.environments.cend());
    QCOMPARE(a->usage.visits, qint64(20));
    QCOMPARE(a->usage.hostUnitHoursMilli, qint64(500)); // only the later entry's 8 GiB host
    QCOMPARE(a->hosts.size(), size_t(1));
    QCOMPARE(a->hosts[0].osiId, qint64(3));
    QCOMPARE(a->usage.dduTotal, 0.0);
    QVERIFY(a->ddu.isEmpty());
    const auto b =
        std::find_if(summary.environments.cbegin(), summary.environments.cend(),
                     [](const EnvironmentHourSummary &e) { return e.environmentId == QLatin1String("env-b"); });
    QVERIFY(b != summary.environments.cend());
    QCOMPARE(b->usage.visits, qint64(1));

    QCOMPARE(summary.warnings.size(), 2);
    QVERIFY(summary.warnings.contains(QStringLiteral("from the parser")));
    QVERIFY(std::any_of(summary.warnings.cbegin(), summary.warnings.cend(),
                        [](const QString &warning) { return warning.contains(QLatin1String("env-a")); }));
}

void TestHourSummary::countersAndDemCarriedOver()
{
    EnvironmentHour environment = makeEnvironment(QStringLiteral("env-a"));
    environment.visits = 100;
    environment.mobileSessions = 20;
    environment.sessionReplays = 10;
    environment.mobileSessionReplays = 2;
    environment.rumUserProperties = 33;
    environment.syntheticBrowserExecutions = 3;
    environment.syntheticHttpExecutions = 50;
    environment.syntheticUnknownExecutions = 1000;
    environment.customMetrics = 42;
    environment.logStorageBytes = 5000000000;
    environment.logUploadBytes = 7;
    environment.trial = true;
    std::vector<EnvironmentHour> environments;
    environments.push_back(std::move(environment));
    HourRecord record = makeRecord(std::move(environments));
    record.warnings = {QStringLiteral("w1"), QStringLiteral("w2")};
    const HourSummary summary = summarizeHour(std::move(record), RuleSettings());

    QCOMPARE(summary.clusterUuid, QStringLiteral("cluster-1"));
    QCOMPARE(summary.hourStartMs, HourStart);
    QCOMPARE(summary.warnings, QStringList({QStringLiteral("w1"), QStringLiteral("w2")}));
    const UsageRow &usage = summary.environments.at(0).usage;
    QCOMPARE(usage.visits, qint64(100));
    QCOMPARE(usage.mobileSessions, qint64(20));
    QCOMPARE(usage.sessionReplays, qint64(10));
    QCOMPARE(usage.mobileSessionReplays, qint64(2));
    QCOMPARE(usage.rumUserProperties, qint64(33));
    QCOMPARE(usage.syntheticBrowserExecutions, qint64(3));
    QCOMPARE(usage.syntheticHttpExecutions, qint64(50));
    // 0.25 x 120 + 0.75 x 12 + 1.0 x 3 + 0.1 x 50 = 30 + 9 + 3 + 5 (unknown monitor types left out)
    QCOMPARE(usage.demUnits, 47.0);
    QCOMPARE(usage.customMetrics, qint64(42));
    QCOMPARE(usage.peakLogStorageBytes, qint64(5000000000));
    QCOMPARE(usage.logStorageByteHours, qint64(5000000000));
    QCOMPARE(usage.logUploadBytes, qint64(7));
    QCOMPARE(usage.userSessions(), qint64(120));
    QVERIFY(usage.trial);
    QCOMPARE(usage.peakHosts, 0);
    QCOMPARE(usage.hostUnitHoursMilli, qint64(0));
}

void TestHourSummary::settingsApply()
{
    RuleSettings settings;
    settings.capInfrastructureAtOne = false;
    settings.minimumActiveMs = 10 * Minute;
    settings.demVisitWeight = 1.0;
    settings.demReplayWeight = 0.0;
    settings.demBrowserMonitorWeight = 0.0;
    settings.demHttpMonitorWeight = 0.0;

    EnvironmentHour environment = makeEnvironment(
        QStringLiteral("env-a"), {makeHost(1, false, true, TiB, 0, {rel(0, 20 * Minute)}),       // 0.3 x 64, uncapped
                                  makeHost(2, false, false, 8 * GiB, 0, {rel(0, 6 * Minute)})}); // below 10 min
    environment.visits = 7;
    environment.sessionReplays = 100;
    std::vector<EnvironmentHour> environments;
    environments.push_back(std::move(environment));
    const HourSummary summary = summarizeHour(makeRecord(std::move(environments)), settings);

    const EnvironmentHourSummary &result = summary.environments.at(0);
    QCOMPARE(result.usage.hostUnitHoursMilli, qint64(19200));
    QCOMPARE(result.usage.infrastructureHostUnitHoursMilli, qint64(19200));
    QCOMPARE(result.usage.peakHosts, 1);
    const HostContribution *shortLived = findHost(result, 2);
    QVERIFY(shortLived);
    QVERIFY(!shortLived->counted);
    QCOMPARE(result.usage.demUnits, 7.0); // 1.0 x 7 visits, replays weighted 0
}

void TestHourSummary::clippedToTheHour()
{
    // Activity after the hour belongs to the next hour's file.
    std::vector<EnvironmentHour> environments;
    environments.push_back(
        makeEnvironment(QStringLiteral("env-a"), {makeHost(1, false, false, GiB, 0, {rel(Hour, Hour + 30 * Minute)}),
                                                  makeHost(2, false, false, GiB, 0, {rel(56 * Minute, Hour + Hour)})}));
    HourRecord record = makeRecord(std::move(environments));
    HourRecord longFrame = record;
    const HourSummary summary = summarizeHour(std::move(record), RuleSettings());
    const EnvironmentHourSummary &result = summary.environments.at(0);
    const HostContribution *afterTheHour = findHost(result, 1);
    const HostContribution *fourMinutes = findHost(result, 2); // [13:56, 15:00) is 4 minutes inside the hour
    QVERIFY(afterTheHour && fourMinutes);
    QVERIFY(!afterTheHour->counted);
    QVERIFY(!fourMinutes->counted);
    QCOMPARE(result.usage.peakHosts, 0);

    // A file whose time frame claims two hours still describes the one hour it starts: DOMAIN.md clips
    // activity to the hour, so the same records must not count either.
    longFrame.timeFrameEndMs = HourStart + 2 * Hour;
    const HourSummary longSummary = summarizeHour(std::move(longFrame), RuleSettings());
    QCOMPARE(longSummary.hourStartMs, HourStart);
    QCOMPARE(longSummary.environments.at(0).usage.peakHosts, 0);
    QCOMPARE(longSummary.environments.at(0).usage.hostUnitHoursMilli, qint64(0));
}

void TestHourSummary::hourStartIsFloored()
{
    HourRecord record = makeRecord({});
    record.environments.push_back(makeEnvironment(QStringLiteral("env-a")));
    record.timeFrameStartMs = HourStart + 30 * 1000;
    record.timeFrameEndMs = HourStart + Hour;
    const HourSummary summary = summarizeHour(std::move(record), RuleSettings());
    QCOMPARE(summary.hourStartMs, HourStart);
    QCOMPARE(summary.environments.at(0).usage.periodStartMs, HourStart);
}

void TestHourSummary::environmentWithoutHosts()
{
    std::vector<EnvironmentHour> environments;
    environments.push_back(makeEnvironment(QStringLiteral("env-empty")));
    const HourSummary summary = summarizeHour(makeRecord(std::move(environments)), RuleSettings());
    QCOMPARE(summary.environments.size(), size_t(1));
    QCOMPARE(summary.environments[0].environmentId, QStringLiteral("env-empty"));
    QVERIFY(summary.environments[0].hosts.empty());
    QCOMPARE(summary.environments[0].usage.hoursWithData, 1);
    QCOMPARE(summary.environments[0].usage.hostUnitHoursMilli, qint64(0));
    QVERIFY(summary.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestHourSummary)
#include "tst_hoursummary.moc"
