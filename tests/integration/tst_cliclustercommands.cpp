// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/timeutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// `license-usage demo-cluster` and `license-usage fetch` / `environments` as separate processes over loopback.
class TestCliClusterCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fetchAgainstDemoCluster();
    void fetchErrorsAreOneLine_data();
    void fetchErrorsAreOneLine();
    void fetchOverTls();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    bool startDemo(const QStringList &extraArguments = {});
    Run run(const QStringList &arguments, const QProcessEnvironment &environment) const;
    [[nodiscard]] QProcessEnvironment environmentWithToken(const QString &token) const;

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_demo;
    QByteArray m_demoOutput;
    QString m_url;
    QString m_token;
    QString m_tokenWithoutScope;
    QString m_caFile;
};

void TestCliClusterCommands::initTestCase()
{
    m_cli = QStringLiteral(LUE_BINARY_DIR "/app/cli/license-usage");
    if (!QFile::exists(m_cli))
        QSKIP("license-usage is not built");
}

void TestCliClusterCommands::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_demoOutput.clear();
    m_url.clear();
    m_caFile.clear();
}

void TestCliClusterCommands::cleanup()
{
    if (m_demo && m_demo->state() != QProcess::NotRunning) {
        // Interrupted like a user's Ctrl+C: it ends cleanly with status 0.
        QSignalSpy finished(m_demo.get(), &QProcess::finished);
        ::kill(pid_t(m_demo->processId()), SIGINT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_demo->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_demo->exitCode(), 0);
    }
    m_demo.reset();
}

QProcessEnvironment TestCliClusterCommands::environmentWithToken(const QString &token) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral(".cache")));
    environment.remove(QStringLiteral("LICENSE_USAGE_TOKEN"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("LICENSE_USAGE_TOKEN"), token);
    return environment;
}

bool TestCliClusterCommands::startDemo(const QStringList &extraArguments)
{
    m_demo = std::make_unique<QProcess>();
    m_demo->setProcessEnvironment(environmentWithToken({}));
    m_demo->setProgram(m_cli);
    m_demo->setArguments(QStringList{QStringLiteral("demo-cluster")} + extraArguments);
    connect(m_demo.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_demoOutput += m_demo->readAllStandardOutput(); });
    QSignalSpy output(m_demo.get(), &QProcess::readyReadStandardOutput);
    m_demo->start();
    const QDeadlineTimer deadline(10000);
    while (!m_demoOutput.contains("Serving until interrupted") && !deadline.hasExpired())
        output.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (!m_demoOutput.contains("Serving until interrupted"))
        return false;
    const QString text = QString::fromUtf8(m_demoOutput);
    m_url = QRegularExpression(QStringLiteral("^Demo cluster: (\\S+)$"), QRegularExpression::MultilineOption)
                .match(text)
                .captured(1);
    m_token = QRegularExpression(QStringLiteral("^Token: (\\S+)$"), QRegularExpression::MultilineOption)
                  .match(text)
                  .captured(1);
    m_tokenWithoutScope =
        QRegularExpression(QStringLiteral("^Token without .*: (\\S+)$"), QRegularExpression::MultilineOption)
            .match(text)
            .captured(1);
    m_caFile = QRegularExpression(QStringLiteral("^CA certificate: (.+)$"), QRegularExpression::MultilineOption)
                   .match(text)
                   .captured(1);
    return m_url.startsWith(QLatin1String("http")) && m_url.contains(QLatin1String("127.0.0.1")) && !m_token.isEmpty();
}

TestCliClusterCommands::Run TestCliClusterCommands::run(const QStringList &arguments,
                                                        const QProcessEnvironment &environment) const
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(m_cli);
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliClusterCommands::fetchAgainstDemoCluster()
{
    QVERIFY(startDemo());
    const QString zip = m_home->filePath(QStringLiteral("export.zip"));
    const QString from = LicenseCore::Time::isoUtc(LicenseCore::Time::floorHour(QDateTime::currentMSecsSinceEpoch()) -
                                                   50 * LicenseCore::Time::HourMs);
    const Run fetch = run({QStringLiteral("fetch"), QStringLiteral("--cluster"), m_url, QStringLiteral("--from"), from,
                           QStringLiteral("-o"), zip},
                          environmentWithToken(m_token));
    QVERIFY2(fetch.exitCode == 0, fetch.err.constData());
    QVERIFY(fetch.out.startsWith("Saved "));
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4));

    // The ZIP is what `license-usage csv` reads: 48 hours of the demo's environments.
    const Run csv = run({QStringLiteral("csv"), zip}, environmentWithToken({}));
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY(csv.out.startsWith("hour_start_utc,environment_id,environment_name,"));
    QVERIFY(csv.out.count('\n') > 48);

    const Run environments =
        run({QStringLiteral("environments"), QStringLiteral("--cluster"), m_url}, environmentWithToken(m_token));
    QCOMPARE(environments.exitCode, 0);
    QVERIFY(environments.out.startsWith("ID "));
    QVERIFY(environments.out.contains("DISABLED"));
    // fetch and environments remembered the names for offline imports.
    QVERIFY(
        QFile::exists(m_home->filePath(QStringLiteral(".local/share/license-usage-explorer/environment-names.json"))));
    // Non-terminal progress never uses carriage returns.
    QVERIFY(!fetch.err.contains('\r'));
}

void TestCliClusterCommands::fetchErrorsAreOneLine_data()
{
    QTest::addColumn<int>("which"); // 0 bad token, 1 no scope, 2 closed port
    QTest::addColumn<QByteArray>("sentencePart");
    QTest::newRow("401") << 0 << QByteArray("did not accept the API token");
    QTest::newRow("403") << 1 << QByteArray("Service Provider API");
    QTest::newRow("unreachable") << 2 << QByteArray("cannot be reached");
}

void TestCliClusterCommands::fetchErrorsAreOneLine()
{
    QFETCH(int, which);
    QFETCH(QByteArray, sentencePart);
    QVERIFY(startDemo());
    QString url = m_url;
    QString token = m_token;
    if (which == 0)
        token = QStringLiteral("dt0c01.WRONG.WRONG");
    else if (which == 1)
        token = m_tokenWithoutScope;
    else
        url = QStringLiteral("http://127.0.0.1:1");
    const QString zip = m_home->filePath(QStringLiteral("export.zip"));
    const Run fetch = run({QStringLiteral("fetch"), QStringLiteral("--cluster"), url, QStringLiteral("-o"), zip},
                          environmentWithToken(token));
    QCOMPARE(fetch.exitCode, 4);
    QVERIFY2(fetch.err.startsWith("license-usage: "), fetch.err.constData());
    QCOMPARE(fetch.err.count('\n'), 1);
    QVERIFY2(fetch.err.contains(sentencePart), fetch.err.constData());
    QVERIFY(!QFile::exists(zip));
}

void TestCliClusterCommands::fetchOverTls()
{
    QVERIFY(startDemo({QStringLiteral("--tls")}));
    QVERIFY(m_url.startsWith(QLatin1String("https://")));
    QVERIFY(QFile::exists(m_caFile));
    const QString zip = m_home->filePath(QStringLiteral("export.zip"));
    const QString from = LicenseCore::Time::isoUtc(LicenseCore::Time::floorHour(QDateTime::currentMSecsSinceEpoch()) -
                                                   8 * LicenseCore::Time::HourMs);
    const Run refused = run({QStringLiteral("fetch"), QStringLiteral("--cluster"), m_url, QStringLiteral("--from"),
                             from, QStringLiteral("-o"), zip},
                            environmentWithToken(m_token));
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("SHA-256 fingerprint"), refused.err.constData());
    QVERIFY(!QFile::exists(zip));

    const Run trusted = run({QStringLiteral("fetch"), QStringLiteral("--cluster"), m_url, QStringLiteral("--ca-file"),
                             m_caFile, QStringLiteral("--from"), from, QStringLiteral("-o"), zip},
                            environmentWithToken(m_token));
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    QVERIFY(QFile::exists(zip));
}

void TestCliClusterCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("sentencePart");
    QTest::newRow("no output") << QStringList{QStringLiteral("fetch"), QStringLiteral("--cluster"),
                                              QStringLiteral("http://127.0.0.1:1")}
                               << QByteArray("-o FILE");
    QTest::newRow("no cluster") << QStringList{QStringLiteral("fetch"), QStringLiteral("-o"), QStringLiteral("x.zip")}
                                << QByteArray("--cluster URL or --profile NAME");
    QTest::newRow("remote http") << QStringList{QStringLiteral("fetch"), QStringLiteral("--cluster"),
                                                QStringLiteral("http://cluster.example.com"), QStringLiteral("-o"),
                                                QStringLiteral("x.zip")}
                                 << QByteArray("https://");
    QTest::newRow("token as argument")
        << QStringList{QStringLiteral("fetch"), QStringLiteral("--cluster"), QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("-o"),    QStringLiteral("x.zip"),     QStringLiteral("dt0c01.A.B")}
        << QByteArray("never given on the command line");
    QTest::newRow("bad date")
        << QStringList{QStringLiteral("fetch"),  QStringLiteral("--cluster"), QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("-o"),
                       QStringLiteral("x.zip")}
        << QByteArray("ISO 8601");
    QTest::newRow("no token") << QStringList{QStringLiteral("environments"), QStringLiteral("--cluster"),
                                             QStringLiteral("http://127.0.0.1:1")}
                              << QByteArray("LICENSE_USAGE_TOKEN");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("environments"), QStringLiteral("--profile"),
                                                    QStringLiteral("nope")}
                                     << QByteArray("no cluster profile named 'nope'");
}

void TestCliClusterCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, sentencePart);
    const Run result = run(arguments, environmentWithToken({}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("license-usage: "), result.err.constData());
    QVERIFY2(result.err.contains(sentencePart), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliClusterCommands)
#include "tst_cliclustercommands.moc"
