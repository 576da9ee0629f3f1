// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

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
    void maxWaitAndStallTimeoutBounds_data();
    void maxWaitAndStallTimeoutBounds();
    void environmentTokenIsNotUsedForProfiles();
    void tokenFileOthersCanReadIsRefused_data();
    void tokenFileOthersCanReadIsRefused();
    void noControlCharactersOnTheTerminal();
    void tokenPromptRestoresEcho_data();
    void tokenPromptRestoresEcho();

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
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--cluster"), QStringLiteral("http://127.0.0.1:1")};
    QTest::newRow("sync: no cluster") << QStringList{QStringLiteral("sync")}
                                      << QByteArray("--cluster URL or --profile NAME");
    QTest::newRow("sync: no chunk") << sync + QStringList{QStringLiteral("--chunk-days"), QStringLiteral("0")}
                                    << QByteArray("--chunk-days needs a number of days between 1 and 366");
    QTest::newRow("sync: chunk over a year")
        << sync + QStringList{QStringLiteral("--chunk-days"), QStringLiteral("367")}
        << QByteArray("--chunk-days needs a number of days between 1 and 366");
    QTest::newRow("sync: bad date") << sync + QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")}
                                    << QByteArray("ISO 8601");
    QTest::newRow("sync: since in the future")
        << sync + QStringList{QStringLiteral("--since"), QStringLiteral("2999-01-01")}
        << QByteArray("--since 2999-01-01T00:00:00Z is too late");
    QTest::newRow("sync: token as argument")
        << sync + QStringList{QStringLiteral("dt0c01.A.B")} << QByteArray("never given on the command line");
    QTest::newRow("sync: no token") << sync << QByteArray("LICENSE_USAGE_TOKEN");
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

void TestCliClusterCommands::maxWaitAndStallTimeoutBounds_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("sentencePart");
    QTest::newRow("max-wait nan") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("nan")}
                                  << QByteArray("--max-wait");
    QTest::newRow("max-wait inf") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("inf")}
                                  << QByteArray("--max-wait");
    QTest::newRow("max-wait huge") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("1e300")}
                                   << QByteArray("--max-wait");
    QTest::newRow("max-wait negative") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("-1")}
                                       << QByteArray("--max-wait");
    QTest::newRow("max-wait beyond a day")
        << QStringList{QStringLiteral("--max-wait"), QStringLiteral("1441")} << QByteArray("--max-wait");
    QTest::newRow("stall timeout huge") << QStringList{QStringLiteral("--stall-timeout"), QStringLiteral("2147484")}
                                        << QByteArray("3600");
}

void TestCliClusterCommands::maxWaitAndStallTimeoutBounds()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, sentencePart);
    const Run result =
        run(QStringList{QStringLiteral("fetch"), QStringLiteral("--cluster"), QStringLiteral("http://127.0.0.1:1"),
                        QStringLiteral("-o"), m_home->filePath(QStringLiteral("x.zip"))} +
                extra,
            environmentWithToken(QStringLiteral("dt0c01.A.B")));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(sentencePart), result.err.constData());
}

void TestCliClusterCommands::environmentTokenIsNotUsedForProfiles()
{
    LicenseCore::DemoCluster cluster;
    QVERIFY(!cluster.listen().isError());
    QProcessEnvironment environment = environmentWithToken(LicenseCore::DemoCluster::demoToken());
    // No keychain at all (and never the developer's own).
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/lue-bus"));
    const Run added =
        run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("elsewhere"), QStringLiteral("--url"),
             cluster.url().toString(), QStringLiteral("--proxy"), QStringLiteral("none")},
            environment);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // LICENSE_USAGE_TOKEN may be another cluster's token: with --profile it is not sent, and the user is told.
    const QStringList byProfile{QStringLiteral("environments"), QStringLiteral("--profile"),
                                QStringLiteral("elsewhere")};
    const Run refused = run(byProfile, environment);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith("license-usage: warning: LICENSE_USAGE_TOKEN is ignored with --profile"),
             refused.err.constData());
    QVERIFY(refused.err.contains("No system keychain"));
    QVERIFY(cluster.requests().isEmpty());

    // An explicit --token-file is used with a profile.
    const QString tokenFile = m_home->filePath(QStringLiteral("token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(LicenseCore::DemoCluster::demoToken().toUtf8() + '\n');
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const Run withFile = run(byProfile + QStringList{QStringLiteral("--token-file"), tokenFile}, environment);
    QVERIFY2(withFile.exitCode == 0, withFile.err.constData());
    QVERIFY(!withFile.err.contains("LICENSE_USAGE_TOKEN"));
    QCOMPARE(cluster.requests().size(), 1);

    // With --cluster the variable is the token.
    const Run byAddress =
        run({QStringLiteral("environments"), QStringLiteral("--cluster"), cluster.url().toString()}, environment);
    QVERIFY2(byAddress.exitCode == 0, byAddress.err.constData());
    QCOMPARE(cluster.requests().size(), 2);

    const Run help = run({QStringLiteral("fetch"), QStringLiteral("--help")}, environment);
    QVERIFY(help.out.simplified().contains("LICENSE_USAGE_TOKEN is then ignored"));
}

void TestCliClusterCommands::tokenFileOthersCanReadIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("refused");
    // As ssh treats a private key: any access for the group or others is too open.
    const QList<std::pair<int, bool>> modes{{0644, true}, {0640, true}, {0604, true},  {0620, true},
                                            {0602, true}, {0610, true}, {0600, false}, {0400, false}};
    for (const QString &command : {QStringLiteral("environments"), QStringLiteral("fetch"), QStringLiteral("sync")}) {
        for (const auto &[mode, refused] : modes) {
            QTest::addRow("%s %04o", qPrintable(command), mode) << command << mode << refused;
        }
    }
}

void TestCliClusterCommands::tokenFileOthersCanReadIsRefused()
{
    QFETCH(QString, command);
    QFETCH(int, mode);
    QFETCH(bool, refused);
    LicenseCore::DemoCluster cluster;
    QVERIFY(!cluster.listen().isError());
    const QString tokenFile = m_home->filePath(QStringLiteral("token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(LicenseCore::DemoCluster::demoToken().toUtf8() + '\n');
    }
    QVERIFY(::chmod(QFile::encodeName(tokenFile).constData(), mode_t(mode)) == 0);

    QStringList arguments{command, QStringLiteral("--cluster"), cluster.url().toString(),
                          QStringLiteral("--token-file"), tokenFile};
    // A few hours only, for the commands that download.
    const QString from = LicenseCore::Time::isoUtc(LicenseCore::Time::floorHour(QDateTime::currentMSecsSinceEpoch()) -
                                                   6 * LicenseCore::Time::HourMs);
    if (command == QLatin1String("fetch"))
        arguments << QStringLiteral("-o") << m_home->filePath(QStringLiteral("export.zip")) << QStringLiteral("--from")
                  << from;
    if (command == QLatin1String("sync"))
        arguments << QStringLiteral("--history") << m_home->filePath(QStringLiteral("history.sqlite"))
                  << QStringLiteral("--since") << from;
    const Run result = run(arguments, environmentWithToken({}));
    if (refused) {
        QCOMPARE(result.exitCode, 2);
        const QString octal = QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
        QCOMPARE(QString::fromUtf8(result.err), QStringLiteral("license-usage: permissions %1 for '%2' are too open; "
                                                               "chmod 600 %2\n")
                                                    .arg(octal, tokenFile));
        QVERIFY(cluster.requests().isEmpty()); // the token never left the computer
    } else {
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(!cluster.requests().isEmpty());
    }
}

void TestCliClusterCommands::noControlCharactersOnTheTerminal()
{
    // From the arguments (echoed in an error) ...
    const QString hostile = QStringLiteral("\x1b]0;owned\x07\x1b[2J\rX\u202e");
    const Run unknown =
        run({QStringLiteral("environments"), QStringLiteral("--profile"), hostile}, environmentWithToken({}));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("no cluster profile named"), unknown.err.constData());
    // ... and from a cluster's error message.
    LicenseCore::DemoCluster cluster;
    QVERIFY(!cluster.listen().isError());
    cluster.queueFault(LicenseCore::DemoFault::httpStatus(500, {}, hostile + QStringLiteral(" failed")));
    const Run failed = run({QStringLiteral("fetch"), QStringLiteral("--cluster"), cluster.url().toString(),
                            QStringLiteral("-o"), m_home->filePath(QStringLiteral("x.zip"))},
                           environmentWithToken(LicenseCore::DemoCluster::demoToken()));
    QCOMPARE(failed.exitCode, 4);
    QVERIFY2(failed.err.contains("X? failed"), failed.err.constData());
    for (const Run *result : {&unknown, &failed}) {
        const QString text = QString::fromUtf8(result->err);
        QCOMPARE(text.count(QLatin1Char('\n')), 1);
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        for (const QChar c : text.chopped(1)) {
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                     qPrintable(QString::number(c.unicode(), 16)));
        }
    }
}

void TestCliClusterCommands::tokenPromptRestoresEcho_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGHUP") << int(SIGHUP);
    QTest::newRow("SIGTSTP then SIGTERM") << int(SIGTSTP);
}

void TestCliClusterCommands::tokenPromptRestoresEcho()
{
    // `token set` reads the token from a terminal without echo; however it ends, the terminal gets echo back.
    QFETCH(int, signalNumber);
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slavePath = QString::fromLocal8Bit(::ptsname(master));
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    const auto closeSlave = qScopeGuard([slave] { ::close(slave); });
    auto echoIsOn = [slave] {
        termios settings = {};
        return ::tcgetattr(slave, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
    };
    QVERIFY(echoIsOn());

    const QProcessEnvironment environment = environmentWithToken({});
    const Run added = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("typed"),
                           QStringLiteral("--url"), QStringLiteral("https://cluster.example.com")},
                          environment);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(m_cli);
    process.setArguments({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("typed")});
    process.setStandardInputFile(slavePath);
    // A process group of its own, as a shell gives a job: signals reach it alone, and Ctrl+Z stops it.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    QByteArray err;
    connect(&process, &QProcess::readyReadStandardError, this, [&] { err += process.readAllStandardError(); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(err.contains("API token for typed: "), 10000);
    QVERIFY(!echoIsOn()); // typing is invisible

    const pid_t pid = pid_t(process.processId());
    if (signalNumber == SIGTSTP) {
        ::kill(pid, SIGTSTP); // Ctrl+Z: the shell gets a terminal with echo
        QTRY_VERIFY_WITH_TIMEOUT(echoIsOn(), 10000);
        ::kill(pid, SIGCONT); // fg: invisible again
        QTRY_VERIFY_WITH_TIMEOUT(!echoIsOn(), 10000);
        signalNumber = SIGTERM;
    }
    ::kill(pid, signalNumber);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit); // ended by the signal, as without the handler
    QVERIFY(echoIsOn());
}

QTEST_GUILESS_MAIN(TestCliClusterCommands)
#include "tst_cliclustercommands.moc"
