// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>
#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;

namespace {

DemoClusterOptions smallCluster()
{
    DemoClusterOptions options;
    options.generator.seed = 11;
    options.generator.environments = 4;
    options.generator.hosts = 12;
    options.busyRetryAfterSeconds = 1;
    return options;
}

ClusterProfile profileFor(const DemoCluster &cluster, const QString &name = QStringLiteral("demo"))
{
    ClusterProfile profile;
    profile.name = name;
    profile.baseUrl = cluster.url();
    profile.proxyMode = ProxyMode::None;
    profile.stallTimeoutSeconds = 5;
    return profile;
}

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.initialDelayMs = 1000;
    policy.maxDelayMs = 10 * 1000;
    policy.maxTotalWaitMs = 60 * 1000;
    policy.timeScale = 0.01; // a nominal second is 10 ms
    return policy;
}

ExportResult waitForResult(ExportDownloadJob *job, int timeoutMs = 20000)
{
    QSignalSpy spy(job, &ExportDownloadJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.at(0).at(0).value<ExportResult>();
}

// The last full day that is safely exportable (ends three hours before now).
ExportRequest recentDay(const QString &target = {})
{
    const qint64 end = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 3 * Time::HourMs;
    ExportRequest request;
    request.fromMs = end - 24 * Time::HourMs;
    request.toMs = end;
    request.targetPath = target;
    return request;
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestExportDownload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void downloadsZip();
    void clampsEndWithInjectedClock();
    void replacesExistingTargetAtomically();
    void statusPaths_data();
    void statusPaths();
    void serverTwoHourRule();
    void retriesWithRetryAfter_data();
    void retriesWithRetryAfter();
    void retryGivesUpAfterTotalWait();
    void waitsForClusterExportLock();
    void oneExportPerProfile();
    void cancel();
    void stallTimeout();
    void droppedBody();
    void htmlInsteadOfZip();
    void crossOriginRedirectKeepsToken();
    void unreachableHost();
    void rejectsPlainHttpToRemoteHost();

    void retryAfterZeroIsNotALoop();
    void hugeRetryAfterGivesUp_data();
    void hugeRetryAfterGivesUp();
    void retryAfterAboveTheBackoffCapIsHonoured();
    void maxAttempts();
    void realTimeCountsAgainstTheTotalWait();
    void truncatedBodyWithoutLength();
    void completeBodyWithoutLength();
    void contentLengthIsChecked();
    void hugeErrorBodyIsCapped();
    void deleteClientInHandlers_data();
    void deleteClientInHandlers();
    void deleteClientWhileDownloading();
    void manualProxyNeverSeesLoopbackRequests();

private:
    std::unique_ptr<DemoCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<QTemporaryDir> m_output;

    std::unique_ptr<ClusterClient> client(const QString &token = DemoCluster::demoToken(),
                                          const QString &profileName = QStringLiteral("demo"))
    {
        auto result = std::make_unique<ClusterClient>(profileFor(*m_cluster, profileName), token);
        result->setCacheDirectory(m_cache->path());
        result->setRetryPolicy(fastRetries());
        return result;
    }
};

void TestExportDownload::init()
{
    m_cluster = std::make_unique<DemoCluster>(smallCluster());
    QVERIFY(!m_cluster->listen().isError());
    m_cache = std::make_unique<QTemporaryDir>();
    m_output = std::make_unique<QTemporaryDir>();
}

void TestExportDownload::cleanup()
{
    m_cluster.reset();
}

void TestExportDownload::downloadsZip()
{
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    ExportDownloadJob *job = api->downloadExport(recentDay(target));
    QSignalSpy progress(job, &ExportDownloadJob::progress);
    const ExportResult result = waitForResult(job);

    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(result.outcome.httpStatus, 200);
    QCOMPARE(result.filePath, target);
    QCOMPARE(result.range.hours(), 24);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), result.bytes);
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4));
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().at(0).value<TransferProgress>();
    QCOMPARE(last.bytesReceived, result.bytes);
    QCOMPARE(last.bytesTotal, qint64(-1)); // chunked: the total is unknown
    QVERIFY(filesIn(m_cache->path()).isEmpty());

    const QList<DemoRequestRecord> requests = m_cluster->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/cluster/v2/license/consumption"));
    QCOMPARE(requests.at(0).authorization, QByteArray("Api-Token ") + DemoCluster::demoToken().toUtf8());
    QVERIFY(!requests.at(0).query.hasQueryItem(QStringLiteral("api-token")));
    QCOMPARE(requests.at(0).query.queryItemValue(QStringLiteral("startTs")).toLongLong(), result.range.fromMs);
    QCOMPARE(requests.at(0).query.queryItemValue(QStringLiteral("endTs")).toLongLong(), result.range.toMs);
}

void TestExportDownload::clampsEndWithInjectedClock()
{
    // Both sides agree on a fixed "now": the client clamps the end so the cluster accepts it.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-10-01T12:34:56Z"), Qt::ISODate);
    m_cluster->setClock([now] { return now; });
    auto api = client();
    api->setClock([now] { return now; });
    ExportRequest request;
    request.fromMs = now.addSecs(-6 * 3600).toMSecsSinceEpoch();
    request.toMs = now.toMSecsSinceEpoch();
    const ExportResult result = waitForResult(api->downloadExport(request));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QVERIFY(result.endClamped);
    QCOMPARE(result.range.toMs, now.addSecs(-2 * 3600 - 34 * 60 - 56).toMSecsSinceEpoch());   // 10:00
    QCOMPARE(result.range.fromMs, now.addSecs(-6 * 3600 - 34 * 60 - 56).toMSecsSinceEpoch()); // 06:00
    QVERIFY(result.filePath.startsWith(m_cache->path())); // no target: kept in the cache folder
    QVERIFY(QFile::exists(result.filePath));
}

void TestExportDownload::replacesExistingTargetAtomically()
{
    const QString target = m_output->filePath(QStringLiteral("existing.zip"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    auto api = client();
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4));
    QCOMPARE(file.size(), result.bytes);
    QVERIFY(filesIn(m_cache->path()).isEmpty());
    QCOMPARE(filesIn(m_output->path()), QStringList{QStringLiteral("existing.zip")});
}

void TestExportDownload::statusPaths_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("faultStatus"); // 0: none
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QStringList>("sentenceParts");

    QTest::newRow("401 no valid token") << QStringLiteral("dt0c01.WRONG.TOKEN") << 0 << 401
                                        << QStringList{QStringLiteral("did not accept the API token"),
                                                       QStringLiteral("Token Authentication failed"),
                                                       QStringLiteral("Cluster Management Console")};
    QTest::newRow("403 missing scope") << DemoCluster::tokenWithoutScope() << 0 << 403
                                       << QStringList{QStringLiteral("Service Provider API"),
                                                      QStringLiteral("missing required scope")};
    QTest::newRow("404") << DemoCluster::demoToken() << 404 << 404
                         << QStringList{QStringLiteral("does not offer this API"), QStringLiteral("/e/")};
    QTest::newRow("422 DPS") << DemoCluster::demoToken() << 422 << 422
                             << QStringList{QStringLiteral("Dynatrace Platform Subscription"),
                                            QStringLiteral("does not cover"),
                                            QStringLiteral("Incompatible licensing model")};
    QTest::newRow("500") << DemoCluster::demoToken() << 500 << 500
                         << QStringList{QStringLiteral("failed to produce"), QStringLiteral("Operation failed"),
                                        QStringLiteral("Try again later")};
}

void TestExportDownload::statusPaths()
{
    QFETCH(QString, token);
    QFETCH(int, faultStatus);
    QFETCH(int, expectedStatus);
    QFETCH(QStringList, sentenceParts);

    if (faultStatus != 0)
        m_cluster->queueFault(DemoFault::httpStatus(faultStatus));
    auto api = client(token);
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, expectedStatus);
    for (const QString &part : sentenceParts)
        QVERIFY2(result.outcome.errorText.contains(part), qPrintable(result.outcome.errorText));
    QVERIFY(result.filePath.isEmpty());
    QVERIFY(!QFile::exists(target));
    QVERIFY(filesIn(m_cache->path()).isEmpty());
    QCOMPARE(m_cluster->requests().size(), 1); // errors other than 429/556 are not retried
}

void TestExportDownload::serverTwoHourRule()
{
    // The client believes it is two hours later than the cluster does: its clamped end is too recent.
    const QDateTime serverNow = QDateTime::fromString(QStringLiteral("2026-10-01T12:10:00Z"), Qt::ISODate);
    m_cluster->setClock([serverNow] { return serverNow; });
    auto api = client();
    api->setClock([serverNow] { return serverNow.addSecs(2 * 3600); });
    const ExportResult result = waitForResult(api->downloadExport({}));
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, 400);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("two hours")));
    QVERIFY(result.outcome.clusterMessage.contains(QStringLiteral("2 hours in the past")));
}

void TestExportDownload::retriesWithRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedSeconds");

    QTest::newRow("556 seconds") << 556 << QByteArray("3") << 3;
    QTest::newRow("429 seconds") << 429 << QByteArray("2") << 2;
    QTest::newRow("429 without Retry-After") << 429 << QByteArray() << 1; // fastRetries().initialDelayMs
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    QTest::newRow("556 HTTP date") << 556 << date << 4;
}

void TestExportDownload::retriesWithRetryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedSeconds);

    m_cluster->queueFault(DemoFault::httpStatus(status, retryAfter));
    m_cluster->queueFault(DemoFault::httpStatus(status, retryAfter));
    auto api = client();
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(retrying.size(), 2);
    const int seconds = retrying.at(0).at(0).toInt();
    QVERIFY2(qAbs(seconds - expectedSeconds) <= 1, qPrintable(QString::number(seconds)));
    QVERIFY(retrying.at(0).at(1).toString().contains(QStringLiteral("retrying in %1 s").arg(seconds)));
    QCOMPARE(m_cluster->requests().size(), 3);
}

void TestExportDownload::retryGivesUpAfterTotalWait()
{
    for (int i = 0; i < 10; ++i)
        m_cluster->queueFault(DemoFault::httpStatus(556, "4"));
    auto api = client();
    RetryPolicy policy = fastRetries();
    policy.maxTotalWaitMs = 10 * 1000; // two waits of 4 s fit, a third does not
    api->setRetryPolicy(policy);
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, 556);
    QCOMPARE(retrying.size(), 2);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("being upgraded")));
    QVERIFY2(result.outcome.errorText.contains(QStringLiteral("Gave up after waiting 8 second")),
             qPrintable(result.outcome.errorText));
    QCOMPARE(m_cluster->requests().size(), 3);
}

void TestExportDownload::waitsForClusterExportLock()
{
    // A export of profile A that stalls holds the cluster's single-export lock; B gets 429s until A is gone.
    m_cluster->queueFault(DemoFault::stall(100).forPath(QStringLiteral("/license/consumption")));
    auto first = client(DemoCluster::demoToken(), QStringLiteral("a"));
    auto second = client(DemoCluster::demoToken(), QStringLiteral("b"));
    RetryPolicy policy = fastRetries();
    policy.timeScale = 0.02; // Retry-After 1 s -> 20 ms
    second->setRetryPolicy(policy);

    ExportDownloadJob *held = first->downloadExport(recentDay());
    QSignalSpy heldDone(held, &ExportDownloadJob::finished);
    QTRY_VERIFY(m_cluster->isExportRunning());
    ExportDownloadJob *waiting = second->downloadExport(recentDay());
    QSignalSpy retrying(waiting, &ExportDownloadJob::retrying);
    QSignalSpy waitingDone(waiting, &ExportDownloadJob::finished);
    QVERIFY(retrying.wait(10000));
    QVERIFY(retrying.at(0).at(1).toString().contains(QStringLiteral("Another license export")));
    QVERIFY(waitingDone.isEmpty());

    held->cancel(); // A goes away: the cluster's lock is free again
    QCOMPARE(heldDone.size(), 1);
    QCOMPARE(heldDone.at(0).at(0).value<ExportResult>().outcome.status, RequestStatus::Cancelled);
    QVERIFY(!waitingDone.isEmpty() || waitingDone.wait(20000));
    const auto result = waitingDone.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    int busyAnswers = 0;
    for (const DemoRequestRecord &record : m_cluster->requests())
        busyAnswers += record.status == 429 ? 1 : 0;
    QCOMPARE(busyAnswers, retrying.size());
}

void TestExportDownload::oneExportPerProfile()
{
    m_cluster->queueFault(DemoFault::trickle(16 * 1024, 5).forPath(QStringLiteral("/license/consumption")));
    auto api = client();
    auto sameProfile = client(); // another client object for the same profile, as a second window would have
    ExportDownloadJob *first = api->downloadExport(recentDay());
    QSignalSpy firstDone(first, &ExportDownloadJob::finished);
    const ExportResult second = waitForResult(sameProfile->downloadExport(recentDay()));
    QCOMPARE(second.outcome.status, RequestStatus::Busy);
    QVERIFY(!firstDone.isEmpty() || firstDone.wait(20000));
    QVERIFY(firstDone.at(0).at(0).value<ExportResult>().outcome.ok());
    // Once it is done, the profile may export again.
    QVERIFY(waitForResult(sameProfile->downloadExport(recentDay())).outcome.ok());
}

void TestExportDownload::cancel()
{
    m_cluster->queueFault(DemoFault::trickle(512, 5).forPath(QStringLiteral("/license/consumption")));
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    ExportDownloadJob *job = api->downloadExport(recentDay(target));
    QSignalSpy progress(job, &ExportDownloadJob::progress);
    QSignalSpy finished(job, &ExportDownloadJob::finished);
    QVERIFY(progress.wait(20000));
    job->cancel();
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ExportResult>();
    QCOMPARE(result.outcome.status, RequestStatus::Cancelled);
    QVERIFY(!QFile::exists(target));
    QVERIFY(filesIn(m_cache->path()).isEmpty());
}

void TestExportDownload::stallTimeout()
{
    m_cluster->queueFault(DemoFault::stall(1000).forPath(QStringLiteral("/license/consumption")));
    ClusterProfile profile = profileFor(*m_cluster);
    profile.stallTimeoutSeconds = 1;
    ClusterClient api(profile, DemoCluster::demoToken());
    api.setCacheDirectory(m_cache->path());
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api.downloadExport(recentDay(target)));
    QCOMPARE(result.outcome.status, RequestStatus::StallTimeout);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("sent nothing for 1 second")));
    QVERIFY(!QFile::exists(target));
    QVERIFY(filesIn(m_cache->path()).isEmpty());
}

void TestExportDownload::droppedBody()
{
    m_cluster->queueFault(DemoFault::drop(3000).forPath(QStringLiteral("/license/consumption")));
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QCOMPARE(result.outcome.status, RequestStatus::NetworkError);
    QVERIFY2(result.outcome.errorText.contains(QStringLiteral("closed before")), qPrintable(result.outcome.errorText));
    QVERIFY(!QFile::exists(target));
    QVERIFY(filesIn(m_cache->path()).isEmpty());
}

void TestExportDownload::htmlInsteadOfZip()
{
    m_cluster->queueFault(DemoFault::htmlBody());
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QCOMPARE(result.outcome.status, RequestStatus::InvalidResponse);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("not a ZIP archive")));
    QVERIFY(!QFile::exists(target));
    QVERIFY(filesIn(m_cache->path()).isEmpty());
}

void TestExportDownload::crossOriginRedirectKeepsToken()
{
    DemoCluster elsewhere(smallCluster());
    QVERIFY(!elsewhere.listen().isError());
    m_cluster->queueFault(DemoFault::redirect(elsewhere.url()));
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QCOMPARE(result.outcome.status, RequestStatus::Redirected);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("token was not sent")));
    QVERIFY(result.outcome.errorText.contains(QString::number(elsewhere.port())));
    // The redirect was refused before any request could leave for the other origin.
    for (const DemoRequestRecord &record : elsewhere.requests())
        QVERIFY(record.authorization.isEmpty());
    QVERIFY(elsewhere.requests().isEmpty());
    QVERIFY(!QFile::exists(target));
}

void TestExportDownload::unreachableHost()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    ClusterProfile profile = profileFor(*m_cluster);
    QUrl url = profile.baseUrl;
    url.setPort(closedPort);
    profile.baseUrl = url;
    ClusterClient api(profile, DemoCluster::demoToken());
    api.setCacheDirectory(m_cache->path());
    const ExportResult result = waitForResult(api.downloadExport(recentDay()));
    QCOMPARE(result.outcome.status, RequestStatus::Unreachable);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("cannot be reached")));
}

void TestExportDownload::rejectsPlainHttpToRemoteHost()
{
    ClusterProfile profile = profileFor(*m_cluster);
    profile.baseUrl = QUrl(QStringLiteral("http://cluster.example.com"));
    ClusterClient api(profile, DemoCluster::demoToken());
    QVERIFY(api.setupError().isError());
    const ExportResult result = waitForResult(api.downloadExport(recentDay()));
    QCOMPARE(result.outcome.status, RequestStatus::InvalidRequest);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("https://")));
}

void TestExportDownload::retryAfterZeroIsNotALoop()
{
    // "Retry-After: 0" used to count nothing against the total wait: requests as fast as the cluster answered.
    for (int i = 0; i < 300; ++i)
        m_cluster->queueFault(DemoFault::httpStatus(556, "0"));
    auto api = client();
    RetryPolicy policy = fastRetries();
    policy.minDelayMs = 1000;          // the default
    policy.maxTotalWaitMs = 10 * 1000; // ten waits of a second fit
    policy.timeScale = 0.001;
    api->setRetryPolicy(policy);
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, 556);
    QCOMPARE(retrying.size(), 10);
    for (const QList<QVariant> &arguments : std::as_const(retrying))
        QCOMPARE(arguments.at(0).toInt(), 1); // "retrying in 1 s", never 0
    QCOMPARE(m_cluster->requests().size(), 11);
}

void TestExportDownload::hugeRetryAfterGivesUp_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807");
    QTest::newRow("beyond int64") << QByteArray("184467440737095516160");
    QTest::newRow("an hour") << QByteArray("3600");
    QTest::newRow("far future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
}

void TestExportDownload::hugeRetryAfterGivesUp()
{
    QFETCH(QByteArray, retryAfter);
    for (int i = 0; i < 50; ++i)
        m_cluster->queueFault(DemoFault::httpStatus(429, retryAfter));
    auto api = client(); // fastRetries(): at most a minute of waiting
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, 429);
    // Not shortened to what the policy allows: no retry at all, and a sentence saying why.
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(m_cluster->requests().size(), 1);
    QVERIFY2(result.outcome.errorText.contains(QStringLiteral("asked to wait")), qPrintable(result.outcome.errorText));
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("try again later")));
}

void TestExportDownload::retryAfterAboveTheBackoffCapIsHonoured()
{
    m_cluster->queueFault(DemoFault::httpStatus(556, "30"));
    auto api = client(); // maxDelayMs 10 s, maxTotalWaitMs 60 s
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 30); // as asked, not cut to 10
}

void TestExportDownload::maxAttempts()
{
    for (int i = 0; i < 20; ++i)
        m_cluster->queueFault(DemoFault::httpStatus(429, "1"));
    auto api = client();
    RetryPolicy policy = fastRetries();
    policy.maxTotalWaitMs = 60 * 60 * 1000;
    policy.maxAttempts = 3;
    api->setRetryPolicy(policy);
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(retrying.size(), 3);
    QCOMPARE(m_cluster->requests().size(), 4);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("Gave up after waiting")));
}

void TestExportDownload::realTimeCountsAgainstTheTotalWait()
{
    // Each reading of the clock is 20 minutes later: slow answers, say. The nominal waits are short, but the
    // real time since the first request is what counts once it is longer.
    for (int i = 0; i < 20; ++i)
        m_cluster->queueFault(DemoFault::httpStatus(556, "1"));
    auto api = client();
    RetryPolicy policy = fastRetries();
    policy.maxTotalWaitMs = 30 * 60 * 1000;
    auto readings = std::make_shared<qint64>(0);
    policy.elapsedClock = [readings] { return (*readings)++ * 20 * 60 * 1000; };
    api->setRetryPolicy(policy);
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy retrying(job, &ExportDownloadJob::retrying);
    const ExportResult result = waitForResult(job);
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(m_cluster->requests().size(), 2);
    QVERIFY2(result.outcome.errorText.contains(QStringLiteral("Gave up after waiting 2400 second")),
             qPrintable(result.outcome.errorText));
}

void TestExportDownload::truncatedBodyWithoutLength()
{
    // No Content-Length, no chunks: the connection closes after 5000 bytes and the client cannot tell from the
    // HTTP framing that anything is missing. The ZIP's end record is.
    m_cluster->queueFault(DemoFault::closeDelimited(5000).forPath(QStringLiteral("/license/consumption")));
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QCOMPARE(result.outcome.status, RequestStatus::NetworkError);
    QVERIFY2(result.outcome.errorText.contains(QStringLiteral("end is missing")), qPrintable(result.outcome.errorText));
    QVERIFY(result.filePath.isEmpty());
    QVERIFY(!QFile::exists(target));
    QVERIFY(filesIn(m_cache->path()).isEmpty());
    QVERIFY(filesIn(m_output->path()).isEmpty());
}

void TestExportDownload::completeBodyWithoutLength()
{
    m_cluster->queueFault(DemoFault::closeDelimited().forPath(QStringLiteral("/license/consumption")));
    auto api = client();
    const QString target = m_output->filePath(QStringLiteral("export.zip"));
    const ExportResult result = waitForResult(api->downloadExport(recentDay(target)));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(QFileInfo(target).size(), result.bytes);
}

void TestExportDownload::contentLengthIsChecked()
{
    m_cluster->queueFault(DemoFault::contentLength().forPath(QStringLiteral("/license/consumption")));
    auto api = client();
    ExportDownloadJob *job = api->downloadExport(recentDay());
    QSignalSpy progress(job, &ExportDownloadJob::progress);
    const ExportResult result = waitForResult(job);
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QVERIFY(!progress.isEmpty());
    // The length is remembered after the reply is gone: the final report (and the completeness check) see it.
    const auto last = progress.last().at(0).value<TransferProgress>();
    QCOMPARE(last.bytesTotal, result.bytes);
    QCOMPARE(last.bytesReceived, result.bytes);
}

void TestExportDownload::hugeErrorBodyIsCapped()
{
    // A 2 MiB error page is cut at 1 MiB: not parsed, not kept, the plain sentence remains.
    m_cluster->queueFault(DemoFault::httpStatus(500, {}, QString(2 * 1024 * 1024, QLatin1Char('x'))));
    auto api = client();
    const ExportResult result = waitForResult(api->downloadExport(recentDay()));
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, 500);
    QVERIFY(result.outcome.clusterMessage.isEmpty());
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("failed to produce")));
}

void TestExportDownload::deleteClientInHandlers_data()
{
    QTest::addColumn<QString>("signal");
    QTest::newRow("finished") << QStringLiteral("finished");
    QTest::newRow("progress") << QStringLiteral("progress");
    QTest::newRow("retrying") << QStringLiteral("retrying");
}

void TestExportDownload::deleteClientInHandlers()
{
    // A window closing in reaction to the job's signal deletes the client: the emitting job must survive its own
    // emit (it used to be deleted synchronously from under it), go quiet, and be gone from the event loop.
    QFETCH(QString, signal);
    if (signal == QLatin1String("retrying"))
        m_cluster->queueFault(DemoFault::httpStatus(429, "1"));
    else if (signal == QLatin1String("progress"))
        m_cluster->queueFault(DemoFault::trickle(512, 5).forPath(QStringLiteral("/license/consumption")));
    ClusterClient *api = client().release();
    QPointer<ClusterClient> apiAlive(api);
    ExportDownloadJob *job = api->downloadExport(recentDay(m_output->filePath(QStringLiteral("export.zip"))));
    QPointer<ExportDownloadJob> jobPointer(job);
    int calls = 0;
    bool jobAliveAfterDelete = false;
    auto deleteClient = [&] {
        ++calls;
        delete api;
        jobAliveAfterDelete = !jobPointer.isNull();
    };
    if (signal == QLatin1String("finished"))
        connect(job, &ExportDownloadJob::finished, this, deleteClient);
    else if (signal == QLatin1String("progress"))
        connect(job, &ExportDownloadJob::progress, this, deleteClient);
    else
        connect(job, &ExportDownloadJob::retrying, this, deleteClient);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
    QVERIFY(apiAlive.isNull());
    QVERIFY(jobAliveAfterDelete);
    QTRY_VERIFY(jobPointer.isNull());
    QCOMPARE(calls, 1); // no further signal reached the handler
    // Nothing half-written stays, and the profile's export lock is free again.
    QTRY_VERIFY(filesIn(m_cache->path()).isEmpty());
    QVERIFY(waitForResult(client()->downloadExport(recentDay())).outcome.ok());
}

void TestExportDownload::deleteClientWhileDownloading()
{
    // Another job of the same client finishes; its handler deletes the client while the download runs.
    m_cluster->queueFault(DemoFault::trickle(512, 5).forPath(QStringLiteral("/license/consumption")));
    ClusterClient *api = client().release();
    ExportDownloadJob *download = api->downloadExport(recentDay());
    QPointer<ExportDownloadJob> downloadPointer(download);
    QSignalSpy downloadFinished(download, &ExportDownloadJob::finished);
    QSignalSpy progress(download, &ExportDownloadJob::progress);
    QVERIFY(progress.wait(20000));
    bool deleted = false;
    api->fetchEnvironments(this, [&](const EnvironmentsResult &) {
        delete api;
        deleted = true;
    });
    QTRY_VERIFY(deleted);
    QTRY_VERIFY(downloadPointer.isNull());
    QVERIFY(downloadFinished.isEmpty()); // silenced: its receivers may be going away too
    QTRY_VERIFY(filesIn(m_cache->path()).isEmpty());
    QVERIFY(waitForResult(client()->downloadExport(recentDay())).outcome.ok());
}

void TestExportDownload::manualProxyNeverSeesLoopbackRequests()
{
    // A "proxy" that records what reaches it. The cluster is on loopback over plain http: through an HTTP proxy
    // the request, Authorization header included, would travel in clear.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QByteArray seenByProxy;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = proxy.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [&seenByProxy, socket] { seenByProxy += socket->readAll(); });
        }
    });
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        ClusterProfile profile = profileFor(*m_cluster);
        QUrl url = profile.baseUrl;
        url.setHost(host);
        profile.baseUrl = url;
        profile.proxyMode = ProxyMode::Manual;
        profile.proxyHost = QStringLiteral("127.0.0.1");
        profile.proxyPort = proxy.serverPort();
        ClusterClient api(profile, DemoCluster::demoToken());
        api.setCacheDirectory(m_cache->path());
        const ExportResult result = waitForResult(api.downloadExport(recentDay()));
        QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    }
    QCOMPARE(m_cluster->requests().size(), 2);
    QCOMPARE(seenByProxy, QByteArray());
}

QTEST_GUILESS_MAIN(TestExportDownload)
#include "tst_exportdownload.moc"
