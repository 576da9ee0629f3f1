// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersdialog.h"
#include "logcapture.h"

#include <cluster/profilestore.h>
#include <demo/democluster.h>
#include <vault/coredumpguard.h>
#include <vault/tokenvault.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

TokenResult waitFor(TokenJob *job)
{
    QSignalSpy spy(job, &TokenJob::finished);
    if (!spy.wait(5000))
        return {TokenResult::Status::Failed, QStringLiteral("timed out"), {}};
    return spy.at(0).at(0).value<TokenResult>();
}

// Where a token must never appear: any label, tooltip, accessible text or window title of the dialog.
QStringList placesShowing(const QWidget *root, const QString &token)
{
    QStringList places;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        const QString where = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                             : widget->objectName();
        const QStringList texts{widget->toolTip(),   widget->accessibleName(), widget->accessibleDescription(),
                                widget->whatsThis(), widget->windowTitle(),    widget->statusTip()};
        for (const QString &text : texts) {
            if (text.contains(token))
                places.append(where);
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->text().contains(token))
            places.append(where);
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget);
            edit && edit->objectName() != QLatin1String("tokenEdit") && edit->text().contains(token))
            places.append(where);
    }
    return places;
}

} // namespace

class TestClustersDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typingATokenDisablesCoreDumps(); // first: later tests engage the guard for good
    void addTestAndSave();
    void testWithStoredToken();
    void badToken();
    void missingScope();
    void unreachable();
    void inlineValidation_data();
    void inlineValidation();
    void removeProfileAndToken();
    void changingTheAddressDropsTheToken();
    void keyboardOnly();
    void untrustedCertificateCanBePinned();
    void caFileFromBrowse();
    void noKeychainOffersSessionOnly();
    void rendersToPng();
    void noTokenInLog();

private:
    void makeDialog(TokenVault *vault = nullptr);
    template<typename T> T *child(const char *name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(QLatin1String(name)) : nullptr;
    }
    void fillNewProfile(const QString &name, const QString &url, const QString &token);
    ConnectionTestResult clickTest();
    void grab(const QString &name);

    std::unique_ptr<DemoCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ClustersDialog> m_dialog;
    QString m_pictures;
};

void TestClustersDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::LogCapture::install(true);
    // A picture folder to look at (LUE_SCREENSHOT_DIR), else one that is removed afterwards.
    m_pictures = qEnvironmentVariable("LUE_SCREENSHOT_DIR");
}

void TestClustersDialog::init()
{
    DemoClusterOptions options;
    options.generator.seed = 7;
    options.generator.environments = 4;
    options.generator.hosts = 6;
    m_cluster = std::make_unique<DemoCluster>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_vault = std::make_unique<TokenVault>(TokenVault::Storage::MemoryOnly);
}

void TestClustersDialog::cleanup()
{
    if (m_dialog) {
        QVERIFY2(placesShowing(m_dialog.get(), DemoCluster::demoToken()).isEmpty(),
                 qPrintable(placesShowing(m_dialog.get(), DemoCluster::demoToken()).join(QLatin1String(", "))));
    }
    m_dialog.reset();
    m_vault.reset();
    m_store.reset();
    m_cluster.reset();
    m_dir.reset();
}

void TestClustersDialog::typingATokenDisablesCoreDumps()
{
    makeDialog();
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY2(!CoreDumpGuard::isEngaged(), "nothing has held a token yet in this process");
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("d"));
    QVERIFY(CoreDumpGuard::isEngaged());
}

void TestClustersDialog::makeDialog(TokenVault *vault)
{
    m_dialog = std::make_unique<ClustersDialog>(m_store.get(), vault ? vault : m_vault.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestClustersDialog::fillNewProfile(const QString &name, const QString &url, const QString &token)
{
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>("urlEdit"), url);
    if (!token.isEmpty())
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    // Message rows came and went while typing; let the layout settle as the event loop would before a click.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

ConnectionTestResult TestClustersDialog::clickTest()
{
    QSignalSpy tested(m_dialog.get(), &ClustersDialog::connectionTested);
    auto *button = child<QPushButton>("testButton");
    if (!button || !button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    if (!tested.wait(10000))
        return {};
    return tested.at(0).at(0).value<ConnectionTestResult>();
}

void TestClustersDialog::grab(const QString &name)
{
    QTemporaryDir fallback;
    const QString folder = m_pictures.isEmpty() ? fallback.path() : m_pictures;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    // Layouts settle from the event loop; a picture taken right after a change would show the old geometry.
    for (int pass = 0; pass < 3; ++pass) // a nested layout's request posts its parent's
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_dialog->grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestClustersDialog::addTestAndSave()
{
    QVERIFY(!m_cluster->listen().isError());
    makeDialog();
    fillNewProfile(QStringLiteral("Demo"), m_cluster->url().toString(), DemoCluster::demoToken());
    auto *tokenEdit = child<QLineEdit>("tokenEdit");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);

    const ConnectionTestResult result = clickTest();
    QCOMPARE(result.verdict, ConnectionTestResult::Verdict::Ok);
    QCOMPARE(result.environmentCount, 4);
    QVERIFY(child<QLabel>("resultTitle")->isVisible());
    // "4 environment(s)" until an English plural translation is loaded.
    QVERIFY2(child<QLabel>("resultTitle")->text().startsWith(QStringLiteral("Connection OK: 4 environment")),
             qPrintable(child<QLabel>("resultTitle")->text()));
    QVERIFY(child<QLabel>("resultText")->text().contains(QStringLiteral("Press Save")));
    QCOMPARE(m_cluster->requests().constLast().authorization,
             QByteArray("Api-Token ") + DemoCluster::demoToken().toUtf8());

    // The "show" toggle reveals the typed token in the field only.
    QTest::mouseClick(child<QWidget>("showTokenButton"), Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QWidget>("showTokenButton"), Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);

    QSignalSpy saved(m_dialog.get(), &ClustersDialog::profileSaved);
    QSignalSpy changed(m_dialog.get(), &ClustersDialog::profilesChanged);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Demo"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(tokenEdit->text().isEmpty());
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Demo"));
    QCOMPARE(child<QListWidget>("profileList")->currentItem()->text(), QStringLiteral("Demo"));
    QVERIFY(child<QLineEdit>("nameEdit")->isReadOnly());

    const std::optional<ClusterProfile> stored = m_store->profile(QStringLiteral("Demo"));
    QVERIFY(stored);
    QCOMPARE(stored->baseUrl, m_cluster->url());
    QCOMPARE(waitFor(m_vault->readToken(QStringLiteral("Demo"))).token, DemoCluster::demoToken());
    // The profile file never holds the token.
    QFile ini(m_store->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(DemoCluster::demoToken().toUtf8()));

    const QString note = child<QLabel>("tokenNote")->text();
    QVERIFY2(note.contains(QStringLiteral("Kept in memory for this session only")), qPrintable(note));
    QVERIFY2(child<QLabel>("statusText")->text().contains(QStringLiteral("Saved \u201cDemo\u201d")),
             qPrintable(child<QLabel>("statusText")->text()));
}

void TestClustersDialog::testWithStoredToken()
{
    QVERIFY(!m_cluster->listen().isError());
    ClusterProfile profile;
    profile.name = QStringLiteral("Stored");
    profile.baseUrl = m_cluster->url();
    QVERIFY(!m_store->save(profile).isError());
    QVERIFY(waitFor(m_vault->writeToken(profile.name, DemoCluster::demoToken())).ok());
    makeDialog();

    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Stored"));
    QTRY_VERIFY(child<QLabel>("tokenNote")->text().contains(QStringLiteral("A token is saved")));
    QVERIFY(child<QLineEdit>("tokenEdit")->text().isEmpty());
    const ConnectionTestResult result = clickTest();
    QCOMPARE(result.verdict, ConnectionTestResult::Verdict::Ok);
    QCOMPARE(m_cluster->requests().constLast().authorization,
             QByteArray("Api-Token ") + DemoCluster::demoToken().toUtf8());
    QVERIFY(!child<QLabel>("resultText")->text().contains(QStringLiteral("Press Save")));
}

void TestClustersDialog::badToken()
{
    QVERIFY(!m_cluster->listen().isError());
    makeDialog();
    const QString wrong = QStringLiteral("dt0c01.WRONGTOKEN.SECRETPART");
    fillNewProfile(QStringLiteral("Demo"), m_cluster->url().toString(), wrong);
    const ConnectionTestResult result = clickTest();
    QCOMPARE(result.verdict, ConnectionTestResult::Verdict::BadToken);
    QCOMPARE(child<QLabel>("resultTitle")->text(), QStringLiteral("The token was not accepted"));
    const QString text = child<QLabel>("resultText")->text();
    QVERIFY2(text.contains(QStringLiteral("did not accept the API token")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Cluster Management Console")), qPrintable(text));
    QVERIFY(placesShowing(m_dialog.get(), wrong).isEmpty());
}

void TestClustersDialog::missingScope()
{
    QVERIFY(!m_cluster->listen().isError());
    makeDialog();
    fillNewProfile(QStringLiteral("Demo"), m_cluster->url().toString(), DemoCluster::tokenWithoutScope());
    const ConnectionTestResult result = clickTest();
    QCOMPARE(result.verdict, ConnectionTestResult::Verdict::MissingScope);
    QCOMPARE(child<QLabel>("resultTitle")->text(), QStringLiteral("The token lacks the Service Provider API scope"));
    const QString text = child<QLabel>("resultText")->text();
    QVERIFY2(text.contains(QStringLiteral("Service Provider API scope (ServiceProviderAPI)")), qPrintable(text));
    QVERIFY(placesShowing(m_dialog.get(), DemoCluster::tokenWithoutScope()).isEmpty());
}

void TestClustersDialog::unreachable()
{
    // A loopback port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    makeDialog();
    fillNewProfile(QStringLiteral("Gone"), QStringLiteral("http://127.0.0.1:%1").arg(port), DemoCluster::demoToken());
    const ConnectionTestResult result = clickTest();
    QCOMPARE(result.verdict, ConnectionTestResult::Verdict::Unreachable);
    QCOMPARE(child<QLabel>("resultTitle")->text(), QStringLiteral("The cluster cannot be reached"));
    const QString text = child<QLabel>("resultText")->text();
    QVERIFY2(text.contains(QStringLiteral("cannot be reached")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("proxy")), qPrintable(text));
}

void TestClustersDialog::inlineValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("testable");

    QTest::newRow("plain http to a remote host")
        << QStringLiteral("Remote") << QStringLiteral("http://cluster.example.com")
        << QStringLiteral("Plain http:// is only accepted for this computer") << false;
    QTest::newRow("environment address") << QStringLiteral("Env") << QStringLiteral("https://cluster.example.com/e/abc")
                                         << QStringLiteral("points to an environment") << false;
    QTest::newRow("not a url") << QStringLiteral("Broken") << QStringLiteral("https://exa mple.com")
                               << QStringLiteral("not a valid cluster address") << false;
    QTest::newRow("no name") << QString() << QStringLiteral("https://cluster.example.com")
                             << QStringLiteral("Give the profile a name") << true;
}

void TestClustersDialog::inlineValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, message);
    QFETCH(bool, testable);

    makeDialog();
    fillNewProfile(name, url, {});
    auto *problem = child<QLabel>("problemText");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QCOMPARE(child<QPushButton>("testButton")->isEnabled(), testable);
    QVERIFY(m_store->profiles().isEmpty());

    // Fixing the address clears the complaint.
    if (!testable) {
        auto *urlEdit = child<QLineEdit>("urlEdit");
        urlEdit->selectAll();
        QTest::keyClicks(urlEdit, QStringLiteral("https://cluster.example.com"));
        QVERIFY(problem->isHidden());
        QVERIFY(child<QPushButton>("saveButton")->isEnabled());
    }
}

void TestClustersDialog::removeProfileAndToken()
{
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        ClusterProfile profile;
        profile.name = name;
        profile.baseUrl = QUrl(QStringLiteral("https://cluster.example.com"));
        QVERIFY(!m_store->save(profile).isError());
        QVERIFY(waitFor(m_vault->writeToken(name, DemoCluster::demoToken())).ok());
    }
    makeDialog();
    QCOMPARE(child<QListWidget>("profileList")->count(), 2);
    m_dialog->selectProfile(QStringLiteral("Beta"));
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Beta"));

    // Cancelling the confirmation keeps everything.
    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = child<QMessageBox>("removeConfirmation")) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("\u201cBeta\u201d")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!child<QMessageBox>("removeConfirmation"));
    QVERIFY(m_store->contains(QStringLiteral("Beta")));

    QSignalSpy removed(m_dialog.get(), &ClustersDialog::profileRemoved);
    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QTRY_VERIFY((box = child<QMessageBox>("removeConfirmation")) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("Beta"));
    QVERIFY(!m_store->contains(QStringLiteral("Beta")));
    QCOMPARE(waitFor(m_vault->readToken(QStringLiteral("Beta"))).status, TokenResult::Status::NotFound);
    // The other profile and its token stay.
    QVERIFY(m_store->contains(QStringLiteral("Alpha")));
    QVERIFY(waitFor(m_vault->readToken(QStringLiteral("Alpha"))).ok());
    QCOMPARE(child<QListWidget>("profileList")->count(), 1);
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Alpha"));
    QVERIFY(child<QLabel>("statusText")->text().contains(QStringLiteral("Removed \u201cBeta\u201d")));
}

void TestClustersDialog::changingTheAddressDropsTheToken()
{
    QVERIFY(!m_cluster->listen().isError());
    ClusterProfile profile;
    profile.name = QStringLiteral("Moved");
    profile.baseUrl = QUrl(QStringLiteral("https://old.example.com"));
    QVERIFY(!m_store->save(profile).isError());
    QVERIFY(waitFor(m_vault->writeToken(profile.name, DemoCluster::demoToken())).ok());
    makeDialog();
    QTRY_VERIFY(child<QLabel>("tokenNote")->text().contains(QStringLiteral("A token is saved")));

    // A new address: the token given for the old one is deleted, never sent to the new one.
    auto *url = child<QLineEdit>("urlEdit");
    url->selectAll();
    QTest::keyClicks(url, m_cluster->url().toString());
    QSignalSpy saved(m_dialog.get(), &ClustersDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->profile(QStringLiteral("Moved"))->baseUrl, m_cluster->url());
    QCOMPARE(waitFor(m_vault->readToken(QStringLiteral("Moved"))).status, TokenResult::Status::NotFound);
    const QString status = child<QLabel>("statusText")->text();
    QVERIFY2(status.contains(QStringLiteral("token stored for the old address was deleted")), qPrintable(status));
    QVERIFY(child<QLabel>("tokenNote")->text().contains(QStringLiteral("No token is saved")));
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton); // nothing to send: says so
    QTRY_VERIFY(child<QLabel>("statusText")->text().contains(QStringLiteral("Paste the cluster token")));
    QVERIFY(m_cluster->requests().isEmpty());

    // The same address again with a new token: stored as usual.
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), DemoCluster::demoToken());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(waitFor(m_vault->readToken(QStringLiteral("Moved"))).token, DemoCluster::demoToken());
}

void TestClustersDialog::keyboardOnly()
{
    QVERIFY(!m_cluster->listen().isError());
    makeDialog();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    // A new profile starts with the name field focused; Tab walks on to the address.
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>("nameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keys"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("urlEdit"));
    QTest::keyClicks(QApplication::focusWidget(), m_cluster->url().toString());
    // Alt+E (the Token label's mnemonic) jumps to the token field.
    QTest::keyClick(m_dialog.get(), Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("tokenEdit"));
    QTest::keyClicks(QApplication::focusWidget(), DemoCluster::demoToken());

    QSignalSpy tested(m_dialog.get(), &ClustersDialog::connectionTested);
    QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.at(0).at(0).value<ConnectionTestResult>().verdict, ConnectionTestResult::Verdict::Ok);

    // Return in a field presses Save, the dialog's default button.
    QSignalSpy saved(m_dialog.get(), &ClustersDialog::profileSaved);
    QTest::keyClick(child<QWidget>("tokenEdit"), Qt::Key_Return);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(m_store->contains(QStringLiteral("Keys")));
    QVERIFY(m_dialog->isVisible());
}

void TestClustersDialog::untrustedCertificateCanBePinned()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    m_cluster->setTlsConfiguration(DemoCluster::demoTlsConfiguration());
    QVERIFY(!m_cluster->listen().isError());
    makeDialog();
    fillNewProfile(QStringLiteral("Secure"), m_cluster->url().toString(), DemoCluster::demoToken());

    const ConnectionTestResult refused = clickTest();
    QCOMPARE(refused.verdict, ConnectionTestResult::Verdict::TlsFailure);
    QVERIFY(!refused.outcome.certificateSha256.isEmpty());
    QCOMPARE(child<QLabel>("resultTitle")->text(), QStringLiteral("The cluster's certificate is not trusted"));
    const QString certificate = child<QLabel>("certificateText")->text();
    QVERIFY2(certificate.contains(refused.outcome.certificateSha256), qPrintable(certificate));
    QVERIFY2(certificate.contains(refused.outcome.certificateSubject), qPrintable(certificate));
    auto *trust = child<QPushButton>("trustButton");
    QVERIFY(trust->isVisible());
    grab(QStringLiteral("clustersdialog-tls"));

    QSignalSpy tested(m_dialog.get(), &ClustersDialog::connectionTested);
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.at(0).at(0).value<ConnectionTestResult>().verdict, ConnectionTestResult::Verdict::Ok);
    QCOMPARE(child<QLabel>("pinLabel")->text(), refused.outcome.certificateSha256);
    QVERIFY(child<QLabel>("pinLabel")->isVisible());
    QVERIFY(!trust->isVisible());
    grab(QStringLiteral("clustersdialog-pinned"));

    QSignalSpy saved(m_dialog.get(), &ClustersDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(formatFingerprint(m_store->profile(QStringLiteral("Secure"))->pinnedSha256),
             refused.outcome.certificateSha256);

    // Forgetting the pin takes effect on Save.
    QTest::mouseClick(child<QPushButton>("forgetPinButton"), Qt::LeftButton);
    QVERIFY(!child<QLabel>("pinLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 2);
    QVERIFY(m_store->profile(QStringLiteral("Secure"))->pinnedSha256.isEmpty());
}

void TestClustersDialog::caFileFromBrowse()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    m_cluster->setTlsConfiguration(DemoCluster::demoTlsConfiguration());
    QVERIFY(!m_cluster->listen().isError());
    const QString caPath = m_dir->filePath(QStringLiteral("demo-ca.pem"));
    {
        QFile ca(caPath);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(DemoCluster::demoCaCertificatePem());
    }
    makeDialog();
    fillNewProfile(QStringLiteral("WithCa"), m_cluster->url().toString(), DemoCluster::demoToken());

    QTest::mouseClick(child<QPushButton>("caBrowseButton"), Qt::LeftButton);
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = m_dialog->findChild<QFileDialog *>()) && chooser->isVisible());
    chooser->selectFile(caPath);
    static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept() is protected
    QCOMPARE(child<QLineEdit>("caEdit")->text(), QDir::toNativeSeparators(caPath));

    const ConnectionTestResult result = clickTest();
    QCOMPARE(result.verdict, ConnectionTestResult::Verdict::Ok);
    QVERIFY(!child<QLabel>("pinLabel")->isVisible());

    // A CA file that is gone is reported before anything is sent.
    QFile::remove(caPath);
    QTest::keyClicks(child<QLineEdit>("caEdit"), QStringLiteral(" "));
    QVERIFY(child<QLabel>("problemText")->text().contains(QStringLiteral("cannot be read")));
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());
}

void TestClustersDialog::noKeychainOffersSessionOnly()
{
    // main() points D-Bus nowhere, so a keychain vault finds no keychain (and the developer's is never touched).
    TokenVault keychain(TokenVault::Storage::Keychain);
    keychain.setServiceName(QStringLiteral("license-usage-explorer-test-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(!m_cluster->listen().isError());
    makeDialog(&keychain);
    QVERIFY(child<QLabel>("tokenNote")->text().contains(QStringLiteral("Stored in the system keychain")));
    QVERIFY(child<QCheckBox>("sessionOnlyCheck")->isHidden());
    fillNewProfile(QStringLiteral("Laptop"), m_cluster->url().toString(), DemoCluster::demoToken());

    QSignalSpy saved(m_dialog.get(), &ClustersDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    auto *sessionOnly = child<QCheckBox>("sessionOnlyCheck");
    QTRY_VERIFY(sessionOnly->isVisible());
    QCOMPARE(saved.size(), 0);
    const QString status = child<QLabel>("statusText")->text();
    QVERIFY2(status.contains(QStringLiteral("no system keychain is available")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Keep for this session only")), qPrintable(status));
    // The token was not lost: it is still in the field, and the profile itself is saved.
    QCOMPARE(child<QLineEdit>("tokenEdit")->text(), DemoCluster::demoToken());
    QVERIFY(m_store->contains(QStringLiteral("Laptop")));
    grab(QStringLiteral("clustersdialog-nokeychain"));

    QTest::mouseClick(sessionOnly, Qt::LeftButton, {}, QPoint(8, sessionOnly->height() / 2)); // on the box
    QVERIFY(sessionOnly->isChecked());
    QVERIFY(child<QLabel>("tokenNote")->text().contains(QStringLiteral("Kept in memory for this session only")));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(keychain.isKeptInMemory(QStringLiteral("Laptop")));
    QVERIFY(child<QLineEdit>("tokenEdit")->text().isEmpty());
    QVERIFY(child<QLabel>("statusText")->text().contains(QStringLiteral("kept in memory for this session only")));

    // The session's token works for the connection test.
    QCOMPARE(clickTest().verdict, ConnectionTestResult::Verdict::Ok);
    m_dialog.reset(); // before the vault on the stack
}

void TestClustersDialog::rendersToPng()
{
    QVERIFY(!m_cluster->listen().isError());
    ClusterProfile existing;
    existing.name = QStringLiteral("Production EU");
    existing.baseUrl = QUrl(QStringLiteral("https://managed.example.com"));
    existing.proxyMode = ProxyMode::Manual;
    existing.proxyHost = QStringLiteral("proxy.example.com");
    existing.proxyPort = 3128;
    QVERIFY(!m_store->save(existing).isError());
    makeDialog();
    m_dialog->resize(900, 600);
    grab(QStringLiteral("clustersdialog-existing"));

    fillNewProfile(QStringLiteral("Demo cluster"), m_cluster->url().toString(), DemoCluster::demoToken());
    QCOMPARE(clickTest().verdict, ConnectionTestResult::Verdict::Ok);
    grab(QStringLiteral("clustersdialog-ok"));

    auto *token = child<QLineEdit>("tokenEdit");
    token->clear();
    QTest::keyClicks(token, DemoCluster::tokenWithoutScope());
    QCOMPARE(clickTest().verdict, ConnectionTestResult::Verdict::MissingScope);
    grab(QStringLiteral("clustersdialog-scope"));

    auto *url = child<QLineEdit>("urlEdit");
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://managed.example.com"));
    grab(QStringLiteral("clustersdialog-invalid"));
}

void TestClustersDialog::noTokenInLog()
{
    const QStringList log = TestSupport::LogCapture::lines();
    for (const QString &line : log) {
        QVERIFY2(!line.contains(DemoCluster::demoToken()), qPrintable(line));
        QVERIFY2(!line.contains(DemoCluster::tokenWithoutScope()), qPrintable(line));
    }
}

int main(int argc, char **argv)
{
    // No keychain in this test: nothing can reach the developer's own keychain, and the no-keychain path is real.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lue-test-bus");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestClustersDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clustersdialog.moc"
