// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include <vault/coredumpguard.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace LicenseCore;
using namespace LicenseUi;

using TokenState = ProfileEditor::TokenState;
using TokenStore = ProfileEditor::TokenStore;
using Check = ProfileEditor::Check;

namespace {

ClusterProfile manualProxyProfile()
{
    ClusterProfile profile;
    profile.name = QStringLiteral("Production EU");
    profile.baseUrl = QUrl(QStringLiteral("https://managed.example.com"));
    profile.proxyMode = ProxyMode::Manual;
    profile.proxyHost = QStringLiteral("proxy.example.com");
    profile.proxyPort = 3128;
    profile.stallTimeoutSeconds = 90;
    profile.pinnedSha256 = QByteArray(32, '\x5a');
    return profile;
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typingATokenDisablesCoreDumps(); // first: later tests engage the guard for good
    void roundTrip_data();
    void roundTrip();
    void loadingIsNoEdit();
    void editsAreReported();
    void problems_data();
    void problems();
    void problemRow();
    void nameOfASavedProfileIsLocked();
    void forgetPin();
    void tokenNote_data();
    void tokenNote();
    void sessionOnlyIsOfferedWithoutKeychain();
    void showToken();
    void tabOrder();

private:
    template<typename T> T *child(const char *name) const { return m_editor->findChild<T *>(QLatin1String(name)); }

    std::unique_ptr<ProfileEditor> m_editor;
};

void TestProfileEditor::init()
{
    m_editor = std::make_unique<ProfileEditor>();
    m_editor->resize(600, m_editor->sizeHint().height());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestProfileEditor::cleanup()
{
    m_editor.reset();
}

void TestProfileEditor::typingATokenDisablesCoreDumps()
{
    QVERIFY2(!CoreDumpGuard::isEngaged(), "nothing has held a token yet in this process");
    QSignalSpy edited(m_editor.get(), &ProfileEditor::edited);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("dt0c01.X"));
    QVERIFY(CoreDumpGuard::isEngaged());
    QCOMPARE(m_editor->typedToken(), QStringLiteral("dt0c01.X"));
    QVERIFY(edited.isEmpty()); // a token is not part of the profile
}

void TestProfileEditor::roundTrip_data()
{
    QTest::addColumn<ClusterProfile>("profile");
    QTest::addColumn<ClusterProfile>("expected");

    const ClusterProfile manual = manualProxyProfile();
    QTest::newRow("manual proxy and pin") << manual << manual;

    ClusterProfile system = manual;
    system.proxyMode = ProxyMode::System;
    ClusterProfile systemRead = system;
    systemRead.proxyHost.clear(); // host and port only count for a manual proxy
    systemRead.proxyPort = 0;
    QTest::newRow("system proxy drops host and port") << system << systemRead;

    ClusterProfile fresh;
    QTest::newRow("new profile") << fresh << fresh;
}

void TestProfileEditor::roundTrip()
{
    QFETCH(ClusterProfile, profile);
    QFETCH(ClusterProfile, expected);
    m_editor->setProfile(profile);
    const ClusterProfile read = m_editor->profile();
    QCOMPARE(read.name, expected.name);
    QCOMPARE(read.baseUrl, expected.baseUrl);
    QCOMPARE(read.caFile, expected.caFile);
    QCOMPARE(read.proxyMode, expected.proxyMode);
    QCOMPARE(read.proxyHost, expected.proxyHost);
    QCOMPARE(read.proxyPort, expected.proxyPort);
    QCOMPARE(read.stallTimeoutSeconds, expected.stallTimeoutSeconds);
    QCOMPARE(read.pinnedSha256, expected.pinnedSha256);
    QCOMPARE(m_editor->pin(), expected.pinnedSha256);

    const bool manual = profile.proxyMode == ProxyMode::Manual;
    QCOMPARE(child<QLineEdit>("proxyHostEdit")->isEnabled(), manual);
    QCOMPARE(child<QSpinBox>("proxyPortSpin")->isEnabled(), manual);
    QCOMPARE(child<QLabel>("pinLabel")->isVisible(), !profile.pinnedSha256.isEmpty());
    if (!profile.pinnedSha256.isEmpty())
        QCOMPARE(child<QLabel>("pinLabel")->text(), formatFingerprint(profile.pinnedSha256));
}

void TestProfileEditor::loadingIsNoEdit()
{
    QSignalSpy edited(m_editor.get(), &ProfileEditor::edited);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("typed"));
    child<QToolButton>("showTokenButton")->setChecked(true);
    m_editor->setProfile(manualProxyProfile());
    m_editor->setProfile(ClusterProfile{});
    QVERIFY(edited.isEmpty());
    // A loaded profile starts without a typed token, and hidden.
    QVERIFY(m_editor->typedToken().isEmpty());
    QCOMPARE(child<QLineEdit>("tokenEdit")->echoMode(), QLineEdit::Password);
}

void TestProfileEditor::editsAreReported()
{
    m_editor->setProfile(ClusterProfile{});
    QSignalSpy edited(m_editor.get(), &ProfileEditor::edited);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("N"));
    QCOMPARE(edited.size(), 1);
    QTest::keyClicks(child<QLineEdit>("urlEdit"), QStringLiteral("h"));
    QCOMPARE(edited.size(), 2);
    QTest::keyClicks(child<QLineEdit>("caEdit"), QStringLiteral("c"));
    QCOMPARE(edited.size(), 3);
    auto *proxy = child<QComboBox>("proxyModeCombo");
    proxy->setCurrentIndex(proxy->findData(int(ProxyMode::Manual)));
    QCOMPARE(edited.size(), 4);
    QVERIFY(child<QLineEdit>("proxyHostEdit")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("proxyHostEdit"), QStringLiteral("p"));
    QCOMPARE(edited.size(), 5);
    child<QSpinBox>("proxyPortSpin")->setValue(8080);
    QCOMPARE(edited.size(), 6);
    child<QSpinBox>("stallTimeoutSpin")->setValue(77);
    QCOMPARE(edited.size(), 7);
    const ClusterProfile profile = m_editor->profile();
    QCOMPARE(profile.proxyHost, QStringLiteral("p"));
    QCOMPARE(profile.proxyPort, quint16(8080));
    QCOMPARE(profile.stallTimeoutSeconds, 77);
}

void TestProfileEditor::problems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("expected"); // part of the problem; empty: none

    const QString good = QStringLiteral("https://cluster.example.com");
    QTest::newRow("fine") << QStringLiteral("A") << good << QString() << Check::ForSaving << QString();
    QTest::newRow("no name, saving") << QString() << good << QString() << Check::ForSaving
                                     << QStringLiteral("Give the profile a name.");
    QTest::newRow("no name, testing") << QString() << good << QString() << Check::ForTesting << QString();
    QTest::newRow("blank name") << QStringLiteral("   ") << good << QString() << Check::ForSaving
                                << QStringLiteral("Give the profile a name.");
    QTest::newRow("no address") << QStringLiteral("A") << QString() << QString() << Check::ForTesting
                                << QStringLiteral("Enter the cluster's address");
    QTest::newRow("not an address") << QStringLiteral("A") << QStringLiteral("https://exa mple.com") << QString()
                                    << Check::ForTesting
                                    << QStringLiteral(
                                           "\u201chttps://exa mple.com\u201d is not a valid cluster address.");
    QTest::newRow("plain http to a remote host")
        << QStringLiteral("A") << QStringLiteral("http://cluster.example.com") << QString() << Check::ForTesting
        << QStringLiteral("Plain http:// is only accepted for this computer");
    QTest::newRow("environment address") << QStringLiteral("A") << QStringLiteral("https://cluster.example.com/e/abc")
                                         << QString() << Check::ForTesting
                                         << QStringLiteral("points to an environment");
    QTest::newRow("missing CA file") << QStringLiteral("A") << good << QStringLiteral("/nonexistent/ca.pem")
                                     << Check::ForTesting << QStringLiteral("cannot be read");
}

void TestProfileEditor::problems()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(Check, check);
    QFETCH(QString, expected);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>("urlEdit"), url);
    QTest::keyClicks(child<QLineEdit>("caEdit"), caFile);
    const QString problem = m_editor->problem(check);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestProfileEditor::problemRow()
{
    auto *text = child<QLabel>("problemText");
    QVERIFY(text);
    QVERIFY(text->isHidden());
    m_editor->setProblem(QStringLiteral("Give the profile a name."));
    QVERIFY(text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("Give the profile a name."));
    QCOMPARE(text->accessibleName(), QStringLiteral("Profile problem"));
    m_editor->setProblem({});
    QVERIFY(text->isHidden());
}

void TestProfileEditor::nameOfASavedProfileIsLocked()
{
    auto *name = child<QLineEdit>("nameEdit");
    QVERIFY(!name->isReadOnly());
    QVERIFY(name->toolTip().isEmpty());
    m_editor->setNameEditable(false);
    QVERIFY(name->isReadOnly());
    QVERIFY(name->toolTip().contains(QStringLiteral("To rename a profile")));
    m_editor->setNameEditable(true);
    QVERIFY(!name->isReadOnly());
}

void TestProfileEditor::forgetPin()
{
    m_editor->setProfile(manualProxyProfile());
    QVERIFY(child<QLabel>("pinLabel")->isVisible());
    QStringList order;
    connect(m_editor.get(), &ProfileEditor::edited, this, [&order] { order.append(QStringLiteral("edited")); });
    connect(m_editor.get(), &ProfileEditor::pinForgotten, this, [&order] { order.append(QStringLiteral("forgot")); });
    QTest::mouseClick(child<QPushButton>("forgetPinButton"), Qt::LeftButton);
    QCOMPARE(order, QStringList({QStringLiteral("edited"), QStringLiteral("forgot")}));
    QVERIFY(m_editor->pin().isEmpty());
    QVERIFY(m_editor->profile().pinnedSha256.isEmpty());
    QVERIFY(!child<QLabel>("pinLabel")->isVisible());

    // Pinning from outside shows the pin, but is no edit of the user's.
    m_editor->setPin(QByteArray(32, '\x11'));
    QVERIFY(child<QLabel>("pinLabel")->isVisible());
    QCOMPARE(child<QLabel>("pinLabel")->text(), formatFingerprint(QByteArray(32, '\x11')));
    QCOMPARE(order.size(), 2);
}

void TestProfileEditor::tokenNote_data()
{
    QTest::addColumn<TokenStore>("store");
    QTest::addColumn<TokenState>("state");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("placeholder"); // empty: left as it was

    const QString paste = QStringLiteral("Paste the cluster token (dt0c01.\u2026)");
    const QString replace = QStringLiteral("Saved; paste a new token to replace it");
    QTest::newRow("no vault") << TokenStore::None << TokenState::Stored << true
                              << QStringLiteral("No token store is available.") << QString();
    QTest::newRow("keychain, stored")
        << TokenStore::Keychain << TokenState::Stored << true
        << QStringLiteral(
               "Stored in the system keychain. A token is saved for this profile; leave the field empty to keep it.")
        << replace;
    QTest::newRow("keychain, missing") << TokenStore::Keychain << TokenState::Missing << true
                                       << QStringLiteral(
                                              "Stored in the system keychain. No token is saved for this profile yet.")
                                       << paste;
    QTest::newRow("keychain, new profile") << TokenStore::Keychain << TokenState::Missing << false
                                           << QStringLiteral("Stored in the system keychain.") << paste;
    QTest::newRow("keychain, unreadable")
        << TokenStore::Keychain << TokenState::Unreadable << true
        << QStringLiteral("Stored in the system keychain. The saved token cannot be read right now.") << paste;
    QTest::newRow("keychain, unknown yet") << TokenStore::Keychain << TokenState::Unknown << true
                                           << QStringLiteral("Stored in the system keychain.") << paste;
    QTest::newRow("memory, stored")
        << TokenStore::Memory << TokenState::Stored << true
        << QStringLiteral("Kept in memory for this session only. A token is saved for this profile; leave the field "
                          "empty to keep it.")
        << replace;
}

void TestProfileEditor::tokenNote()
{
    QFETCH(TokenStore, store);
    QFETCH(TokenState, state);
    QFETCH(bool, saved);
    QFETCH(QString, note);
    QFETCH(QString, placeholder);
    auto *token = child<QLineEdit>("tokenEdit");
    token->setPlaceholderText(QStringLiteral("before"));
    m_editor->setNameEditable(!saved);
    m_editor->setTokenStatus(store, state);
    QCOMPARE(child<QLabel>("tokenNote")->text(), note);
    QCOMPARE(token->placeholderText(), placeholder.isEmpty() ? QStringLiteral("before") : placeholder);
}

void TestProfileEditor::sessionOnlyIsOfferedWithoutKeychain()
{
    auto *sessionOnly = child<QCheckBox>("sessionOnlyCheck");
    auto *note = child<QLabel>("tokenNote");
    m_editor->setTokenStatus(TokenStore::Keychain, TokenState::Missing);
    QVERIFY(sessionOnly->isHidden());
    // Checked but not offered: it does not count.
    m_editor->setSessionOnly(true);
    QVERIFY(!m_editor->sessionOnlyChosen());
    QCOMPARE(note->text(), QStringLiteral("Stored in the system keychain."));
    m_editor->setSessionOnly(false);

    m_editor->setKeychainMissing();
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!m_editor->sessionOnlyChosen());
    QCOMPARE(note->text(),
             QStringLiteral("No system keychain is available, so the token cannot be stored permanently."));
    QTest::mouseClick(sessionOnly, Qt::LeftButton, {}, QPoint(8, sessionOnly->height() / 2)); // on the box
    QVERIFY(m_editor->sessionOnlyChosen());
    QCOMPARE(note->text(), QStringLiteral("Kept in memory for this session only."));
}

void TestProfileEditor::showToken()
{
    auto *token = child<QLineEdit>("tokenEdit");
    auto *show = child<QToolButton>("showTokenButton");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->accessibleName(), QStringLiteral("Hide the token"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(show->accessibleName(), QStringLiteral("Show the token"));
    m_editor->setTokenEditable(false);
    QVERIFY(!token->isEnabled());
}

void TestProfileEditor::tabOrder()
{
    m_editor->setProfile(manualProxyProfile()); // every field enabled and shown
    m_editor->setKeychainMissing();
    const QList<QWidget *> order = m_editor->tabOrder();
    const QStringList expected{
        QStringLiteral("nameEdit"),       QStringLiteral("urlEdit"),         QStringLiteral("caEdit"),
        QStringLiteral("caBrowseButton"), QStringLiteral("forgetPinButton"), QStringLiteral("proxyModeCombo"),
        QStringLiteral("proxyHostEdit"),  QStringLiteral("proxyPortSpin"),   QStringLiteral("stallTimeoutSpin"),
        QStringLiteral("tokenEdit"),      QStringLiteral("showTokenButton"), QStringLiteral("sessionOnlyCheck")};
    QStringList names;
    for (const QWidget *widget : order)
        names.append(widget->objectName());
    QCOMPARE(names, expected);
    // The focus chain follows it.
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->focusName();
    QTRY_COMPARE(QApplication::focusWidget(), order.constFirst());
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), names.at(i));
    }
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
