// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <vault/coredumpguard.h>
#include <vault/tokenvault.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <latch>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace LicenseCore;

namespace {

// An unprivileged user for the child when the test runs as root: the /proc entries of a process that is not
// dumpable belong to root, which only tells something when the process itself is not root.
constexpr uid_t Nobody = 65534;

// "Max core file size  <soft>  <hard>  bytes" of /proc/<pid>/limits, as "<soft> <hard>".
QString coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromLatin1(limits.readAll());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                                             QRegularExpression::MultilineOption)
                                              .match(text);
    return match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2) : QString();
}

// The real user id from /proc/<pid>/status ("Uid: real effective saved fs").
qint64 realUidOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Uid:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The owner of the files in /proc/<pid> (not of the folder itself, which keeps its owner): the process's user
// while it is dumpable, root once it is not.
qint64 procOwnerOf(qint64 pid)
{
    struct stat info = {};
    if (::stat(QStringLiteral("/proc/%1/status").arg(pid).toLocal8Bit().constData(), &info) != 0)
        return -1;
    return info.st_uid;
}

} // namespace

class TestCoreDumpGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Children first, while this process still allows core dumps (its own guard would pass a hard limit of 0 on).
    void childWithoutTokenIsLeftAlone();
    void commandLineChild_data();
    void commandLineChild();
    void engagesOnceFromManyThreads();
    void vaultEngagesIt();

private:
    // Starts the command line as an ordinary user, with core dumps allowed, in a private HOME.
    void startCli(QProcess &process, const QStringList &arguments, const QString &token = {});

    QString m_cli;
    QString m_prlimit;
    QString m_setpriv;
    std::unique_ptr<QTemporaryDir> m_home;
    bool m_asRoot = false;
};

void TestCoreDumpGuard::initTestCase()
{
    m_cli = QStringLiteral(LUE_BINARY_DIR "/app/cli/license-usage");
    m_asRoot = ::geteuid() == 0;
    m_prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    if (m_asRoot)
        QCOMPARE(::chown(QFile::encodeName(m_home->path()).constData(), Nobody, Nobody), 0);
}

void TestCoreDumpGuard::engagesOnceFromManyThreads()
{
    QVERIFY(!CoreDumpGuard::isEngaged());
    rlimit before = {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &before), 0);
    // Start from limits that allow core dumps, so the change can be seen (raising the soft limit needs no rights).
    rlimit allowed = {before.rlim_max, before.rlim_max};
    QCOMPARE(::setrlimit(RLIMIT_CORE, &allowed), 0);
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

    constexpr int Threads = 8;
    std::latch start(Threads);
    std::vector<std::thread> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back([&start] {
            start.arrive_and_wait();
            CoreDumpGuard::engage();
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    QVERIFY(CoreDumpGuard::isEngaged());
    rlimit after = {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, rlim_t(0));
    QCOMPARE(after.rlim_max, rlim_t(0));
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    // Once is enough; again changes nothing and does not fail.
    CoreDumpGuard::engage();
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    // An unprivileged process cannot raise the hard limit again.
    if (!m_asRoot) {
        const rlimit raise = {RLIM_INFINITY, RLIM_INFINITY};
        QVERIFY(::setrlimit(RLIMIT_CORE, &raise) != 0);
    }
    // The process can still read its own /proc entries (the soak and benchmark tests do).
    QFile self(QStringLiteral("/proc/self/status"));
    QVERIFY(self.open(QIODevice::ReadOnly));
    QVERIFY(!self.readAll().isEmpty());
}

void TestCoreDumpGuard::vaultEngagesIt()
{
    // The guard is process-wide and one-way, so this only shows that the vault's paths call it without harm;
    // the children below show that each entry point of the command line engages it on its own.
    TokenVault vault(TokenVault::Storage::MemoryOnly);
    vault.keepInMemory(QStringLiteral("p"), QStringLiteral("dt0c01.GUARD.GUARD"));
    QSignalSpy read(vault.readToken(QStringLiteral("p")), &TokenJob::finished);
    QVERIFY(read.wait(5000));
    QVERIFY(CoreDumpGuard::isEngaged());
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestCoreDumpGuard::startCli(QProcess &process, const QStringList &arguments, const QString &token)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral(".cache")));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    // Not the keychain of whoever runs the tests: these flows never reach it, and without a bus they could not.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/lue-bus"));
    environment.remove(QStringLiteral("LICENSE_USAGE_TOKEN"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("LICENSE_USAGE_TOKEN"), token);
    process.setProcessEnvironment(environment);
    // Through util-linux's prlimit, with core dumps allowed as far as this process allows them, and as root also
    // through setpriv, as an ordinary user. Not in a child process modifier: QProcess runs it in a child sharing
    // this process's memory, and a change of user there marks this process not dumpable too.
    rlimit own = {};
    ::getrlimit(RLIMIT_CORE, &own);
    const QString hard = own.rlim_max == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(own.rlim_max);
    QStringList command{QStringLiteral("--core=%1:%1").arg(hard)};
    if (m_asRoot) {
        command += {m_setpriv, QStringLiteral("--reuid=%1").arg(Nobody), QStringLiteral("--regid=%1").arg(Nobody),
                    QStringLiteral("--clear-groups"), QStringLiteral("--")};
    }
    process.setProgram(m_prlimit);
    process.setArguments(command + QStringList{m_cli} + arguments);
    process.start();
}

void TestCoreDumpGuard::commandLineChild_data()
{
    QTest::addColumn<QString>("command");
    // fetch: the token from LICENSE_USAGE_TOKEN, then a cluster that accepts the connection and never answers.
    QTest::newRow("fetch") << QStringLiteral("fetch");
    // token set: waiting for the token on standard input.
    QTest::newRow("token set") << QStringLiteral("token set");
}

void TestCoreDumpGuard::commandLineChild()
{
    QFETCH(QString, command);
    if (!QFile::exists(m_cli))
        QSKIP("license-usage is not built");
    if (m_prlimit.isEmpty() || (m_asRoot && m_setpriv.isEmpty()))
        QSKIP("needs prlimit and setpriv (util-linux)");
    QTcpServer silentCluster;
    QVERIFY(silentCluster.listen(QHostAddress::LocalHost));
    QSignalSpy connected(&silentCluster, &QTcpServer::newConnection);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(silentCluster.serverPort());

    QProcess process;
    if (command == QLatin1String("fetch")) {
        startCli(process,
                 {QStringLiteral("fetch"), QStringLiteral("--cluster"), url, QStringLiteral("-o"),
                  m_home->filePath(QStringLiteral("never.zip"))},
                 QStringLiteral("dt0c01.COREDUMPGUARDTEST.SECRETSECRETSECRET"));
        QVERIFY(process.waitForStarted(10000));
        // By the time the request arrives, the token was read and the guard engaged.
        QVERIFY(connected.wait(15000));
    } else {
        QProcess add;
        QSignalSpy added(&add, &QProcess::finished);
        startCli(add, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("guarded"),
                       QStringLiteral("--url"), url, QStringLiteral("--proxy"), QStringLiteral("none")});
        QVERIFY(added.wait(30000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        startCli(process, {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("guarded")});
        QVERIFY(process.waitForStarted(10000));
        // Standard input stays open: the program waits for the token, guarded before it reads a byte.
    }
    const qint64 pid = process.processId();
    QTRY_COMPARE_WITH_TIMEOUT(coreLimitOf(pid), QStringLiteral("0 0"), 15000);
    QCOMPARE(process.state(), QProcess::Running);
    const qint64 uid = realUidOf(pid);
    QVERIFY(uid > 0);
    // Not dumpable: its /proc entries now belong to root, not to the user it runs as.
    QCOMPARE(procOwnerOf(pid), qint64(0));

    QSignalSpy finished(&process, &QProcess::finished);
    process.kill();
    QVERIFY(finished.wait(10000));
}

void TestCoreDumpGuard::childWithoutTokenIsLeftAlone()
{
    // The control: the demo cluster never holds a user's token, so it keeps core dumps and stays dumpable; the
    // checks of commandLineChild() see the difference.
    if (!QFile::exists(m_cli))
        QSKIP("license-usage is not built");
    if (m_prlimit.isEmpty() || (m_asRoot && m_setpriv.isEmpty()))
        QSKIP("needs prlimit and setpriv (util-linux)");
    QProcess process;
    QByteArray output;
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&process, &output] { output += process.readAllStandardOutput(); });
    startCli(process, {QStringLiteral("demo-cluster")});
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("Serving until interrupted"), 15000);
    const qint64 pid = process.processId();
    rlimit own = {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &own), 0);
    if (own.rlim_max != 0)
        QVERIFY(coreLimitOf(pid) != QStringLiteral("0 0"));
    const qint64 uid = realUidOf(pid);
    QVERIFY(uid > 0);
    QCOMPARE(procOwnerOf(pid), uid);
    QSignalSpy finished(&process, &QProcess::finished);
    process.kill();
    QVERIFY(finished.wait(10000));
}

QTEST_GUILESS_MAIN(TestCoreDumpGuard)
#include "tst_coredumpguard.moc"
