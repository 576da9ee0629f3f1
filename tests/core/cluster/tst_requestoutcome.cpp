// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/requestoutcome.h>

#include <QTest>

using namespace LicenseCore;

// One sentence per status: the cause, the cluster's own message, and the next step.
class TestRequestOutcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void clusterMessage_data();
    void clusterMessage();
    void errorCodes();
    void displaySafe_data();
    void displaySafe();
    void clusterMessageCannotSteerTheTerminal();
};

void TestRequestOutcome::sentences_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("parts");

    QTest::newRow("400") << 400 << QStringList{QStringLiteral("HTTP 400"), QStringLiteral("two hours in the past")};
    QTest::newRow("401") << 401
                         << QStringList{QStringLiteral("HTTP 401"), QStringLiteral("cluster token"),
                                        QStringLiteral("Cluster Management Console")};
    QTest::newRow("403") << 403
                         << QStringList{QStringLiteral("HTTP 403"), QStringLiteral("Service Provider API"),
                                        QStringLiteral("ServiceProviderAPI")};
    QTest::newRow("404") << 404 << QStringList{QStringLiteral("HTTP 404"), QStringLiteral("/e/")};
    QTest::newRow("422") << 422
                         << QStringList{QStringLiteral("HTTP 422"), QStringLiteral("Dynatrace Platform Subscription"),
                                        QStringLiteral("does not cover")};
    QTest::newRow("429") << 429 << QStringList{QStringLiteral("HTTP 429"), QStringLiteral("Another license export")};
    QTest::newRow("500") << 500 << QStringList{QStringLiteral("HTTP 500"), QStringLiteral("Try again later")};
    QTest::newRow("556") << 556 << QStringList{QStringLiteral("HTTP 556"), QStringLiteral("upgrade")};
    QTest::newRow("other") << 418 << QStringList{QStringLiteral("HTTP 418")};
}

void TestRequestOutcome::sentences()
{
    QFETCH(int, status);
    QFETCH(QStringList, parts);
    const QString plain = httpErrorSentence(status, {});
    for (const QString &part : parts)
        QVERIFY2(plain.contains(part), qPrintable(plain));
    QVERIFY(!plain.contains(QStringLiteral("The cluster says")));
    const QString withMessage = httpErrorSentence(status, QStringLiteral("Token expired"));
    QVERIFY2(withMessage.contains(QStringLiteral("The cluster says: \u201cToken expired\u201d.")),
             qPrintable(withMessage));
    QVERIFY(!withMessage.contains(QLatin1Char('\n')));
}

void TestRequestOutcome::clusterMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("message") << QByteArray(R"({"error":{"code":403,"message":"Token is missing required scope."}})")
                             << QStringLiteral("Token is missing required scope.");
    QTest::newRow("violations")
        << QByteArray(R"({"error":{"code":400,"message":"Constraints violated.","constraintViolations":[)"
                      R"({"path":"endTs","message":"must be 2 hours in the past","parameterLocation":"QUERY"}]}})")
        << QStringLiteral("Constraints violated. (endTs: must be 2 hours in the past)");
    QTest::newRow("not JSON") << QByteArray("<html>Bad gateway</html>") << QString();
    QTest::newRow("no error object") << QByteArray(R"({"message":"x"})") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestRequestOutcome::clusterMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(clusterErrorMessage(body), expected);
}

void TestRequestOutcome::errorCodes()
{
    QCOMPARE(RequestOutcome{}.toError().code, ErrorCode::None);
    RequestOutcome outcome;
    outcome.status = RequestStatus::TlsFailure;
    outcome.errorText = QStringLiteral("untrusted");
    QCOMPARE(outcome.toError().code, ErrorCode::Tls);
    QCOMPARE(outcome.toError().message(), QStringLiteral("untrusted"));
    outcome.status = RequestStatus::StallTimeout;
    QCOMPARE(outcome.toError().code, ErrorCode::Timeout);
    outcome.status = RequestStatus::Cancelled;
    QCOMPARE(outcome.toError().code, ErrorCode::Cancelled);
    outcome.status = RequestStatus::HttpError;
    QCOMPARE(outcome.toError().code, ErrorCode::Http);
    outcome.status = RequestStatus::Redirected;
    QCOMPARE(outcome.toError().code, ErrorCode::Network);
}

void TestRequestOutcome::displaySafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Operation failed.") << QStringLiteral("Operation failed.");
    QTest::newRow("non-ASCII letters stay")
        << QStringLiteral("Zürich \u2014 \U0001F600") << QStringLiteral("Zürich \u2014 \U0001F600");
    QTest::newRow("line breaks and tabs") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a  b c");
    QTest::newRow("ESC sequence") << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("?[31mred?[0m");
    QTest::newRow("OSC title") << QStringLiteral("\x1b]0;owned\x07x") << QStringLiteral("?]0;owned?x");
    QTest::newRow("backspace and DEL") << QStringLiteral("ab\bc\x7f") << QStringLiteral("ab?c?");
    QTest::newRow("C1 CSI") << QStringLiteral("\u009b31m") << QStringLiteral("?31m");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Edcba") << QStringLiteral("abc?dcba");
    QTest::newRow("zero-width and BOM") << QStringLiteral("a\u200Bb\uFEFF") << QStringLiteral("a?b?");
    QTest::newRow("tag character") << QStringLiteral("x\U000E0041") << QStringLiteral("x?");
    QTest::newRow("NUL") << QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b") << QStringLiteral("a?b");
    QTest::newRow("lone surrogate") << QString(QStringLiteral("a")) + QChar(0xD800) << QStringLiteral("a?");
}

void TestRequestOutcome::displaySafe()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(LicenseCore::displaySafe(text), expected);
}

void TestRequestOutcome::clusterMessageCannotSteerTheTerminal()
{
    // JSON escapes: ESC sequences, a carriage return, a right-to-left override, a line break.
    const QByteArray body = R"({"error":{"code":500,"message":"\u001b[2J\u001b[Hfine\r\u202eevil",)"
                            R"("constraintViolations":[{"path":"x\u001b","message":"bad\nvalue"}]}})";
    const QString message = clusterErrorMessage(body);
    QVERIFY(!message.isEmpty());
    for (const QChar c : message) {
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                 qPrintable(QString::number(c.unicode(), 16)));
    }
    QVERIFY(message.contains(QStringLiteral("fine")));
    QVERIFY(message.contains(QStringLiteral("bad value")));
    QVERIFY(!httpErrorSentence(500, message).contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestRequestOutcome)
#include "tst_requestoutcome.moc"
