// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <history/storedvalues.h>

#include <QTest>
#include <limits>

using namespace LicenseCore;

class TestStoredValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityRoundTrip_data()
    {
        QTest::addColumn<QList<qint64>>("hours");
        QTest::addColumn<qint64>("common");
        QTest::addColumn<int>("exceptions");
        QTest::newRow("all the same") << QList<qint64>{3600000, 3600000, 3600000} << qint64(3600000) << 0;
        QTest::newRow("joins late, one gap")
            << QList<qint64>{1200000, 3600000, 3600000, 0, 3600000} << qint64(3600000) << 2;
        QTest::newRow("no records mostly") << QList<qint64>{-1, -1, 5} << qint64(-1) << 1;
        QTest::newRow("extremes") << QList<qint64>{std::numeric_limits<qint64>::max(),
                                                   std::numeric_limits<qint64>::min(), 0, 0}
                                  << qint64(0) << 2;
    }

    void activityRoundTrip()
    {
        QFETCH(QList<qint64>, hours);
        QFETCH(qint64, common);
        QFETCH(int, exceptions);
        const std::vector<qint64> values(hours.cbegin(), hours.cend());
        const auto [encodedCommon, blob] = StoredValues::encodeActivity(values);
        QCOMPARE(encodedCommon, common);
        std::map<qint64, qint64> decoded;
        QVERIFY(StoredValues::decodeActivity(blob, decoded));
        QCOMPARE(int(decoded.size()), exceptions);
        for (qsizetype i = 0; i < hours.size(); ++i) {
            const auto it = decoded.find(i);
            QCOMPARE(it == decoded.end() ? encodedCommon : it->second, hours.at(i));
        }
    }

    void activityBlobOfAShortHour()
    {
        // Offset 1 takes one byte; 20 minutes, zigzagged 2,400,000, need 22 bits: four bytes of seven.
        const auto [common, blob] = StoredValues::encodeActivity({3600000, 1200000, 3600000});
        QCOMPARE(common, qint64(3600000));
        QCOMPARE(blob.size(), 1 + 4);
    }

    void dduKeepsOrderAndEveryBit()
    {
        const QList<DduPoolUsage> ddu{
            {QStringLiteral("Metrics"), 0.1}, {QStringLiteral("Log"), 1e-300}, {QStringLiteral("Metrics"), -2.5}};
        const QByteArray blob = StoredValues::encodeDdu(ddu, {1, 2, 1});
        QCOMPARE(blob.size(), 3 * (1 + 8));
        QList<DduPoolUsage> decoded;
        QVERIFY(StoredValues::decodeDdu(blob, {{1, QStringLiteral("Metrics")}, {2, QStringLiteral("Log")}}, decoded));
        QCOMPARE(decoded.size(), 3);
        for (qsizetype i = 0; i < ddu.size(); ++i) {
            QCOMPARE(decoded.at(i).pool, ddu.at(i).pool);
            QVERIFY(decoded.at(i).total == ddu.at(i).total);
        }
    }

    void truncatedBlobsFail()
    {
        const QByteArray ddu = StoredValues::encodeDdu({{QStringLiteral("Metrics"), 1.5}}, {1});
        QList<DduPoolUsage> pools;
        QVERIFY(!StoredValues::decodeDdu(ddu.left(ddu.size() - 1), {{1, QStringLiteral("Metrics")}}, pools));
        const QByteArray activity = StoredValues::encodeActivity({0, 0, 3600000}).second;
        std::map<qint64, qint64> exceptions;
        QVERIFY(!StoredValues::decodeActivity(activity.left(activity.size() - 1), exceptions));
        QVERIFY(!StoredValues::decodeActivity(QByteArray("\x80", 1), exceptions));
    }
};

QTEST_GUILESS_MAIN(TestStoredValues)
#include "tst_storedvalues.moc"
