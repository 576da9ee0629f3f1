// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestresultview.h"
#include "messagewidget.h"

#include <cluster/clusterprofile.h>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

using Verdict = ConnectionTestResult::Verdict;
using Severity = MessageWidget::Severity;

namespace {

const QByteArray Digest(32, '\x5a');

ConnectionTestResult result(Verdict verdict, const QString &summary)
{
    ConnectionTestResult result;
    result.verdict = verdict;
    result.summary = summary;
    result.environmentCount = verdict == Verdict::Ok ? 4 : -1;
    if (verdict == Verdict::TlsFailure) {
        result.outcome.certificateSubject = QStringLiteral("CN=cluster.example.com");
        result.outcome.certificateSha256 = formatFingerprint(Digest);
    }
    return result;
}

} // namespace

class TestConnectionTestResultView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wording_data();
    void wording();
    void pinningTheOfferedCertificate();
    void noOfferForThePinnedCertificate();
    void clearWithdrawsTheOffer();
    void clusterTextIsPlain();

private:
    template<typename T> T *child(const char *name) const { return m_view->findChild<T *>(QLatin1String(name)); }

    std::unique_ptr<ConnectionTestResultView> m_view;
};

void TestConnectionTestResultView::init()
{
    m_view = std::make_unique<ConnectionTestResultView>();
    m_view->resize(600, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestConnectionTestResultView::cleanup()
{
    m_view.reset();
}

void TestConnectionTestResultView::wording_data()
{
    QTest::addColumn<ConnectionTestResult>("result");
    QTest::addColumn<bool>("savedToken");
    QTest::addColumn<bool>("unsavedChanges");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip"); // the cluster's sentence alone, when the text says more or else

    const QString ok = QStringLiteral("Connected.");
    QTest::newRow("ok, typed token")
        << result(Verdict::Ok, ok) << false << false << Severity::Success
        << QStringLiteral("Connection OK: 4 environment(s)") // until an English plural translation is loaded
        << QStringLiteral("Connected. Press Save to keep the profile and its token.") << ok;
    QTest::newRow("ok, saved token, changes")
        << result(Verdict::Ok, ok) << true << true << Severity::Success
        << QStringLiteral("Connection OK: 4 environment(s)")
        << QStringLiteral("Connected. Press Save to keep the changes to the profile.") << ok;
    QTest::newRow("ok, saved token, nothing to save")
        << result(Verdict::Ok, ok) << true << false << Severity::Success
        << QStringLiteral("Connection OK: 4 environment(s)") << ok << QString();
    QTest::newRow("unreachable") << result(Verdict::Unreachable, QStringLiteral("No route.")) << false << false
                                 << Severity::Error << QStringLiteral("The cluster cannot be reached")
                                 << QStringLiteral("No route.") << QString();
    QTest::newRow("bad typed token") << result(Verdict::BadToken, QStringLiteral("401.")) << false << false
                                     << Severity::Error << QStringLiteral("The token was not accepted")
                                     << QStringLiteral("401.") << QString();
    QTest::newRow("bad saved token") << result(Verdict::BadToken, QStringLiteral("401.")) << true << false
                                     << Severity::Error << QStringLiteral("The token was not accepted")
                                     << QStringLiteral("401. The saved token was used; paste a new one and press Save.")
                                     << QStringLiteral("401.");
    QTest::newRow("missing scope") << result(Verdict::MissingScope, QStringLiteral("403.")) << false << false
                                   << Severity::Error
                                   << QStringLiteral("The token lacks the Service Provider API scope")
                                   << QStringLiteral("403.") << QString();
    QTest::newRow("failed") << result(Verdict::Failed, QStringLiteral("500.")) << false << false << Severity::Error
                            << QStringLiteral("The connection test failed") << QStringLiteral("500.") << QString();
    // The core's sentence repeats the fingerprint: the view says it in its own words and keeps it as the tooltip.
    QTest::newRow("untrusted certificate")
        << result(Verdict::TlsFailure, QStringLiteral("Untrusted, fingerprint ...")) << false << false
        << Severity::Error << QStringLiteral("The cluster's certificate is not trusted")
        << QStringLiteral("This computer does not trust the certificate that cluster.example.com presented. Choose "
                          "the CA certificate that issued it under \u201cCA certificate\u201d, or compare the "
                          "fingerprint below with the one the cluster's administrator gives you and pin the "
                          "certificate only if they match.")
        << QStringLiteral("Untrusted, fingerprint ...");
}

void TestConnectionTestResultView::wording()
{
    QFETCH(ConnectionTestResult, result);
    QFETCH(bool, savedToken);
    QFETCH(bool, unsavedChanges);
    QFETCH(Severity, severity);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);

    m_view->clear();
    QVERIFY(m_view->isHidden());
    m_view->showResult(result, {savedToken, unsavedChanges, QStringLiteral("cluster.example.com"), {}});
    QVERIFY(m_view->isVisible());
    QCOMPARE(child<QLabel>("resultTitle")->text(), title);
    auto *titleMessage = m_view->findChild<MessageWidget *>();
    QVERIFY(titleMessage);
    QCOMPARE(titleMessage->severity(), severity);
    QCOMPARE(child<QLabel>("resultText")->text(), text);
    QCOMPARE(child<QLabel>("resultText")->toolTip(), toolTip);
    const bool tls = result.verdict == Verdict::TlsFailure;
    QCOMPARE(child<QLabel>("certificateText")->isVisible(), tls);
    QCOMPARE(child<QPushButton>("trustButton")->isVisible(), tls);
    if (tls) {
        QCOMPARE(child<QLabel>("certificateText")->text(),
                 QStringLiteral("Subject: CN=cluster.example.com\nSHA-256: ") + formatFingerprint(Digest));
    }
}

void TestConnectionTestResultView::pinningTheOfferedCertificate()
{
    QSignalSpy requested(m_view.get(), &ConnectionTestResultView::pinRequested);
    m_view->showResult(result(Verdict::TlsFailure, QStringLiteral("Untrusted.")), {false, false, {}, {}});
    auto *trust = child<QPushButton>("trustButton");
    QVERIFY(trust->isVisible());
    QVERIFY(trust->toolTip().contains(QStringLiteral("comparing the fingerprint")));
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toByteArray(), Digest);

    // A later answer without a certificate takes the offer back.
    m_view->showResult(result(Verdict::Ok, QStringLiteral("Connected.")), {false, false, {}, {}});
    QVERIFY(!trust->isVisible());
    QVERIFY(!child<QLabel>("certificateText")->isVisible());
}

void TestConnectionTestResultView::noOfferForThePinnedCertificate()
{
    // Pinned already, yet refused (say, the pin is being tested): the certificate is shown, no offer is made.
    m_view->showResult(result(Verdict::TlsFailure, QStringLiteral("Untrusted.")), {false, false, {}, Digest});
    QVERIFY(child<QLabel>("certificateText")->isVisible());
    QVERIFY(!child<QPushButton>("trustButton")->isVisible());
}

void TestConnectionTestResultView::clearWithdrawsTheOffer()
{
    QSignalSpy requested(m_view.get(), &ConnectionTestResultView::pinRequested);
    m_view->showResult(result(Verdict::TlsFailure, QStringLiteral("Untrusted.")), {false, false, {}, {}});
    auto *trust = child<QPushButton>("trustButton");
    m_view->clear();
    QVERIFY(m_view->isHidden());
    QVERIFY(trust->isHidden());
    QVERIFY(child<QLabel>("certificateText")->text().isEmpty());
    trust->click(); // even if it were reached somehow
    QVERIFY(requested.isEmpty());
}

void TestConnectionTestResultView::clusterTextIsPlain()
{
    const QString markup = QStringLiteral("<img src=\"https://evil.example/x.png\"> <b>bold</b>");
    m_view->showResult(result(Verdict::Failed, markup), {false, false, {}, {}});
    auto *text = child<QLabel>("resultText");
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QCOMPARE(text->text(), markup);
    QCOMPARE(child<QLabel>("resultTitle")->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>("certificateText")->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestConnectionTestResultView)
#include "tst_connectiontestresultview.moc"
