// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterprofile.h>
#include <cluster/profilestore.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace LicenseCore;

// Profiles: what may be used (https, http only on loopback), and their INI store.
class TestClusterProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void parseUrl_data();
    void parseUrl();
    void origin();
    void fingerprints();
    void storeRoundTrip();
    void storeRefusesInvalid();
    void stallTimeoutBounds_data();
    void stallTimeoutBounds();
    void storeReportsOriginChange_data();
    void storeReportsOriginChange();
};

void TestClusterProfile::validate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://cluster.example.com") << true;
    QTest::newRow("https with port and path") << QStringLiteral("https://cluster.example.com:8443/managed") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.10.0.3:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http remote") << QStringLiteral("http://cluster.example.com") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.5") << false;
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://cluster.example.com") << false;
    QTest::newRow("environment URL") << QStringLiteral("https://cluster.example.com/e/abc") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestClusterProfile::validate()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    ClusterProfile profile;
    profile.name = QStringLiteral("p");
    profile.baseUrl = QUrl(url);
    QCOMPARE(!profile.validate().isError(), valid);
    if (!valid)
        QVERIFY(!profile.validate().message().isEmpty());
}

void TestClusterProfile::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host gets https")
        << QStringLiteral("cluster.example.com") << QStringLiteral("https://cluster.example.com");
    QTest::newRow("trailing slash") << QStringLiteral("https://c.example.com/")
                                    << QStringLiteral("https://c.example.com");
    QTest::newRow("query dropped") << QStringLiteral("https://c.example.com/x/?a=b#f")
                                   << QStringLiteral("https://c.example.com/x");
    QTest::newRow("user info dropped") << QStringLiteral("https://user:pw@c.example.com")
                                       << QStringLiteral("https://c.example.com");
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://c.example.com")
                                       << QStringLiteral("https://c.example.com");
    QTest::newRow("empty") << QString() << QString();
}

void TestClusterProfile::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QUrl url = parseClusterUrl(text);
    QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
}

void TestClusterProfile::origin()
{
    ClusterProfile profile;
    profile.baseUrl = QUrl(QStringLiteral("https://Cluster.Example.com/managed"));
    QCOMPARE(profile.origin(), QStringLiteral("https://cluster.example.com:443"));
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(profile.origin(), QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(profile.exportLockKey(), profile.origin());
    profile.name = QStringLiteral("prod");
    QCOMPARE(profile.exportLockKey(), QStringLiteral("profile:prod"));
}

void TestClusterProfile::fingerprints()
{
    const QByteArray digest = QCryptographicHash::hash("x", QCryptographicHash::Sha256);
    const QString formatted = formatFingerprint(digest);
    QCOMPARE(formatted.size(), 32 * 3 - 1);
    QCOMPARE(parseSha256Fingerprint(formatted), std::optional<QByteArray>(digest));
    QCOMPARE(parseSha256Fingerprint(QString::fromLatin1(digest.toHex())), std::optional<QByteArray>(digest));
    QCOMPARE(parseSha256Fingerprint(formatted.toLower()), std::optional<QByteArray>(digest));
    QVERIFY(!parseSha256Fingerprint(QStringLiteral("AB:CD")));
    QVERIFY(!parseSha256Fingerprint(QString(64, QLatin1Char('g'))));
}

void TestClusterProfile::storeRoundTrip()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("profiles.ini"));
    ClusterProfile full;
    full.name = QStringLiteral("Prod/EMEA ü");
    full.baseUrl = QUrl(QStringLiteral("https://cluster.example.com:8443"));
    full.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    full.proxyMode = ProxyMode::Manual;
    full.proxyHost = QStringLiteral("proxy.example.com");
    full.proxyPort = 3128;
    full.stallTimeoutSeconds = 90;
    full.pinnedSha256 = QCryptographicHash::hash("cert", QCryptographicHash::Sha256);
    ClusterProfile local;
    local.name = QStringLiteral("demo");
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000"));
    local.proxyMode = ProxyMode::None;
    {
        ProfileStore store(path);
        QVERIFY(!store.save(full).isError());
        QVERIFY(!store.save(local).isError());
    }
    ProfileStore store(path);
    const QList<ClusterProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(*store.profile(full.name), full);
    QCOMPARE(*store.profile(local.name), local);
    QVERIFY(store.remove(local.name));
    QVERIFY(!store.remove(local.name));
    QVERIFY(!store.profile(local.name));
    QCOMPARE(store.profiles().size(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(!ini.contains("token"));
}

void TestClusterProfile::storeRefusesInvalid()
{
    QTemporaryDir directory;
    ProfileStore store(directory.filePath(QStringLiteral("profiles.ini")));
    ClusterProfile insecure;
    insecure.name = QStringLiteral("insecure");
    insecure.baseUrl = QUrl(QStringLiteral("http://cluster.example.com"));
    QVERIFY(store.save(insecure).isError());
    ClusterProfile unnamed;
    unnamed.baseUrl = QUrl(QStringLiteral("https://cluster.example.com"));
    QVERIFY(store.save(unnamed).isError());
    QVERIFY(store.profiles().isEmpty());
}

void TestClusterProfile::stallTimeoutBounds_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("3600") << 3600 << true;
    QTest::newRow("3601") << 3601 << false;
    QTest::newRow("int max") << std::numeric_limits<int>::max() << false; // * 1000 would overflow
}

void TestClusterProfile::stallTimeoutBounds()
{
    QFETCH(int, seconds);
    QFETCH(bool, valid);
    ClusterProfile profile;
    profile.name = QStringLiteral("p");
    profile.baseUrl = QUrl(QStringLiteral("https://cluster.example.com"));
    profile.stallTimeoutSeconds = seconds;
    QCOMPARE(!profile.validate().isError(), valid);
    if (!valid)
        QVERIFY(profile.validate().message().contains(QStringLiteral("3600")));
}

void TestClusterProfile::storeReportsOriginChange_data()
{
    QTest::addColumn<QString>("before"); // empty: no such profile yet
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("changed");
    QTest::newRow("new profile") << QString() << QStringLiteral("https://a.example.com") << false;
    QTest::newRow("same address") << QStringLiteral("https://a.example.com") << QStringLiteral("https://a.example.com")
                                  << false;
    QTest::newRow("same origin, other path")
        << QStringLiteral("https://a.example.com/x") << QStringLiteral("https://A.example.com:443/y") << false;
    QTest::newRow("other host") << QStringLiteral("https://a.example.com") << QStringLiteral("https://b.example.com")
                                << true;
    QTest::newRow("other port") << QStringLiteral("https://a.example.com")
                                << QStringLiteral("https://a.example.com:8443") << true;
    QTest::newRow("other scheme") << QStringLiteral("http://127.0.0.1:443") << QStringLiteral("https://127.0.0.1:443")
                                  << true;
}

void TestClusterProfile::storeReportsOriginChange()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, changed);
    QTemporaryDir directory;
    ProfileStore store(directory.filePath(QStringLiteral("profiles.ini")));
    ClusterProfile profile;
    profile.name = QStringLiteral("prod");
    bool originChanged = true;
    if (!before.isEmpty()) {
        profile.baseUrl = QUrl(before);
        QVERIFY(!store.save(profile, &originChanged).isError());
        QVERIFY(!originChanged);
    }
    profile.baseUrl = QUrl(after);
    profile.stallTimeoutSeconds = 30; // other settings do not matter
    originChanged = !changed;
    QVERIFY(!store.save(profile, &originChanged).isError());
    QCOMPARE(originChanged, changed);
    // A refused save changes nothing and reports nothing.
    ClusterProfile refused = profile;
    refused.baseUrl = QUrl(QStringLiteral("http://elsewhere.example.com"));
    originChanged = true;
    QVERIFY(store.save(refused, &originChanged).isError());
    QVERIFY(!originChanged);
    QCOMPARE(store.profile(profile.name)->baseUrl, profile.baseUrl);
}

QTEST_GUILESS_MAIN(TestClusterProfile)
#include "tst_clusterprofile.moc"
