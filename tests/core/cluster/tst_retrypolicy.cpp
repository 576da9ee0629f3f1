// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace LicenseCore;

// Retry-After in both forms, and the backoff when the cluster sends none.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfter_data();
    void parseRetryAfter();
    void backoff();
    void scaledWait();
};

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: nullopt

    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray("  7 ") << qint64(7000);
    QTest::newRow("IMF-fixdate") << QByteArray("Thu, 01 Oct 2026 12:01:30 GMT") << qint64(90000);
    QTest::newRow("RFC 850") << QByteArray("Thursday, 01-Oct-26 12:02:00 GMT") << qint64(120000);
    QTest::newRow("asctime") << QByteArray("Thu Oct  1 12:00:10 2026") << qint64(10000);
    QTest::newRow("date in the past") << QByteArray("Thu, 01 Oct 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc());
    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expectedMs);
    }
}

void TestRetryPolicy::backoff()
{
    RetryPolicy policy;
    policy.initialDelayMs = 5000;
    policy.maxDelayMs = 30000;
    QCOMPARE(policy.delayFor(1, std::nullopt), qint64(5000));
    QCOMPARE(policy.delayFor(2, std::nullopt), qint64(10000));
    QCOMPARE(policy.delayFor(3, std::nullopt), qint64(20000));
    QCOMPARE(policy.delayFor(4, std::nullopt), qint64(30000));
    QCOMPARE(policy.delayFor(50, std::nullopt), qint64(30000));
    // The server's word wins, capped at the maximum.
    QCOMPARE(policy.delayFor(3, qint64(2000)), qint64(2000));
    QCOMPARE(policy.delayFor(1, qint64(3600 * 1000)), qint64(30000));
}

void TestRetryPolicy::scaledWait()
{
    RetryPolicy policy;
    QCOMPARE(policy.realDelay(4000), qint64(4000));
    policy.timeScale = 0.01;
    QCOMPARE(policy.realDelay(4000), qint64(40));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
