// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

#include <cluster/clusterclient.h>
#include <cluster/profilestore.h>
#include <demo/democluster.h>
#include <vault/tokenvault.h>

#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;

namespace {

TokenResult waitFor(TokenJob *job)
{
    QSignalSpy spy(job, &TokenJob::finished);
    if (!spy.wait(15000))
        return {TokenResult::Status::Failed, QStringLiteral("timed out"), {}};
    return spy.at(0).at(0).value<TokenResult>();
}

// Files below `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

QString cliPath()
{
    return QStringLiteral(LUE_BINARY_DIR "/app/cli/license-usage");
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList arguments;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    CliRun run;
    run.arguments = arguments;
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(30000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

// The token vault in memory, against a real gnome-keyring in a private D-Bus session (run-with-keyring.sh),
// and without any keychain (no D-Bus session at all).
class TestTokenVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void memoryOnly();
    void keptInMemoryBeforeKeychain();
    void databasePasswordsApartFromTokens();

    void keychainRoundTrip();
    void keychainTokenLeavesNoTrace();
    void cliTokenSetAndFetch();

    void noKeychainAvailable();

    void deleteVaultInFinished_data();
    void deleteVaultInFinished();
    void keychainErrorClassification_data();
    void keychainErrorClassification();
    void cliNewAddressDeletesToken();

private:
    static bool inKeyringSession() { return qEnvironmentVariableIsSet("LUE_KEYRING_SESSION"); }
    static bool withoutKeychain() { return qEnvironmentVariableIsSet("LUE_EXPECT_NO_KEYCHAIN"); }

    QString m_service;
};

void TestTokenVault::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    TestSupport::LogCapture::install();
    // A service name of its own, so even a run outside the private session could not collide with real tokens.
    m_service = QStringLiteral("license-usage-explorer-test-%1").arg(QCoreApplication::applicationPid());
}

void TestTokenVault::cleanupTestCase()
{
    TestSupport::LogCapture::uninstall();
}

void TestTokenVault::memoryOnly()
{
    TokenVault vault(TokenVault::Storage::MemoryOnly);
    const TokenResult missing = waitFor(vault.readToken(QStringLiteral("demo")));
    QCOMPARE(missing.status, TokenResult::Status::NotFound);
    QVERIFY(missing.errorText.contains(QStringLiteral("demo")));
    QVERIFY(waitFor(vault.writeToken(QStringLiteral("demo"), QStringLiteral("dt0c01.A.B"))).ok());
    const TokenResult read = waitFor(vault.readToken(QStringLiteral("demo")));
    QVERIFY(read.ok());
    QCOMPARE(read.token, QStringLiteral("dt0c01.A.B"));
    QVERIFY(waitFor(vault.deleteToken(QStringLiteral("demo"))).ok());
    QCOMPARE(waitFor(vault.readToken(QStringLiteral("demo"))).status, TokenResult::Status::NotFound);
    QCOMPARE(waitFor(vault.deleteToken(QStringLiteral("demo"))).status, TokenResult::Status::NotFound);
}

void TestTokenVault::keptInMemoryBeforeKeychain()
{
    // A token kept for this run is answered without asking the keychain (which may not exist).
    TokenVault vault(TokenVault::Storage::Keychain);
    vault.setServiceName(m_service);
    vault.keepInMemory(QStringLiteral("session-only"), QStringLiteral("dt0c01.SESSION.ONLY"));
    QVERIFY(vault.isKeptInMemory(QStringLiteral("session-only")));
    const TokenResult read = waitFor(vault.readToken(QStringLiteral("session-only")));
    QVERIFY(read.ok());
    QCOMPARE(read.token, QStringLiteral("dt0c01.SESSION.ONLY"));
    vault.forgetInMemory(QStringLiteral("session-only"));
    QVERIFY(!vault.isKeptInMemory(QStringLiteral("session-only")));
}

// A history database's password and a profile's token of the same name are two secrets.
void TestTokenVault::databasePasswordsApartFromTokens()
{
    TokenVault vault(TokenVault::Storage::MemoryOnly);
    const QString name = QStringLiteral("team@db.example.com:5432/licenses");
    const TokenResult missing = waitFor(vault.readDatabasePassword(name));
    QCOMPARE(missing.status, TokenResult::Status::NotFound);
    QVERIFY2(missing.errorText.contains(QStringLiteral("password of the database %1").arg(name)),
             qPrintable(missing.errorText));
    QVERIFY(waitFor(vault.writeToken(name, QStringLiteral("dt0c01.A.B"))).ok());
    QCOMPARE(waitFor(vault.readDatabasePassword(name)).status, TokenResult::Status::NotFound);
    QVERIFY(waitFor(vault.writeDatabasePassword(name, QStringLiteral("database-secret"))).ok());
    QCOMPARE(waitFor(vault.readDatabasePassword(name)).token, QStringLiteral("database-secret"));
    QCOMPARE(waitFor(vault.readToken(name)).token, QStringLiteral("dt0c01.A.B"));
    QVERIFY(waitFor(vault.deleteDatabasePassword(name)).ok());
    QCOMPARE(waitFor(vault.readDatabasePassword(name)).status, TokenResult::Status::NotFound);
    QCOMPARE(waitFor(vault.readToken(name)).token, QStringLiteral("dt0c01.A.B"));
}

void TestTokenVault::keychainRoundTrip()
{
    QVERIFY2(inKeyringSession(), "a keychain case: run it through tst_tokenvault_keyring (run-with-keyring.sh)");
    TokenVault vault;
    vault.setServiceName(m_service);
    const TokenResult missing = waitFor(vault.readToken(QStringLiteral("never-stored")));
    QCOMPARE(missing.status, TokenResult::Status::NotFound);
    QVERIFY(missing.errorText.contains(QStringLiteral("No API token is stored")));

    const QString token = QStringLiteral("dt0c01.ROUNDTRIP00000000000000.SECRETSECRETSECRET");
    const TokenResult written = waitFor(vault.writeToken(QStringLiteral("alpha"), token));
    QVERIFY2(written.ok(), qPrintable(written.errorText));
    QVERIFY(written.token.isEmpty());
    const TokenResult read = waitFor(vault.readToken(QStringLiteral("alpha")));
    QVERIFY2(read.ok(), qPrintable(read.errorText));
    QCOMPARE(read.token, token);
    // Profiles do not share tokens.
    QCOMPARE(waitFor(vault.readToken(QStringLiteral("beta"))).status, TokenResult::Status::NotFound);
    QVERIFY(waitFor(vault.deleteToken(QStringLiteral("alpha"))).ok());
    QCOMPARE(waitFor(vault.readToken(QStringLiteral("alpha"))).status, TokenResult::Status::NotFound);
}

void TestTokenVault::keychainTokenLeavesNoTrace()
{
    QVERIFY2(inKeyringSession(), "a keychain case: run it through tst_tokenvault_keyring (run-with-keyring.sh)");
    DemoCluster cluster;
    QVERIFY(!cluster.listen().isError());

    ProfileStore store; // the real per-user file, inside the temporary HOME
    ClusterProfile profile;
    profile.name = QStringLiteral("traced");
    profile.baseUrl = cluster.url();
    profile.proxyMode = ProxyMode::None;
    QVERIFY(!store.save(profile).isError());

    const QString token = DemoCluster::demoToken();
    TokenVault vault;
    vault.setServiceName(m_service);
    QVERIFY(waitFor(vault.writeToken(profile.name, token)).ok());
    const TokenResult read = waitFor(vault.readToken(profile.name));
    QVERIFY(read.ok());

    // Use it: a real request with the token read back from the keychain.
    ClusterClient client(*store.profile(profile.name), read.token);
    QTemporaryDir cache;
    client.setCacheDirectory(cache.path());
    client.setEnvironmentNameCacheFile(QDir::home().filePath(QStringLiteral("names.json")));
    QSignalSpy done(client.fetchEnvironments(), &EnvironmentsJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(done.at(0).at(0).value<EnvironmentsResult>().outcome.ok());
    QCOMPARE(cluster.requests().constLast().authorization, QByteArray("Api-Token ") + token.toUtf8());

    // No settings file, cache or other file under HOME holds it in clear (the keyring file is encrypted).
    QSettings().sync();
    QVERIFY(QFile::exists(store.fileName()));
    QVERIFY(store.fileName().startsWith(QDir::homePath()));
    QCOMPARE(filesContaining(QDir::homePath(), token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), token.section(QLatin1Char('.'), 2).toUtf8()), QStringList());
    // Nor any log line.
    const QStringList log = TestSupport::LogCapture::lines();
    for (const QString &line : log)
        QVERIFY2(!line.contains(token.section(QLatin1Char('.'), 2)), qPrintable(line));
}

void TestTokenVault::cliTokenSetAndFetch()
{
    QVERIFY2(inKeyringSession(), "a keychain case: run it through tst_tokenvault_keyring (run-with-keyring.sh)");
    QVERIFY2(QFile::exists(cliPath()), "license-usage is not built");
    DemoCluster cluster;
    QVERIFY(!cluster.listen().isError());
    const QString token = DemoCluster::demoToken();
    const QString secret = token.section(QLatin1Char('.'), 2);
    QTemporaryDir output;
    const QString zip = output.filePath(QStringLiteral("export.zip"));

    QList<CliRun> runs;
    runs.append(
        runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("cli"), QStringLiteral("--url"),
                cluster.url().toString(), QStringLiteral("--proxy"), QStringLiteral("none")}));
    QCOMPARE(runs.last().exitCode, 0);
    // Piped, not typed: read from standard input, never from the arguments.
    runs.append(runCli({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("cli")}, token.toUtf8() + '\n'));
    QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
    runs.append(
        runCli({QStringLiteral("fetch"), QStringLiteral("--profile"), QStringLiteral("cli"), QStringLiteral("--from"),
                QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate), QStringLiteral("-o"), zip}));
    QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4));
    runs.append(runCli({QStringLiteral("environments"), QStringLiteral("--profile"), QStringLiteral("cli")}));
    QCOMPARE(runs.last().exitCode, 0);
    QVERIFY(runs.last().out.contains(cluster.environments().constFirst().name.toUtf8()));

    runs.append(runCli({QStringLiteral("token"), QStringLiteral("delete"), QStringLiteral("cli")}));
    QCOMPARE(runs.last().exitCode, 0);
    runs.append(runCli({QStringLiteral("environments"), QStringLiteral("--profile"), QStringLiteral("cli")}));
    QCOMPARE(runs.last().exitCode, 1);
    QVERIFY(runs.last().err.startsWith("license-usage: No API token is stored"));
    QCOMPARE(runs.last().err.count('\n'), 1);
    runs.append(runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("cli")}));
    QCOMPARE(runs.last().exitCode, 0);

    for (const CliRun &run : std::as_const(runs)) {
        QVERIFY(!run.arguments.join(QLatin1Char(' ')).contains(secret));
        QVERIFY(!run.out.contains(secret.toUtf8()));
        QVERIFY(!run.err.contains(secret.toUtf8()));
    }
    QCOMPARE(filesContaining(QDir::homePath(), secret.toUtf8()), QStringList());
}

void TestTokenVault::noKeychainAvailable()
{
    QVERIFY2(withoutKeychain(), "run it through tst_tokenvault_nokeychain, without any D-Bus session");
    TokenVault vault;
    vault.setServiceName(m_service);
    const TokenResult written = waitFor(vault.writeToken(QStringLiteral("alpha"), QStringLiteral("dt0c01.X.Y")));
    qInfo("%s", qPrintable(written.errorText));
    QCOMPARE(written.status, TokenResult::Status::NoKeychain);
    QVERIFY2(written.errorText.contains(QStringLiteral("No system keychain is available")),
             qPrintable(written.errorText));
    QVERIFY(written.errorText.contains(QStringLiteral("in memory for this session")));
    const TokenResult read = waitFor(vault.readToken(QStringLiteral("alpha")));
    QCOMPARE(read.status, TokenResult::Status::NoKeychain);
    // No insecure fallback: nothing was written anywhere under HOME.
    QCOMPARE(filesContaining(QDir::homePath(), "dt0c01.X.Y"), QStringList());
    // The explicit choice: keep it for this run.
    vault.keepInMemory(QStringLiteral("alpha"), QStringLiteral("dt0c01.X.Y"));
    QCOMPARE(waitFor(vault.readToken(QStringLiteral("alpha"))).token, QStringLiteral("dt0c01.X.Y"));
}

void TestTokenVault::deleteVaultInFinished_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<int>("operation"); // TokenJob::Operation
    // The keychain rows need the private keyring session (tst_tokenvault_keyring); every run has the memory rows.
    const QList<bool> storages = inKeyringSession() ? QList<bool>{false, true} : QList<bool>{false};
    for (const bool keychain : storages) {
        for (const auto operation :
             {TokenJob::Operation::Read, TokenJob::Operation::Write, TokenJob::Operation::Delete}) {
            QTest::addRow("%s %d", keychain ? "keychain" : "memory", int(operation)) << keychain << int(operation);
        }
    }
}

void TestTokenVault::deleteVaultInFinished()
{
    // The receiver of finished() deletes the vault (a closing dialog that owns it): the emitting job must outlive
    // its emit, then be deleted from the event loop.
    QFETCH(bool, keychain);
    QFETCH(int, operation);
    auto *vault = new TokenVault(keychain ? TokenVault::Storage::Keychain : TokenVault::Storage::MemoryOnly);
    vault->setServiceName(m_service);
    if (!keychain)
        vault->keepInMemory(QStringLiteral("gone"), QStringLiteral("dt0c01.GONE.GONE"));
    const QPointer<TokenVault> vaultPointer(vault);
    QPointer<TokenJob> job;
    int calls = 0;
    bool jobAliveAfterDelete = false;
    const auto deleteVault = [&](const TokenResult &) {
        ++calls;
        delete vault;
        jobAliveAfterDelete = !job.isNull();
    };
    switch (TokenJob::Operation(operation)) {
    case TokenJob::Operation::Read:
        job = vault->readToken(QStringLiteral("gone"), this, deleteVault);
        break;
    case TokenJob::Operation::Write:
        job = vault->writeToken(QStringLiteral("gone"), QStringLiteral("dt0c01.GONE.GONE"), this, deleteVault);
        break;
    case TokenJob::Operation::Delete:
        job = vault->deleteToken(QStringLiteral("gone"), this, deleteVault);
        break;
    }
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
    QVERIFY(vaultPointer.isNull());
    QVERIFY(jobAliveAfterDelete);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(calls, 1);
}

void TestTokenVault::keychainErrorClassification_data()
{
    using Status = TokenResult::Status;
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("status");
    QTest::newRow("no service") << QStringLiteral(
                                       "The name org.freedesktop.secrets was not provided by any .service files")
                                << int(Status::NoKeychain);
    QTest::newRow("no bus") << QStringLiteral("Could not connect to D-Bus server: Connection refused")
                            << int(Status::NoKeychain);
    QTest::newRow("D-Bus access denied") << QStringLiteral(
                                                "org.freedesktop.DBus.Error.AccessDenied: Rejected send message")
                                         << int(Status::AccessDenied);
    QTest::newRow("locked collection") << QStringLiteral("Cannot create an item in a locked collection")
                                       << int(Status::AccessDenied);
    QTest::newRow("secrets locked") << QStringLiteral("org.freedesktop.secrets: the collection is locked")
                                    << int(Status::AccessDenied);
    QTest::newRow("prompt dismissed") << QStringLiteral("Unlock prompt was dismissed") << int(Status::AccessDenied);
    QTest::newRow("kwallet denied") << QStringLiteral("kwalletd: access denied") << int(Status::AccessDenied);
    QTest::newRow("other") << QStringLiteral("Unknown error") << int(Status::Failed);
}

void TestTokenVault::keychainErrorClassification()
{
    QFETCH(QString, message);
    QFETCH(int, status);
    QCOMPARE(int(TokenJob::statusOfOtherError(message)), status);
}

void TestTokenVault::cliNewAddressDeletesToken()
{
    // A token stored for a profile belongs to the profile's cluster: `profile add NAME --url OTHER` deletes it, so
    // the next request does not carry it to the other address.
    QVERIFY2(inKeyringSession(), "a keychain case: run it through tst_tokenvault_keyring (run-with-keyring.sh)");
    QVERIFY2(QFile::exists(cliPath()), "license-usage is not built");
    DemoCluster first;
    DemoCluster second;
    QVERIFY(!first.listen().isError());
    QVERIFY(!second.listen().isError());
    const QString token = DemoCluster::demoToken();
    const QString name = QStringLiteral("moving");
    auto add = [&name](const DemoCluster &cluster) {
        return runCli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"),
                       cluster.url().toString(), QStringLiteral("--proxy"), QStringLiteral("none")});
    };
    QCOMPARE(add(first).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("token"), QStringLiteral("set"), name}, token.toUtf8() + '\n').exitCode, 0);
    const QStringList environments{QStringLiteral("environments"), QStringLiteral("--profile"), name};
    QCOMPARE(runCli(environments).exitCode, 0);
    QCOMPARE(first.requests().size(), 1);

    // Same address again (another setting changed): the token stays.
    const CliRun same = add(first);
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(!same.out.contains("Deleted the stored token"), same.out.constData());
    QCOMPARE(runCli(environments).exitCode, 0);
    QCOMPARE(first.requests().size(), 2);

    // Another port: another origin.
    const CliRun moved = add(second);
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY2(moved.out.contains("Deleted the stored token of moving"), moved.out.constData());
    const CliRun refused = runCli(environments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("No API token is stored"), refused.err.constData());
    QVERIFY(second.requests().isEmpty());
    TokenVault vault;
    QCOMPARE(waitFor(vault.readToken(name)).status, TokenResult::Status::NotFound);
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("remove"), name}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
