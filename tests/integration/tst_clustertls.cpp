// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>
#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(LUE_SOURCE_DIR "/resources/demo-tls/") + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslConfiguration serverConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readFile(tlsFile("server.pem")), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(readFile(tlsFile("server.key")), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QByteArray serverFingerprint()
{
    return QSslCertificate(readFile(tlsFile("server.pem")), QSsl::Pem).digest(QCryptographicHash::Sha256);
}

template<typename Result, typename Job> Result waitFor(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).template value<Result>();
}

} // namespace

// https with certificate verification: the profile's CA file, no CA, a wrong CA, and a pinned certificate.
class TestClusterTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rightCaFile();
    void noCaIsRefused();
    void wrongCaIsRefused();
    void caTrustStaysWithItsProfile();
    void pinnedFingerprint();
    void wrongPinIsRefused();
    void unreadableCaFile();
    void builtInDemoCertificate();

private:
    ClusterProfile profile() const
    {
        ClusterProfile result;
        result.name = QStringLiteral("tls");
        result.baseUrl = m_cluster->url();
        result.proxyMode = ProxyMode::None;
        result.stallTimeoutSeconds = 5;
        return result;
    }

    std::unique_ptr<DemoCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_cache;
};

void TestClusterTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QVERIFY(!serverFingerprint().isEmpty());
}

void TestClusterTls::init()
{
    DemoClusterOptions options;
    options.generator.environments = 3;
    options.generator.hosts = 8;
    m_cluster = std::make_unique<DemoCluster>(options);
    m_cluster->setTlsConfiguration(serverConfiguration());
    QVERIFY(!m_cluster->listen().isError());
    QCOMPARE(m_cluster->url().scheme(), QStringLiteral("https"));
    m_cache = std::make_unique<QTemporaryDir>();
}

void TestClusterTls::cleanup()
{
    m_cluster.reset();
}

void TestClusterTls::rightCaFile()
{
    ClusterProfile withCa = profile();
    withCa.caFile = tlsFile("ca.pem");
    ClusterClient api(withCa, DemoCluster::demoToken());
    api.setCacheDirectory(m_cache->path());
    const auto test = waitFor<ConnectionTestResult>(api.testConnection());
    QCOMPARE(test.verdict, ConnectionTestResult::Verdict::Ok);
    QCOMPARE(test.environmentCount, 3);

    ExportRequest request;
    request.toMs = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 3 * Time::HourMs;
    request.fromMs = *request.toMs - 6 * Time::HourMs;
    const auto download = waitFor<ExportResult>(api.downloadExport(request));
    QVERIFY2(download.outcome.ok(), qPrintable(download.outcome.errorText));
    QVERIFY(QFile::exists(download.filePath));
}

void TestClusterTls::noCaIsRefused()
{
    ClusterClient api(profile(), DemoCluster::demoToken());
    const auto test = waitFor<ConnectionTestResult>(api.testConnection());
    QCOMPARE(test.verdict, ConnectionTestResult::Verdict::TlsFailure);
    QCOMPARE(test.outcome.status, RequestStatus::TlsFailure);
    QVERIFY2(test.outcome.certificateSubject.contains(QStringLiteral("127.0.0.1")),
             qPrintable(test.outcome.certificateSubject));
    QCOMPARE(test.outcome.certificateSha256, formatFingerprint(serverFingerprint()));
    QVERIFY(test.summary.contains(test.outcome.certificateSha256));
    QVERIFY(test.summary.contains(QStringLiteral("not trusted")));
    // The request never got through: the token was not sent over an unverified connection.
    QVERIFY(m_cluster->requests().isEmpty());
}

void TestClusterTls::wrongCaIsRefused()
{
    ClusterProfile wrongCa = profile();
    wrongCa.caFile = tlsFile("other-ca.pem");
    ClusterClient api(wrongCa, DemoCluster::demoToken());
    const auto result = waitFor<EnvironmentsResult>(api.fetchEnvironments());
    QCOMPARE(result.outcome.status, RequestStatus::TlsFailure);
    QVERIFY(m_cluster->requests().isEmpty());
}

void TestClusterTls::caTrustStaysWithItsProfile()
{
    ClusterProfile withCa = profile();
    withCa.caFile = tlsFile("ca.pem");
    ClusterClient trusted(withCa, DemoCluster::demoToken());
    QVERIFY(waitFor<EnvironmentsResult>(trusted.fetchEnvironments()).outcome.ok());

    ClusterProfile other = profile();
    other.name = QStringLiteral("other");
    ClusterClient untrusted(other, DemoCluster::demoToken());
    QCOMPARE(waitFor<EnvironmentsResult>(untrusted.fetchEnvironments()).outcome.status, RequestStatus::TlsFailure);
    // Nor did the CA reach the application's default configuration.
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
        QSslCertificate(readFile(tlsFile("ca.pem")), QSsl::Pem)));
}

void TestClusterTls::pinnedFingerprint()
{
    ClusterProfile pinned = profile();
    pinned.pinnedSha256 = serverFingerprint();
    ClusterClient api(pinned, DemoCluster::demoToken());
    const auto test = waitFor<ConnectionTestResult>(api.testConnection());
    QCOMPARE(test.verdict, ConnectionTestResult::Verdict::Ok);
    QCOMPARE(m_cluster->requests().size(), 1);
}

void TestClusterTls::wrongPinIsRefused()
{
    ClusterProfile pinned = profile();
    pinned.pinnedSha256 = QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
    ClusterClient api(pinned, DemoCluster::demoToken());
    const auto test = waitFor<ConnectionTestResult>(api.testConnection());
    QCOMPARE(test.verdict, ConnectionTestResult::Verdict::TlsFailure);
    QVERIFY(m_cluster->requests().isEmpty());
}

void TestClusterTls::unreadableCaFile()
{
    ClusterProfile missing = profile();
    missing.caFile = m_cache->filePath(QStringLiteral("missing.pem"));
    ClusterClient api(missing, DemoCluster::demoToken());
    QVERIFY(api.setupError().isError());
    const auto result = waitFor<EnvironmentsResult>(api.fetchEnvironments());
    QCOMPARE(result.outcome.status, RequestStatus::InvalidRequest);
    QVERIFY(result.outcome.errorText.contains(QStringLiteral("missing.pem")));
}

void TestClusterTls::builtInDemoCertificate()
{
    // The certificate compiled into the program for `demo-cluster --tls`, verified with its CA.
    DemoCluster demo;
    demo.setTlsConfiguration(DemoCluster::demoTlsConfiguration());
    QVERIFY(!demo.listen().isError());
    QTemporaryDir directory;
    const QString caPath = directory.filePath(QStringLiteral("ca.pem"));
    {
        QFile ca(caPath);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        QVERIFY(ca.write(DemoCluster::demoCaCertificatePem()) > 0);
    }
    ClusterProfile withCa;
    withCa.name = QStringLiteral("built-in");
    withCa.baseUrl = demo.url();
    withCa.proxyMode = ProxyMode::None;
    withCa.caFile = caPath;
    ClusterClient api(withCa, DemoCluster::demoToken());
    QCOMPARE(waitFor<ConnectionTestResult>(api.testConnection()).verdict, ConnectionTestResult::Verdict::Ok);
}

QTEST_GUILESS_MAIN(TestClusterTls)
#include "tst_clustertls.moc"
