// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>
#include <cluster/environmentnamecache.h>
#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;

namespace {

DemoClusterOptions smallCluster()
{
    DemoClusterOptions options;
    options.generator.seed = 5;
    options.generator.environments = 7;
    options.generator.hosts = 10;
    return options;
}

template<typename Result, typename Job> Result waitFor(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).template value<Result>();
}

} // namespace

// Environments (with paging and the name cache), the license, one hour, and the connection test.
class TestClusterQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void environmentsArePaged();
    void environmentsAreCachedPerCluster();
    void environmentQuotasAcrossPages();
    void clusterLicense();
    void clusterLicenseMissingOnOldClusters();
    void hourJson();
    void hourInsideTheLastTwoHours();
    void hourHtmlIsAnError();
    void connectionTest_data();
    void connectionTest();
    void jsonStallAndDrop_data();
    void jsonStallAndDrop();
    void delayBeforeAnswer();
    void randomFaultsAreSeeded();
    void deleteClientInFinished_data();
    void deleteClientInFinished();

private:
    std::unique_ptr<ClusterClient> client(const QString &token = DemoCluster::demoToken()) const
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("queries");
        profile.baseUrl = m_cluster->url();
        profile.proxyMode = ProxyMode::None;
        profile.stallTimeoutSeconds = 1;
        return std::make_unique<ClusterClient>(profile, token);
    }

    std::unique_ptr<DemoCluster> m_cluster;
};

void TestClusterQueries::init()
{
    m_cluster = std::make_unique<DemoCluster>(smallCluster());
    QVERIFY(!m_cluster->listen().isError());
}

void TestClusterQueries::cleanup()
{
    m_cluster.reset();
}

void TestClusterQueries::environmentsArePaged()
{
    auto api = client();
    const auto result = waitFor<EnvironmentsResult>(api->fetchEnvironments(3));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.totalCount, 7);
    const QList<GeneratedEnvironment> expected = m_cluster->environments();
    QCOMPARE(result.environments.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.environments.at(i).id, expected.at(i).id);
        QCOMPARE(result.environments.at(i).name, expected.at(i).name);
        QCOMPARE(result.environments.at(i).state, expected.at(i).state);
        QCOMPARE(result.environments.at(i).trial, expected.at(i).trial);
    }
    // Disabled environments are listed too.
    QVERIFY(std::any_of(result.environments.cbegin(), result.environments.cend(),
                        [](const ClusterEnvironment &e) { return e.state == QLatin1String("DISABLED"); }));

    const QList<DemoRequestRecord> requests = m_cluster->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).query.queryItems(),
             (QList<std::pair<QString, QString>>{{QStringLiteral("pageSize"), QStringLiteral("3")}}));
    for (int i = 1; i < 3; ++i) {
        const auto items = requests.at(i).query.queryItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).first, QStringLiteral("nextPageKey"));
        QCOMPARE(requests.at(i).status, 200);
    }
}

void TestClusterQueries::environmentsAreCachedPerCluster()
{
    QTemporaryDir directory;
    const QString cacheFile = directory.filePath(QStringLiteral("names.json"));
    auto api = client();
    api->setEnvironmentNameCacheFile(cacheFile);
    QVERIFY(waitFor<EnvironmentsResult>(api->fetchEnvironments(2)).outcome.ok());
    const EnvironmentNameCache cache(cacheFile);
    QCOMPARE(cache.clusters(), QStringList{api->profile().origin()});
    const QHash<QString, QString> names = cache.environmentNames(api->profile().origin());
    QCOMPARE(names.size(), 7);
    for (const GeneratedEnvironment &environment : m_cluster->environments())
        QCOMPARE(names.value(environment.id), environment.name);
    QCOMPARE(cache.environmentNames(), names); // all clusters merged
}

void TestClusterQueries::environmentQuotasAcrossPages()
{
    auto api = client();
    // The demo's own: the first environment 40 host units, the second 60, the rest none; page size 3 puts the
    // second page's question in the key alone.
    auto *job = api->fetchEnvironments(3, EnvironmentsJob::Quotas::With);
    const auto result = waitFor<EnvironmentsResult>(job);
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QVERIFY(result.consumptionInfo);
    QCOMPARE(result.environments.size(), 7);
    QCOMPARE(result.environments.at(0).hostUnitQuota, std::optional<double>(DemoCluster::DefaultFirstQuota));
    QCOMPARE(result.environments.at(1).hostUnitQuota, std::optional<double>(DemoCluster::DefaultSecondQuota));
    for (qsizetype i = 2; i < 7; ++i)
        QCOMPARE(result.environments.at(i).hostUnitQuota, std::optional<double>());

    // Chosen ones, on the last page too; without asking, none.
    DemoClusterOptions options = smallCluster();
    options.environmentHostUnitQuotas = QHash<QString, double>{{m_cluster->environments().at(6).id, 12.5}};
    m_cluster = std::make_unique<DemoCluster>(options);
    QVERIFY(!m_cluster->listen().isError());
    auto other = client();
    const auto chosen = waitFor<EnvironmentsResult>(other->fetchEnvironments(3, EnvironmentsJob::Quotas::With));
    QVERIFY(chosen.outcome.ok());
    for (qsizetype i = 0; i < 6; ++i)
        QCOMPARE(chosen.environments.at(i).hostUnitQuota, std::optional<double>());
    QCOMPARE(chosen.environments.at(6).hostUnitQuota, std::optional<double>(12.5));
    const auto plain = waitFor<EnvironmentsResult>(other->fetchEnvironments(3));
    QVERIFY(!plain.consumptionInfo);
    QCOMPARE(plain.environments.at(6).hostUnitQuota, std::optional<double>());
}

void TestClusterQueries::clusterLicense()
{
    auto api = client();
    const auto result = waitFor<ClusterLicenseResult>(api->fetchClusterLicense());
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QVERIFY(result.available);
    QCOMPARE(result.license.licenseName, QStringLiteral("Demo Managed License"));
    QVERIFY(result.license.hostUnits.present);
    QCOMPARE(result.license.hostUnits.quota, 250.0);
    QCOMPARE(result.license.hostUnits.usage, 183.5);
    QVERIFY(result.license.davisDataUnits.overageUsage > 0);
    QCOMPARE(result.license.clusterId, m_cluster->clusterUuid());
}

void TestClusterQueries::clusterLicenseMissingOnOldClusters()
{
    m_cluster->queueFault(DemoFault::httpStatus(404));
    auto api = client();
    const auto result = waitFor<ClusterLicenseResult>(api->fetchClusterLicense());
    QVERIFY(result.outcome.ok());
    QVERIFY(!result.available);
}

void TestClusterQueries::hourJson()
{
    auto api = client();
    const qint64 hour = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 5 * Time::HourMs;
    const auto result = waitFor<HourResult>(api->fetchHour(hour + 123));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(result.hourStartMs, hour);
    const QJsonObject object = QJsonDocument::fromJson(result.json).object();
    QCOMPARE(object.value(QLatin1String("clusterUuid")).toString(), m_cluster->clusterUuid());
    QCOMPARE(m_cluster->requests().at(0).query.queryItemValue(QStringLiteral("startTs")).toLongLong(), hour);
}

void TestClusterQueries::hourInsideTheLastTwoHours()
{
    auto api = client();
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-10-01T12:30:00Z"), Qt::ISODate);
    api->setClock([now] { return now; });
    // 10:00-11:00 ends after 10:00 (two hours before the current hour): refused without asking the cluster.
    const auto result = waitFor<HourResult>(api->fetchHour(now.addSecs(-2 * 3600).toMSecsSinceEpoch()));
    QCOMPARE(result.outcome.status, RequestStatus::InvalidRequest);
    QVERIFY(m_cluster->requests().isEmpty());
    const auto allowed = waitFor<HourResult>(api->fetchHour(now.addSecs(-3 * 3600).toMSecsSinceEpoch()));
    QVERIFY2(allowed.outcome.ok(), qPrintable(allowed.outcome.errorText));
}

void TestClusterQueries::hourHtmlIsAnError()
{
    m_cluster->queueFault(DemoFault::htmlBody());
    auto api = client();
    const auto result =
        waitFor<HourResult>(api->fetchHour(Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 5 * Time::HourMs));
    QCOMPARE(result.outcome.status, RequestStatus::InvalidResponse);
    QVERIFY(result.json.isEmpty());
}

void TestClusterQueries::connectionTest_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("sentencePart");

    using Verdict = ConnectionTestResult::Verdict;
    QTest::newRow("ok") << DemoCluster::demoToken() << false << int(Verdict::Ok) << QStringLiteral("7 environment");
    QTest::newRow("bad token") << QStringLiteral("dt0c01.NOPE.NOPE") << false << int(Verdict::BadToken)
                               << QStringLiteral("did not accept the API token");
    QTest::newRow("missing scope") << DemoCluster::tokenWithoutScope() << false << int(Verdict::MissingScope)
                                   << QStringLiteral("Service Provider API");
    QTest::newRow("unreachable") << DemoCluster::demoToken() << true << int(Verdict::Unreachable)
                                 << QStringLiteral("cannot be reached");
}

void TestClusterQueries::connectionTest()
{
    QFETCH(QString, token);
    QFETCH(bool, closedPort);
    QFETCH(int, verdict);
    QFETCH(QString, sentencePart);

    ClusterProfile profile;
    profile.name = QStringLiteral("test");
    profile.baseUrl = m_cluster->url();
    profile.proxyMode = ProxyMode::None;
    if (closedPort) {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there once the probe is gone
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl url = profile.baseUrl;
        url.setPort(probe.serverPort());
        profile.baseUrl = url;
    }
    ClusterClient api(profile, token);
    const auto result = waitFor<ConnectionTestResult>(api.testConnection());
    QCOMPARE(int(result.verdict), verdict);
    QVERIFY2(result.summary.contains(sentencePart), qPrintable(result.summary));
    if (verdict == int(ConnectionTestResult::Verdict::Ok))
        QCOMPARE(result.environmentCount, 7);
}

void TestClusterQueries::jsonStallAndDrop_data()
{
    QTest::addColumn<bool>("stall");
    QTest::newRow("stall") << true;
    QTest::newRow("drop") << false;
}

void TestClusterQueries::jsonStallAndDrop()
{
    QFETCH(bool, stall);
    m_cluster->queueFault(stall ? DemoFault::stall(40) : DemoFault::drop(40));
    auto api = client();
    const auto result = waitFor<EnvironmentsResult>(api->fetchEnvironments());
    QCOMPARE(result.outcome.status, stall ? RequestStatus::StallTimeout : RequestStatus::NetworkError);
    QVERIFY(result.environments.isEmpty());
}

void TestClusterQueries::delayBeforeAnswer()
{
    m_cluster->queueFault(DemoFault::delay(300));
    auto api = client();
    QElapsedTimer timer;
    timer.start();
    const auto result = waitFor<EnvironmentsResult>(api->fetchEnvironments());
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QVERIFY(timer.elapsed() >= 250);
}

void TestClusterQueries::randomFaultsAreSeeded()
{
    auto statuses = [this](quint64 seed) {
        m_cluster->clearRequests();
        m_cluster->setRandomFaults(seed, 0.5, {DemoFault::httpStatus(500), DemoFault::httpStatus(404)});
        auto api = client();
        QList<int> result;
        for (int i = 0; i < 12; ++i)
            result.append(waitFor<ClusterLicenseResult>(api->fetchClusterLicense()).outcome.httpStatus);
        m_cluster->clearFaults();
        return result;
    };
    const QList<int> first = statuses(42);
    QCOMPARE(statuses(42), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(500) || first.contains(404));
}

void TestClusterQueries::deleteClientInFinished_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<bool>("failing"); // answered with an error instead of data
    for (const bool failing : {false, true}) {
        for (const QString &job : {QStringLiteral("environments"), QStringLiteral("license"), QStringLiteral("hour"),
                                   QStringLiteral("connection test")}) {
            QTest::addRow("%s%s", qPrintable(job), failing ? " (error)" : "") << job << failing;
        }
    }
}

void TestClusterQueries::deleteClientInFinished()
{
    // The receiver of finished() deletes the client, as a closing dialog would. The job emitting finished() (and
    // the request below it, inside its reply's signal) must outlive the emit, then go from the event loop.
    QFETCH(QString, job);
    QFETCH(bool, failing);
    if (failing)
        m_cluster->queueFault(DemoFault::httpStatus(500));
    ClusterClient *api = client().release();
    const QPointer<ClusterClient> apiPointer(api);
    QPointer<QObject> jobPointer;
    int calls = 0;
    bool jobAliveAfterDelete = false;
    const auto deleteClient = [&] {
        ++calls;
        delete api;
        jobAliveAfterDelete = !jobPointer.isNull();
    };
    if (job == QLatin1String("environments")) {
        jobPointer = api->fetchEnvironments(this, [&](const EnvironmentsResult &) { deleteClient(); });
    } else if (job == QLatin1String("license")) {
        jobPointer = api->fetchClusterLicense(this, [&](const ClusterLicenseResult &) { deleteClient(); });
    } else if (job == QLatin1String("hour")) {
        const qint64 hour = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 5 * Time::HourMs;
        jobPointer = api->fetchHour(hour, this, [&](const HourResult &) { deleteClient(); });
    } else {
        jobPointer = api->testConnection(this, [&](const ConnectionTestResult &) { deleteClient(); });
    }
    QTRY_COMPARE(calls, 1);
    QVERIFY(apiPointer.isNull());
    QVERIFY(jobAliveAfterDelete);
    QTRY_VERIFY(jobPointer.isNull());
    QCOMPARE(calls, 1);
    // The cluster still answers: nothing was left in a broken state on either side.
    m_cluster->clearFaults();
    QVERIFY(waitFor<ClusterLicenseResult>(client()->fetchClusterLicense()).outcome.ok());
}

QTEST_GUILESS_MAIN(TestClusterQueries)
#include "tst_clusterqueries.moc"
