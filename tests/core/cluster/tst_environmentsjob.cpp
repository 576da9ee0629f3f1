// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

using namespace LicenseCore;

namespace {

// A canned answer, delivered from the event loop like a real reply.
class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, int status, QByteArray body, QObject *parent)
        : QNetworkReply(parent)
        , m_body(std::move(body))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        QTimer::singleShot(0, this, [this, status] {
            Q_EMIT metaDataChanged();
            if (status >= 400) {
                setError(QNetworkReply::ContentAccessDenied, QStringLiteral("HTTP %1").arg(status));
                Q_EMIT errorOccurred(error());
            }
            Q_EMIT readyRead();
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_offset);
        if (count <= 0)
            return m_offset >= m_body.size() && isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

// Nextcloud-style: answers every request from a handler instead of the network.
class FakeNetwork final : public QNetworkAccessManager
{
public:
    std::function<std::pair<int, QByteArray>(const QNetworkRequest &)> handler;
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        requests.append(request);
        const auto [status, body] = handler(request);
        return new FakeReply(request, status, body, this);
    }
};

QByteArray page(const QStringList &ids, const QString &nextPageKey, int total)
{
    QJsonArray environments;
    for (const QString &id : ids) {
        environments.append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), QString(QStringLiteral("Name of ") + id)},
                                        {QStringLiteral("state"), QStringLiteral("ENABLED")}});
    }
    QJsonObject root;
    root.insert(QStringLiteral("totalCount"), total);
    root.insert(QStringLiteral("environments"), environments);
    root.insert(QStringLiteral("nextPageKey"), nextPageKey.isEmpty() ? QJsonValue() : QJsonValue(nextPageKey));
    return QJsonDocument(root).toJson();
}

ClusterProfile exampleProfile()
{
    ClusterProfile profile;
    profile.name = QStringLiteral("fake");
    profile.baseUrl = QUrl(QStringLiteral("https://cluster.example.com/prefix"));
    profile.proxyMode = ProxyMode::None;
    return profile;
}

EnvironmentsResult waitFor(EnvironmentsJob *job)
{
    QSignalSpy spy(job, &EnvironmentsJob::finished);
    if (!spy.wait(5000))
        return {};
    return spy.at(0).at(0).value<EnvironmentsResult>();
}

} // namespace

// Paging of /environments against a fake network: follow-ups carry only nextPageKey.
class TestEnvironmentsJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsPagesWithOnlyTheKey();
    void pageKeyIsFullyEncoded_data();
    void pageKeyIsFullyEncoded();
    void tokenOnlyInTheHeader();
    void stopsOnRepeatedKey();
    void errorOnSecondPage();
    void parsePageTolerates_data();
    void parsePageTolerates();
    void parsesHostUnitQuotas_data();
    void parsesHostUnitQuotas();
    void asksForQuotasOnTheFirstPageOnly();
    void withoutConsumptionInfoOnDps();
};

void TestEnvironmentsJob::followsPagesWithOnlyTheKey()
{
    FakeNetwork network;
    network.handler = [](const QNetworkRequest &request) -> std::pair<int, QByteArray> {
        const QUrlQuery query(request.url());
        // As a server reads it: every escape decoded.
        const QString key = query.queryItemValue(QStringLiteral("nextPageKey"), QUrl::FullyDecoded);
        if (key.isEmpty())
            return {200, page({QStringLiteral("e1"), QStringLiteral("e2")}, QStringLiteral("key+/2=="), 5)};
        if (key == QLatin1String("key+/2=="))
            return {200, page({QStringLiteral("e3"), QStringLiteral("e4")}, QStringLiteral("key3"), 5)};
        return {200, page({QStringLiteral("e5")}, {}, 5)};
    };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    const EnvironmentsResult result = waitFor(client.fetchEnvironments(2));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.totalCount, 5);
    QCOMPARE(result.environments.size(), 5);
    QCOMPARE(result.environments.at(4).name, QStringLiteral("Name of e5"));

    QCOMPARE(network.requests.size(), 3);
    const QUrl first = network.requests.at(0).url();
    QCOMPARE(first.path(), QStringLiteral("/prefix/api/cluster/v2/environments"));
    QCOMPARE(QUrlQuery(first).queryItems(),
             (QList<std::pair<QString, QString>>{{QStringLiteral("pageSize"), QStringLiteral("2")}}));
    for (int i = 1; i < 3; ++i) {
        const QUrlQuery query(network.requests.at(i).url());
        QCOMPARE(query.queryItems().size(), 1);
        QCOMPARE(query.queryItems().at(0).first, QStringLiteral("nextPageKey"));
    }
    // The key travels intact, '+' and '/' included.
    QCOMPARE(QUrlQuery(network.requests.at(1).url()).queryItemValue(QStringLiteral("nextPageKey"), QUrl::FullyDecoded),
             QStringLiteral("key+/2=="));
}

void TestEnvironmentsJob::pageKeyIsFullyEncoded_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("base64") << QStringLiteral("ab+/cd==");
    QTest::newRow("delimiters") << QStringLiteral("a&b=c;d#e?f");
    QTest::newRow("percent") << QStringLiteral("%41%2B%zz%");
    QTest::newRow("everything") << QStringLiteral("k+/=&%41 x\u00e9");
}

void TestEnvironmentsJob::pageKeyIsFullyEncoded()
{
    QFETCH(QString, key);
    FakeNetwork network;
    network.handler = [key](const QNetworkRequest &request) -> std::pair<int, QByteArray> {
        if (!QUrlQuery(request.url()).hasQueryItem(QStringLiteral("nextPageKey")))
            return {200, page({QStringLiteral("e1")}, key, 2)};
        return {200, page({QStringLiteral("e2")}, {}, 2)};
    };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    const EnvironmentsResult result = waitFor(client.fetchEnvironments(1));
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.errorText));
    QCOMPARE(network.requests.size(), 2);
    // On the wire: one parameter, every byte of the key that is not unreserved percent-encoded ('+' would be
    // read as a space, '&' and '=' would split the parameter, "%41" would turn into "A").
    const QByteArray wire = network.requests.at(1).url().query(QUrl::FullyEncoded).toLatin1();
    QCOMPARE(wire, QByteArray("nextPageKey=") + QUrl::toPercentEncoding(key));
    QCOMPARE(wire.count('&'), 0);
    QCOMPARE(wire.count('='), 1);
    QVERIFY(!wire.contains('+'));
    // Decoded as a server does, it is the key the cluster sent.
    const QUrlQuery query(network.requests.at(1).url());
    QCOMPARE(query.queryItems().size(), 1);
    QCOMPARE(query.queryItemValue(QStringLiteral("nextPageKey"), QUrl::FullyDecoded), key);
}

void TestEnvironmentsJob::tokenOnlyInTheHeader()
{
    FakeNetwork network;
    network.handler = [](const QNetworkRequest &) { return std::pair<int, QByteArray>{200, page({}, {}, 0)}; };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    QVERIFY(waitFor(client.fetchEnvironments()).outcome.ok());
    const QNetworkRequest &request = network.requests.at(0);
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Api-Token dt0c01.FAKE.TOKEN"));
    QVERIFY(!request.url().toString().contains(QStringLiteral("FAKE")));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(request.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestEnvironmentsJob::stopsOnRepeatedKey()
{
    FakeNetwork network;
    network.handler = [](const QNetworkRequest &) {
        return std::pair<int, QByteArray>{200, page({QStringLiteral("e1")}, QStringLiteral("same"), 9)};
    };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    const EnvironmentsResult result = waitFor(client.fetchEnvironments());
    QCOMPARE(result.outcome.status, RequestStatus::InvalidResponse);
    QCOMPARE(network.requests.size(), 2);
}

void TestEnvironmentsJob::errorOnSecondPage()
{
    FakeNetwork network;
    network.handler = [](const QNetworkRequest &request) -> std::pair<int, QByteArray> {
        if (QUrlQuery(request.url()).hasQueryItem(QStringLiteral("nextPageKey")))
            return {500, R"({"error":{"code":500,"message":"Operation failed"}})"};
        return {200, page({QStringLiteral("e1")}, QStringLiteral("k"), 2)};
    };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    const EnvironmentsResult result = waitFor(client.fetchEnvironments());
    QCOMPARE(result.outcome.status, RequestStatus::HttpError);
    QCOMPARE(result.outcome.httpStatus, 500);
    QCOMPARE(result.outcome.clusterMessage, QStringLiteral("Operation failed"));
    QVERIFY(result.environments.isEmpty()); // no half list
}

void TestEnvironmentsJob::parsePageTolerates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("ok");
    QTest::newRow("null list") << QByteArray(R"({"environments":null,"nextPageKey":null})") << 0 << true;
    QTest::newRow("unknown fields") << QByteArray(R"({"x":1,"environments":[{"id":"a","extra":{}}]})") << 1 << true;
    QTest::newRow("numeric id") << QByteArray(R"({"environments":[{"id":42,"name":"n"}]})") << 1 << true;
    QTest::newRow("entry without id skipped") << QByteArray(R"({"environments":[{"name":"n"}]})") << 0 << true;
    QTest::newRow("not JSON") << QByteArray("<html>") << 0 << false;
    QTest::newRow("array root") << QByteArray("[]") << 0 << false;
    QTest::newRow("list not an array") << QByteArray(R"({"environments":"x"})") << 0 << false;
}

void TestEnvironmentsJob::parsePageTolerates()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(bool, ok);
    const Result<EnvironmentPage> parsed = EnvironmentsJob::parsePage(json);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(parsed.value().environments.size(), count);
}

void TestEnvironmentsJob::parsesHostUnitQuotas_data()
{
    QTest::addColumn<QByteArray>("environment"); // one entry of "environments"
    QTest::addColumn<std::optional<double>>("quota");
    // The shape of the Cluster API v2 with includeConsumptionInfo: quotas.hostUnits.maxLimit, absent when unlimited.
    QTest::newRow("number") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":120,"currentUsage":7.5},)"
                                          R"("demUnits":{"monthlyLimit":null,"annualLimit":1000}}})")
                            << std::optional<double>(120);
    QTest::newRow("fraction") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":12.25}}})")
                              << std::optional<double>(12.25);
    QTest::newRow("zero is a quota") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":0}}})")
                                     << std::optional<double>(0);
    QTest::newRow("numeric string") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":" 80 "}}})")
                                    << std::optional<double>(80);
    QTest::newRow("null") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":null}}})")
                          << std::optional<double>();
    QTest::newRow("absent: unlimited") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"currentUsage":3}}})")
                                       << std::optional<double>();
    QTest::newRow("no hostUnits") << QByteArray(R"({"id":"a","quotas":{}})") << std::optional<double>();
    QTest::newRow("no quotas (not asked)") << QByteArray(R"({"id":"a"})") << std::optional<double>();
    QTest::newRow("quotas null") << QByteArray(R"({"id":"a","quotas":null})") << std::optional<double>();
    QTest::newRow("hostUnits a number") << QByteArray(R"({"id":"a","quotas":{"hostUnits":5}})")
                                        << std::optional<double>();
    QTest::newRow("-1 is unlimited") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":-1}}})")
                                     << std::optional<double>();
    QTest::newRow("word") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":"lots"}}})")
                          << std::optional<double>();
    QTest::newRow("boolean") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":true}}})")
                             << std::optional<double>();
    QTest::newRow("nan string") << QByteArray(R"({"id":"a","quotas":{"hostUnits":{"maxLimit":"nan"}}})")
                                << std::optional<double>();
}

void TestEnvironmentsJob::parsesHostUnitQuotas()
{
    QFETCH(QByteArray, environment);
    QFETCH(std::optional<double>, quota);
    const Result<EnvironmentPage> parsed =
        EnvironmentsJob::parsePage(QByteArray(R"({"environments":[)") + environment + "]}");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().environments.size(), 1);
    QCOMPARE(parsed.value().environments.first().hostUnitQuota, quota);
}

void TestEnvironmentsJob::asksForQuotasOnTheFirstPageOnly()
{
    FakeNetwork network;
    network.handler = [](const QNetworkRequest &request) -> std::pair<int, QByteArray> {
        if (QUrlQuery(request.url()).hasQueryItem(QStringLiteral("nextPageKey")))
            return {200, R"({"environments":[{"id":"e2","quotas":{"hostUnits":{}}}],"nextPageKey":null})"};
        return {200, R"({"environments":[{"id":"e1","quotas":{"hostUnits":{"maxLimit":40}}}],"nextPageKey":"k"})"};
    };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    const EnvironmentsResult result =
        waitFor(client.fetchEnvironments(EnvironmentsJob::DefaultPageSize, EnvironmentsJob::Quotas::With));
    QVERIFY(result.outcome.ok());
    QVERIFY(result.consumptionInfo);
    QCOMPARE(result.environments.size(), 2);
    QCOMPARE(result.environments.at(0).hostUnitQuota, std::optional<double>(40));
    QCOMPARE(result.environments.at(1).hostUnitQuota, std::optional<double>());
    QCOMPARE(network.requests.size(), 2);
    const QUrlQuery first(network.requests.at(0).url());
    QCOMPARE(first.queryItemValue(QStringLiteral("includeConsumptionInfo")), QStringLiteral("true"));
    QCOMPARE(QUrlQuery(network.requests.at(1).url()).queryItems().size(), 1); // the key alone

    // Without asking, the question is not put.
    network.requests.clear();
    QVERIFY(waitFor(client.fetchEnvironments()).outcome.ok());
    QVERIFY(!QUrlQuery(network.requests.at(0).url()).hasQueryItem(QStringLiteral("includeConsumptionInfo")));
}

void TestEnvironmentsJob::withoutConsumptionInfoOnDps()
{
    // A DPS cluster refuses the consumption information with 422: the names are listed without it.
    FakeNetwork network;
    network.handler = [](const QNetworkRequest &request) -> std::pair<int, QByteArray> {
        if (QUrlQuery(request.url()).hasQueryItem(QStringLiteral("includeConsumptionInfo")))
            return {422, R"({"error":{"code":422,"message":"Not available for the DPS licensing model"}})"};
        return {200, page({QStringLiteral("e1")}, {}, 1)};
    };
    ClusterClient client(exampleProfile(), QStringLiteral("dt0c01.FAKE.TOKEN"));
    client.setNetworkAccessManager(&network);
    const EnvironmentsResult result =
        waitFor(client.fetchEnvironments(EnvironmentsJob::DefaultPageSize, EnvironmentsJob::Quotas::With));
    QVERIFY(result.outcome.ok());
    QVERIFY(!result.consumptionInfo);
    QCOMPARE(result.environments.size(), 1);
    QCOMPARE(result.environments.first().name, QStringLiteral("Name of e1"));
    QCOMPARE(network.requests.size(), 2);
}

QTEST_GUILESS_MAIN(TestEnvironmentsJob)
#include "tst_environmentsjob.moc"
