// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestcontroller.h"

#include <cluster/clusterclient.h>
#include <demo/democluster.h>
#include <vault/tokenvault.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

using State = ConnectionTestController::State;
using Verdict = ConnectionTestResult::Verdict;

namespace {

TokenResult waitFor(TokenJob *job)
{
    QSignalSpy spy(job, &TokenJob::finished);
    if (!spy.wait(5000))
        return {TokenResult::Status::Failed, QStringLiteral("timed out"), {}};
    return spy.at(0).at(0).value<TokenResult>();
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<State>());
    return result;
}

} // namespace

class TestConnectionTestController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void verdicts_data();
    void verdicts();
    void unreachable();
    void savedToken();
    void savedTokenMissing();
    void withoutVaultOrToken();
    void oneTestAtATime();
    void cancelDropsTheAnswer();
    void tokenIsMaskedInTexts();
    void vaultGoneWhileReading();
    void deletedWhileTesting();

private:
    [[nodiscard]] ClusterProfile profile() const;

    std::unique_ptr<DemoCluster> m_cluster;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ConnectionTestController> m_controller;
};

void TestConnectionTestController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionTestController::init()
{
    DemoClusterOptions options;
    options.generator.seed = 11;
    options.generator.environments = 3;
    options.generator.hosts = 4;
    m_cluster = std::make_unique<DemoCluster>(options);
    QVERIFY(!m_cluster->listen().isError());
    m_vault = std::make_unique<TokenVault>(TokenVault::Storage::MemoryOnly);
    m_controller = std::make_unique<ConnectionTestController>();
    m_controller->setTokenVault(m_vault.get());
}

void TestConnectionTestController::cleanup()
{
    m_controller.reset();
    m_vault.reset();
    m_cluster.reset();
}

ClusterProfile TestConnectionTestController::profile() const
{
    ClusterProfile result;
    result.name = QStringLiteral("Demo");
    result.baseUrl = m_cluster->url();
    result.proxyMode = ProxyMode::None;
    return result;
}

void TestConnectionTestController::verdicts_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("environments");
    QTest::addColumn<QString>("summary"); // a part of it

    QTest::newRow("accepted") << DemoCluster::demoToken() << Verdict::Ok << 3
                              << QStringLiteral("the token may read license data of 3 environment");
    QTest::newRow("wrong token") << QStringLiteral("dt0c01.WRONGTOKEN.SECRETPART") << Verdict::BadToken << -1
                                 << QStringLiteral("did not accept the API token");
    QTest::newRow("no scope") << DemoCluster::tokenWithoutScope() << Verdict::MissingScope << -1
                              << QStringLiteral("Service Provider API scope");
}

void TestConnectionTestController::verdicts()
{
    QFETCH(QString, token);
    QFETCH(Verdict, verdict);
    QFETCH(int, environments);
    QFETCH(QString, summary);

    QSignalSpy stateSpy(m_controller.get(), &ConnectionTestController::stateChanged);
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QVERIFY(m_controller->test(profile(), token));
    QCOMPARE(m_controller->state(), State::Testing);
    QVERIFY(m_controller->isRunning());
    QCOMPARE(m_controller->profile().baseUrl, m_cluster->url());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(result.environmentCount, environments);
    QVERIFY2(result.summary.contains(summary), qPrintable(result.summary));
    QCOMPARE(finished.at(0).at(1).toBool(), false); // the given token, not a saved one
    QCOMPARE(states(stateSpy), QList<State>({State::Testing, State::Idle}));
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(m_cluster->requests().size(), 1);
    QCOMPARE(m_cluster->requests().constFirst().authorization, QByteArray("Api-Token ") + token.toUtf8());
}

void TestConnectionTestController::unreachable()
{
    // A loopback port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    ClusterProfile gone = profile();
    gone.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QVERIFY(m_controller->test(gone, DemoCluster::demoToken()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().verdict, Verdict::Unreachable);
}

void TestConnectionTestController::savedToken()
{
    QVERIFY(waitFor(m_vault->writeToken(QStringLiteral("Demo"), DemoCluster::demoToken())).ok());
    QSignalSpy stateSpy(m_controller.get(), &ConnectionTestController::stateChanged);
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QSignalSpy unavailable(m_controller.get(), &ConnectionTestController::tokenUnavailable);
    QVERIFY(m_controller->testWithSavedToken(profile(), QStringLiteral("Demo")));
    QCOMPARE(m_controller->state(), State::ReadingToken);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().verdict, Verdict::Ok);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(unavailable.isEmpty());
    QCOMPARE(states(stateSpy), QList<State>({State::ReadingToken, State::Testing, State::Idle}));
    QCOMPARE(m_cluster->requests().constLast().authorization,
             QByteArray("Api-Token ") + DemoCluster::demoToken().toUtf8());
}

void TestConnectionTestController::savedTokenMissing()
{
    QSignalSpy stateSpy(m_controller.get(), &ConnectionTestController::stateChanged);
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QSignalSpy unavailable(m_controller.get(), &ConnectionTestController::tokenUnavailable);
    QVERIFY(m_controller->testWithSavedToken(profile(), QStringLiteral("Nobody")));
    QVERIFY(unavailable.wait(5000));
    QCOMPARE(unavailable.at(0).at(0).toString(), QStringLiteral("Nobody"));
    const auto result = unavailable.at(0).at(1).value<TokenResult>();
    QCOMPARE(result.status, TokenResult::Status::NotFound);
    QVERIFY(result.token.isEmpty());
    QCOMPARE(states(stateSpy), QList<State>({State::ReadingToken, State::Idle}));
    QVERIFY(finished.isEmpty());
    QVERIFY(m_cluster->requests().isEmpty()); // nothing to send
}

void TestConnectionTestController::withoutVaultOrToken()
{
    QSignalSpy stateSpy(m_controller.get(), &ConnectionTestController::stateChanged);
    QVERIFY(!m_controller->test(profile(), QString()));
    m_controller->setTokenVault(nullptr);
    QVERIFY(!m_controller->testWithSavedToken(profile(), QStringLiteral("Demo")));
    QVERIFY(stateSpy.isEmpty());
    QCOMPARE(m_controller->state(), State::Idle);
}

void TestConnectionTestController::oneTestAtATime()
{
    m_cluster->queueFault(DemoFault::delay(200));
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QVERIFY(m_controller->test(profile(), DemoCluster::demoToken()));
    QVERIFY(!m_controller->test(profile(), DemoCluster::tokenWithoutScope()));
    QVERIFY(!m_controller->testWithSavedToken(profile(), QStringLiteral("Demo")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().verdict, Verdict::Ok);
    // Once it has ended, the next one may start.
    QVERIFY(m_controller->test(profile(), DemoCluster::tokenWithoutScope()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).value<ConnectionTestResult>().verdict, Verdict::MissingScope);
}

void TestConnectionTestController::cancelDropsTheAnswer()
{
    m_cluster->queueFault(DemoFault::delay(300)); // so the first test is surely under way when cancelled
    QSignalSpy stateSpy(m_controller.get(), &ConnectionTestController::stateChanged);
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QVERIFY(m_controller->test(profile(), QStringLiteral("dt0c01.WRONGTOKEN.SECRETPART")));
    QTRY_COMPARE(m_cluster->requests().size(), 1);
    m_controller->cancel();
    QCOMPARE(m_controller->state(), State::Idle);
    QCOMPARE(states(stateSpy), QList<State>({State::Testing, State::Idle}));
    m_controller->cancel(); // nothing left to cancel: no signal
    QCOMPARE(stateSpy.size(), 2);
    // The cancelled test's client, and its job with it, is gone: no answer can come from there.
    QTRY_VERIFY(m_controller->findChildren<ClusterClient *>().isEmpty());

    QVERIFY(m_controller->test(profile(), DemoCluster::demoToken()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().verdict, Verdict::Ok);
    // A finished test leaves no client behind either.
    QTRY_VERIFY(m_controller->findChildren<ClusterClient *>().isEmpty());
}

void TestConnectionTestController::tokenIsMaskedInTexts()
{
    const QString token = DemoCluster::demoToken();
    m_cluster->queueFault(DemoFault::httpStatus(500, {}, QStringLiteral("Token %1 is broken").arg(token)));
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QVERIFY(m_controller->test(profile(), token));
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QCOMPARE(result.verdict, Verdict::Failed);
    for (const QString &text : {result.summary, result.outcome.errorText, result.outcome.clusterMessage}) {
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Token \u2022\u2022\u2022 is broken")), qPrintable(text));
    }
}

void TestConnectionTestController::vaultGoneWhileReading()
{
    QVERIFY(waitFor(m_vault->writeToken(QStringLiteral("Demo"), DemoCluster::demoToken())).ok());
    QSignalSpy stateSpy(m_controller.get(), &ConnectionTestController::stateChanged);
    QSignalSpy finished(m_controller.get(), &ConnectionTestController::finished);
    QSignalSpy unavailable(m_controller.get(), &ConnectionTestController::tokenUnavailable);
    QVERIFY(m_controller->testWithSavedToken(profile(), QStringLiteral("Demo")));
    m_vault.reset(); // before it could answer, which it then never does
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), QStringLiteral("Demo"));
    QCOMPARE(unavailable.at(0).at(1).value<TokenResult>().status, TokenResult::Status::Failed);
    QVERIFY(!unavailable.at(0).at(1).value<TokenResult>().errorText.isEmpty());
    QCOMPARE(states(stateSpy), QList<State>({State::ReadingToken, State::Idle}));
    QVERIFY(finished.isEmpty());
    QVERIFY(!m_controller->testWithSavedToken(profile(), QStringLiteral("Demo"))); // no vault any more
    QVERIFY(m_controller->test(profile(), DemoCluster::demoToken()));
    QVERIFY(finished.wait(10000));
}

void TestConnectionTestController::deletedWhileTesting()
{
    m_cluster->queueFault(DemoFault::delay(100));
    QSignalSpy answered(m_cluster.get(), &DemoCluster::requestAnswered);
    QVERIFY(m_controller->test(profile(), DemoCluster::demoToken()));
    QTRY_COMPARE(m_cluster->requests().size(), 1);
    m_controller.reset(); // its client and the client's job go with it
    // The cluster's answer (or the dropped connection) is handled without anyone left to tell.
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty() || m_cluster->connectionCount() == 0, 5000);
}

QTEST_GUILESS_MAIN(TestConnectionTestController)
#include "tst_connectiontestcontroller.moc"
