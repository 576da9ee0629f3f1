// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>
#include <cluster/clusterlicensejob.h>
#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace LicenseCore;

namespace {

DemoClusterOptions smallCluster()
{
    DemoClusterOptions options;
    options.generator.seed = 3;
    options.generator.environments = 5;
    options.generator.hosts = 8;
    return options;
}

QByteArray authorization()
{
    return "Authorization: Api-Token " + DemoCluster::demoToken().toUtf8();
}

int statusOf(const QByteArray &answer)
{
    // "HTTP/1.1 200 OK"
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

// The demo cluster as a server facing hostile or broken clients: slow heads, too many connections, bare LFs,
// absurd parameters, and clients that leave in the middle of an export.
class TestDemoCluster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void bareLineFeeds();
    void headerCapInOneRead();
    void slowHeadTimesOut();
    void connectionLimit();
    void hostileParameters_data();
    void hostileParameters();
    void requestLogIsARing();
    void clientLeavesDuringGeneration();
    void oneGenerationAtATime();
    void licenseUsageStates_data();
    void licenseUsageStates();

private:
    void start(const DemoClusterOptions &options = smallCluster());
    [[nodiscard]] std::unique_ptr<QTcpSocket> connectRaw() const;
    QByteArray get(const QByteArray &target);

    std::unique_ptr<DemoCluster> m_cluster;
};

void TestDemoCluster::init()
{
    start();
}

void TestDemoCluster::cleanup()
{
    m_cluster.reset();
}

void TestDemoCluster::start(const DemoClusterOptions &options)
{
    m_cluster = std::make_unique<DemoCluster>(options);
    QVERIFY(!m_cluster->listen().isError());
}

std::unique_ptr<QTcpSocket> TestDemoCluster::connectRaw() const
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_cluster->port());
    return socket;
}

// One request over a raw socket, answered by the server in this thread while the spy waits: the whole answer.
QByteArray TestDemoCluster::get(const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_cluster->port());
    QByteArray answer;
    connect(&socket, &QTcpSocket::connected, &socket, [&socket, &target] {
        socket.write("GET " + target + " HTTP/1.1\r\nHost: demo\r\n" + authorization() + "\r\n\r\n");
    });
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    if (!closed.wait(10000))
        return {};
    return answer + socket.readAll();
}

void TestDemoCluster::bareLineFeeds()
{
    // RFC 9112 lets a server accept a bare LF as a line end; the demo used to wait for CRLF CRLF forever.
    auto socket = connectRaw();
    QByteArray answer;
    connect(socket.get(), &QTcpSocket::connected, this, [&] {
        socket->write("GET /api/cluster/v2/environments?pageSize=2 HTTP/1.1\nHost: demo\n" + authorization() + "\n\n");
    });
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { answer += socket->readAll(); });
    QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(answer.contains("\"totalCount\":5"));
    QCOMPARE(m_cluster->requests().constLast().authorization,
             QByteArray("Api-Token ") + DemoCluster::demoToken().toUtf8());
}

void TestDemoCluster::headerCapInOneRead()
{
    // 70 KiB of header and the blank line, all in one write: the cap applies even though the head is complete.
    auto socket = connectRaw();
    QByteArray answer;
    connect(socket.get(), &QTcpSocket::connected, this, [&] {
        socket->write("GET /api/cluster/v2/clusterLicense HTTP/1.1\r\nX-Padding: " + QByteArray(70 * 1024, 'a') +
                      "\r\n" + authorization() + "\r\n\r\n");
    });
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { answer += socket->readAll(); });
    QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(statusOf(answer), 431);
    QVERIFY(m_cluster->requests().isEmpty());
}

void TestDemoCluster::slowHeadTimesOut()
{
    DemoClusterOptions options = smallCluster();
    options.requestHeadTimeoutMs = 300;
    start(options);
    auto socket = connectRaw();
    QByteArray answer;
    connect(socket.get(), &QTcpSocket::connected, this, [&] { socket->write("GET /api/cluster/v2/env"); });
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { answer += socket->readAll(); });
    QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(closed.wait(5000));
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(statusOf(answer), 408);
    QTRY_COMPARE(m_cluster->connectionCount(), 0);
}

void TestDemoCluster::connectionLimit()
{
    DemoClusterOptions options = smallCluster();
    options.maxConnections = 4;
    start(options);
    // Four idle connections take every slot ...
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 4; ++i) {
        idle.push_back(connectRaw());
        QVERIFY(idle.back()->waitForConnected(5000));
    }
    QTRY_COMPARE(m_cluster->connectionCount(), 4);
    // ... so the fifth is told so and closed at once.
    auto extra = connectRaw();
    QByteArray answer;
    connect(extra.get(), &QTcpSocket::readyRead, this, [&] { answer += extra->readAll(); });
    QSignalSpy closed(extra.get(), &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(statusOf(answer), 503);
    QCOMPARE(m_cluster->connectionCount(), 4);
    // A slot that frees up serves again.
    idle.front()->abort();
    QTRY_COMPARE(m_cluster->connectionCount(), 3);
    QCOMPARE(statusOf(get("/api/cluster/v2/clusterLicense")), 200);
}

void TestDemoCluster::hostileParameters_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    const QByteArray base64Key = QByteArray("2147483647:1000").toBase64(QByteArray::Base64UrlEncoding);
    const QByteArray hugePage = QByteArray("0:2147483647").toBase64(QByteArray::Base64UrlEncoding);
    const QByteArray pastEnd = QByteArray("6:2").toBase64(QByteArray::Base64UrlEncoding);
    QTest::newRow("startTs int64 min") << QByteArray("/api/cluster/v2/license/consumption?startTs=-9223372036854775808")
                                       << 400;
    QTest::newRow("startTs negative") << QByteArray("/api/cluster/v2/license/consumption?startTs=-3600000") << 400;
    QTest::newRow("endTs int64 max") << QByteArray(
                                            "/api/cluster/v2/license/consumption?startTs=0&endTs=9223372036854775807")
                                     << 400;
    QTest::newRow("hour int64 max") << QByteArray(
                                           "/api/cluster/v2/license/consumption/hour?startTs=9223372036854775807")
                                    << 400;
    QTest::newRow("hour negative") << QByteArray("/api/cluster/v2/license/consumption/hour?startTs=-1") << 400;
    QTest::newRow("page key offset int max")
        << QByteArray("/api/cluster/v2/environments?nextPageKey=") + base64Key << 400;
    QTest::newRow("page key size int max") << QByteArray("/api/cluster/v2/environments?nextPageKey=") + hugePage << 400;
    QTest::newRow("page key past the end") << QByteArray("/api/cluster/v2/environments?nextPageKey=") + pastEnd << 400;
}

void TestDemoCluster::hostileParameters()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    const QByteArray answer = get(target);
    QCOMPARE(statusOf(answer), status);
    QVERIFY(!m_cluster->isExportRunning());
}

void TestDemoCluster::licenseUsageStates_data()
{
    QTest::addColumn<double>("percent"); // DemoClusterOptions::licenseUsagePercent
    QTest::addColumn<bool>("quotas");
    QTest::addColumn<QList<double>>("expected"); // quota and usage of host units, DEM units, DDUs

    QTest::newRow("the demo's own figures")
        << -1.0 << true << QList<double>{250, 183.5, 2000000, 1432750, 500000, 512340.25};
    // 85 % of 250, 2,000,000 and 500,000.
    QTest::newRow("85 % of every quota") << 85.0 << true << QList<double>{250, 212.5, 2000000, 1700000, 500000, 425000};
    QTest::newRow("nothing used") << 0.0 << true << QList<double>{250, 0, 2000000, 0, 500000, 0};
    QTest::newRow("without quotas") << -1.0 << false << QList<double>{-1, 183.5, -1, 1432750, -1, 512340.25};
}

void TestDemoCluster::licenseUsageStates()
{
    QFETCH(double, percent);
    QFETCH(bool, quotas);
    QFETCH(QList<double>, expected);
    DemoClusterOptions options = smallCluster();
    options.licenseUsagePercent = percent;
    options.licenseQuotas = quotas;
    start(options);
    const QByteArray answer = get("/api/cluster/v2/clusterLicense");
    QCOMPARE(statusOf(answer), 200);
    const Result<ClusterLicense> license = ClusterLicenseJob::parse(answer.mid(answer.indexOf("\r\n\r\n") + 4));
    QVERIFY(license);
    const ClusterLicense &value = license.value();
    QCOMPARE((QList<double>{value.hostUnits.quota, value.hostUnits.usage, value.demUnits.quota, value.demUnits.usage,
                            value.davisDataUnits.quota, value.davisDataUnits.usage}),
             expected);
}

void TestDemoCluster::requestLogIsARing()
{
    DemoClusterOptions options = smallCluster();
    options.maxRecordedRequests = 5;
    start(options);
    QSignalSpy answered(m_cluster.get(), &DemoCluster::requestAnswered);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(statusOf(get("/api/cluster/v2/environments?pageSize=" + QByteArray::number(i + 1))), 200);
    const QList<DemoRequestRecord> requests = m_cluster->requests();
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("4"));
    QCOMPARE(requests.constLast().query.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("8"));
    QCOMPARE(requests.constLast().status, 200);
    QCOMPARE(answered.size(), 8);
}

void TestDemoCluster::clientLeavesDuringGeneration()
{
    // The client gives up while the archive is generated: the lock stays until the worker is done (no second
    // generation meanwhile), and the archive nobody will read is deleted then.
    DemoClusterOptions options = smallCluster();
    options.exportGenerationDelayMs = 600;
    start(options);
    ClusterProfile profile;
    profile.name = QStringLiteral("leaving");
    profile.baseUrl = m_cluster->url();
    profile.proxyMode = ProxyMode::None;
    QTemporaryDir cache;
    auto client = std::make_unique<ClusterClient>(profile, DemoCluster::demoToken());
    client->setCacheDirectory(cache.path());
    const qint64 end = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 3 * Time::HourMs;
    ExportRequest request;
    request.fromMs = end - 6 * Time::HourMs;
    request.toMs = end;
    ExportDownloadJob *job = client->downloadExport(request);
    QTRY_VERIFY(m_cluster->isExportRunning());
    QTRY_COMPARE(m_cluster->connectionCount(), 1);
    job->cancel();
    client.reset();
    QTRY_COMPARE(m_cluster->connectionCount(), 0); // the client's connection is gone ...
    QVERIFY(m_cluster->isExportRunning());         // ... the generation is not

    QCOMPARE(statusOf(get("/api/cluster/v2/license/consumption?startTs=" + QByteArray::number(request.fromMs.value()) +
                          "&endTs=" + QByteArray::number(end))),
             429);

    QTRY_VERIFY_WITH_TIMEOUT(!m_cluster->isExportRunning(), 20000);
    const QDir work(m_cluster->workDirectory());
    QVERIFY(work.exists());
    QTRY_COMPARE(work.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDemoCluster::oneGenerationAtATime()
{
    // Two clients at once: the second hears 429 until the first export has been generated and sent.
    const qint64 end = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 3 * Time::HourMs;
    const QByteArray target =
        "/api/cluster/v2/license/consumption?startTs=" + QByteArray::number(end - 6 * Time::HourMs) +
        "&endTs=" + QByteArray::number(end);
    DemoClusterOptions options = smallCluster();
    options.exportGenerationDelayMs = 300;
    start(options);
    auto first = connectRaw();
    QByteArray firstAnswer;
    connect(first.get(), &QTcpSocket::connected, this,
            [&] { first->write("GET " + target + " HTTP/1.1\r\nHost: demo\r\n" + authorization() + "\r\n\r\n"); });
    connect(first.get(), &QTcpSocket::readyRead, this, [&] { firstAnswer += first->readAll(); });
    QSignalSpy firstClosed(first.get(), &QTcpSocket::disconnected);
    QTRY_VERIFY(m_cluster->isExportRunning());
    QCOMPARE(statusOf(get(target)), 429);
    QVERIFY(firstClosed.wait(20000));
    QCOMPARE(statusOf(firstAnswer), 200);
    QTRY_VERIFY(!m_cluster->isExportRunning());
    QCOMPARE(statusOf(get(target)), 200);
    QTRY_COMPARE(QDir(m_cluster->workDirectory()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
