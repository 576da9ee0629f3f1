// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>

#include <QTest>
#include <QVariant>
#include <limits>

using namespace LicenseCore;

// The parts of a request's answer that are read without a network: the declared body length.
class TestApiRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declaredBodyLength_data();
    void declaredBodyLength();
};

void TestApiRequest::declaredBodyLength_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QVariant>("length");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << QByteArray() << QVariant(qint64(1234)) << qint64(1234);
    QTest::newRow("zero") << QByteArray() << QVariant(qint64(0)) << qint64(0);
    QTest::newRow("absent") << QByteArray() << QVariant() << qint64(-1);
    QTest::newRow("negative") << QByteArray() << QVariant(qint64(-5)) << qint64(-1);
    QTest::newRow("identity") << QByteArray(" Identity ") << QVariant(qint64(10)) << qint64(10);
    QTest::newRow("gzip") << QByteArray("gzip") << QVariant(qint64(10)) << qint64(-1);
    QTest::newRow("blank encoding") << QByteArray("  ") << QVariant(qint64(10)) << qint64(10);
    QTest::newRow("text") << QByteArray() << QVariant(QByteArray("42")) << qint64(42);
    QTest::newRow("not a number") << QByteArray() << QVariant(QByteArray("4x2")) << qint64(-1);
    QTest::newRow("largest") << QByteArray() << QVariant(std::numeric_limits<qint64>::max())
                             << std::numeric_limits<qint64>::max();
}

void TestApiRequest::declaredBodyLength()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QVariant, length);
    QFETCH(qint64, expected);
    QCOMPARE(LicenseCore::declaredBodyLength(encoding, length), expected);
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
