// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <demo/demohttpconnection.h>

#include <QTest>

using namespace LicenseCore;

Q_DECLARE_METATYPE(LicenseCore::DemoHttpHead::State)

// The demo cluster's request head parser, without a socket.
class TestDemoHttpConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void request();
};

void TestDemoHttpConnection::states_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<DemoHttpHead::State>("state");

    using State = DemoHttpHead::State;
    QTest::newRow("nothing yet") << QByteArray() << State::Incomplete;
    QTest::newRow("no empty line yet") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << State::Incomplete;
    QTest::newRow("CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << State::Complete;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << State::Complete;
    QTest::newRow("empty first line") << QByteArray("\r\n") << State::Malformed;
    QTest::newRow("two words") << QByteArray("GET /\r\n\r\n") << State::Malformed;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2\r\n\r\n") << State::Malformed;
    QTest::newRow("over the cap, unfinished") << QByteArray(65, 'a') << State::TooLarge;
    QTest::newRow("over the cap") << QByteArray("GET / HTTP/1.1\r\n") + QByteArray(60, 'a') + "\r\n\r\n"
                                  << State::TooLarge;
}

void TestDemoHttpConnection::states()
{
    QFETCH(QByteArray, buffer);
    QFETCH(DemoHttpHead::State, state);
    QCOMPARE(parseDemoHttpHead(buffer, 64).state, state);
}

void TestDemoHttpConnection::request()
{
    const DemoHttpHead head = parseDemoHttpHead(
        "GET /api/cluster/v2/environments?pageSize=5&nextPageKey=a%2Bb HTTP/1.1\r\n"
        "Authorization : Api-Token dt0c01.x.y\r\nno colon here\r\nX-Empty:\r\n : no name\r\nHOST: demo\r\n\r\nbody",
        DemoHttpConnection::MaxHeaderBytes);
    QCOMPARE(head.state, DemoHttpHead::State::Complete);
    QCOMPARE(head.request.method, QByteArray("GET"));
    QCOMPARE(head.request.target, QByteArray("/api/cluster/v2/environments?pageSize=5&nextPageKey=a%2Bb"));
    QCOMPARE(head.request.path, QStringLiteral("/api/cluster/v2/environments"));
    QCOMPARE(head.request.query.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("5"));
    QCOMPARE(head.request.query.queryItemValue(QStringLiteral("nextPageKey"), QUrl::FullyDecoded),
             QStringLiteral("a+b"));
    QCOMPARE(head.request.headers.value("authorization"), QByteArray("Api-Token dt0c01.x.y"));
    QCOMPARE(head.request.headers.value("host"), QByteArray("demo"));
    QVERIFY(head.request.headers.contains("x-empty"));
    QCOMPARE(head.request.headers.size(), 3);
}

QTEST_GUILESS_MAIN(TestDemoHttpConnection)
#include "tst_demohttpconnection.moc"
