// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/retrypolicy.h>

#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace LicenseCore;

// Retry-After in both forms, and the backoff when the cluster sends none.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfter_data();
    void parseRetryAfter();
    void backoff();
    void neverSoonerThanTheMinimum_data();
    void neverSoonerThanTheMinimum();
    void hugeRetryAfterDoesNotOverflow_data();
    void hugeRetryAfterDoesNotOverflow();
    void scaledWait();
    void injectedClock();
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
    QTest::newRow("longer than a year") << QByteArray("99999999") << RetryPolicy::MaxRetryAfterMs;
    QTest::newRow("date in 2100") << QByteArray("Fri, 01 Oct 2100 12:00:00 GMT") << RetryPolicy::MaxRetryAfterMs;
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
    // The server's word wins; maxDelayMs caps only the program's own backoff, never what the server asked for
    // (ApiRequest gives up with a sentence instead when that is longer than the time left).
    QCOMPARE(policy.delayFor(3, qint64(2000)), qint64(2000));
    QCOMPARE(policy.delayFor(1, qint64(3600 * 1000)), qint64(3600 * 1000));
}

void TestRetryPolicy::neverSoonerThanTheMinimum_data()
{
    QTest::addColumn<qint64>("minDelayMs");
    QTest::addColumn<qint64>("initialDelayMs");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("Retry-After 0") << qint64(1000) << qint64(10000) << qint64(0) << qint64(1000);
    QTest::newRow("Retry-After 0.2 s") << qint64(1000) << qint64(10000) << qint64(200) << qint64(1000);
    QTest::newRow("no initial delay") << qint64(1000) << qint64(0) << qint64(-1) << qint64(1000);
    QTest::newRow("negative initial delay") << qint64(1000) << qint64(-5) << qint64(-1) << qint64(1000);
    QTest::newRow("test minimum") << qint64(10) << qint64(10000) << qint64(0) << qint64(10);
}

void TestRetryPolicy::neverSoonerThanTheMinimum()
{
    QFETCH(qint64, minDelayMs);
    QFETCH(qint64, initialDelayMs);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, expectedMs);
    RetryPolicy policy;
    policy.minDelayMs = minDelayMs;
    policy.initialDelayMs = initialDelayMs;
    const std::optional<qint64> retryAfter = retryAfterMs < 0 ? std::nullopt : std::optional<qint64>(retryAfterMs);
    for (int attempt = 1; attempt < 5; ++attempt)
        QVERIFY(policy.delayFor(attempt, retryAfter) >= expectedMs);
    QCOMPARE(policy.delayFor(1, retryAfter), expectedMs);
}

void TestRetryPolicy::hugeRetryAfterDoesNotOverflow_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807");
    QTest::newRow("beyond int64") << QByteArray("99999999999999999999999");
    QTest::newRow("int64 max / 1000 + 1") << QByteArray("9223372036854776");
}

void TestRetryPolicy::hugeRetryAfterDoesNotOverflow()
{
    QFETCH(QByteArray, value);
    const QDateTime now(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc());
    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(value, now);
    QVERIFY(parsed);
    QCOMPARE(*parsed, RetryPolicy::MaxRetryAfterMs);
    RetryPolicy policy;
    QCOMPARE(policy.delayFor(1, parsed), RetryPolicy::MaxRetryAfterMs);
    QVERIFY(policy.delayFor(1, parsed) > policy.maxTotalWaitMs); // so ApiRequest gives up instead of looping
    QVERIFY(policy.realDelay(*parsed) > 0);
}

void TestRetryPolicy::scaledWait()
{
    RetryPolicy policy;
    QCOMPARE(policy.realDelay(4000), qint64(4000));
    policy.timeScale = 0.01;
    QCOMPARE(policy.realDelay(4000), qint64(40));
    policy.timeScale = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(policy.realDelay(4000), qint64(0));
    policy.timeScale = std::numeric_limits<double>::infinity();
    QCOMPARE(policy.realDelay(4000), RetryPolicy::MaxRetryAfterMs);
}

void TestRetryPolicy::injectedClock()
{
    RetryPolicy policy;
    qint64 now = 5000;
    policy.elapsedClock = [&now] { return now; };
    QCOMPARE(policy.monotonicNowMs(), qint64(5000));
    now += 60000;
    QCOMPARE(policy.monotonicNowMs(), qint64(65000));
    RetryPolicy system;
    const qint64 first = system.monotonicNowMs();
    QVERIFY(system.monotonicNowMs() >= first);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
