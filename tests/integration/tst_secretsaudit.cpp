// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersdialog.h"
#include "daterangewidget.h"
#include "downloadpanel.h"
#include "logcapture.h"
#include "mainwindow.h"
#include "opendocument.h"
#include "settingsdialog.h"

#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// A cluster token of the usual shape, easy to recognise and unique to this run.
QString makeToken(const QString &idPrefix)
{
    static const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    auto randomText = [](int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof(Alphabet) - 1))]);
        return text;
    };
    return QStringLiteral("dt0c01.") + idPrefix + randomText(24 - int(idPrefix.size())) + QLatin1Char('.') +
           randomText(64);
}

// Finds secrets in bytes: each token in clear, and its secret part (after the second dot) in clear, as UTF-16,
// in hex and in base64 at every alignment, so an encoded copy inside a longer encoded text is found too.
class SecretScanner final
{
public:
    struct Form
    {
        QString name;
        QByteArray bytes;
    };

    void addSecret(const QString &label, const QString &token)
    {
        m_secrets.append({label, token});
        const QByteArray secret = token.section(QLatin1Char('.'), 2).toUtf8();
        m_forms.append({label + QStringLiteral(" in clear"), token.toUtf8()});
        m_forms.append({label + QStringLiteral(" secret part in clear"), secret});
        const QString secretText = QString::fromUtf8(secret);
        QByteArray utf16le;
        QByteArray utf16be;
        for (const QChar c : secretText) {
            utf16le += char(c.unicode() & 0xff);
            utf16le += char(c.unicode() >> 8);
            utf16be += char(c.unicode() >> 8);
            utf16be += char(c.unicode() & 0xff);
        }
        m_forms.append({label + QStringLiteral(" as UTF-16LE"), utf16le});
        m_forms.append({label + QStringLiteral(" as UTF-16BE"), utf16be});
        m_forms.append({label + QStringLiteral(" in hex"), secret.toHex()});
        m_forms.append({label + QStringLiteral(" in upper-case hex"), secret.toHex().toUpper()});
        for (int offset = 0; offset < 3; ++offset) {
            // The characters that depend on the secret's bytes only: the first group of four mixes in what came
            // before it, the last one what follows (or padding).
            const QByteArray shifted = QByteArray(offset, '\0') + secret;
            for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                const QByteArray encoded = shifted.toBase64(encoding);
                const int skip = offset == 0 ? 0 : 4;
                m_forms.append(
                    {label + QStringLiteral(" in base64 (offset %1%2)")
                                 .arg(offset)
                                 .arg(encoding == QByteArray::Base64UrlEncoding ? QStringLiteral(", URL") : QString()),
                     encoded.mid(skip, encoded.size() - skip - 4)});
            }
        }
    }

    // `text` with every secret in clear replaced by its label, so a failure report does not spread it further.
    [[nodiscard]] QString redacted(QString text) const
    {
        for (const auto &[label, token] : std::as_const(m_secrets)) {
            text.replace(token, QLatin1Char('<') + label + QLatin1Char('>'));
            text.replace(token.section(QLatin1Char('.'), 2), QLatin1Char('<') + label + QLatin1Char('>'));
        }
        return text;
    }

    // The forms found in `data`.
    [[nodiscard]] QStringList findIn(const QByteArray &data) const
    {
        QStringList found;
        for (const Form &form : m_forms) {
            if (data.contains(form.bytes))
                found.append(form.name);
        }
        return found;
    }

    struct TreeScan
    {
        int files = 0;
        qint64 bytes = 0;
        QStringList findings; // "<path>: <form>"
        QStringList checked;  // the files read, relative to the root
    };

    // Every regular file below `root` (hidden ones too; symbolic links, sockets and pipes are not opened).
    [[nodiscard]] TreeScan scanTree(const QString &root) const
    {
        TreeScan scan;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                scan.findings.append(path + QStringLiteral(": cannot be read, so it was not checked"));
                continue;
            }
            const QByteArray content = file.readAll();
            ++scan.files;
            scan.bytes += content.size();
            scan.checked.append(QDir(root).relativeFilePath(path));
            for (const QString &form : findIn(content))
                scan.findings.append(path + QStringLiteral(": ") + form);
        }
        return scan;
    }

private:
    QList<Form> m_forms;
    QList<std::pair<QString, QString>> m_secrets; // label, token
};

QByteArray readProcFile(const QByteArray &path)
{
    QByteArray content;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        content.append(buffer, n);
    }
    ::close(fd);
    return content;
}

// Reads /proc/<pid>/cmdline of this process and of every process below it (found through the parent ids in
// /proc/*/stat), over and over on a thread of its own, and looks for the secrets in each.
class CommandLineSampler final
{
public:
    explicit CommandLineSampler(const SecretScanner &scanner)
        : m_scanner(scanner)
    {}
    ~CommandLineSampler() { stop(); }
    Q_DISABLE_COPY_MOVE(CommandLineSampler)

    void start()
    {
        m_stop = false;
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                sweep();
                ::usleep(500);
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    // Reads one process's command line now: the test calls it for each child it starts, since a short-lived
    // child can begin and end between two sweeps of a busy machine's /proc. False when the process is gone.
    bool sample(qint64 pid)
    {
        const QByteArray commandLine = readProcFile("/proc/" + QByteArray::number(pid) + "/cmdline");
        if (commandLine.isEmpty())
            return false; // gone, or a zombie
        ++m_samples;
        const QStringList found = m_scanner.findIn(commandLine);
        const QMutexLocker locker(&m_mutex);
        m_seen.insert(pid);
        for (const QString &form : found) {
            QByteArray shown = commandLine;
            shown.replace('\0', ' ');
            m_findings.append(
                QStringLiteral("process %1: %2 (%3)").arg(pid).arg(form, m_scanner.redacted(QString::fromUtf8(shown))));
        }
        return true;
    }

    [[nodiscard]] qint64 samples() const { return m_samples.load(); }
    [[nodiscard]] qint64 sweeps() const { return m_sweeps.load(); }
    [[nodiscard]] bool hasSeen(qint64 pid) const
    {
        const QMutexLocker locker(&m_mutex);
        return m_seen.contains(pid);
    }
    [[nodiscard]] int processesSeen() const
    {
        const QMutexLocker locker(&m_mutex);
        return int(m_seen.size());
    }
    [[nodiscard]] QStringList findings() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_findings;
    }

private:
    void sweep()
    {
        QHash<qint64, QList<qint64>> children;
        if (DIR *proc = ::opendir("/proc")) {
            while (const dirent *entry = ::readdir(proc)) {
                const QByteArray name(entry->d_name);
                bool ok = false;
                const qint64 pid = name.toLongLong(&ok);
                if (!ok)
                    continue;
                // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
                const QByteArray stat = readProcFile("/proc/" + name + "/stat");
                const qsizetype close = stat.lastIndexOf(')');
                if (close < 0)
                    continue;
                const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
                if (fields.size() > 1)
                    children[fields.at(1).toLongLong()].append(pid);
            }
            ::closedir(proc);
        }
        QList<qint64> tree{qint64(::getpid())};
        for (qsizetype i = 0; i < tree.size(); ++i)
            tree += children.value(tree.at(i));
        for (const qint64 pid : std::as_const(tree))
            sample(pid);
        ++m_sweeps;
    }

    const SecretScanner &m_scanner;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_samples{0};
    std::atomic<qint64> m_sweeps{0};
    mutable QMutex m_mutex;
    QSet<qint64> m_seen;
    QStringList m_findings;
};

// The demo cluster accepts only its own built-in token. This proxy in front of it swaps the audited token for the
// demo token in request heads, so the programs under test use a token nobody else knows while the demo cluster
// answers as usual; any other token (the wrong one) passes unchanged and gets 401.
class TokenSwapProxy final : public QObject
{
public:
    TokenSwapProxy(quint16 targetPort, const QString &from, const QString &to)
        : m_targetPort(targetPort)
        , m_from(from.toUtf8())
        , m_to(to.toUtf8())
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TokenSwapProxy::onNewConnection);
    }
    Q_DISABLE_COPY_MOVE(TokenSwapProxy)

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    [[nodiscard]] int swapped() const { return m_swapped; }
    [[nodiscard]] int requests() const { return m_requests; }

private:
    void onNewConnection()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto *upstream = new QTcpSocket(this);
            auto pending = std::make_shared<QByteArray>();
            // Each connection's context is the other socket: a callback runs only while both are there.
            auto forwardHeads = [this, client, upstream, pending] {
                *pending += client->readAll();
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    return;
                // The API is GET only: a request is its head.
                for (qsizetype end = pending->indexOf("\r\n\r\n"); end >= 0; end = pending->indexOf("\r\n\r\n")) {
                    QByteArray head = pending->left(end + 4);
                    pending->remove(0, end + 4);
                    ++m_requests;
                    if (head.contains(m_from)) {
                        head.replace(m_from, m_to);
                        ++m_swapped;
                    }
                    upstream->write(head);
                }
            };
            connect(client, &QTcpSocket::readyRead, upstream, forwardHeads);
            connect(upstream, &QTcpSocket::connected, client, forwardHeads);
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
                client->write(upstream->readAll());
                client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, upstream, [upstream] {
                if (upstream->state() != QAbstractSocket::UnconnectedState)
                    upstream->disconnectFromHost();
            });
            connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
                if (upstream->state() == QAbstractSocket::UnconnectedState) // never connected: no disconnected()
                    client->disconnectFromHost();
            });
            connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QByteArray m_from;
    QByteArray m_to;
    int m_swapped = 0;
    int m_requests = 0;
};

} // namespace

// The secrets audit: the command line and the desktop app go through their token flows with a token made for this
// run, in a temporary HOME; afterwards no file below HOME, no output, no log line and no command line of this
// process or any process it started may hold the token or the wrong token given on purpose, in any encoding.
class TestSecretsAudit final : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretsAudit(QString home)
        : m_home(std::move(home))
        , m_sampler(m_scanner)
    {}

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void scannerFindsAPlantedToken();
    void samplerSeesCommandLines();
    void commandLineFlow();
    void desktopFlow();
    void databasePasswordFlow();
    void desktopDatabasePasswordFlow();
    void nothingHoldsTheToken();

private:
    struct ChildRun
    {
        QStringList arguments;
        qint64 pid = 0;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    [[nodiscard]] static bool inKeyringSession() { return qEnvironmentVariableIsSet("LUE_KEYRING_SESSION"); }
    [[nodiscard]] QString cliPath() const { return QStringLiteral(LUE_BINARY_DIR "/app/cli/license-usage"); }
    // Runs the command line to its end; the token only ever goes in on standard input or in the environment.
    ChildRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &environmentToken = {});

    QString m_home;
    QString m_token;
    QString m_wrongToken;
    QString m_databaseUri;
    QString m_databasePassword;
    SecretScanner m_scanner;
    CommandLineSampler m_sampler;
    QList<ChildRun> m_runs;
};

void TestSecretsAudit::initTestCase()
{
    m_token = makeToken(QStringLiteral("SECRETAUDIT"));
    m_wrongToken = makeToken(QStringLiteral("SECRETAUDITWRONG"));
    QVERIFY(m_token != m_wrongToken);
    m_scanner.addSecret(QStringLiteral("token"), m_token);
    m_scanner.addSecret(QStringLiteral("wrong token"), m_wrongToken);
    TestSupport::LogCapture::install();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QVERIFY(QDir::homePath() == m_home);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home));
    m_sampler.start();
    qInfo("audited HOME: %s; keychain: %s", qPrintable(m_home),
          inKeyringSession() ? "gnome-keyring in a private D-Bus session" : "none (LICENSE_USAGE_TOKEN, memory)");
}

void TestSecretsAudit::cleanupTestCase()
{
    m_sampler.stop();
    QLoggingCategory::setFilterRules({});
    TestSupport::LogCapture::uninstall();
}

void TestSecretsAudit::scannerFindsAPlantedToken()
{
    // A scratch folder of its own, outside the audited HOME: the scan must be able to fail.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QVERIFY(!scratch.path().startsWith(m_home));
    auto plant = [&scratch](const QString &name, const QByteArray &content) {
        QFile file(scratch.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    const QByteArray token = m_token.toUtf8();
    const QByteArray secret = m_token.section(QLatin1Char('.'), 2).toUtf8();
    QVERIFY(plant(QStringLiteral("clean.ini"), "[General]\nname=nothing secret\n"));
    QVERIFY(plant(QStringLiteral("plain.log"), "Authorization: Api-Token " + token + "\n"));
    QVERIFY(plant(QStringLiteral(".hidden-base64"), "x=" + QByteArray("Api-Token " + token).toBase64() + "\n"));
    // The secret part 38 bytes into the encoded text: another alignment of the base64 groups.
    QVERIFY(
        plant(QStringLiteral("shifted-base64"), QByteArray("Token " + token).toBase64(QByteArray::Base64UrlEncoding)));
    QVERIFY(plant(QStringLiteral("hex.dat"), "k" + token.toHex() + "\n"));
    QVERIFY(QDir(scratch.path()).mkpath(QStringLiteral("deep/er")));
    QVERIFY(plant(QStringLiteral("deep/er/utf16.bin"),
                  QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(secret).utf16()), secret.size() * 2)));
    const SecretScanner::TreeScan scan = m_scanner.scanTree(scratch.path());
    QCOMPARE(scan.files, 6);
    auto foundIn = [&scan](const QString &name, const QString &form) {
        return std::any_of(scan.findings.cbegin(), scan.findings.cend(), [&](const QString &finding) {
            return finding.contains(QLatin1Char('/') + name + QLatin1Char(':')) && finding.contains(form);
        });
    };
    QVERIFY2(foundIn(QStringLiteral("plain.log"), QStringLiteral("token in clear")),
             qPrintable(scan.findings.join(u'\n')));
    QVERIFY(foundIn(QStringLiteral(".hidden-base64"), QStringLiteral("token in base64 (offset 0")));
    QVERIFY(foundIn(QStringLiteral("shifted-base64"), QStringLiteral("token in base64 (offset 2")));
    QVERIFY(foundIn(QStringLiteral("hex.dat"), QStringLiteral("token in hex")));
    QVERIFY(foundIn(QStringLiteral("utf16.bin"), QStringLiteral("token as UTF-16LE")));
    QVERIFY(!scan.findings.join(u'\n').contains(QStringLiteral("clean.ini")));
    QVERIFY(!scan.findings.join(u'\n').contains(QStringLiteral("wrong token")));
}

void TestSecretsAudit::samplerSeesCommandLines()
{
    // A decoy on a command line (never the audited token): the sampler must see it in a child.
    const QString decoy = makeToken(QStringLiteral("DECOY"));
    SecretScanner decoyScanner;
    decoyScanner.addSecret(QStringLiteral("decoy"), decoy);
    CommandLineSampler sampler(decoyScanner);
    sampler.start();
    QProcess shell;
    shell.setProgram(QStringLiteral("/bin/sh"));
    // Two commands, so the shell cannot replace itself with the last one.
    shell.setArguments({QStringLiteral("-c"), QStringLiteral("sleep 5; :"), QStringLiteral("sh"), decoy});
    shell.start();
    QVERIFY(shell.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!sampler.findings().isEmpty(), 10000);
    sampler.stop();
    QVERIFY2(
        sampler.findings().constFirst().contains(QStringLiteral("process %1: decoy in clear").arg(shell.processId())),
        qPrintable(sampler.findings().join(u'\n')));
    QSignalSpy finished(&shell, &QProcess::finished);
    shell.kill();
    QVERIFY(finished.wait(10000));
}

TestSecretsAudit::ChildRun TestSecretsAudit::runCli(const QStringList &arguments, const QByteArray &input,
                                                    const QString &environmentToken)
{
    ChildRun run;
    run.arguments = arguments;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LICENSE_USAGE_TOKEN"));
    if (!environmentToken.isEmpty())
        environment.insert(QStringLiteral("LICENSE_USAGE_TOKEN"), environmentToken);
    process.setProcessEnvironment(environment);
    process.setProgram(cliPath());
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    run.pid = process.processId();
    m_sampler.sample(run.pid);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(10000);
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    m_runs.append(run);
    return run;
}

void TestSecretsAudit::commandLineFlow()
{
    if (!QFile::exists(cliPath()))
        QSKIP("license-usage is not built");
    // `license-usage demo-cluster` in a child of its own, for the whole flow.
    QProcess demo;
    QByteArray demoOutput;
    QByteArray demoErrors;
    connect(&demo, &QProcess::readyReadStandardOutput, this, [&] { demoOutput += demo.readAllStandardOutput(); });
    connect(&demo, &QProcess::readyReadStandardError, this, [&] { demoErrors += demo.readAllStandardError(); });
    demo.setProgram(cliPath());
    demo.setArguments({QStringLiteral("demo-cluster")});
    demo.start();
    QVERIFY(demo.waitForStarted(10000));
    const qint64 demoPid = demo.processId();
    QTRY_VERIFY_WITH_TIMEOUT(demoOutput.contains("Serving until interrupted"), 15000);
    const QRegularExpressionMatch address =
        QRegularExpression(QStringLiteral("^Demo cluster: http://127\\.0\\.0\\.1:(\\d+)$"),
                           QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(demoOutput));
    QVERIFY2(address.hasMatch(), demoOutput.constData());
    TokenSwapProxy proxy(quint16(address.captured(1).toUInt()), m_token, DemoCluster::demoToken());
    QVERIFY(proxy.listen());

    const QString from = Time::isoUtc(Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 30 * Time::HourMs);
    const QString downloads = QDir(m_home).filePath(QStringLiteral("Downloads"));
    QVERIFY(QDir().mkpath(downloads));
    const QString zip = QDir(downloads).filePath(QStringLiteral("export.zip"));
    const QString failedZip = QDir(downloads).filePath(QStringLiteral("refused.zip"));
    const QStringList noProxy{QStringLiteral("--url"), proxy.url(), QStringLiteral("--proxy"), QStringLiteral("none")};

    ChildRun run;
    if (inKeyringSession()) {
        // Profiles, tokens in the keychain from standard input, then requests with the stored tokens.
        run = runCli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("audit")} + noProxy);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run =
            runCli({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("audit")}, m_token.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("wrong")} + noProxy);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("wrong")},
                     m_wrongToken.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);

        run = runCli({QStringLiteral("fetch"), QStringLiteral("--profile"), QStringLiteral("audit"),
                      QStringLiteral("--from"), from, QStringLiteral("-o"), zip});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("environments"), QStringLiteral("--profile"), QStringLiteral("audit")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("fetch"), QStringLiteral("--profile"), QStringLiteral("wrong"),
                      QStringLiteral("--from"), from, QStringLiteral("-o"), failedZip});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("did not accept the API token"), run.err.constData());
        run = runCli({QStringLiteral("environments"), QStringLiteral("--profile"), QStringLiteral("wrong")});
        QCOMPARE(run.exitCode, 4);
        // A profile moved to another address loses its token (deleted from the keychain).
        run =
            runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("wrong"), QStringLiteral("--url"),
                    QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--proxy"), QStringLiteral("none")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
        // No keychain here: the token comes from LICENSE_USAGE_TOKEN.
        run = runCli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("audit")} + noProxy);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("fetch"), QStringLiteral("--cluster"), proxy.url(), QStringLiteral("--from"), from,
                      QStringLiteral("-o"), zip},
                     {}, m_token);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("environments"), QStringLiteral("--cluster"), proxy.url()}, {}, m_token);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("fetch"), QStringLiteral("--cluster"), proxy.url(), QStringLiteral("--from"), from,
                      QStringLiteral("-o"), failedZip},
                     {}, m_wrongToken);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("did not accept the API token"), run.err.constData());
        // The profile's token is not taken from the environment: a warning, and no request with it.
        run =
            runCli({QStringLiteral("environments"), QStringLiteral("--profile"), QStringLiteral("audit")}, {}, m_token);
        QVERIFY(run.exitCode != 0);
    }
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4));
    QVERIFY(!QFile::exists(failedZip));
    // The token really went to the cluster (and was swapped for the demo token on the way).
    QVERIFY(proxy.swapped() >= 2);
    QVERIFY(proxy.requests() > proxy.swapped());

    // Interrupted like a user's Ctrl+C.
    QSignalSpy demoFinished(&demo, &QProcess::finished);
    ::kill(pid_t(demoPid), SIGINT);
    QVERIFY(demoFinished.wait(10000));
    m_runs.append({demo.arguments(), demoPid, demo.exitCode(), demoOutput, demoErrors});
}

void TestSecretsAudit::desktopFlow()
{
    DemoClusterOptions demoOptions;
    demoOptions.generator.environments = 3;
    demoOptions.generator.hosts = 12;
    DemoCluster cluster(demoOptions);
    QVERIFY(!cluster.listen().isError());
    TokenSwapProxy proxy(cluster.port(), m_token, DemoCluster::demoToken());
    QVERIFY(proxy.listen());

    MainWindowOptions options;
    options.keychain = inKeyringSession(); // else memory only: never the keychain of whoever runs the tests
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QAction *clustersAction = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K))
            clustersAction = action;
    }
    QVERIFY(clustersAction);
    auto *downloadAction = window->findChild<QAction *>(QStringLiteral("downloadAction"));
    auto *downloadPanel = window->findChild<DownloadPanel *>();
    const auto *document = window->findChild<OpenDocument *>();
    QVERIFY(downloadAction && downloadPanel && document);
    auto openDialog = [&]() -> ClustersDialog * {
        clustersAction->trigger();
        auto *dialog = window->findChild<ClustersDialog *>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    };
    auto child = [](QWidget *parent, const char *name) { return parent->findChild<QWidget *>(QLatin1String(name)); };
    auto clickTest = [&](ClustersDialog *dialog) {
        QSignalSpy tested(dialog, &ClustersDialog::connectionTested);
        auto *button = qobject_cast<QPushButton *>(child(dialog, "testButton"));
        if (!button || !button->isEnabled())
            return ConnectionTestResult::Verdict::Failed;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!tested.wait(15000))
            return ConnectionTestResult::Verdict::Failed;
        return tested.at(0).at(0).value<ConnectionTestResult>().verdict;
    };
    auto addProfile = [&](ClustersDialog *dialog, const QString &name, const QString &token,
                          ConnectionTestResult::Verdict expected) {
        QTest::mouseClick(child(dialog, "addButton"), Qt::LeftButton);
        QTest::keyClicks(child(dialog, "nameEdit"), name);
        QTest::keyClicks(child(dialog, "urlEdit"), proxy.url());
        QTest::keyClicks(child(dialog, "tokenEdit"), token);
        QCOMPARE(qobject_cast<QLineEdit *>(child(dialog, "tokenEdit"))->echoMode(), QLineEdit::Password);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(clickTest(dialog), expected);
        QSignalSpy saved(dialog, &ClustersDialog::profileSaved);
        QTest::mouseClick(child(dialog, "saveButton"), Qt::LeftButton);
        const auto message = [&] {
            QStringList texts;
            for (const char *labelName : {"problemText", "statusText", "resultTitle", "resultText"}) {
                if (auto *label = dialog->findChild<QLabel *>(QLatin1String(labelName)))
                    texts.append(label->text());
            }
            return texts.join(QStringLiteral(" | "));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(saved.size() == 1, qPrintable(message()), 15000);
        QVERIFY(qobject_cast<QLineEdit *>(child(dialog, "tokenEdit"))->text().isEmpty());
    };

    // Clusters & Tokens: the token typed into the field, a connection test, saved; then a wrong one (401).
    ClustersDialog *dialog = openDialog();
    QVERIFY(dialog);
    addProfile(dialog, QStringLiteral("desktop"), m_token, ConnectionTestResult::Verdict::Ok);
    if (QTest::currentTestFailed())
        return;
    addProfile(dialog, QStringLiteral("desktop-wrong"), m_wrongToken, ConnectionTestResult::Verdict::BadToken);
    if (QTest::currentTestFailed())
        return;
    QPointer<ClustersDialog> closing(dialog);
    dialog->close();
    QTRY_VERIFY(closing.isNull()); // deleted on close

    // A download with the stored token.
    auto *profiles = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(profiles);
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("desktop")));
    QCOMPARE(profiles->currentData().toString(), QStringLiteral("desktop"));
    window->findChild<DateRangeWidget *>()->setPreset(RangePreset::Last24Hours);
    QVERIFY(downloadAction->isEnabled());
    downloadAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(document->snapshot(), 60000);
    QVERIFY(document->exportPath().startsWith(m_home));
    QTRY_VERIFY(!document->environmentNames().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!downloadPanel->isRunning(), 15000);

    // A download the cluster refuses (401).
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("desktop-wrong")));
    QSignalSpy failed(downloadPanel, &DownloadPanel::failed);
    QVERIFY(downloadAction->isEnabled());
    downloadAction->trigger();
    QVERIFY(failed.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!downloadPanel->isRunning(), 15000);

    // A connection test with the stored token.
    dialog = openDialog();
    QVERIFY(dialog);
    dialog->selectProfile(QStringLiteral("desktop"));
    QCOMPARE(dialog->currentProfileName(), QStringLiteral("desktop"));
    QTRY_VERIFY_WITH_TIMEOUT(child(dialog, "testButton")->isEnabled(), 15000);
    QCOMPARE(clickTest(dialog), ConnectionTestResult::Verdict::Ok);
    closing = dialog;
    dialog->close();
    QTRY_VERIFY(closing.isNull());

    QVERIFY(proxy.swapped() >= 3);
    window->close();
    window.reset();
    QSettings().sync();
}

// The history on a PostgreSQL server of the test's own (the ctest fixture `postgres`, tests/postgres/pgserver.py):
// its password lives in the libpq password file outside HOME, which PGPASSFILE names, and must turn up nowhere else.
void TestSecretsAudit::databasePasswordFlow()
{
    const QString stateFile = qEnvironmentVariable("LUE_TEST_POSTGRES_STATE");
    // No server is a failure, never a skip: ctest starts one (fixture `postgres`) and names its state file.
    QVERIFY2(!stateFile.isEmpty(), "LUE_TEST_POSTGRES_STATE is not set: run by ctest, which starts the server");
    QFile state(stateFile);
    QVERIFY2(state.open(QIODevice::ReadOnly), "The PostgreSQL test server is not running");
    const QJsonObject server = QJsonDocument::fromJson(state.readAll()).object();
    const QString passfile = server.value(QStringLiteral("passfile")).toString();
    QVERIFY(!passfile.startsWith(m_home));
    QFile passwords(passfile);
    QVERIFY(passwords.open(QIODevice::ReadOnly));
    QString password;
    for (const QByteArray &line : passwords.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() == 5 && fields.at(3) == "lue")
            password = QString::fromUtf8(fields.at(4));
    }
    QVERIFY(password.size() >= 16);
    // The scanner looks for a token's secret part (after its second dot): the password stands there.
    m_scanner.addSecret(QStringLiteral("database password"), QStringLiteral("database.password.") + password);
    qputenv("PGPASSFILE", passfile.toLocal8Bit());

    const QString uri = server.value(QStringLiteral("uri")).toString();
    const QString zip = QDir(m_home).filePath(QStringLiteral("Downloads/generated.zip"));
    QVERIFY(QDir().mkpath(QFileInfo(zip).absolutePath()));
    ChildRun run = runCli(
        {QStringLiteral("generate"), QStringLiteral("-o"), zip, QStringLiteral("--hours"), QStringLiteral("24")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const QStringList &command : {QStringList{QStringLiteral("import"), zip}, QStringList{QStringLiteral("list")},
                                       QStringList{QStringLiteral("csv")}, QStringList{QStringLiteral("rebuild")}}) {
        run = runCli(QStringList{QStringLiteral("history")} + command + QStringList{QStringLiteral("--history"), uri});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // Refused: the password file's entry is for another user.
    run = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history"),
                  QString(uri).replace(QStringLiteral("lue@"), QStringLiteral("nobody@"))});
    QCOMPARE(run.exitCode, 5);
    qunsetenv("PGPASSFILE");
    m_databaseUri = uri;
    m_databasePassword = password;
}

// The window's way: the password typed into Settings › History goes to the keychain (in the keyring session; else
// the memory-only vault of a run without one), and the window opens the shared history with it. No libpq file holds
// it here: PGPASSFILE names a file that does not exist.
void TestSecretsAudit::desktopDatabasePasswordFlow()
{
    QVERIFY2(!m_databasePassword.isEmpty(), "databasePasswordFlow did not find the server's password");
    qputenv("PGPASSFILE", QDir(m_home).filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
    MainWindowOptions options;
    options.keychain = inKeyringSession();
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(window->history()->isOpen(), 20000); // the default SQLite history first

    auto *settingsAction = window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    settingsAction->trigger();
    QPointer<SettingsDialog> dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    dialog->historyFileEdit()->clear();
    QTest::keyClicks(dialog->historyFileEdit(), m_databaseUri);
    QVERIFY(dialog->isDatabasePasswordShown());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->databasePasswordNote()->text().startsWith(QStringLiteral("No password of")),
                             20000);
    QVERIFY(dialog->databasePasswordEdit()->isEnabled());
    QTest::keyClicks(dialog->databasePasswordEdit(), m_databasePassword);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000); // closed (and deleted) once the keychain has the password

    QTRY_COMPARE_WITH_TIMEOUT(window->history()->location().storePath, m_databaseUri, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->history()->isOpen(), 20000);
    QCOMPARE(window->history()->openProblem(), PostgresProblem::None);
    window->close();
    window.reset();
    QSettings().sync();
    qunsetenv("PGPASSFILE");
}

void TestSecretsAudit::nothingHoldsTheToken()
{
    QCoreApplication::processEvents(); // the last deleteLater()s
    m_sampler.stop();
    QStringList findings = m_sampler.findings();

    // Every file below the temporary HOME: settings, profiles, caches, data, downloads, logs. In the keyring
    // session also the folder of the keyring itself (its file is encrypted).
    QStringList roots{m_home};
    const QString keyringHome = qEnvironmentVariable("LUE_AUDIT_KEYRING_HOME");
    if (inKeyringSession() && !keyringHome.isEmpty() && keyringHome != m_home)
        roots.append(keyringHome);
    int files = 0;
    qint64 bytes = 0;
    for (const QString &root : std::as_const(roots)) {
        const SecretScanner::TreeScan scan = m_scanner.scanTree(root);
        files += scan.files;
        bytes += scan.bytes;
        findings += scan.findings;
        qInfo("checked below %s: %s", qPrintable(root), qPrintable(scan.checked.join(QStringLiteral(", "))));
    }

    // What every child printed.
    for (const ChildRun &run : std::as_const(m_runs)) {
        const QString name = QStringLiteral("license-usage ") + run.arguments.join(QLatin1Char(' '));
        for (const QString &form : m_scanner.findIn(run.out))
            findings.append(name + QStringLiteral(" (standard output): ") + form);
        for (const QString &form : m_scanner.findIn(run.err))
            findings.append(name + QStringLiteral(" (standard error): ") + form);
        for (const QString &form : m_scanner.findIn(run.arguments.join(QLatin1Char('\n')).toUtf8()))
            findings.append(name + QStringLiteral(" (arguments): ") + form);
    }
    // This process's log, debug messages included.
    int logLines = 0;
    {
        const QStringList log = TestSupport::LogCapture::lines();
        logLines = int(log.size());
        for (const QString &line : log) {
            for (const QString &form : m_scanner.findIn(line.toUtf8()))
                findings.append(
                    QStringLiteral("log line \u201c%1\u201d: %2").arg(m_scanner.redacted(line).left(300), form));
        }
    }

    // Each child's command line was read while it ran (the sampler cannot have missed them all).
    int sampledChildren = 0;
    for (const ChildRun &run : std::as_const(m_runs)) {
        if (m_sampler.hasSeen(run.pid))
            ++sampledChildren;
    }
    qInfo("command lines: %lld samples in %lld sweeps, %d processes (%d of %lld children seen running); "
          "files: %d (%lld bytes) below %s; standard output and error of %lld children; log lines: %d",
          m_sampler.samples(), m_sampler.sweeps(), m_sampler.processesSeen(), sampledChildren, qint64(m_runs.size()),
          files, bytes, qPrintable(roots.join(QStringLiteral(", "))), qint64(m_runs.size()), logLines);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    QVERIFY(m_sampler.hasSeen(QCoreApplication::applicationPid()));
    QCOMPARE(sampledChildren, int(m_runs.size()));
    QVERIFY(files > 0);
    QVERIFY(logLines > 0);
}

int main(int argc, char *argv[])
{
    // Before anything reads HOME or the XDG folders (QSettings keeps its paths): this process and every child use
    // a temporary HOME, which is what the audit scans. QStandardPaths' test mode would not reach the children.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/lue-secrets-audit-XXXXXX"));
    if (!home.isValid())
        return 1;
    qputenv("LUE_AUDIT_KEYRING_HOME", qgetenv("HOME")); // the keyring session's own temporary HOME
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_STATE_HOME", root + "/.local/state");
    qunsetenv("LICENSE_USAGE_TOKEN");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = home.filePath(QStringLiteral(".runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    if (!qEnvironmentVariableIsSet("LUE_KEYRING_SESSION")) {
        // No private keyring: make sure nothing reaches the keychain of whoever runs the tests.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lue-secrets-audit-bus");
    }

    QApplication app(argc, argv);
    // Every debug message of every category in the children (this process switches them on once its log is
    // captured): none may show a token either.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication::setApplicationName(QStringLiteral("License Usage Explorer"));
    QApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorer"));
    TestSecretsAudit test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretsaudit.moc"
